#include "pdfreportwriter.h"
#include "formats.h"
#include "charttextobject.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {


class Report
{
public:
    Report()
    {
        m_document.setDocumentMargin(0);
        m_document.documentLayout()->registerHandler(ChartTextObject::type, &m_charts);
        QFont font = m_document.defaultFont();
        font.setPointSizeF(10);
        m_document.setDefaultFont(font);
        m_cursor = QTextCursor(&m_document);
    }

    void heading(const QString &text, int level = 1)
    {
        QTextBlockFormat block;
        block.setTopMargin(level == 1 ? 0 : 14);
        block.setBottomMargin(6);
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        format.setFontPointSize(level == 1 ? 18 : 13);
        newBlock(block, format);
        m_cursor.insertText(PdfReportWriter::printable(text), format);
    }

    void paragraph(const QString &text, bool italic = false)
    {
        QTextCharFormat format;
        format.setFontItalic(italic);
        newBlock({}, format);
        m_cursor.insertText(PdfReportWriter::printable(text), format);
    }

    // Long tables go in parts of at most this many rows, each with its header: one table of
    // hundreds of rows makes QTextDocument's layout grow much faster than its length.
    static constexpr int rowsPerTable = 40;

    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        for (qsizetype first = 0; first < qMax<qsizetype>(1, rows.size()); first += rowsPerTable)
            tablePart(header, rows.mid(first, rowsPerTable));
    }

    void tablePart(const QStringList &header, const QList<QStringList> &rows)
    {
        newBlock({}, {});
        QTextTableFormat format;
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(0.5);
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        for (int column = 0; column < header.size(); ++column)
            table->cellAt(0, column).firstCursorPosition().insertText(PdfReportWriter::printable(header[column]), bold);
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < header.size(); ++column)
                table->cellAt(row + 1, column).firstCursorPosition().insertText(PdfReportWriter::printable(rows[row].value(column)));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void chart(const QString &title, const QString &xTitle, const QList<ReportData::Series> &series)
    {
        newBlock({}, {});
        ChartTextObject::insert(m_cursor, title, xTitle, series);
    }

    void transcript(const QList<ReportData::Message> &messages)
    {
        const QLocale locale;
        for (const ReportData::Message &message : messages) {
            QTextBlockFormat block;
            block.setLeftMargin(message.fromChild ? 0 : 40);
            block.setBottomMargin(3);
            QTextCharFormat who;
            who.setFontWeight(QFont::Bold);
            newBlock(block, {});
            m_cursor.insertText(QStringLiteral("%1 %2: ").arg(locale.toString(message.at.time(), QLocale::ShortFormat),
                                                             message.fromChild ? QCoreApplication::translate("PdfReportWriter", "Child") : QCoreApplication::translate("PdfReportWriter", "Agent")),
                                who);
            m_cursor.insertText(PdfReportWriter::printable(message.content), QTextCharFormat());
        }
    }

    bool write(const QString &fileName, const QString &title, QString *error)
    {
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QCoreApplication::translate("PdfReportWriter", "Cannot write %1: %2").arg(fileName, file.errorString());
            return false;
        }
        {
            QPdfWriter writer(&file);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("Nido"));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
            writer.setResolution(300);
            const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
            // Laid out at the page's size in points, printed scaled, so that fonts keep their size.
            const qreal scale = writer.resolution() / 72.0;
            m_document.setPageSize(page.size() / scale);
            QPainter painter(&writer);
            const int pages = m_document.pageCount();
            for (int index = 0; index < pages; ++index) {
                if (index > 0)
                    writer.newPage();
                painter.save();
                painter.scale(scale, scale);
                const QRectF body(QPointF(0, 0), m_document.pageSize());
                painter.translate(0, -body.height() * index);
                QAbstractTextDocumentLayout::PaintContext context;
                context.clip = QRectF(QPointF(0, body.height() * index), body.size());
                painter.setClipRect(context.clip);
                m_document.documentLayout()->draw(&painter, context);
                painter.restore();
                // In the device's own units: a point size is then the size printed.
                QFont small = m_document.defaultFont();
                small.setPointSizeF(8);
                painter.setFont(small);
                painter.drawText(QRectF(0, (body.height() + 6) * scale, body.width() * scale, 14 * scale), Qt::AlignRight,
                                 QCoreApplication::translate("PdfReportWriter", "Page %1 of %2").arg(index + 1).arg(pages));
            }
        }
        if (!file.commit()) {
            *error = QCoreApplication::translate("PdfReportWriter", "Cannot write %1: %2").arg(fileName, file.errorString());
            return false;
        }
        return true;
    }

