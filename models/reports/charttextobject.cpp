#include "charttextobject.h"

#include <QChart>
#include <QGraphicsScene>
#include <QHash>
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
    // Series of one unit share an axis (minutes and the daily limit are read against each other).
    QHash<QString, QValueAxis *> axes;
    QHash<QString, std::pair<double, double>> ranges;
    double first = 0;
    double last = 1;
    bool anyPoint = false;
    for (int i = 0; i < names.size(); ++i) {
        const QString unit = units.value(i);
        QValueAxis *yAxis = axes.value(unit);
        if (!yAxis) {
            yAxis = new QValueAxis;
            yAxis->setTitleText(unit.isEmpty() ? names[i] : QStringLiteral("%1 (%2)").arg(names[i], unit));
            chart.addAxis(yAxis, axes.isEmpty() ? Qt::AlignLeft : Qt::AlignRight);
            axes.insert(unit, yAxis);
            ranges.insert(unit, {0.0, 1.0});
        }
        auto *line = new QLineSeries;
        line->setName(names[i]);
        auto &[low, high] = ranges[unit];
        for (const QVariant &value : points.value(i).toList()) {
            const QPointF point = value.toPointF();
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
