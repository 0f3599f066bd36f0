#pragma once

#include "limitsplit.h"
#include "reportdata.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

// A QtCharts chart inside a report's text. QtCharts draws it when it is inserted (on the GUI
// thread, where QtCharts lives) into a QPicture: recorded drawing, replayed by whatever thread
// prints the document, and on a QPdfWriter still vector drawing, not pixels.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int type = QTextFormat::UserObject + 1;

    explicit ChartTextObject(QObject *parent = nullptr);

    // Draws a chart and inserts it at the cursor (the document must have this object registered).
    // On the GUI thread. Lines of `series` over clock time (x: ms since the epoch):
    static void insertOverTime(QTextCursor &cursor, const QString &title, const QList<ReportData::Series> &series);
    // Minutes per day as bars against the daily limit, as the Activity page draws them, every day
    // labelled:
    static void insertDays(QTextCursor &cursor, const QString &title, const QStringList &days, const LimitSplit &minutes);

    [[nodiscard]] QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format) override;
};
