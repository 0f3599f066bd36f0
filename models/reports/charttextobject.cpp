#include "charttextobject.h"

#include <QChart>
#include <QGraphicsScene>
#include <QHash>
#include <QLineSeries>
#include <QPainter>
#include <QPicture>
#include <QTextCursor>
#include <QTextDocument>
#include <QValueAxis>

namespace {

enum Property { Picture = QTextFormat::UserProperty + 1 };

// Charts are laid out as on a screen about 900 pixels wide, then scaled into the page: their
// fonts keep their proportion to the text around them.
constexpr qreal layoutWidth = 900;
constexpr qreal heightPerWidth = 0.42;

QByteArray drawn(const QString &title, const QString &xTitle, const QList<ReportData::Series> &series)
{
    QChart chart;
    chart.setTitle(title);
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(xTitle);
    xAxis->setLabelFormat(QStringLiteral("%d"));
    chart.addAxis(xAxis, Qt::AlignBottom);
    // Series of one unit share an axis (minutes and the daily limit are read against each other).
    QHash<QString, QValueAxis *> axes;
    QHash<QString, std::pair<double, double>> ranges;
    double first = 0;
    double last = 1;
    bool anyPoint = false;
    for (const ReportData::Series &one : series) {
        QValueAxis *yAxis = axes.value(one.unit);
        if (!yAxis) {
            yAxis = new QValueAxis;
            yAxis->setTitleText(one.unit.isEmpty() ? one.title : QStringLiteral("%1 (%2)").arg(one.title, one.unit));
            chart.addAxis(yAxis, axes.isEmpty() ? Qt::AlignLeft : Qt::AlignRight);
            axes.insert(one.unit, yAxis);
            ranges.insert(one.unit, {0.0, 1.0});
        }
        auto *line = new QLineSeries;
        line->setName(one.title);
        auto &[low, high] = ranges[one.unit];
        for (const QPointF &point : one.points) {
            line->append(point);
            low = qMin(low, point.y());
            high = qMax(high, point.y());
            first = anyPoint ? qMin(first, point.x()) : point.x();
            last = anyPoint ? qMax(last, point.x()) : point.x();
            anyPoint = true;
        }
        chart.addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        yAxis->setRange(low, high * 1.05);
    }
    xAxis->setRange(first, qMax(last, first + 1));
    const QRectF layout(0, 0, layoutWidth, layoutWidth * heightPerWidth);
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(layout);
    scene.setSceneRect(layout);
    QPicture picture;
    {
        QPainter painter(&picture);
        scene.render(&painter, layout, layout);
    }
    scene.removeItem(&chart);
    return QByteArray(picture.data(), picture.size());
}

} // namespace

ChartTextObject::ChartTextObject(QObject *parent)
    : QObject(parent)
{
}

void ChartTextObject::insert(QTextCursor &cursor, const QString &title, const QString &xTitle, const QList<ReportData::Series> &series)
{
    QTextCharFormat format;
    format.setObjectType(type);
    format.setProperty(Picture, drawn(title, xTitle, series));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() - 2 * document->documentMargin() : 600;
    return {width, width * heightPerWidth};
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const QByteArray data = format.property(Picture).toByteArray();
    QPicture picture;
    picture.setData(data.constData(), uint(data.size()));
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / layoutWidth, rect.height() / (layoutWidth * heightPerWidth));
    // A picture replays itself scaled from its own resolution to the device's: undone here, the
    // transformation above is the whole of it.
    if (QPaintDevice *device = painter->device())
        painter->scale(qreal(picture.logicalDpiX()) / device->logicalDpiX(), qreal(picture.logicalDpiY()) / device->logicalDpiY());
    picture.play(painter);
    painter->restore();
}
