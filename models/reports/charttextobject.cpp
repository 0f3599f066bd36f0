#include "charttextobject.h"

#include <QChart>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QValueAxis>

namespace {

enum Property { Title = QTextFormat::UserProperty + 1, XTitle, Names, Units, Points };

} // namespace

ChartTextObject::ChartTextObject(QObject *parent)
    : QObject(parent)
{
}

void ChartTextObject::insert(QTextCursor &cursor, const QString &title, const QString &xTitle, const QList<ReportData::Series> &series)
{
    QTextCharFormat format;
    format.setObjectType(type);
    format.setProperty(Title, title);
    format.setProperty(XTitle, xTitle);
    QStringList names;
    QStringList units;
    QVariantList points;
    for (const ReportData::Series &one : series) {
        names << one.title;
        units << one.unit;
        QVariantList list;
        for (const QPointF &point : one.points)
            list << point;
        points << QVariant(list);
    }
    format.setProperty(Names, names);
    format.setProperty(Units, units);
    format.setProperty(Points, points);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() - 2 * document->documentMargin() : 600;
    return {width, width * 0.42};
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    QChart chart;
    chart.setTitle(format.property(Title).toString());
    chart.setAnimationOptions(QChart::NoAnimation);
    chart.setBackgroundRoundness(0);
    const QStringList names = format.property(Names).toStringList();
    const QStringList units = format.property(Units).toStringList();
    const QVariantList points = format.property(Points).toList();

    auto *xAxis = new QValueAxis;
    xAxis->setTitleText(format.property(XTitle).toString());
    xAxis->setLabelFormat(QStringLiteral("%d"));
    chart.addAxis(xAxis, Qt::AlignBottom);
    for (int i = 0; i < names.size(); ++i) {
        auto *yAxis = new QValueAxis;
        yAxis->setTitleText(units.value(i).isEmpty() ? names[i] : QStringLiteral("%1 (%2)").arg(names[i], units[i]));
        chart.addAxis(yAxis, i == 0 ? Qt::AlignLeft : Qt::AlignRight);
        auto *line = new QLineSeries;
        line->setName(names[i]);
        double low = 0;
        double high = 1;
        double first = 0;
        double last = 1;
        bool any = false;
        for (const QVariant &value : points.value(i).toList()) {
            const QPointF point = value.toPointF();
            line->append(point);
            low = any ? qMin(low, point.y()) : qMin(0.0, point.y());
            high = any ? qMax(high, point.y()) : qMax(1.0, point.y());
            first = any ? qMin(first, point.x()) : point.x();
            last = any ? qMax(last, point.x()) : point.x();
            any = true;
        }
        chart.addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        yAxis->setRange(low, high * 1.05);
        if (i == 0)
            xAxis->setRange(first, qMax(last, first + 1));
    }
    // Laid out as on a screen about 900 pixels wide, then scaled into the page: its fonts keep
    // their proportion to the text around it.
    const QSizeF layout = rect.size() * (900.0 / qMax<qreal>(1, rect.width()));
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.setGeometry(QRectF(QPointF(0, 0), layout));
    scene.setSceneRect(QRectF(QPointF(0, 0), layout));
    scene.render(painter, rect, scene.sceneRect());
    scene.removeItem(&chart);
}
