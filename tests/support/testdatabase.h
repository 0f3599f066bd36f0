#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// A fresh database on the test cluster that ctest's fixture started (tests/pgcluster.sh).
class TestDatabase
{
public:
    // Drops and recreates `name`, then opens it as the default connection.
    static QSqlDatabase create(const QString &name);
    // The same, restored from a schema the backend's ORM made (tests/support/fixtures/NAME.sql).
    static bool createFromFixture(const QString &name, const QString &fixture, QString *error);
    // A backend's database from `fixture`, migrated by Nido, holding a demo family of `children`
    // with the NULLs a backend leaves: what a parent's own database looks like.
    static bool createBackendFamily(const QString &name, const QString &fixture, int children, QString *error);
    // Opens an existing test database as the default connection, and for the database worker.
    static QSqlDatabase use(const QString &name);
    // Every nullable column of the ORM's schema NULL on some rows, as a backend leaves them.
    [[nodiscard]] static bool leaveNullsAsABackendDoes();
    static QString conninfo(const QString &name);
    static QString socketDir();
    // A query's single value, for comparing models with plain SQL.
    // Each row as its fields joined by '|'. With values the query is prepared and they are bound.
    static QStringList rows(const QString &sql, const QVariantMap &values = {});
    // Lets scheduled reloads start and waits until the database worker has handed every result
    // over, including the jobs those results started (the next page of a list).
    [[nodiscard]] static bool settle(int timeoutMs = 10000);
    // Runs a statement on the database worker's connection and waits for it (SET ROLE and the like).
    static bool onWorker(const QString &sql);
    static QVariant scalar(const QString &sql, const QSqlDatabase &db = QSqlDatabase::database());
    // A session of `role` (named "as-<role>"), waiting a moment when the role's connection limit
    // still counts sessions just closed.
    static QSqlDatabase loginAs(const QString &database, const QString &role, QString *error);
    // Runs one statement in `database` logged in as `role` (in a transaction, rolled back, when it
    // starts with "BEGIN; "): the SQLSTATE of its failure, or "ok". `rows` gets what it read or
    // changed. How a caregiver with psql is tried: a refusal is a SQLSTATE, not a typo's error.
    static QString attemptAs(const QString &database, const QString &role, QString sql, int *rows = nullptr);
};
