#include "layoutcheck.h"

#include <QFont>
#include <QFontMetricsF>
#include <QQuickItem>
#include <QQuickWindow>

namespace LayoutCheck {

namespace {

// Less than this is antialiasing or a shared border, not an overlap.
constexpr qreal tolerance = 2;

struct Box {
    QQuickItem *item;
    // What is shown of it, in the window: a text as wide as its content when that overflows, cut
    // to its clipping ancestors and the window.
    QRectF drawn;
};

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextEdit") || item->inherits("QQuickTextInput");
}

bool isControl(const QQuickItem *item)
{
    return item->inherits("QQuickControl") && !item->inherits("QQuickScrollBar") && !item->inherits("QQuickScrollIndicator");
}

bool isChart(const QQuickItem *item)
{
    return item->inherits("DeclarativeChart");
}

// A control drawn as one thing: its content is a text, an icon and a label, or nothing of its own.
bool atomic(const QQuickItem *item)
{
    const auto *content = item->property("contentItem").value<QQuickItem *>();
    return !content || isText(content) || content->inherits("QQuickIconLabel") || item->inherits("QQuickComboBox")
        || item->inherits("QQuickSpinBox") || item->inherits("QQuickSlider") || item->inherits("QQuickProgressBar")
        || item->inherits("QQuickBusyIndicator");
}

QString describe(const QQuickItem *item)
{
    const QString text = item->property("text").toString().simplified();
    QString name = item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : item->objectName();
    if (isChart(item))
        name += QStringLiteral(" \"%1\"").arg(item->property("caption").toString());
    return text.isEmpty() ? name : QStringLiteral("%1 \"%2\"").arg(name, text.left(60));
}

QString rect(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(qRound(r.x())).arg(qRound(r.y())).arg(qRound(r.width())).arg(qRound(r.height()));
}

// The text's laid-out size beyond its box, where its alignment puts it.
QRectF drawnText(QQuickItem *item)
{
    const qreal contentWidth = item->property("contentWidth").toReal();
    const qreal contentHeight = item->property("contentHeight").toReal();
    QRectF local(0, 0, item->width(), item->height());
    if (contentWidth > item->width()) {
        const int horizontal = item->property("effectiveHorizontalAlignment").toInt();
        const qreal extra = contentWidth - item->width();
        if (horizontal == Qt::AlignRight)
            local.setLeft(-extra);
        else if (horizontal == Qt::AlignHCenter)
            local.adjust(-extra / 2, 0, extra / 2, 0);
        else
            local.setRight(contentWidth);
    }
    if (contentHeight > item->height())
        local.setBottom(contentHeight);
    return item->mapRectToScene(local);
}

// A chart draws its title and axes itself, eliding them ("Temperat…", "…") when it is too narrow;
// its own buttons must leave its title alone.
void checkChart(QQuickItem *chart, QStringList &problems)
{
    const QString title = chart->property("title").toString();
    const QFontMetricsF metrics(chart->property("titleFont").value<QFont>());
    const qreal titleWidth = metrics.horizontalAdvance(title);
    constexpr qreal narrowest = 280;
    if (chart->width() < qMax(narrowest, titleWidth + 40)) {
        problems << QStringLiteral("%1 is too narrow to read (%2 px)").arg(describe(chart)).arg(qRound(chart->width()));
        return;
    }
    const auto *margins = chart->property("margins").value<QObject *>();
    const qreal top = margins ? margins->property("top").toReal() : 0;
    const QRectF titleBox((chart->width() - titleWidth) / 2, top, titleWidth, metrics.height() + 4);
    const auto children = chart->childItems();
    for (const QQuickItem *child : children) {
        if (!child->isVisible() || !isControl(child))
            continue;
        const QRectF own(child->x(), child->y(), child->width(), child->height());
        if (own.intersects(titleBox))
            problems << QStringLiteral("%1 is drawn over the title of %2").arg(describe(child), describe(chart));
    }
}

void collect(QQuickItem *item, QRectF clip, bool scrollsSideways, bool insideControl, QList<Box> &boxes, QStringList &problems)
{
    if (!item->isVisible() || item->opacity() <= 0 || item->inherits("QQuickOverlay"))
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const bool text = isText(item) && !item->property("text").toString().trimmed().isEmpty();
    if (text && !item->property("truncated").toBool() && item->inherits("QQuickText")) {
        const QRectF drawn = drawnText(item);
        const QRectF shown = drawn.intersected(clip);
        // Wider or taller than its box: it runs over what is beside or below it, or is cut.
        if (!shown.isEmpty() && (drawn.width() > scene.width() + tolerance || drawn.height() > scene.height() + tolerance))
            problems << QStringLiteral("%1 does not fit its box (%2 drawn in %3) and has no ellipsis")
                            .arg(describe(item), rect(drawn), rect(scene))
                     + QStringLiteral(", implicitly %1x%2").arg(qRound(item->implicitWidth())).arg(qRound(item->implicitHeight()));
    }
    const bool box = (isControl(item) || text || isChart(item)) && !insideControl;
    if (box && item->width() > 0 && item->height() > 0) {
        const QRectF drawn = text && item->inherits("QQuickText") ? drawnText(item) : scene;
        const QRectF shown = drawn.intersected(clip);
        if (!shown.isEmpty() && !scrollsSideways
            && (drawn.left() < clip.left() - tolerance || drawn.right() > clip.right() + tolerance))
            problems << QStringLiteral("%1 is cut at the side (%2 drawn, %3 shown)").arg(describe(item), rect(drawn), rect(clip));
        if (!shown.isEmpty())
            boxes << Box{item, shown};
    }
    if (isChart(item) && !scene.intersected(clip).isEmpty())
        checkChart(item, problems);
    if (item->clip()) {
        clip = clip.intersected(scene);
        if (item->inherits("QQuickFlickable"))
            scrollsSideways = item->property("contentWidth").toReal() > item->width() + tolerance;
    }
    // A control's insides are its own business (a button's label, a combo box's arrow), unless it
    // is made of other items (a page, a card, a list's row); a chart's drawing is one picture.
    const bool inside = insideControl || isChart(item) || (isControl(item) && atomic(item));
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, clip, scrollsSideways, inside, boxes, problems);
}

bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *parent = item->parentItem(); parent; parent = parent->parentItem()) {
        if (parent == ancestor)
            return true;
    }
    return false;
}

} // namespace

QStringList problems(QQuickWindow *window)
{
    QList<Box> boxes;
    QStringList found;
    const QRectF whole(0, 0, window->width(), window->height());
    collect(window->contentItem(), whole, false, false, boxes, found);
    for (qsizetype a = 0; a < boxes.size(); ++a) {
        for (qsizetype b = a + 1; b < boxes.size(); ++b) {
            const QRectF overlap = boxes[a].drawn.intersected(boxes[b].drawn);
            if (overlap.width() <= tolerance || overlap.height() <= tolerance)
                continue;
            if (isAncestor(boxes[a].item, boxes[b].item) || isAncestor(boxes[b].item, boxes[a].item))
                continue;
            found << QStringLiteral("%1 and %2 overlap (%3)").arg(describe(boxes[a].item), describe(boxes[b].item), rect(overlap));
        }
    }
    return found;
}

} // namespace LayoutCheck
