#pragma once

#include "reportdata.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

// A QtCharts line chart inside a report's text, drawn with the painter of whatever the document is
// printed on: on a QPdfWriter it stays vector drawing, not a picture.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int type = QTextFormat::UserObject + 1;

    explicit ChartTextObject(QObject *parent = nullptr);

    // Inserts a chart of `series` at the cursor (the document must have this object registered).
    static void insert(QTextCursor &cursor, const QString &title, const QString &xTitle, const QList<ReportData::Series> &series);

    [[nodiscard]] QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format) override;
};
