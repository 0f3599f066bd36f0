#include "charttextobject.h"

#include "axes.h"
#include "formats.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QPen>
#include <QStackedBarSeries>
#include <QGraphicsScene>
#include <QHash>
#include <QLineSeries>
#include <QPainter>
#include <QPicture>
#include <QTextCursor>
#include <QTextDocument>
#include <QValueAxis>

#include <memory>

namespace {

enum Property { Picture = QTextFormat::UserProperty + 1 };

// Charts are laid out as on a screen about 900 pixels wide, then scaled into the page: their
// fonts keep their proportion to the text around them.
constexpr qreal layoutWidth = 900;
constexpr qreal heightPerWidth = 0.42;

// A report is printed on white: the screen's light colours, whatever the desktop's.
const QColor talk(0x4f, 0x8f, 0xcf);
const QColor overLimit(0xc0, 0x39, 0x2b);
const QColor limitLine(0x8a, 0x5a, 0x00);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    return chart;
}

// A value axis stepped as the screens step theirs (Axes), from 0 or below.
QValueAxis *roundAxis(double low, double high, bool whole)
{
    auto *axis = new QValueAxis;
    const double interval = Axes::step(high - std::min(0.0, low), 5, whole);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    const double bottom = Axes::bottom(low, interval);
    axis->setRange(bottom, Axes::top(high, interval, bottom));
    axis->setLabelFormat(whole || interval >= 1 ? QStringLiteral("%d") : QStringLiteral("%.1f"));
    return axis;
}

QByteArray recorded(QChart *chart)
{
    const QRectF layout(0, 0, layoutWidth, layoutWidth * heightPerWidth);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(layout);
    scene.setSceneRect(layout);
    QPicture picture;
    {
        QPainter painter(&picture);
        scene.render(&painter, layout, layout);
    }
    // The chart is the caller's, not the scene's.
    scene.removeItem(chart);
    return QByteArray(picture.data(), picture.size());
}

QByteArray drawnOverTime(const QString &title, const QList<ReportData::Series> &series)
{
    QChart *chart = newChart(title);
    auto *timeAxis = new QDateTimeAxis;
    chart->addAxis(timeAxis, Qt::AlignBottom);
    // Series of one unit share an axis.
    QHash<QString, QValueAxis *> axes;
    QHash<QString, std::pair<double, double>> ranges;
    QHash<QString, QList<QLineSeries *>> lines;
    qint64 first = 0;
    qint64 last = 0;
    bool anyPoint = false;
    for (const ReportData::Series &one : series) {
        auto *line = new QLineSeries;
        line->setName(one.title);
        auto [low, high] = ranges.value(one.unit, {0.0, 1.0});
        for (const QPointF &point : one.points) {
            line->append(point);
            low = qMin(low, point.y());
            high = qMax(high, point.y());
            first = anyPoint ? qMin(first, qint64(point.x())) : qint64(point.x());
            last = anyPoint ? qMax(last, qint64(point.x())) : qint64(point.x());
            anyPoint = true;
        }
        ranges.insert(one.unit, {low, high});
        chart->addSeries(line);
        lines[one.unit] << line;
    }
    for (const ReportData::Series &one : series) {
        if (axes.contains(one.unit))
            continue;
        const auto [low, high] = ranges.value(one.unit);
        QValueAxis *axis = roundAxis(low, high, false);
        axis->setTitleText(one.unit.isEmpty() ? one.title : QStringLiteral("%1 (%2)").arg(one.title, one.unit));
        chart->addAxis(axis, axes.isEmpty() ? Qt::AlignLeft : Qt::AlignRight);
        axes.insert(one.unit, axis);
        for (QLineSeries *line : lines.value(one.unit)) {
            line->attachAxis(timeAxis);
            line->attachAxis(axis);
        }
    }
    // Clock time, as the screens label it; with seconds when the whole span is a few minutes.
    QString format = Formats::timeAxisFormat(false);
    if (last - first < 10 * 60 * 1000)
        format.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    timeAxis->setFormat(format);
    timeAxis->setTickCount(6);
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(qMax(last, first + 60 * 1000)));
    const std::unique_ptr<QChart> owned(chart);
    return recorded(chart);
}

