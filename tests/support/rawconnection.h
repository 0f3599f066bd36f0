#pragma once

#include "statementtrace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

typedef struct pg_conn PGconn;

// A plain libpq connection beside Nido's, to run the models' statements as bare SQL: the
// benchmark's baseline and the plan test's EXPLAIN.
class RawConnection
{
public:
    explicit RawConnection(const QString &conninfo);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorString() const { return m_error; }

    // Runs the statement with its values and reads every row; false with errorString() on failure.
    bool exec(const TracedStatement &statement, int *rows = nullptr);
    bool exec(const QByteArray &sql);
    // EXPLAIN (FORMAT JSON) of the statement with its values: the plan PostgreSQL would use.
    [[nodiscard]] QJsonDocument explain(const TracedStatement &statement);
    // The plans of the statement and of every statement the server's functions run for it, as
    // auto_explain writes them (JSON objects with "Query Text" and "Plan"): a function's plan is
    // one Function Scan to EXPLAIN. The statement runs in a transaction rolled back; false with
    // errorString() when it fails.
    bool nestedPlans(const TracedStatement &statement, QList<QJsonObject> *plans);
    // The first column of every row (EXPLAIN ANALYZE's lines); empty on failure.
    [[nodiscard]] QStringList lines(const TracedStatement &statement);

private:
    bool run(const QByteArray &sql, const QList<QByteArray> &values, QByteArrayList *firstColumn, int *rows);

    PGconn *m_connection = nullptr;
    QString m_error;
};
