#include "copywriter.h"

#include <QObject>

#include <libpq-fe.h>

namespace {

// Small enough that the server parses one chunk while the next is being generated.
constexpr qsizetype flushThreshold = 64 * 1024;

QString connectionError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

CopyWriter::CopyWriter(PGconn *connection, const QString &table, const QStringList &columns, const QSet<QString> &present)
    : m_connection(connection)
{
    QStringList kept;
    for (const QString &column : columns) {
        m_keep << present.contains(column);
        if (m_keep.constLast())
            kept << u'"' + column + u'"';
    }
    // Names are the generator's own constants.
    m_statement = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, kept.join(QStringLiteral(", "))).toUtf8();
    m_buffer.reserve(flushThreshold + 4096);
}

bool CopyWriter::begin(QString *error)
{
    PGresult *result = PQexec(m_connection, m_statement.constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    if (!ok)
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    return ok;
}

bool CopyWriter::nextField()
{
    if (!m_keep.value(m_field++, true))
        return false;
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
    return true;
}

CopyWriter &CopyWriter::text(const QByteArray &utf8)
{
    if (!nextField())
        return *this;
    for (const char c : utf8) {
        switch (c) {
        case '\\': m_buffer.append("\\\\", 2); break;
        case '\t': m_buffer.append("\\t", 2); break;
        case '\n': m_buffer.append("\\n", 2); break;
        case '\r': m_buffer.append("\\r", 2); break;
        default: m_buffer.append(c);
        }
    }
    return *this;
}

CopyWriter &CopyWriter::number(qint64 value)
{
    if (!nextField())
        return *this;
    m_buffer.append(QByteArray::number(value));
    return *this;
}

CopyWriter &CopyWriter::number(double value, int decimals)
{
    if (!nextField())
        return *this;
    m_buffer.append(QByteArray::number(value, 'f', decimals));
    return *this;
}

CopyWriter &CopyWriter::boolean(bool value)
{
    if (!nextField())
        return *this;
    m_buffer.append(value ? 't' : 'f');
    return *this;
}

CopyWriter &CopyWriter::null()
{
    if (!nextField())
        return *this;
    m_buffer.append("\\N", 2);
    return *this;
}

bool CopyWriter::endRow(QString *error)
{
    m_buffer.append('\n');
    m_rowStarted = false;
    m_field = 0;
    ++m_rows;
    return m_buffer.size() < flushThreshold || flush(error);
}

bool CopyWriter::flush(QString *error)
{
    if (m_buffer.isEmpty())
        return true;
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1) {
        *error = connectionError(m_connection);
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CopyWriter::finish(QString *error)
{
    if (!flush(error))
        return false;
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        *error = connectionError(m_connection);
        return false;
    }
    bool ok = true;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK) {
            *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            ok = false;
        }
        PQclear(result);
    }
    return ok;
}
