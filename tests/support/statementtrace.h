#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

// Every statement the models run while it is installed (SqlConnection's observer), on any thread.
struct TracedStatement {
    QString sql;
    QVariantList values;
    // When it was sent, in milliseconds since the epoch: what a slow switch waited on.
    qint64 sentAtMs = 0;

    // The SQL with each `:name` placeholder as `$1`, `$2`… in the order they occur, as Qt's
    // PostgreSQL driver sends it.
    [[nodiscard]] QByteArray positionalSql() const;
    // The values as PostgreSQL's text input, or a null QByteArray for NULL.
    [[nodiscard]] QList<QByteArray> textValues() const;
};

class StatementTrace
{
public:
    StatementTrace();
    ~StatementTrace();
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    // What ran since the last call.
    [[nodiscard]] QList<TracedStatement> take();
};
