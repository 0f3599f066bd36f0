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

CopyWriter::CopyWriter(PGconn *connection, QByteArray copyStatement)
    : m_connection(connection)
    , m_statement(std::move(copyStatement))
{
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

void CopyWriter::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

CopyWriter &CopyWriter::text(const QByteArray &utf8)
{
    separate();
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
    separate();
    m_buffer.append(QByteArray::number(value));
    return *this;
}

CopyWriter &CopyWriter::number(double value, int decimals)
{
    separate();
    m_buffer.append(QByteArray::number(value, 'f', decimals));
    return *this;
}

CopyWriter &CopyWriter::boolean(bool value)
{
    separate();
    m_buffer.append(value ? 't' : 'f');
    return *this;
}

CopyWriter &CopyWriter::null()
{
    separate();
    m_buffer.append("\\N", 2);
    return *this;
}

bool CopyWriter::endRow(QString *error)
{
    m_buffer.append('\n');
    m_rowStarted = false;
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
