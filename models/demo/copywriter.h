#pragma once

#include <QByteArray>
#include <QString>

typedef struct pg_conn PGconn;

// Streams rows into one table with COPY ... FROM STDIN (text format), the fastest way to load
// large amounts of rows through libpq.
class CopyWriter
{
public:
    CopyWriter(PGconn *connection, QByteArray copyStatement);

    bool begin(QString *error);
    CopyWriter &text(const QByteArray &utf8);
    CopyWriter &text(const QString &value) { return text(value.toUtf8()); }
    CopyWriter &number(qint64 value);
    CopyWriter &number(double value, int decimals);
    CopyWriter &boolean(bool value);
    CopyWriter &null();
    bool endRow(QString *error);
    bool finish(QString *error);

    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    void separate();
    bool flush(QString *error);

    PGconn *m_connection;
    QByteArray m_statement;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};