private:
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &format)
    {
        if (m_cursor.position() == 0 && m_document.isEmpty())
            m_cursor.setBlockFormat(block);
        else
            m_cursor.insertBlock(block, format);
    }

    QTextDocument m_document;
    ChartTextObject m_charts;
    QTextCursor m_cursor;
};

QString duration(int seconds)
{
    if (seconds < 0)
        return QCoreApplication::translate("PdfReportWriter", "length unknown");
    return QCoreApplication::translate("PdfReportWriter", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString number(const std::optional<double> &value, const QString &unit, int decimals = 0)
{
    return value ? QLocale().toString(*value, 'f', decimals) + unit : QCoreApplication::translate("PdfReportWriter", "not reported");
}

void sessionFigures(Report &report, const ReportData::Session &session)
{
    const QLocale locale;
    report.table({QCoreApplication::translate("PdfReportWriter", "Child"), session.childName, QCoreApplication::translate("PdfReportWriter", "Agent"), Formats::agentName(session.agentName)},
                 {{QCoreApplication::translate("PdfReportWriter", "Started"), locale.toString(session.startedAt, QLocale::ShortFormat), QCoreApplication::translate("PdfReportWriter", "Ended"),
                   session.status == u"active" ? QCoreApplication::translate("PdfReportWriter", "still open") : locale.toString(session.endedAt, QLocale::ShortFormat)},
                  {QCoreApplication::translate("PdfReportWriter", "Duration"), duration(session.durationSeconds), QCoreApplication::translate("PdfReportWriter", "Messages"), locale.toString(session.messageCount)},
                  {QCoreApplication::translate("PdfReportWriter", "Tokens"), locale.toString(session.tokens), QCoreApplication::translate("PdfReportWriter", "Cost"), Formats::dollars(session.cost)}});
}

} // namespace

QString PdfReportWriter::printable(const QString &text)
{
    // Written out in ASCII: the control pictures (U+2400...) are missing from common fonts, and a
    // missing glyph would print nothing.
    QString shown;
    shown.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if ((code < 0x20 && code != u'\n' && code != u'\t') || code == 0x7f)
            shown += QStringLiteral("[U+%1]").arg(QString::number(code, 16).toUpper(), 4, QLatin1Char('0'));
        else
            shown += ch;
    }
    return shown;
}

bool PdfReportWriter::writeSession(const ReportData::Session &session, const QString &fileName, QString *error)
{
    Report report;
    const QLocale locale;
    report.heading(QCoreApplication::translate("PdfReportWriter", "Session report: %1").arg(session.childName));
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "Session %1, made by Nido on %2.").arg(session.id, locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)), true);
    sessionFigures(report, session);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Device health"), 2);
    report.table({QCoreApplication::translate("PdfReportWriter", "Lowest battery"), QCoreApplication::translate("PdfReportWriter", "Mean battery"), QCoreApplication::translate("PdfReportWriter", "Latency (95th percentile)"), QCoreApplication::translate("PdfReportWriter", "Mean audio quality"), QCoreApplication::translate("PdfReportWriter", "Errors"),
                  QCoreApplication::translate("PdfReportWriter", "Heartbeats")},
                 {{number(session.minBattery, QStringLiteral(" %")), number(session.meanBattery, QStringLiteral(" %")),
                   number(session.p95Latency, QStringLiteral(" ms")), number(session.meanAudioQuality, QString(), 2),
                   locale.toString(session.errors), locale.toString(session.heartbeats)}});
    if (session.heartbeats > 0) {
        for (const ReportData::Series &series : session.health)
            report.chart(series.title, QCoreApplication::translate("PdfReportWriter", "minutes since the start"), {series});
    }

    report.heading(QCoreApplication::translate("PdfReportWriter", "Memories this session created"), 2);
    if (session.memories.isEmpty())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "None."));
    for (const QString &memory : session.memories)
        report.paragraph(QStringLiteral("• ") + memory);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Transcript"), 2);
    if (session.transcript.isEmpty())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "No messages."));
    report.transcript(session.transcript);
    return report.write(fileName, QCoreApplication::translate("PdfReportWriter", "Session report: %1").arg(session.childName), error);
}

