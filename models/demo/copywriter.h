#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

typedef struct pg_conn PGconn;

// Streams rows into one table with COPY ... FROM STDIN (text format), the fastest way to load
// large amounts of rows through libpq. Rows are written with every column the generator knows; those
// the table lacks (a backend's ORM made it without them) are left out of the COPY.
class CopyWriter
{
public:
    CopyWriter(PGconn *connection, const QString &table, const QStringList &columns, const QSet<QString> &present);

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
    // False when the next field's column is not in the table: the field is dropped.
    bool nextField();
    bool flush(QString *error);

    PGconn *m_connection;
    QByteArray m_statement;
    QByteArray m_buffer;
    QList<bool> m_keep;
    int m_field = 0;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};
