#include "pdfreport.h"
#include "formats.h"
#include "pdfreportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextTable>

namespace {

// A4 with the report's margins, laid out in points and printed at 300 dpi.
constexpr int resolution = 300;
const QMarginsF marginsMm(18, 18, 18, 22);

QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, marginsMm, QPageLayout::Millimeter);
}

} // namespace

PdfReport::PdfReport()
{
    m_document.setDocumentMargin(0);
    // Composed without a layout, which write() makes on its own thread: with one, every insertion
    // was laid out as it came (a year's report took seconds of the window's time). Nothing is undone.
    m_document.setUndoRedoEnabled(false);
    QFont font = m_document.defaultFont();
    font.setPointSizeF(10);
    // No ligatures: an id with "ff" in it must copy out of the PDF as the id, not as "ﬀ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document.setDefaultFont(font);
    // Known before anything is inserted: charts are drawn at the width they print at.
    m_document.setPageSize(pageLayout().paintRect(QPageLayout::Point).size());
    m_cursor = QTextCursor(&m_document);
}

void PdfReport::heading(const QString &text, int level)
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

void PdfReport::paragraph(const QString &text, bool italic)
{
    QTextCharFormat format;
    format.setFontItalic(italic);
    newBlock({}, format);
    m_cursor.insertText(PdfReportWriter::printable(text), format);
}

void PdfReport::table(const QStringList &header, const QList<QStringList> &rows)
{
    for (qsizetype first = 0; first < qMax<qsizetype>(1, rows.size()); first += rowsPerTable)
        tablePart(header, rows.mid(first, rowsPerTable));
}

void PdfReport::tablePart(const QStringList &header, const QList<QStringList> &rows)
{
    newBlock({}, {});
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setBorder(0.5);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // Each column as wide as its longest header word and, up to a point, its longest cell: a
    // header never breaks mid-word ("Errore/s").
    QList<int> weights;
    int total = 0;
    for (int column = 0; column < header.size(); ++column) {
        int weight = 4;
        for (const QString &word : header[column].split(u' '))
            weight = qMax(weight, int(word.size()) + 2);
        for (const QStringList &row : rows)
            weight = qMax(weight, qMin(24, int(row.value(column).size())));
        weights << weight;
        total += weight;
    }
    QList<QTextLength> widths;
    for (const int weight : std::as_const(weights))
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * weight / total);
    format.setColumnWidthConstraints(widths);
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

void PdfReport::chartOverTime(const QString &title, const QList<ReportData::Series> &series)
{
    newBlock({}, {});
    ChartTextObject::insertOverTime(m_cursor, title, series);
}

void PdfReport::chartOfDays(const QString &title, const QStringList &days, const LimitSplit &minutes)
{
    newBlock({}, {});
    ChartTextObject::insertDays(m_cursor, title, days, minutes);
}

void PdfReport::transcript(const QList<ReportData::Message> &messages, const QString &childName, const QString &agentName)
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
                                                         message.fromChild ? (childName.isEmpty() ? QCoreApplication::translate("PdfReportWriter", "Child") : childName)
                                                                           : Formats::agentName(agentName)),
                            who);
        m_cursor.insertText(PdfReportWriter::printable(message.content), QTextCharFormat());
    }
}

void PdfReport::moveToThread(QThread *thread)
{
    m_document.moveToThread(thread);
    m_charts.moveToThread(thread);
}

bool PdfReport::write(const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("PdfReportWriter", "Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    // Made, the layout lays the document out at once, before it knows the charts' handler; without
    // a page size it lays out nothing. Given back, the page size lays the document out once.
    const QSizeF pageSize = m_document.pageSize();
    m_document.setPageSize({});
    m_document.documentLayout()->registerHandler(ChartTextObject::type, &m_charts);
    m_document.setPageSize(pageSize);
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Nido"));
        writer.setPageLayout(pageLayout());
        writer.setResolution(resolution);
        // Laid out at the page's size in points, printed scaled, so that fonts keep their size.
        const qreal scale = writer.resolution() / 72.0;
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

void PdfReport::newBlock(const QTextBlockFormat &block, const QTextCharFormat &format)
{
    if (m_cursor.position() == 0 && m_document.isEmpty())
        m_cursor.setBlockFormat(block);
    else
        m_cursor.insertBlock(block, format);
}