// A month or less: each day named under its bar.
QAbstractAxis *dayByDayAxis(const QStringList &days)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(days);
    axis->setLabelsAngle(days.size() > 7 ? -90 : 0);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    return axis;
}

// Longer: a label a week (four weeks past four months), its first day's, across. A year's 365
// labels could not be read, and laying them out was most of the time its report took to draw.
QAbstractAxis *weeksAxis(const QStringList &days)
{
    auto *axis = new QCategoryAxis;
    axis->setRange(-0.5, days.size() - 0.5);
    axis->setStartValue(-0.5);
    const int step = days.size() > 120 ? 28 : 7;
    for (int day = 0; day < days.size(); day += step)
        axis->append(days.at(day), qMin(day + step - 0.5, days.size() - 0.5));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    return axis;
}

QByteArray drawnDays(const QString &title, const QStringList &days, const LimitSplit &minutes)
{
    QChart *chart = newChart(title);
    auto *bars = new QStackedBarSeries;
    auto *within = new QBarSet(QCoreApplication::translate("PdfReportWriter", "Within the limit"));
    auto *over = new QBarSet(QCoreApplication::translate("PdfReportWriter", "Over the limit"));
    within->setColor(talk);
    within->setBorderColor(talk);
    over->setColor(overLimit);
    over->setBorderColor(overLimit);
    within->append(minutes.withinLimit);
    over->append(minutes.overLimit);
    bars->append(within);
    if (minutes.daysOver > 0)
        bars->append(over);
    chart->addSeries(bars);
    QAbstractAxis *dayAxis = days.size() > 31 ? weeksAxis(days) : dayByDayAxis(days);
    chart->addAxis(dayAxis, Qt::AlignBottom);
    double highest = 10;
    for (const double day : minutes.minutes)
        highest = qMax(highest, day * 1.05);
    highest = qMax(highest, minutes.limit * 1.05);
    QValueAxis *minutesAxis = roundAxis(0, highest, true);
    minutesAxis->setTitleText(QCoreApplication::translate("PdfReportWriter", "minutes"));
    chart->addAxis(minutesAxis, Qt::AlignLeft);
    bars->attachAxis(dayAxis);
    bars->attachAxis(minutesAxis);
    if (minutes.limit >= 0) {
        // The limit runs across the bars, on an axis of its own aligned with the days.
        auto *line = new QLineSeries;
        line->setName(QCoreApplication::translate("PdfReportWriter", "Daily limit"));
        line->setPen(QPen(limitLine, 2));
        line->append(-0.5, minutes.limit);
        line->append(days.size() - 0.5, minutes.limit);
        chart->addSeries(line);
        auto *across = new QValueAxis;
        across->setRange(-0.5, days.size() - 0.5);
        across->setVisible(false);
        chart->addAxis(across, Qt::AlignTop);
        line->attachAxis(across);
        line->attachAxis(minutesAxis);
    }
    const std::unique_ptr<QChart> owned(chart);
    return recorded(chart);
}

} // namespace

ChartTextObject::ChartTextObject(QObject *parent)
    : QObject(parent)
{
}

namespace {

void insertPicture(QTextCursor &cursor, const QByteArray &picture)
{
    QTextCharFormat format;
    format.setObjectType(ChartTextObject::type);
    format.setProperty(Picture, picture);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

} // namespace

void ChartTextObject::insertOverTime(QTextCursor &cursor, const QString &title, const QList<ReportData::Series> &series)
{
    insertPicture(cursor, drawnOverTime(title, series));
}

void ChartTextObject::insertDays(QTextCursor &cursor, const QString &title, const QStringList &days, const LimitSplit &minutes)
{
    insertPicture(cursor, drawnDays(title, days, minutes));
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
