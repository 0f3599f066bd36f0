#include "testdatabase.h"

#include "database.h"
#include "databaseworker.h"
#include "demodatagenerator.h"
#include "schemamigrator.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

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
    return use(name);
}

QSqlDatabase TestDatabase::use(const QString &name)
{
    Database::close(QLatin1String(QSqlDatabase::defaultConnection));
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
        // A delivery may queue a reload (a model's scheduleReload): only a second pass that asks
        // nothing new means the models have settled.
        if (DatabaseWorker::instance()->pendingDeliveries() == 0) {
            QCoreApplication::processEvents();
            if (DatabaseWorker::instance()->pendingDeliveries() == 0)
                return true;
            continue;
        }
        if (!QTest::qWaitFor([] { return DatabaseWorker::instance()->pendingDeliveries() == 0; }, timeoutMs))
            return false;
    }
    return false;
}

bool TestDatabase::createFromFixture(const QString &name, const QString &fixture, QString *error)
{
    create(name);
    QProcess psql;
    psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                        QStringLiteral("-h"), socketDir(), QStringLiteral("-U"), QStringLiteral("nido"),
                                        QStringLiteral("-d"), name, QStringLiteral("-f"),
                                        QStringLiteral(NIDO_TEST_FIXTURES "/") + fixture});
    if (!psql.waitForFinished(60000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
        *error = QString::fromUtf8(psql.readAllStandardError()) + psql.errorString();
        return false;
    }
    return true;
}

bool TestDatabase::createBackendFamily(const QString &name, const QString &fixture, int children, QString *error)
{
    if (!createFromFixture(name, fixture, error))
        return false;
    QSqlDatabase db = QSqlDatabase::database();
    if (!SchemaMigrator(db).migrate(error) || !DemoDataGenerator(db, DemoDataGenerator::familyScale(children)).generate(error))
        return false;
    if (!leaveNullsAsABackendDoes()) {
        *error = QStringLiteral("the NULLs a backend leaves could not be written");
        return false;
    }
    return true;
}

bool TestDatabase::leaveNullsAsABackendDoes()
{
    const QStringList updates = {
        QStringLiteral("UPDATE users SET \"firstName\" = NULL, \"lastName\" = NULL WHERE id = (SELECT id FROM users ORDER BY id LIMIT 1)"),
        QStringLiteral("UPDATE user_profiles SET age = NULL, preferences = NULL, routines = NULL, \"familyContext\" = NULL, "
                       "  \"developmentMilestones\" = NULL WHERE \"userId\" = (SELECT id FROM users ORDER BY id LIMIT 1)"),
        QStringLiteral("UPDATE agents SET description = NULL, \"voiceSettings\" = NULL, \"ownerUserId\" = NULL "
                       "  WHERE id IN (SELECT id FROM agents ORDER BY id LIMIT 2)"),
        QStringLiteral("UPDATE voice_sessions SET metadata = NULL, \"durationSeconds\" = NULL, \"endedAt\" = NULL "
                       "  WHERE id IN (SELECT id FROM voice_sessions WHERE status = 'ended' ORDER BY id LIMIT 5)"),
        QStringLiteral("UPDATE voice_sessions SET \"durationSeconds\" = NULL WHERE id IN (SELECT id FROM voice_sessions "
                       "  WHERE status = 'ended' AND \"durationSeconds\" IS NOT NULL ORDER BY id LIMIT 5)"),
        QStringLiteral("UPDATE ai_conversations SET \"audioUrl\" = NULL, metadata = NULL WHERE id IN (SELECT id FROM ai_conversations ORDER BY id LIMIT 50)"),
        QStringLiteral("UPDATE session_heartbeats SET metrics = NULL, \"deviceId\" = NULL WHERE id IN (SELECT id FROM session_heartbeats ORDER BY id LIMIT 50)"),
        QStringLiteral("UPDATE memory_contexts SET summary = NULL, metadata = NULL, \"sessionId\" = NULL, \"agentId\" = NULL, "
                       "  \"chromaCollectionId\" = NULL, \"chromaCollectionName\" = NULL, \"lastAccessedAt\" = NULL, \"expiresAt\" = NULL "
                       "  WHERE id IN (SELECT id FROM memory_contexts ORDER BY id LIMIT 30)"),
    };
    QSqlQuery query;
    for (const QString &update : updates) {
        if (!query.exec(update) || query.numRowsAffected() <= 0) {
            qWarning("%s: %s", qPrintable(update), qPrintable(Database::errorText(query)));
            return false;
        }
    }
    return true;
}

QSqlDatabase TestDatabase::loginAs(const QString &database, const QString &role, QString *error)
{
    // A session just closed still counts against the role's connection limit until its server
    // process has exited, which it does a moment later.
    for (int attempt = 0;; ++attempt) {
        QSqlDatabase db = Database::open(conninfo(database) + QStringLiteral(" user=") + role, QStringLiteral("as-") + role, error);
        if (db.isOpen() || attempt == 40 || !error->contains(QLatin1String("too many connections")))
            return db;
        QThread::msleep(50);
    }
}

QString TestDatabase::attemptAs(const QString &database, const QString &role, QString sql, int *rows)
{
    const QString name = QStringLiteral("as-") + role;
    QString state;
    {
        QString error;
        QSqlDatabase db = loginAs(database, role, &error);
        if (!db.isOpen())
            return error;
        const bool inTransaction = sql.startsWith(QLatin1String("BEGIN; "));
        if (inTransaction) {
            db.transaction();
            sql = sql.mid(7);
        }
        QSqlQuery query(db);
        if (query.exec(sql)) {
            state = QStringLiteral("ok");
            if (rows)
                *rows = query.isSelect() ? query.size() : query.numRowsAffected();
        } else {
            state = query.lastError().nativeErrorCode();
            if (state.isEmpty())
                state = query.lastError().text();
        }
        if (inTransaction)
            db.rollback();
    }
    Database::close(name);
    return state;
}
