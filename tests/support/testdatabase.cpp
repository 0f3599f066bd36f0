#include "testdatabase.h"

#include "database.h"
#include "databaseworker.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

QString TestDatabase::socketDir()
{
    return qEnvironmentVariable("NIDO_TEST_PGHOST");
}

QString TestDatabase::conninfo(const QString &name)
{
    return QStringLiteral("host='%1' dbname=%2 user=nido").arg(socketDir(), name);
}

QSqlDatabase TestDatabase::create(const QString &name)
{
    if (socketDir().isEmpty())
        qFatal("NIDO_TEST_PGHOST is not set: run the tests through ctest, which starts the cluster");
    Database::close(QLatin1String(QSqlDatabase::defaultConnection));
    {
        QString error;
        const auto admin = QStringLiteral("test-admin");
        QSqlDatabase db = Database::open(conninfo(QStringLiteral("postgres")), admin, &error);
        if (!db.isOpen())
            qFatal("cannot reach the test cluster: %s", qPrintable(error));
        QSqlQuery query(db);
        // Names are the tests' own constants, never user input.
        if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name))
            || !query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
            qFatal("cannot create the test database %s: %s", qPrintable(name), qPrintable(Database::errorText(query)));
        db = {};
        Database::close(admin);
    }
    QString error;
    QSqlDatabase db = Database::open(conninfo(name), QLatin1String(QSqlDatabase::defaultConnection), &error);
    if (!db.isOpen())
        qFatal("cannot open the test database %s: %s", qPrintable(name), qPrintable(error));
    // Models read through the database worker: on the same database.
    DatabaseWorker::instance()->setConninfo(conninfo(name));
    return db;
}

QVariant TestDatabase::scalar(const QString &sql, const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(Database::errorText(query)));
        return {};
    }
    return query.value(0);
}

QStringList TestDatabase::rows(const QString &sql, const QVariantMap &values)
{
    QSqlQuery query;
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else {
        query.prepare(sql);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(it.key(), it.value());
        ok = query.exec();
    }
    if (!ok)
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(Database::errorText(query)));
    QStringList result;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        result << fields.join(u'|');
    }
    return result;
}

bool TestDatabase::onWorker(const QString &sql)
{
    QFuture<bool> done = DatabaseWorker::instance()->run<bool>([sql](SqlConnection &db) {
        QString error;
        if (db.execDirect(sql, &error))
            return true;
        qWarning("on the worker: %s: %s", qPrintable(sql), qPrintable(error));
        return false;
    });
    return done.result();
}

bool TestDatabase::settle(int timeoutMs)
{
    for (int round = 0; round < 20; ++round) {
        QCoreApplication::processEvents();
        if (DatabaseWorker::instance()->pendingDeliveries() == 0)
            return true;
        if (!QTest::qWaitFor([] { return DatabaseWorker::instance()->pendingDeliveries() == 0; }, timeoutMs))
            return false;
    }
    return false;
}
