#pragma once

#include "reportdata.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

// A QtCharts line chart inside a report's text. QtCharts draws it when it is inserted (on the GUI
// thread, where QtCharts lives) into a QPicture: recorded drawing, replayed by whatever thread
// prints the document, and on a QPdfWriter still vector drawing, not pixels.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int type = QTextFormat::UserObject + 1;

    explicit ChartTextObject(QObject *parent = nullptr);

    // Draws a chart of `series` and inserts it at the cursor (the document must have this object
    // registered). On the GUI thread.
    static void insert(QTextCursor &cursor, const QString &title, const QString &xTitle, const QList<ReportData::Series> &series);

    [[nodiscard]] QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format) override;
};