bool PdfReportWriter::writePeriod(const ReportData::Period &period, const QString &fileName, QString *error)
{
    Report report;
    const QLocale locale;
    report.heading(QCoreApplication::translate("PdfReportWriter", "Report for %1").arg(period.childName));
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "From %1 to %2, made by Nido on %3.")
                         .arg(locale.toString(period.from, QLocale::ShortFormat), locale.toString(period.to, QLocale::ShortFormat),
                              locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
                     true);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Time talked each day"), 2);
    ReportData::Series minutes{QCoreApplication::translate("PdfReportWriter", "Minutes talked"), QCoreApplication::translate("PdfReportWriter", "min"), {}};
    ReportData::Series limit{QCoreApplication::translate("PdfReportWriter", "Daily limit"), QCoreApplication::translate("PdfReportWriter", "min"), {}};
    QList<QStringList> days;
    double total = 0;
    for (int day = 0; day < period.minutesPerDay.size(); ++day) {
        minutes.points << QPointF(day + 1, period.minutesPerDay[day]);
        if (period.limitMinutes >= 0)
            limit.points << QPointF(day + 1, period.limitMinutes);
        total += period.minutesPerDay[day];
        days << QStringList{period.dayLabels.value(day), locale.toString(period.minutesPerDay[day], 'f', 0),
                            period.limitMinutes >= 0 && period.minutesPerDay[day] > period.limitMinutes ? QCoreApplication::translate("PdfReportWriter", "over the limit") : QString(),
                            locale.toString(period.alertsPerDay.value(day))};
    }
    report.paragraph(period.limitMinutes >= 0 ? QCoreApplication::translate("PdfReportWriter", "%1 minutes in all; the daily limit is %2 minutes.").arg(locale.toString(total, 'f', 0)).arg(period.limitMinutes)
                                              : QCoreApplication::translate("PdfReportWriter", "%1 minutes in all; no daily limit is set.").arg(locale.toString(total, 'f', 0)));
    report.chart(QCoreApplication::translate("PdfReportWriter", "Minutes talked per day"), QCoreApplication::translate("PdfReportWriter", "day of the period"), period.limitMinutes >= 0 ? QList<ReportData::Series>{minutes, limit}
                                                                                                 : QList<ReportData::Series>{minutes});
    report.table({QCoreApplication::translate("PdfReportWriter", "Day"), QCoreApplication::translate("PdfReportWriter", "Minutes"), QCoreApplication::translate("PdfReportWriter", "Limit"), QCoreApplication::translate("PdfReportWriter", "Device alerts")}, days);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Time per agent"), 2);
    QList<QStringList> agents;
    for (const auto &[agent, agentMinutes] : period.minutesPerAgent)
        agents << QStringList{Formats::agentName(agent), locale.toString(agentMinutes, 'f', 0)};
    report.table({QCoreApplication::translate("PdfReportWriter", "Agent"), QCoreApplication::translate("PdfReportWriter", "Minutes")}, agents);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Memories"), 2);
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "Created in the period: %1. Deleted in the period: %2.").arg(period.memoriesCreated).arg(period.memoriesDeleted));
    report.heading(QCoreApplication::translate("PdfReportWriter", "The most important ones"), 2);
    for (const QString &memory : period.topMemories)
        report.paragraph(QStringLiteral("• ") + memory);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Sessions"), 2);
    if (period.sessionsTotal > period.sessions.size())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "The first %1 of the period's %2 sessions, by when they started; "
                                                                        "a shorter period lists them all.")
                             .arg(locale.toString(period.sessions.size()), locale.toString(period.sessionsTotal)));
    QList<QStringList> rows;
    for (const ReportData::Session &session : period.sessions) {
        rows << QStringList{locale.toString(session.startedAt, QLocale::ShortFormat), Formats::agentName(session.agentName), duration(session.durationSeconds),
                            locale.toString(session.messageCount)};
    }
    report.table({QCoreApplication::translate("PdfReportWriter", "Started"), QCoreApplication::translate("PdfReportWriter", "Agent"), QCoreApplication::translate("PdfReportWriter", "Duration"), QCoreApplication::translate("PdfReportWriter", "Messages")}, rows);
    for (const ReportData::Session &session : period.sessions) {
        if (session.transcript.isEmpty())
            continue;
        report.heading(QCoreApplication::translate("PdfReportWriter", "%1 with %2").arg(locale.toString(session.startedAt, QLocale::ShortFormat), Formats::agentName(session.agentName)), 2);
        report.transcript(session.transcript);
    }
    return report.write(fileName, QCoreApplication::translate("PdfReportWriter", "Report for %1").arg(period.childName), error);
}
