#pragma once

#include "charttextobject.h"
#include "reportdata.h"

#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

class QThread;

// A report's text, tables and charts, composed as a document and then written as a PDF with page
// numbers. Composing draws the charts with QtCharts, on the GUI thread; writing lays the document
// out and paints every page, which for a year of transcripts takes seconds: it may run on another
// thread once the report is moved there.
class PdfReport
{
public:
    PdfReport();

    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text, bool italic = false);
    void table(const QStringList &header, const QList<QStringList> &rows);
    // Lines over clock time; minutes per day against the limit.
    void chartOverTime(const QString &title, const QList<ReportData::Series> &series);
    void chartOfDays(const QString &title, const QStringList &days, const LimitSplit &minutes);
    // Each turn named as the window names it: the child's name, the agent's.
    void transcript(const QList<ReportData::Message> &messages, const QString &childName, const QString &agentName);
    void setTitle(const QString &title) { m_title = title; }

    // Hands the document to `thread`, which then writes it.
    void moveToThread(QThread *thread);
    bool write(const QString &fileName, QString *error);

private:
    // Long tables go in parts of at most this many rows, each with its header: one table of
    // hundreds of rows makes QTextDocument's layout grow much faster than its length.
    static constexpr int rowsPerTable = 40;

    void tablePart(const QStringList &header, const QList<QStringList> &rows);
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &format);

    QString m_title;
    QTextDocument m_document;
    ChartTextObject m_charts;
    QTextCursor m_cursor;
};
