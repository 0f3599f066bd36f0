#include "caregiveradmin.h"
#include "database.h"
#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "processrun.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QFileInfo>
#include <QTest>

// A caregiver who connects with psql instead of Nido, logged in as its own role, and out to do
// harm: each refusal must come from the server, as a permission error, not from a typo.
class HostileCaregiverTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children; // c0, c1: family A (h_alice manages c0, views c1; h_viola views c0); c2, c3: family B (h_bob)

    // A connection logged in as `role` (the test cluster trusts local logins).
    static QSqlDatabase login(const QString &role)
    {
        QString error;
        QSqlDatabase db = TestDatabase::loginAs("hostile", role, &error);
        if (!db.isOpen())
            qWarning("cannot log in as %s: %s", qPrintable(role), qPrintable(error));
        return db;
    }

    static QString attempt(const QString &role, const QString &sql, int *rows = nullptr)
    {
        return TestDatabase::attemptAs(QStringLiteral("hostile"), role, sql, rows);
    }

    // Runs statements in order as `role`, in one transaction of one session; the SQLSTATE of the
    // first that fails, or "ok".
    static QString attemptAll(const QString &role, const QStringList &statements)
    {
        QString state = "ok";
        {
            QSqlDatabase db = login(role);
            db.transaction();
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    state = query.lastError().nativeErrorCode();
                    break;
                }
            }
            db.rollback();
        }
        Database::close("as-" + role);
        return state;
    }

    // The planner's row estimate for `sql`, as `role` sees it in EXPLAIN; -1 when EXPLAIN failed.
    static double estimate(const QString &role, const QString &sql)
    {
        double rows = -1;
        {
            QSqlDatabase db = login(role);
            QSqlQuery query(db);
            if (query.exec("EXPLAIN (FORMAT JSON) " + sql) && query.next()) {
                const QJsonDocument plan = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
                rows = plan.array().at(0).toObject().value("Plan").toObject().value("Plan Rows").toDouble(-1);
            }
        }
        Database::close("as-" + role);
        return rows;
    }

    // All that `role` can learn from running `sql` in a session of its own: EXPLAIN ANALYZE's plan
    // with its row counts (or the error), and the statistics counters of every table it touched.
    // `id` is written as <id> so that two runs can be compared.
    static QString trace(const QString &role, const QString &sql, const QString &id, const QStringList &settings = {})
    {
        QStringList seen;
        {
            QSqlDatabase db = login(role);
            db.transaction();
            QSqlQuery query(db);
            for (const QString &setting : settings) {
                if (!query.exec(setting))
                    seen << "setting refused: " + setting;
            }
            query.exec("SAVEPOINT probe");
            if (query.exec("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + QString(sql).replace("%1", id))) {
                while (query.next())
                    seen << query.value(0).toString();
            } else {
                seen << query.lastError().nativeErrorCode();
                query.exec("ROLLBACK TO SAVEPOINT probe");
            }
            if (query.exec("SELECT relname, seq_scan, seq_tup_read, idx_scan, idx_tup_fetch, n_tup_ins FROM pg_stat_xact_user_tables "
                           "WHERE seq_scan + COALESCE(idx_scan, 0) + n_tup_ins > 0 ORDER BY relid")) {
                while (query.next()) {
                    QStringList counters;
                    for (int i = 0; i < 6; ++i)
                        counters << query.value(i).toString();
                    seen << counters.join(u' ');
                }
            } else {
                seen << "counters unread: " + query.lastError().text();
            }
            // And of every index of the database's own tables: the table's sum hides which of them
            // was read (the backend's index of every family's times, or the child's own). Entries
            // read are left out: the probes' own rolled-back audit rows are dead entries that later
            // scans skip, which would differ from one probe to the next.
            if (query.exec("SELECT c.relname, pg_stat_get_xact_numscans(c.oid), pg_stat_get_xact_tuples_fetched(c.oid) "
                           "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.relkind = 'i' AND n.nspname NOT IN ('pg_catalog', 'pg_toast') AND pg_stat_get_xact_numscans(c.oid) > 0 "
                           "ORDER BY c.relname")) {
                while (query.next())
                    seen << QStringLiteral("index %1 %2 %3").arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
            } else {
                seen << "counters unread: " + query.lastError().text();
            }
            db.rollback();
        }
        Database::close("as-" + role);
        return seen.join(u'\n').replace(id, "<id>");
    }

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }
    QString memoryOf(int child) const
    {
        return one("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + m_children[child] + "' ORDER BY id LIMIT 1");
    }

    static ProcessRun addCaregiver(const QStringList &arguments)
    {
        return runProcess(NIDO_BINARY, QStringList{"admin", "add-caregiver", "--database", TestDatabase::conninfo("hostile")} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("hostile"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(4)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QCOMPARE(m_children.size(), 4);
        QSqlQuery setup;
        for (const char *role : {"h_alice", "h_bob", "h_viola", "h_backend", "h_mallory"})
            setup.exec(QString("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        CaregiverAdmin admin(db);
        QVERIFY2(admin.addCaregiver("h_alice", "Alice", {{m_children[0], "manage"}, {m_children[1], "view"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("h_bob", "Bob", {{m_children[2], "manage"}, {m_children[3], "manage"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("h_viola", "Viola", {{m_children[0], "view"}}, {}, &error), qPrintable(error));
        QVERIFY(setup.exec("CREATE ROLE h_backend LOGIN"));
        QVERIFY(setup.exec("GRANT USAGE ON SCHEMA nido TO h_backend"));
        QVERIFY(setup.exec("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO h_backend"));
        QVERIFY(setup.exec("GRANT SELECT, INSERT ON nido.memory_deletion_outbox TO h_backend"));
        QVERIFY(setup.exec("GRANT USAGE ON ALL SEQUENCES IN SCHEMA nido TO h_backend"));
        QVERIFY(setup.exec("INSERT INTO agents (name, \"ownerUserId\") VALUES ('B private', '" + m_children[2] + "')"));
    }

    void agentsCannotBePublishedOrTakenFromOthers()
    {
        // No table access at all: agents are added and changed through the server's functions.
        QCOMPARE(attempt("h_alice", "INSERT INTO agents (name, \"ownerUserId\", \"isPublic\", persona) VALUES ('Evil', '" + m_children[0] + "', true, '{}')"),
                 QString("42501"));
        QCOMPARE(attempt("h_alice", "SELECT nido.add_agent('h_alice', '" + m_children[0] + "', 'Mine', 'be kind', NULL)"), QString("ok"));
        const QString mine = one("SELECT id::text FROM agents WHERE name = 'Mine'");
        QCOMPARE(attempt("h_alice", "UPDATE agents SET \"isPublic\" = true WHERE name = 'Mine'"), QString("42501"));
        QCOMPARE(attempt("h_alice", "DELETE FROM agents WHERE name = 'Mine'"), QString("42501"));
        // Nor do the functions write what a caregiver may not: being public, the owner, the id.
        for (const QString &column : QStringList{"isPublic", "ownerUserId", "id"}) {
            const QString value = column == "isPublic" ? QString("true") : "\"" + m_children[2] + "\"";
            QCOMPARE(attempt("h_alice", "SELECT nido.edit_agent('h_alice', '" + mine + "', '[{\"column\": \"" + column + "\", \"value\": " + value + "}]')"),
                     QString("ok"));
        }
        QCOMPARE(attempt("h_bob", "SELECT nido.edit_agent('h_bob', '" + mine + "', '[{\"column\": \"name\", \"value\": \"taken\"}]')"), QString("42501"));
        QCOMPARE(one("SELECT COUNT(*) FROM agents WHERE id = '" + mine + "' AND \"isPublic\" IS NOT TRUE AND \"ownerUserId\" = '" + m_children[0]
                     + "' AND name = 'Mine'"),
                 QString("1"));

        // An agent of family A that family B's memories use is out of A's reach.
        const QString agent = one("INSERT INTO agents (name, \"ownerUserId\") VALUES ('Shared tutor', '" + m_children[0] + "') RETURNING id::text");
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"agentId\" = '" + agent + "' WHERE id = '" + memoryOf(2) + "'"));
        int rows = -1;
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_agent('h_alice', '" + agent + "', '[{\"column\": \"persona\", \"path\": \"{instructions}\", "
                                    "\"value\": \"evil\"}]')", &rows),
                 QString("42501"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"agentId\" = '" + agent + "'"), QString("1"));
        // A private agent of another family is no agent to point a memory at.
        const QString theirs = one("SELECT id::text FROM agents WHERE name = 'B private'");
        QCOMPARE(attempt("h_alice", "UPDATE memory_contexts SET \"agentId\" = '" + theirs + "' WHERE id = '" + memoryOf(0) + "'"), QString("42501"));
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + memoryOf(0) + "', '[{\"column\": \"agentId\", "
                                    "\"value\": \"" + theirs + "\"}]')"),
                 QString("42501"));
        // Nor do the server's functions write a memory's session, which a caregiver does not correct.
        int moved = -1;
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + memoryOf(0) + "', '[{\"column\": \"sessionId\", "
                                    "\"value\": null}]')", &moved),
                 QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + memoryOf(0) + "' AND \"sessionId\" IS NOT NULL"), QString("1"));
        QCOMPARE(attempt("h_alice", "UPDATE memory_contexts SET \"sessionId\" = (SELECT id FROM voice_sessions LIMIT 1) WHERE id = '" + memoryOf(0) + "'"),
                 QString("42501"));
    }

    void outboxRowsComeOnlyFromRealDeletions()
    {
        const QString mine = memoryOf(0);
        const QString theirs = memoryOf(2);
        QCOMPARE(attempt("h_alice", "INSERT INTO nido.memory_deletion_outbox (\"memoryId\", \"userId\", \"chromaCollectionName\") VALUES ('"
                                      + theirs + "', '" + m_children[0] + "', 'user_B_memories')"),
                 QString("42501"));
        QCOMPARE(attempt("h_alice", "UPDATE memory_contexts SET \"chromaCollectionName\" = 'user_B_memories' WHERE id = '" + mine + "'"), QString("42501"));
        QCOMPARE(attempt("h_alice", "UPDATE memory_contexts SET id = gen_random_uuid() WHERE id = '" + mine + "'"), QString("42501"));
        QCOMPARE(attempt("h_alice", "DELETE FROM memory_contexts WHERE id = '" + mine + "'"), QString("42501"));
        QCOMPARE(attempt("h_alice", "SELECT nido.delete_memories('h_bob', '" + m_children[2] + "', ARRAY['" + theirs + "']::uuid[])"), QString("42501"));
        QCOMPARE(attempt("h_alice", "SELECT nido.delete_memories('h_alice', '" + m_children[2] + "', ARRAY['" + theirs + "']::uuid[])"), QString("42501"));
        QCOMPARE(attempt("h_viola", "SELECT nido.delete_memories('h_viola', '" + m_children[0] + "', ARRAY['" + mine + "']::uuid[])"), QString("42501"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.memory_deletion_outbox"), QString("0"));

        const QString collection = one("SELECT \"chromaCollectionName\" FROM memory_contexts WHERE id = '" + mine + "'");
        QCOMPARE(attempt("h_alice", "SELECT nido.delete_memories('h_alice', '" + m_children[0] + "', ARRAY['" + mine + "']::uuid[])"), QString("ok"));
        QCOMPARE(TestDatabase::rows("SELECT \"memoryId\"::text || '|' || \"userId\"::text || '|' || COALESCE(\"chromaCollectionName\", '') "
                                    "FROM nido.memory_deletion_outbox"),
                 QStringList{mine + "|" + m_children[0] + "|" + collection});
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'h_alice' AND action = 'delete' AND details->'memoryIds' ? '" + mine + "'"),
                 QString("1"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + theirs + "'"), QString("1"));
    }

    void auditIsWrittenByTheServer()
    {
        const QString mine = memoryOf(0);
        QCOMPARE(attempt("h_alice", "INSERT INTO nido.caregiver_audit (action, \"userId\", \"at\") VALUES ('view', '" + m_children[0] + "', '2001-01-01')"),
                 QString("42501"));
        QCOMPARE(attempt("h_alice", "INSERT INTO nido.caregiver_audit (role, action, \"userId\") VALUES ('h_bob', 'view', '" + m_children[2] + "')"),
                 QString("42501"));
        QCOMPARE(attempt("h_alice", "INSERT INTO nido.caregiver_audit (action, \"userId\") VALUES ('delete', '" + m_children[0] + "')"), QString("42501"));
        QCOMPARE(attempt("h_viola", "INSERT INTO nido.caregiver_audit (action, \"userId\") VALUES ('edit', '" + m_children[0] + "')"), QString("42501"));
        QCOMPARE(attempt("h_viola", "INSERT INTO memory_access_log (\"memoryId\", \"accessType\", \"accessedAt\") VALUES ('" + mine
                                      + "', 'caregiver_delete', now() AT TIME ZONE 'UTC')"),
                 QString("42501"));
        QCOMPARE(attempt("h_viola", "INSERT INTO memory_access_log (\"memoryId\", \"accessType\", \"accessedAt\") VALUES ('" + mine
                                      + "', 'caregiver_edit', now() AT TIME ZONE 'UTC')"),
                 QString("42501"));
        QCOMPARE(attempt("h_viola", "INSERT INTO memory_access_log (\"memoryId\", \"accessType\", \"accessedAt\") VALUES ('" + mine
                                      + "', 'caregiver_view', now() AT TIME ZONE 'UTC')"),
                 QString("42501"));

        // A correction through psql (the caregiver's only way, the server's function) is audited all the same, with what changed.
        QCOMPARE(attempt("h_alice", "UPDATE memory_contexts SET summary = 'changed in psql' WHERE id = '" + mine + "'"), QString("42501"));
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + mine + "', jsonb_build_array(jsonb_build_object('column', 'summary', 'value', 'changed in psql')))"), QString("ok"));
        QCOMPARE(one("SELECT details->'changes'->'summary'->>'to' FROM nido.caregiver_audit WHERE role = 'h_alice' AND action = 'edit' "
                     "AND \"memoryId\" = '" + mine + "'"),
                 QString("changed in psql"));
    }

    void noTriggerOrTemporaryTableOfACaregiverFoolsTheServer()
    {
        const QString theirs = memoryOf(2);
        // The server's trigger functions cannot be attached to a table of the caregiver's own.
        QCOMPARE(attemptAll("h_alice", {"CREATE TEMP TABLE forged (id uuid, \"userId\" uuid, \"chromaCollectionId\" varchar, \"chromaCollectionName\" varchar)",
                                        "CREATE TRIGGER forge AFTER INSERT ON forged REFERENCING NEW TABLE AS gone FOR EACH STATEMENT "
                                        "EXECUTE FUNCTION nido.queue_memory_purge()"}),
                 QString("42501"));
        QCOMPARE(attemptAll("h_alice", {"CREATE TEMP TABLE forged (id uuid, \"userId\" uuid)",
                                        "CREATE TRIGGER forge AFTER UPDATE ON forged REFERENCING OLD TABLE AS previous NEW TABLE AS changed "
                                        "FOR EACH STATEMENT EXECUTE FUNCTION nido.audit_caregiver_edit()"}),
                 QString("42501"));
        // Temporary tables named like the backend's do not stand in for them in the server's functions.
        const QString shared = one("SELECT id::text FROM agents WHERE name = 'Shared tutor'");
        QVERIFY(!shared.isEmpty());
        QCOMPARE(attemptAll("h_alice", {"CREATE TEMP TABLE memory_contexts (id uuid, \"agentId\" uuid, \"userId\" uuid)",
                                        "CREATE TEMP TABLE voice_sessions (metadata jsonb, \"userId\" uuid)",
                                        "SET search_path = pg_temp, public",
                                        "SELECT nido.edit_agent('h_alice', '" + shared + "', '[{\"column\": \"persona\", \"path\": \"{instructions}\", "
                                        "\"value\": \"evil\"}]')"}),
                 QString("42501"));
        QVERIFY(one("SELECT persona->>'instructions' FROM agents WHERE id = '" + shared + "'") != "evil");
        QCOMPARE(attemptAll("h_alice", {"CREATE TEMP TABLE memory_contexts (id uuid, \"userId\" uuid)",
                                        "SELECT nido.delete_memories('h_alice', '" + m_children[0] + "', ARRAY['" + theirs + "']::uuid[])"}),
                 QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + theirs + "'"), QString("1"));
        // A role that may delete, and is no caregiver, deletes through the same function.
        const QString backendsOwn = memoryOf(3);
        QCOMPARE(attempt("h_backend", "SELECT nido.delete_memories('h_backend', '" + m_children[3] + "', ARRAY['" + backendsOwn + "']::uuid[])"),
                 QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + backendsOwn + "'"), QString("0"));
        QCOMPARE(one("SELECT COUNT(*) FROM pg_proc p WHERE p.proname = 'is_caregiver' AND has_function_privilege('h_alice', p.oid, 'EXECUTE')"),
                 QString("0"));
    }

    void noCaregiverCanLockTheBackendOut()
    {
        for (const QString &role : {QString("h_viola"), QString("h_alice")}) {
            for (const QString &table : {QString("memory_contexts"), QString("users"), QString("user_profiles"), QString("agents")}) {
                QCOMPARE(attempt(role, "BEGIN; LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE"), QString("42501"));
                QCOMPARE(attempt(role, "BEGIN; LOCK TABLE " + table + " IN SHARE MODE"), QString("42501"));
            }
        }
        QCOMPARE(one("SELECT COUNT(*) FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole "
                     "WHERE r.rolname = 'h_alice' AND 'lock_timeout=5s' = ANY(s.setconfig)"),
                 QString("1"));
    }

    // Nothing a caregiver does can make the backend's inserts fail or keep its logins out: caregivers
    // hold a few connections each, and no trigger of Nido's on the insert path sends a NOTIFY.
    void theBackendIsNeverStarved()
    {
        QCOMPARE(one("SELECT COUNT(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
                     "WHERE t.tgrelid IN ('session_heartbeats'::regclass, 'ai_conversations'::regclass, 'voice_sessions'::regclass, "
                     "  'memory_contexts'::regclass, 'memory_access_log'::regclass) "
                     "AND (p.prosrc ILIKE '%notify%')"),
                 QString("0"));
        QCOMPARE(one("SELECT rolconnlimit FROM pg_roles WHERE rolname = 'h_viola'"), QString::number(CaregiverAdmin::defaultMaxConnections));

        QString error;
        CaregiverAdmin admin(QSqlDatabase::database());
        QStringList crowd;
        for (int i = 0; i < 3; ++i) {
            crowd << QStringLiteral("h_crowd%1").arg(i);
            QVERIFY2(admin.addCaregiver(crowd.last(), "Crowd", {{m_children[2 + i % 2], "view"}}, {}, &error, 10), qPrintable(error));
        }
        QStringList held;
        const auto release = qScopeGuard([&] {
            for (const QString &name : std::as_const(held))
                Database::close(name);
        });
        const auto open = [&](const QString &role) {
            const QString name = QStringLiteral("held-%1").arg(held.size());
            const QSqlDatabase db = Database::open(TestDatabase::conninfo("hostile") + " user=" + role, name, &error);
            if (db.isOpen())
                held << name;
            return db.isOpen();
        };
        for (int i = 0; i < 30; ++i)
            QVERIFY2(open(crowd.at(i / 10)), qPrintable(error));
        // The eleventh of a role with ten is refused by the server.
        QVERIFY(!open(crowd.first()));
        QVERIFY2(error.contains("too many connections for role"), qPrintable(error));
        for (int i = 0; i < CaregiverAdmin::defaultMaxConnections; ++i)
            QVERIFY2(open("h_viola"), qPrintable(error));
        QVERIFY(!open("h_viola"));

        // One caregiver listens inside an open transaction, which pins the NOTIFY queue; another fills it.
        {
            QSqlDatabase pinning = QSqlDatabase::database(held.at(0));
            QSqlQuery listen(pinning);
            QVERIFY(listen.exec("LISTEN pinned"));
            QVERIFY(pinning.transaction());
            QVERIFY(listen.exec("SELECT 1"));
            QSqlQuery flood(QSqlDatabase::database(held.at(10)));
            QVERIFY2(flood.exec("SELECT pg_notify('pinned', i || repeat('x', 7900)) FROM generate_series(1, 2000) AS i"), qPrintable(flood.lastError().text()));
            QVERIFY(one("SELECT pg_notification_queue_usage()").toDouble() > 0);

            // The backend's role inserts heartbeats and messages meanwhile: every one succeeds.
            const QString session = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + m_children[2] + "' LIMIT 1");
            for (int i = 0; i < 20; ++i) {
                QCOMPARE(attempt("h_backend", "INSERT INTO session_heartbeats (\"sessionId\", metrics) VALUES ('" + session + "', '{}')"),
                         QString("ok"));
                QCOMPARE(attempt("h_backend", "INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content) VALUES ('"
                                                  + session + "', '" + m_children[2] + "', 'user', 'hola')"),
                         QString("ok"));
            }
            pinning.rollback();
        }
        QSqlQuery cleanup;
        for (const QString &role : std::as_const(crowd))
            QVERIFY(cleanup.exec(QString("DELETE FROM nido.caregivers WHERE role = '%1'; DROP OWNED BY %1; DROP ROLE %1").arg(role)));
    }

    // The audit says what happened, about this child's rows, and nothing else.
    void theAuditSaysOnlyWhatHappened()
    {
        const QString mine = memoryOf(0);
        const QString theirs = memoryOf(2);
        const QString bogus = QStringLiteral("00000000-0000-4000-8000-000000000001");
        QCOMPARE(attempt("h_alice", "SELECT nido.delete_memories('h_alice', '" + m_children[0] + "', ARRAY['" + mine + "', '" + theirs + "', '"
                                        + bogus + "']::uuid[])"),
                 QString("ok"));
        QCOMPARE(one("SELECT details->'memoryIds' FROM nido.caregiver_audit WHERE role = 'h_alice' AND action = 'delete' "
                     "ORDER BY id DESC LIMIT 1"),
                 QString("[\"" + mine + "\"]"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + theirs + "'"), QString("1"));

        // A view is recorded by the server, for this child's memory only; another family's memory and
        // an id that does not exist are refused alike.
        const QString seen = memoryOf(0);
        const QString viewsBefore = one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'view'");
        QCOMPARE(attempt("h_viola", "SELECT nido.record_memory_view('h_viola', '" + m_children[0] + "', '" + theirs + "')"), QString("42501"));
        QCOMPARE(attempt("h_viola", "SELECT nido.record_memory_view('h_viola', '" + m_children[0] + "', '" + bogus + "')"), QString("42501"));
        QCOMPARE(attempt("h_viola", "SELECT nido.record_memory_view('h_viola', '" + m_children[2] + "', '" + theirs + "')"), QString("42501"));
        QCOMPARE(attempt("h_viola", "SELECT nido.record_memory_view('h_alice', '" + m_children[0] + "', '" + seen + "')"), QString("42501"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'view'"), viewsBefore);
        QCOMPARE(attempt("h_viola", "SELECT nido.record_memory_view('h_viola', '" + m_children[0] + "', '" + seen + "')"), QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'h_viola' AND action = 'view' AND \"memoryId\" = '" + seen + "'"),
                 QString("1"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + seen + "' AND \"accessType\" = 'caregiver_view'"),
                 QString("1"));

        // An UPDATE that changes nothing is no edit.
        const QString editsBefore = one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'edit'");
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + seen + "', jsonb_build_array(jsonb_build_object('column', 'summary', 'value', (SELECT m.summary FROM nido.memories('h_alice', '" + m_children[0] + "', "
                                    "jsonb_build_object('ids', jsonb_build_array('" + seen + "')), 'newest', NULL, NULL, NULL) m))))"), QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'edit'"), editsBefore);
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + seen + "', jsonb_build_array(jsonb_build_object('column', 'importance', 'value', 0.25)))"), QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + seen + "' AND \"accessType\" = 'caregiver_edit' "
                     "AND metadata->'changes' ? 'importance'"),
                 QString("1"));

        // An export's record names only this child's session, in the server's words.
        const QString hers = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + m_children[0] + "' LIMIT 1");
        const QString his = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + m_children[2] + "' LIMIT 1");
        const auto exportRecord = [&](const QString &details) {
            return attempt("h_alice", "SELECT nido.record_export('h_alice', '" + m_children[0] + "', '" + details + "')");
        };
        QCOMPARE(exportRecord("{\"session\": \"" + his + "\", \"file\": \"/never/written\"}"), QString("22023"));
        QCOMPARE(exportRecord("{\"session\": \"not-a-uuid\"}"), QString("22023"));
        QCOMPARE(exportRecord("{\"said\": \"anything\"}"), QString("22023"));
        QCOMPARE(exportRecord("{\"report\": \"yesterday\"}"), QString("22023"));
        QCOMPARE(exportRecord("{\"file\": \"" + QString(9000, 'x') + "\"}"), QString("22023"));
        QCOMPARE(exportRecord("[1, 2]"), QString("22023"));
        QCOMPARE(exportRecord("{\"session\": \"" + hers + "\", \"file\": \"/tmp/s.pdf\", \"bytes\": 1024}"), QString("ok"));
        QCOMPARE(attempt("h_viola", "SELECT nido.record_export('h_viola', '" + m_children[0] + "', '{\"session\": \"" + hers + "\"}')"),
                 QString("42501"));
    }

    // Reading messages is recorded by the server, whatever reads them: a screen, a report or psql.
    void messageReadsAreAudited()
    {
        const QString child = m_children[0];
        const QString session = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 1");
        const QString read = "SELECT * FROM nido.messages_of_session('h_viola', '" + child + "', '" + session + "', NULL, NULL)";
        const auto views = [&](const QString &what) {
            return one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'h_viola' AND action = 'view' AND \"userId\" = '" + child
                       + "' AND \"memoryId\" IS NULL AND details = '" + what + "'");
        };
        const QString ofSession = "{\"session\": \"" + session + "\"}";
        QCOMPARE(views(ofSession), QString("0"));
        int rows = -1;
        QCOMPARE(attempt("h_viola", read, &rows), QString("ok"));
        QVERIFY(rows > 0);
        QCOMPARE(views(ofSession), QString("1"));
        // Once a day for each session, however often a screen asks again.
        QCOMPARE(attempt("h_viola", read + " WHERE false"), QString("ok"));
        QCOMPARE(views(ofSession), QString("1"));
        const QString everything = "SELECT * FROM nido.messages_of_child('h_viola', '" + child + "')";
        // A read-only transaction (the export's) still reads; the server's log keeps the line.
        QCOMPARE(attemptAll("h_viola", {"SET TRANSACTION READ ONLY", everything}), QString("ok"));
        QCOMPARE(attempt("h_viola", everything), QString("ok"));
        QCOMPARE(views("{\"messages\": \"all\"}"), QString("1"));
        // The lines that name an avoided topic are messages too.
        QCOMPARE(attempt("h_viola", "SELECT * FROM nido.child_topic_mentions('h_viola', '" + child + "')"), QString("ok"));
        QCOMPARE(views("{\"mentions\": \"all\"}"), QString("1"));
        // A memory's words are read the same way, whichever function returns them; a count that
        // tests a word is a read too. Only the first of the day is written.
        const QString memoriesRead = "{\"memories\": \"all\"}";
        const auto run = [](const QString &sql) { return QSqlQuery().exec(sql); };
        // The log is append-only, for the owner too: the test forgets its own rows with the triggers off.
        const auto forgetRead = [&] {
            return run("SET session_replication_role = replica; DELETE FROM nido.caregiver_audit WHERE role = 'h_viola' AND details = '"
                       + memoriesRead + "'; SET session_replication_role = DEFAULT");
        };
        QCOMPARE(views(memoriesRead), QString("0"));
        QCOMPARE(attempt("h_viola", "SELECT nido.memory_count('h_viola', '" + child + "', '{}')"), QString("ok"));
        QCOMPARE(views(memoriesRead), QString("0"));
        QCOMPARE(attempt("h_viola", "SELECT nido.memory_count('h_viola', '" + child + "', '{\"search\": \"dinosaurios\"}')"), QString("ok"));
        QCOMPARE(views(memoriesRead), QString("1"));
        QVERIFY(forgetRead());
        QCOMPARE(attempt("h_viola", "SELECT content FROM nido.memories_since('h_viola', '-infinity')", &rows), QString("ok"));
        QVERIFY(rows > 0);
        QCOMPARE(views(memoriesRead), QString("1"));
        // And the day's budget, spent on corrections, does not silence it.
        QVERIFY(forgetRead());
        QVERIFY(run("INSERT INTO nido.caregiver_writes (role, day, bytes, versions) VALUES ('h_viola', (now() AT TIME ZONE 'UTC')::date, 9000000, 0) "
                    "ON CONFLICT (role, day) DO UPDATE SET bytes = 9000000"));
        QCOMPARE(attempt("h_viola", "SELECT * FROM nido.unreviewed_memories('h_viola', '" + child + "')"), QString("ok"));
        QCOMPARE(views(memoriesRead), QString("1"));
        QVERIFY(run("DELETE FROM nido.caregiver_writes WHERE role = 'h_viola'"));
        // The owner is no caregiver: nothing is recorded of its reads.
        const QString before = one("SELECT COUNT(*) FROM nido.caregiver_audit");
        QVERIFY(!one("SELECT COUNT(*) FROM nido.messages_of_child(current_user, '" + child + "')").isEmpty());
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit"), before);
    }

    // What a caregiver writes is bounded: each value, and what one caregiver may add in a day.
    void writesAreBounded()
    {
        const QString seen = memoryOf(0);
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + seen + "', jsonb_build_array(jsonb_build_object('column', 'content', 'value', repeat('x', 50001))))"), QString("22001"));
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + seen + "', jsonb_build_array(jsonb_build_object('column', 'summary', 'value', repeat('x', 3200000))))"), QString("22001"));
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + seen + "', jsonb_build_array(jsonb_build_object('column', 'content', 'value', repeat('x', 50000))))"), QString("ok"));
        // One of Alice's agents that no other family uses, so that she may change it.
        const QString family = "('" + m_children[0] + "', '" + m_children[1] + "')";
        const QString agent = one("SELECT a.id::text FROM agents a WHERE a.\"ownerUserId\" = '" + m_children[0] + "' AND NOT a.\"isPublic\" "
                                  "AND NOT EXISTS (SELECT 1 FROM memory_contexts mc WHERE mc.\"agentId\" = a.id AND mc.\"userId\" NOT IN " + family + ") "
                                  "AND NOT EXISTS (SELECT 1 FROM voice_sessions vs WHERE nido.session_agent_id(vs.metadata) = a.id "
                                  "  AND vs.\"userId\" NOT IN " + family + ") ORDER BY a.id LIMIT 1");
        QVERIFY(!agent.isEmpty());
        const QString editAgent = "SELECT nido.edit_agent('h_alice', '" + agent + "', jsonb_build_array(jsonb_build_object('column', '%1', "
                                  "'path', '{instructions}', 'value', %2)))";
        QCOMPARE(attempt("h_alice", editAgent.arg("persona", "repeat('x', 70000)")), QString("22001"));
        QCOMPARE(attempt("h_alice", editAgent.arg("description", "repeat('x', 10001)")), QString("22001"));
        QCOMPARE(attempt("h_alice", "SELECT nido.add_agent('h_alice', '" + m_children[0] + "', 'big', repeat('y', 70000), NULL)"), QString("22001"));

        // A profile's documents too, now that the server writes them (nido.edit_child); and only with edit.
        QCOMPARE(one("SELECT COUNT(*) FROM user_profiles WHERE \"userId\" = '" + m_children[0] + "'"), QString("1"));
        const QString bigNote = "SELECT nido.edit_child('%1', '" + m_children[0] + "', 'user_profiles', jsonb_build_array(jsonb_build_object("
                                "'column', 'preferences', 'path', '{notes}', 'value', repeat('x', %2))), false)";
        QCOMPARE(attempt("h_alice", bigNote.arg("h_alice").arg(70000)), QString("22001"));
        QCOMPARE(attempt("h_viola", bigNote.arg("h_viola").arg(10)), QString("42501"));
        // Nor may a caregiver act in its own name as the caregivers' group, whose edits no trigger audits.
        QCOMPARE(attemptAll("h_alice", {"SET ROLE nido_caregiver", bigNote.arg("h_alice").arg(10)}), QString("42501"));
        QCOMPARE(attempt("h_alice", bigNote.arg("h_alice").arg(10)), QString("ok"));
        QCOMPARE(one("SELECT preferences->>'notes' FROM user_profiles WHERE \"userId\" = '" + m_children[0] + "'"), QString(10, 'x'));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'h_alice' AND action = 'edit' AND details->>'table' = 'user_profiles'"),
                 QString("1"));

        // A loop of persona saves stops at the day's fifty versions, with a reason, and adds none.
        const QString versions = one("SELECT COUNT(*) FROM nido.agent_persona_versions");
        const QString saves = "DO $$ BEGIN FOR i IN 1..%1 LOOP PERFORM nido.edit_agent('h_alice', '" + agent + "', jsonb_build_array("
                              "jsonb_build_object('column', 'persona', 'path', '{instructions}', 'value', i::text))); END LOOP; END $$";
        QCOMPARE(attempt("h_alice", saves.arg(100)),
                 QString("54000"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.agent_persona_versions"), versions);
        QCOMPARE(attempt("h_alice", saves.arg(10)),
                 QString("ok"));

        // Corrections of 50,000 characters, again and again, stop at the day's 8 MB of audit.
        QCOMPARE(attempt("h_alice", "DO $$ BEGIN FOR i IN 1..100 LOOP PERFORM nido.edit_memory('h_alice', '" + m_children[0] + "', '" + seen + "', "
                                        "jsonb_build_array(jsonb_build_object('column', 'content', 'value', repeat(chr(97 + i % 2), 50000)))); END LOOP; END $$"),
                 QString("54000"));
        QVERIFY(one("SELECT COALESCE(SUM(bytes), 0) FROM nido.caregiver_writes WHERE role = 'h_alice'").toLongLong() < 8 * 1024 * 1024);
        // A deletion is never refused for the budget: the right to erasure comes first.
        QCOMPARE(attempt("h_alice", "SELECT nido.delete_memories('h_alice', '" + m_children[0] + "', ARRAY['" + seen + "']::uuid[])"), QString("ok"));
        // The counters are the server's.
        QCOMPARE(attempt("h_alice", "SELECT * FROM nido.caregiver_writes"), QString("42501"));
        QCOMPARE(attempt("h_alice", "SELECT nido.charge_caregiver('h_alice', -100000000, -1000)"), QString("42501"));
    }

    // What is left of global counters and of other families' history.
    void smallLeaksAreClosed()
    {
        QCOMPARE(one("SELECT COUNT(*) FROM pg_class c WHERE c.relkind = 'S' AND c.relnamespace = 'nido'::regnamespace "
                     "AND (has_sequence_privilege('h_alice', c.oid, 'USAGE') OR has_sequence_privilege('h_alice', c.oid, 'SELECT'))"),
                 QString("0"));
        // Family B's agent made public by the backend: Alice sees the agent, not its history.
        const QString agent = one("SELECT id::text FROM agents WHERE name = 'B private'");
        QSqlQuery publish;
        QVERIFY(publish.exec("UPDATE agents SET \"isPublic\" = true, persona = '{\"instructions\": \"v2\"}' WHERE id = '" + agent + "'"));
        int rows = -1;
        QCOMPARE(attempt("h_alice", "SELECT id FROM nido.visible_agents('h_alice') WHERE id = '" + agent + "'", &rows), QString("ok"));
        QCOMPARE(rows, 1);
        QCOMPARE(attempt("h_alice", "SELECT \"savedBy\" FROM nido.agent_versions('h_alice', '" + agent + "')"), QString("42501"));
        QCOMPARE(attempt("h_bob", "SELECT \"savedBy\" FROM nido.agent_versions('h_bob', '" + agent + "')", &rows), QString("ok"));
        QVERIFY(rows >= 2);
        QVERIFY(publish.exec("UPDATE agents SET \"isPublic\" = false WHERE id = '" + agent + "'"));

        // Every command checks the schema's version: an export from a newer Nido's database writes nothing.
        QSqlQuery version;
        QVERIFY(version.exec("INSERT INTO nido.schema_migrations (version, name, \"scriptRun\") VALUES (99, '0099_from_the_future', true)"));
        QTemporaryDir folder;
        const ProcessRun result = runProcess(NIDO_BINARY, {"export", "child", m_children[0], "--format", "json", "-o", folder.filePath("out"),
                                                           "--database", TestDatabase::conninfo("hostile")});
        QVERIFY(version.exec("DELETE FROM nido.schema_migrations WHERE version = 99"));
        QVERIFY2(result.exitCode != 0, qPrintable(result.err));
        QVERIFY2(result.err.contains("newer Nido"), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(folder.filePath("out")));
    }

    void searchStatisticsTellNothing()
    {
        QCOMPARE(one("SELECT attstattarget FROM pg_attribute WHERE attrelid = '\"IDX_nido_memory_contexts_userId_search\"'::regclass AND attnum = 2"),
                 QString("0"));
    }

    // Most common values and histogram bounds are other families' ids and words; EXPLAIN would use
    // them (uuid and text comparisons are leakproof), so they are never gathered.
    void plannerEstimatesTellNothingOfOtherFamilies()
    {
        const QString theirChild = "SELECT id FROM memory_contexts WHERE \"userId\" = '" + m_children[2] + "'";
        const QString nobody = "SELECT id FROM memory_contexts WHERE \"userId\" = '3f1e4a8c-1b2d-4c5e-9f00-123456789abc'";
        const QString theirWords = "SELECT id FROM memory_contexts WHERE content < '" + one("SELECT content FROM memory_contexts WHERE \"userId\" = '"
                                                                                           + m_children[2] + "' ORDER BY content LIMIT 1") + "'";
        const QString noWords = "SELECT id FROM memory_contexts WHERE content < ''";

        // A caregiver plans nothing on the table now (migration 23); the statistics stay closed for
        // every other role that may, and for the functions' own plans.
        QCOMPARE(estimate("h_alice", theirChild), -1.0);
        // As a database analysed before Nido's migration 7 was: the leak is there.
        QSqlQuery setup;
        QVERIFY(setup.exec("ALTER TABLE memory_contexts ALTER COLUMN \"userId\" SET STATISTICS -1, ALTER COLUMN content SET STATISTICS -1"));
        QVERIFY(setup.exec("ANALYZE memory_contexts"));
        QVERIFY(estimate("h_backend", theirChild) > 0);
        QVERIFY(estimate("h_backend", theirChild) != estimate("h_backend", nobody));

        QFile migration(":/sql/0007_nothing_learnt_of_other_families.sql");
        QVERIFY(migration.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(Database::executeScript(QSqlDatabase::database(), migration.readAll(), &error), qPrintable(error));
        QVERIFY(setup.exec("ANALYZE"));
        QCOMPARE(one("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'memory_contexts' AND attname IN ('userId', 'content', 'summary', 'agentId')"),
                 QString("0"));
        QCOMPARE(one("SELECT COUNT(*) FROM pg_stats WHERE tablename IN ('voice_sessions', 'ai_conversations') "
                     "AND attname IN ('userId', 'sessionToken', 'content', 'roomName')"),
                 QString("0"));
        QVERIFY(estimate("h_backend", theirChild) > 0);
        QCOMPARE(estimate("h_backend", theirChild), estimate("h_backend", nobody));
        QCOMPARE(estimate("h_backend", theirWords), estimate("h_backend", noWords));
        // Nor the memories' times and importance since migration 24: a range on them made the planner
        // read every family's newest and oldest value from the backend's single-column indexes.
        QVERIFY(setup.exec("ANALYZE memory_contexts"));
        QCOMPARE(one("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'memory_contexts' AND attname IN ('createdAt', 'importance')"), QString("0"));
    }

    // A key error would confirm that another family's row exists: a caregiver's own rows take no id
    // or reference of its choosing, and asking about someone else's agent always gets the same answer.
    void keyErrorsConfirmNothing()
    {
        const QString mine = memoryOf(0);
        QSqlQuery setup;
        QVERIFY(setup.exec("INSERT INTO memory_access_log (\"memoryId\", \"accessType\") VALUES ('" + memoryOf(2) + "', 'backend') RETURNING id"));
        QVERIFY(setup.next());
        const QString theirLog = setup.value(0).toString();
        QCOMPARE(attempt("h_alice", "INSERT INTO memory_access_log (id, \"memoryId\", \"accessType\", \"accessedAt\") VALUES ('" + theirLog + "', '"
                                      + mine + "', 'caregiver_view', now() AT TIME ZONE 'UTC')"),
                 QString("42501"));
        QCOMPARE(attempt("h_alice", "INSERT INTO nido.caregiver_audit (id, action, \"userId\") VALUES (1, 'view', '" + m_children[0] + "')"),
                 QString("42501"));

        const QString theirs = one("SELECT id::text FROM agents WHERE name = 'B private'");
        const QString unknown = "3f1e4a8c-1b2d-4c5e-9f00-123456789abc";
        for (const QString &agent : {theirs, unknown}) {
            QCOMPARE(attempt("h_alice", "SELECT nido.edit_memory('h_alice', '" + m_children[0] + "', '" + mine + "', jsonb_build_array(jsonb_build_object('column', 'agentId', 'value', '" + agent + "')))"), QString("42501"));
            QCOMPARE(attempt("h_alice", "SELECT nido.edit_agent('h_alice', '" + agent + "', '[]')"), QString("42501"));
        }
        const QString own = one("INSERT INTO agents (name, \"ownerUserId\") VALUES ('Alice only', '" + m_children[0] + "') RETURNING id::text");
        QCOMPARE(attempt("h_alice", "SELECT nido.edit_agent('h_alice', '" + own + "', '[]')"), QString("ok"));
    }

    void adminTakesOverNoRole()
    {
        QTemporaryFile password;
        QVERIFY(password.open());
        password.write("s3cret\n");
        password.close();
        const QString superuser = one("SELECT current_user");
        ProcessRun result = addCaregiver({"--role", superuser, "--display-name", "X", "--child", m_children[0] + ":view", "--password-file", password.fileName()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("already exists"), qPrintable(result.err));
        result = addCaregiver({"--role", "h_backend", "--display-name", "X", "--child", m_children[0] + ":view", "--password-file", password.fileName()});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(one("SELECT COUNT(*) FROM pg_authid WHERE rolname = 'h_backend' AND rolpassword IS NULL"), QString("1"));
        QCOMPARE(one("SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = 'h_backend'"), QString("0"));

        // PostgreSQL cuts names at 63 bytes: two long accented names must not become one role.
        result = addCaregiver({"--role", QString(40, QChar(0xe9)), "--display-name", "X", "--child", m_children[0] + ":view"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("bytes"), qPrintable(result.err));

        QTemporaryFile empty;
        QVERIFY(empty.open());
        empty.close();
        result = addCaregiver({"--role", "h_mallory", "--display-name", "M", "--child", m_children[0] + ":view", "--password-file", empty.fileName()});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(one("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'h_mallory'"), QString("0"));

        result = addCaregiver({"--role", "h_mallory", "--display-name", "M", "--child", m_children[0] + ":view", "--password-file", password.fileName()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        // Only a hash reached the server.
        QVERIFY(one("SELECT rolpassword FROM pg_authid WHERE rolname = 'h_mallory'").startsWith("SCRAM-SHA-256$"));
    }

    // The heartbeats' minute roll-ups (migration 12) are read as the heartbeats are: a caregiver sees
    // its children's minutes only, and writes none, not even of its own children, nor moves their
    // marks (migration 26); the backend's role, which has no rights on Nido's schema, writes, moves
    // and deletes heartbeats, late ones too, and what a read returns follows.
    void heartbeatMinutesAreTheFamilysOnly()
    {
        const auto minutesOf = [this](const QStringList &children) {
            return one("SELECT COUNT(*) FROM nido.heartbeat_minutes_of(ARRAY(SELECT vs.id FROM voice_sessions vs "
                       "WHERE vs.\"userId\" IN ('" + children.join("', '") + "')))");
        };
        const QString alices = minutesOf({m_children[0], m_children[1]});
        const QString violas = minutesOf({m_children[0]});
        QVERIFY(violas.toInt() > 0 && alices.toInt() > violas.toInt());
        QVERIFY(one("SELECT COUNT(*) FROM nido.heartbeat_minutes_of(ARRAY(SELECT id FROM voice_sessions))").toInt() > alices.toInt());
        // Read through the server's function, child by child.
        const auto through = [this](const QString &role, const QList<int> &children) {
            QStringList calls;
            for (int child : children)
                calls << "SELECT 1 FROM nido.minutes_of_sessions('" + role + "', '" + m_children[child] + "', NULL, NULL)";
            int rows = -1;
            const QString state = attempt(role, calls.join(" UNION ALL "), &rows);
            return state == "ok" ? QString::number(rows) : state;
        };
        QCOMPARE(through("h_alice", {0, 1}), alices);
        QCOMPARE(through("h_viola", {0}), violas);
        QCOMPARE(through("h_viola", {1}), QString("42501"));
        int rows = -1;
        QCOMPARE(attempt("h_alice", "SELECT 1 FROM nido.heartbeat_minutes"), QString("42501"));
        const QString theirs = one("SELECT m.\"sessionId\"::text FROM session_heartbeats m JOIN voice_sessions vs ON vs.id = m.\"sessionId\" "
                                   "WHERE vs.\"userId\" = '" + m_children[2] + "' LIMIT 1");
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(attempt("h_alice", "SELECT 1 FROM nido.minutes_of_session('h_alice', '" + m_children[0] + "', '" + theirs + "')", &rows), QString("ok"));
        QCOMPARE(rows, 0);

        const QString own = one("SELECT m.\"sessionId\"::text FROM session_heartbeats m JOIN voice_sessions vs ON vs.id = m.\"sessionId\" "
                                "WHERE vs.\"userId\" = '" + m_children[0] + "' LIMIT 1");
        QVERIFY(!own.isEmpty());
        for (const char *sql : {"INSERT INTO nido.heartbeat_minutes SELECT * FROM nido.heartbeat_minutes WHERE \"sessionId\" = '%1' LIMIT 1",
                                   "UPDATE nido.heartbeat_minutes SET heartbeats = 0 WHERE \"sessionId\" = '%1'",
                                   "DELETE FROM nido.heartbeat_minutes WHERE \"sessionId\" = '%1'",
                                   "TRUNCATE nido.heartbeat_minutes",
                                   "SELECT nido.forget_sessions_minutes(ARRAY['%1'::uuid])",
                                   "INSERT INTO nido.heartbeat_minutes_changed VALUES ('%1', now())",
                                   "SELECT nido.count_heartbeat_minutes(ARRAY['%1'::uuid])",
                                   "SELECT 1 FROM nido.heartbeat_minutes_of(ARRAY['%1'::uuid])",
                                   "SELECT 1 FROM nido.heartbeat_minute_marks WHERE \"sessionId\" = '%1'",
                                   "UPDATE nido.heartbeat_minute_marks SET \"countedBefore\" = 'infinity' WHERE \"sessionId\" = '%1'",
                                   "INSERT INTO session_heartbeats (\"sessionId\", metrics) VALUES ('%1', '{\"batteryLevel\": 5}')"}) {
            QCOMPARE(attempt("h_alice", QString(sql).replace("%1", own)), QString("42501"));
            QCOMPARE(attempt("h_bob", QString(sql).replace("%1", theirs)), QString("42501"));
        }
        // Nor can it hold off the backend's heartbeats by locking what the triggers lock.
        for (const char *sql : {"SELECT 1 FROM nido.heartbeat_minute_marks FOR UPDATE", "SELECT 1 FROM nido.heartbeat_minute_marks FOR KEY SHARE",
                                   "LOCK TABLE nido.heartbeat_minute_marks IN ACCESS EXCLUSIVE MODE",
                                   "LOCK TABLE nido.heartbeat_minutes IN SHARE MODE", "LOCK TABLE nido.heartbeat_minutes IN ACCESS EXCLUSIVE MODE"})
            QCOMPARE(attempt("h_alice", QStringLiteral("BEGIN; ") + sql), QString("42501"));
        // Nothing in the planner's statistics tells one family's session ids from another's.
        QCOMPARE(one("SELECT attstattarget FROM pg_attribute WHERE attrelid = 'nido.heartbeat_minutes'::regclass AND attname = 'sessionId'"),
                 QString("0"));

        const QString counted = "SELECT (SELECT COUNT(*) FROM session_heartbeats) - "
                                "(SELECT SUM(heartbeats) FROM nido.heartbeat_minutes_of(ARRAY(SELECT id FROM voice_sessions)))";
        QCOMPARE(one(counted), QString("0"));
        QCOMPARE(attempt("h_backend", "INSERT INTO session_heartbeats (\"sessionId\", metrics) SELECT \"sessionId\", '{\"latency\": 999}' "
                                      "FROM session_heartbeats LIMIT 50", &rows), QString("ok"));
        QCOMPARE(rows, 50);
        // Late, into minutes already counted (migration 26).
        QCOMPARE(attempt("h_backend", "INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) SELECT \"sessionId\", '{\"latency\": 998}', "
                                      "timestamp FROM session_heartbeats WHERE \"sessionId\" = '" + own + "' ORDER BY timestamp LIMIT 20", &rows), QString("ok"));
        QCOMPARE(rows, 20);
        QCOMPARE(attempt("h_backend", "UPDATE session_heartbeats SET timestamp = timestamp - interval '1 day' WHERE metrics->>'latency' = '999'", &rows),
                 QString("ok"));
        QCOMPARE(rows, 50);
        QCOMPARE(attempt("h_backend", "DELETE FROM session_heartbeats WHERE id IN (SELECT id FROM session_heartbeats WHERE \"sessionId\" = '" + own +
                                      "' LIMIT 3)", &rows), QString("ok"));
        QCOMPARE(rows, 3);
        QCOMPARE(one(counted), QString("0"));
        const QString crossing = "SELECT COUNT(*) FROM nido.heartbeat_minutes_of(ARRAY(SELECT id FROM voice_sessions)) WHERE \"latencyMax\" = 999";
        QVERIFY(one(crossing).toInt() > 0);
        QCOMPARE(one(crossing),
                 one("SELECT COUNT(DISTINCT (\"sessionId\", date_trunc('minute', timestamp))) FROM session_heartbeats WHERE metrics->>'latency' = '999'"));
    }

    // A caregiver's read counts minutes (migration 26), inside a transaction it may keep open: the
    // backend's late heartbeats, its updates and deletions, of heartbeats and of the session itself,
    // wait for none of what that read holds.
    void aCaregiversReadHoldsUpNoneOfTheBackendsWrites()
    {
        const QString session = one("SELECT vs.id::text FROM voice_sessions vs WHERE vs.\"userId\" = '" + m_children[0] +
                                    "' AND EXISTS (SELECT 1 FROM session_heartbeats h WHERE h.\"sessionId\" = vs.id) ORDER BY vs.\"startedAt\" LIMIT 1");
        QVERIFY(!session.isEmpty());
        QSqlQuery uncount;
        QVERIFY(uncount.exec("DELETE FROM nido.heartbeat_minute_marks WHERE \"sessionId\" = '" + session + "'"));
        {
            QSqlDatabase reader = login("h_alice");
            QVERIFY(reader.transaction());
            QSqlQuery read(reader);
            QVERIFY2(read.exec("SELECT COUNT(*) FROM nido.minutes_of_session('h_alice', '" + m_children[0] + "', '" + session + "')") && read.next(),
                     qPrintable(read.lastError().text()));
            QVERIFY(read.value(0).toInt() > 0);
            read.finish();
            const QString heartbeat = one("SELECT id::text FROM session_heartbeats WHERE \"sessionId\" = '" + session + "' ORDER BY timestamp LIMIT 1");
            QCOMPARE(attemptAll("h_backend", {"SET LOCAL lock_timeout = '1s'",
                                              "INSERT INTO session_heartbeats (\"sessionId\", metrics, timestamp) SELECT \"sessionId\", metrics, timestamp "
                                              "FROM session_heartbeats WHERE id = '" + heartbeat + "'",
                                              "UPDATE session_heartbeats SET metrics = '{\"latency\": 5}' WHERE id = '" + heartbeat + "'",
                                              "DELETE FROM session_heartbeats WHERE id = '" + heartbeat + "'",
                                              "DELETE FROM voice_sessions WHERE id = '" + session + "'"}),
                     QString("ok"));
            reader.rollback();
        }
        Database::close("as-h_alice");
    }

    // Issue 23: on a table, a caregiver's own condition runs in the index scan before the row
    // policy, and EXPLAIN ANALYZE or the statistics counters count the rows it touched. Session data
    // and persona history are read through the server's functions only: whatever a caregiver asks
    // of them about another family's child, session or agent, it learns exactly what it learns of an
    // id that does not exist.
    void nothingIsLearntByCounting()
    {
        const QString mine = m_children[0];
        const QString theirChild = m_children[2];
        const QString theirSession = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + theirChild + "' ORDER BY id LIMIT 1");
        const QString theirAgent = one("SELECT id::text FROM agents WHERE name = 'B private'");
        QVERIFY(one("SELECT COUNT(*) FROM session_heartbeats WHERE \"sessionId\" = '" + theirSession + "'").toInt() > 0);
        QVERIFY(one("SELECT COUNT(*) FROM nido.agent_persona_versions WHERE \"agentId\" = '" + theirAgent + "'").toInt() > 0);
        const QString theirMessage = one("SELECT id::text FROM ai_conversations WHERE \"sessionId\" = '" + theirSession + "' ORDER BY id LIMIT 1");
        QVERIFY(!theirMessage.isEmpty());
        // A topic the child avoids: with one, asking whether a line mentions it reads lines.
        const QString avoided = one("SELECT topic FROM nido.avoided_topics WHERE \"userId\" = '" + mine + "' ORDER BY topic LIMIT 1");
        QVERIFY(!avoided.isEmpty());
        const QString theirMemory = memoryOf(2);
        QVERIFY(!theirMemory.isEmpty());
        // Their family has a row in each of Nido's own tables, for the probes to count.
        QSqlQuery theirRows;
        QVERIFY(theirRows.exec("INSERT INTO nido.sensitive_categories VALUES ('" + theirChild + "', 'interest', true)"));
        QVERIFY(theirRows.exec("INSERT INTO nido.retention_policies (\"userId\", category, days, \"changedBy\") VALUES ('" + theirChild + "', 'family', 30, 'h_bob')"));
        QVERIFY(theirRows.exec("INSERT INTO nido.avoided_topics VALUES ('" + theirChild + "', 'tormentas', LOCALTIMESTAMP) ON CONFLICT DO NOTHING"));
        QVERIFY(theirRows.exec("INSERT INTO nido.memory_deletion_outbox (\"memoryId\", \"userId\") VALUES (gen_random_uuid(), '" + theirChild + "') RETURNING id"));
        QVERIFY(theirRows.next());
        const QString theirDeletion = theirRows.value(0).toString();
        const auto removeTheirRows = qScopeGuard([&] {
            QSqlQuery cleanup;
            cleanup.exec("DELETE FROM nido.memory_deletion_outbox WHERE id = " + theirDeletion);
            cleanup.exec("DELETE FROM nido.sensitive_categories WHERE \"userId\" = '" + theirChild + "'");
            cleanup.exec("DELETE FROM nido.retention_policies WHERE \"userId\" = '" + theirChild + "'");
        });
        const QString unknown = "3f1e4a8c-1b2d-4c5e-9f00-123456789abc";
        const QList<QPair<QString, QString>> probes = {
            {"SELECT 1 FROM ai_conversations WHERE \"sessionId\" = '%1'", theirSession},
            {"SELECT 1 FROM ai_conversations WHERE id = '%1'", theirMessage},
            {"SELECT 1 FROM v_voice_sessions_stats WHERE id = '%1'", theirSession},
            {"SELECT 1 FROM session_heartbeats WHERE \"sessionId\" = '%1'", theirSession},
            {"SELECT 1 FROM nido.heartbeat_minutes WHERE \"sessionId\" >= '%1'", theirSession},
            {"SELECT 1 FROM nido.agent_persona_versions WHERE \"agentId\" = '%1'", theirAgent},
            {"SELECT * FROM nido.heartbeats_of_session('h_alice', '" + mine + "', '%1', NULL, NULL, false)", theirSession},
            {"SELECT * FROM nido.heartbeats_of_session('h_alice', '" + mine + "', '%1', NULL, NULL, true)", theirSession},
            {"SELECT * FROM nido.heartbeats_of_session('h_alice', '%1', '" + theirSession + "', NULL, NULL, false)", theirChild},
            {"SELECT nido.session_metric_percentile('h_alice', '" + mine + "', '%1', 'latency', 0.95)", theirSession},
            {"SELECT nido.session_metric_percentile('h_alice', '%1', '" + theirSession + "', 'latency', 0.95)", theirChild},
            {"SELECT * FROM nido.heartbeats_of_sessions('h_alice', '%1', NULL, NULL, false)", theirChild},
            {"SELECT * FROM nido.heartbeats_of_sessions('h_alice', '%1', '-infinity', 'infinity', true)", theirChild},
            {"SELECT * FROM nido.heartbeats_page('h_alice', '%1', NULL, 10)", theirChild},
            {"SELECT * FROM nido.heartbeats_page('h_alice', '" + mine + "', ARRAY['%1', '-infinity', gen_random_uuid()::text], 10)", theirSession},
            {"SELECT * FROM nido.minutes_of_session('h_alice', '" + mine + "', '%1')", theirSession},
            {"SELECT * FROM nido.minutes_of_sessions('h_alice', '%1', NULL, NULL)", theirChild},
            {"SELECT * FROM nido.session_signs('h_alice', '" + mine + "', '%1')", theirSession},
            {"SELECT * FROM nido.session_signs('h_alice', '%1', '" + theirSession + "')", theirChild},
            {"SELECT * FROM nido.messages_of_session('h_alice', '" + mine + "', '%1', NULL, NULL)", theirSession},
            {"SELECT * FROM nido.messages_of_session('h_alice', '%1', '" + theirSession + "', NULL, '2100-01-01')", theirChild},
            {"SELECT * FROM nido.messages_of_child('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.child_topic_mentions('h_alice', '%1')", theirChild},
            {"SELECT nido.mark_mention_fine('h_alice', '" + mine + "', '%1', '" + avoided + "')", theirMessage},
            {"SELECT * FROM nido.agent_versions('h_alice', '%1')", theirAgent},
            {"SELECT * FROM nido.child_agent_versions('h_alice', '%1')", theirChild},
            {"SELECT 1 FROM voice_sessions WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM voice_sessions WHERE id = '%1'", theirSession},
            {"SELECT 1 FROM v_memory_contexts_enriched WHERE \"sessionId\" = '%1'", theirSession},
            {"SELECT * FROM nido.child_sessions('h_alice', '%1', NULL, NULL)", theirChild},
            {"SELECT * FROM nido.child_sessions('h_alice', '" + mine + "', NULL, NULL) WHERE id = '%1'", theirSession},
            {"SELECT * FROM nido.sessions_by_id('h_alice', ARRAY['%1']::uuid[])", theirSession},
            {"SELECT 1 FROM agents WHERE id = '%1'", theirAgent},
            {"SELECT * FROM nido.visible_agents('h_alice') WHERE id = '%1'", theirAgent},
            {"SELECT * FROM nido.lock_agent('h_alice', '%1')", theirAgent},
            {"SELECT nido.edit_agent('h_alice', '%1', '[]')", theirAgent},
            {"SELECT nido.add_agent('h_alice', '" + mine + "', 'copy', NULL, '%1')", theirAgent},
            {"SELECT nido.add_agent('h_alice', '%1', 'planted', 'x', NULL)", theirChild},
            {"SELECT nido.delete_agent('h_alice', '%1', false)", theirAgent},
            {"SELECT 1 FROM users WHERE id = '%1'", theirChild},
            {"SELECT 1 FROM users WHERE id >= '%1'", theirChild},
            {"SELECT 1 FROM user_profiles WHERE \"userId\" = '%1'", theirChild},
            {"UPDATE users SET \"firstName\" = 'x' WHERE id = '%1'", theirChild},
            {"SELECT * FROM nido.child_row('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.child_profile('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.visible_children('h_alice') WHERE id = '%1'", theirChild},
            {"SELECT * FROM nido.visible_profiles('h_alice') WHERE \"userId\" = '%1'", theirChild},
            {"SELECT * FROM nido.lock_child_row('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.lock_child_profile('h_alice', '%1')", theirChild},
            {"SELECT nido.edit_child('h_alice', '%1', 'users', '[{\"column\": \"firstName\", \"value\": \"x\"}]', false)", theirChild},
            {"SELECT nido.edit_child('h_alice', '%1', 'user_profiles', '[{\"column\": \"age\", \"value\": 3}]', true)", theirChild},
            {"SELECT 1 FROM memory_contexts WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM memory_contexts WHERE id = '%1'", theirMemory},
            {"SELECT 1 FROM nido.child_memories WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM memory_access_log WHERE \"memoryId\" = '%1'", theirMemory},
            {"UPDATE memory_contexts SET summary = 'x' WHERE id = '%1'", theirMemory},
            {"SELECT * FROM nido.memories('h_alice', '%1', NULL, 'newest', NULL, NULL, NULL)", theirChild},
            {"SELECT * FROM nido.memories('h_alice', '" + mine + "', '{\"ids\": [\"%1\"]}', 'newest', NULL, NULL, NULL)", theirMemory},
            {"SELECT * FROM nido.memories('h_alice', '" + mine + "', '{\"session\": \"%1\"}', 'oldest', NULL, NULL, NULL)", theirSession},
            {"SELECT * FROM nido.memories('h_alice', '" + mine + "', '{\"agent\": \"%1\"}', 'weight', NULL, NULL, 5)", theirAgent},
            {"SELECT * FROM nido.memories('h_alice', '" + mine + "', '{\"givenTo\": \"%1\"}', 'importance', NULL, NULL, 5)", theirAgent},
            {"SELECT nido.memory_count('h_alice', '%1', NULL)", theirChild},
            {"SELECT * FROM nido.memory_tally('h_alice', '%1', NULL)", theirChild},
            {"SELECT * FROM nido.unreviewed_memories('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.unreviewed_counts('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.lock_memory('h_alice', '" + mine + "', '%1')", theirMemory},
            {"SELECT * FROM nido.lock_memory('h_alice', '%1', '" + theirMemory + "')", theirChild},
            {"SELECT nido.edit_memory('h_alice', '" + mine + "', '%1', '[{\"column\": \"summary\", \"value\": \"x\"}]')", theirMemory},
            {"SELECT nido.record_memory_view('h_alice', '" + mine + "', '%1')", theirMemory},
            {"SELECT nido.delete_memories('h_alice', '" + mine + "', ARRAY['%1']::uuid[])", theirMemory},
            {"SELECT nido.mark_reviewed('h_alice', '" + mine + "', ARRAY['%1']::uuid[], NULL)", theirMemory},
            {"SELECT nido.mark_reviewed('h_alice', '" + mine + "', NULL, '%1')", theirSession},
            {"SELECT * FROM nido.child_caregivers('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.my_links('h_alice') WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.caregivers WHERE role = 'h_bob' AND '%1' <> ''", theirChild},
            {"SELECT * FROM nido.session_memory_counts('h_alice', '" + mine + "', ARRAY['%1']::uuid[])", theirSession},
            {"SELECT * FROM nido.child_memory_rows('h_alice', '%1', NULL::memory_contexts)", theirChild},
            {"SELECT * FROM nido.child_memories_page('h_alice', '%1', NULL, 10)", theirChild},
            {"SELECT * FROM nido.child_memory_rows('h_alice', '%1', NULL::memory_access_log)", theirChild},
            {"SELECT 1 FROM nido.caregiver_audit WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.memory_deletion_outbox WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.avoided_topics WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.sensitive_categories WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.retention_policies WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.memory_reviews WHERE \"memoryId\" = '%1'", theirMemory},
            {"SELECT * FROM nido.child_audit('h_alice', '%1', NULL, NULL, NULL)", theirChild},
            {"SELECT * FROM nido.child_deletions('h_alice', '%1', false)", theirChild},
            {"SELECT * FROM nido.child_avoided_topics('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.child_sensitive_categories('h_alice', '%1')", theirChild},
            {"SELECT * FROM nido.child_retention_policies('h_alice', '%1')", theirChild},
            {"SELECT nido.review_band('%1', 'interest', NULL)", theirChild},
            {"SELECT 1 FROM nido.caregiver_children WHERE \"userId\" = '%1'", theirChild},
            {"SELECT 1 FROM nido.caregiver_children WHERE \"userId\" >= '%1'", theirChild},
        };
        // Another family's deletion, whose receipt a caregiver asks for by its number.
        QVERIFY(theirRows.exec("INSERT INTO nido.caregiver_audit (role, action, \"userId\", details) VALUES ('h_bob', 'delete', '" + theirChild
                               + "', '{\"reason\": \"request\", \"memoryIds\": []}') RETURNING id"));
        QVERIFY(theirRows.next());
        const QString theirEntry = theirRows.value(0).toString();
        const QList<QPair<QString, QString>> numbered = {
            {"SELECT nido.deletion_receipt('h_alice', %1)", theirEntry},
            {"SELECT * FROM nido.child_audit('h_alice', '" + mine + "', LOCALTIMESTAMP, %1, 5)", theirEntry},
        };
        for (const auto &[sql, theirs] : numbered) {
            const QString aboutTheirs = trace("h_alice", sql, theirs);
            QVERIFY2(!aboutTheirs.contains("counters unread"), qPrintable(aboutTheirs));
            QCOMPARE(aboutTheirs, trace("h_alice", sql, "987654321"));
        }
        for (const auto &[sql, theirs] : probes) {
            const QString aboutTheirs = trace("h_alice", sql, theirs);
            QVERIFY2(!aboutTheirs.contains("counters unread"), qPrintable(aboutTheirs));
            QCOMPARE(aboutTheirs, trace("h_alice", sql, unknown));
        }
        // Whether another family has expired memories, or reviews to sweep, changes nothing of a
        // caregiver's purge.
        const QString purge = "SELECT * FROM nido.purge_expired('h_alice', 10) UNION ALL SELECT NULL, nido.sweep_reviews() WHERE '%1' <> ''";
        const QString beforeTheirsExpire = trace("h_alice", purge, unknown);
        QVERIFY(theirRows.exec("UPDATE memory_contexts SET \"expiresAt\" = '2001-01-01' WHERE id = '" + theirMemory + "'"));
        QVERIFY(theirRows.exec("INSERT INTO nido.memory_reviews (reviewer, \"memoryId\", \"userId\") VALUES ('h_bob', gen_random_uuid(), '"
                               + theirChild + "')"));
        QCOMPARE(trace("h_alice", purge, unknown), beforeTheirsExpire);
        QVERIFY(theirRows.exec("UPDATE memory_contexts SET \"expiresAt\" = NULL WHERE id = '" + theirMemory + "'"));
        QVERIFY(theirRows.exec("DELETE FROM nido.memory_reviews WHERE reviewer = 'h_bob'"));
        // Nor may a caller's debugging settings print the plans inside the functions.
        QCOMPARE(one("SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'nido' AND p.prosecdef "
                     "AND has_function_privilege('nido_caregiver', p.oid, 'EXECUTE') AND p.prorettype <> 'trigger'::regtype "
                     "AND NOT COALESCE('debug_print_plan=off' = ANY(p.proconfig) AND 'enable_seqscan=off' = ANY(p.proconfig), false)"),
                 QString("0"));

        // A range of times ending just before or just after another family's newest memory reads
        // the same: the planner does not look up every family's newest time in the backend's index.
        QSqlQuery newest;
        QVERIFY(newest.exec("INSERT INTO memory_contexts (\"userId\", \"memoryType\", content, \"createdAt\") VALUES ('" + theirChild
                            + "', 'episodic', 'the newest of all', LOCALTIMESTAMP + interval '1 day') RETURNING id::text, \"createdAt\"::text"));
        QVERIFY(newest.next());
        const QString newestId = newest.value(0).toString();
        const QString newestAt = newest.value(1).toString();
        const auto removeNewest = qScopeGuard([&] { QSqlQuery().exec("DELETE FROM memory_contexts WHERE id = '" + newestId + "'"); });
        for (const QString &ranged : QStringList{"SELECT nido.memory_count('h_alice', '" + mine + "', jsonb_build_object('newerThan', %1))",
                                      "SELECT count(*) FROM nido.memories_since('h_alice', %1)",
                                      "SELECT count(*) FROM nido.memories('h_alice', '" + mine + "', jsonb_build_object('until', %1), 'newest', NULL, NULL, 5)"}) {
            const QString justBefore = trace("h_alice", ranged.arg("TIMESTAMP '" + newestAt + "' - interval '1 microsecond'"), unknown);
            QVERIFY2(!justBefore.contains("counters unread"), qPrintable(justBefore));
            QCOMPARE(justBefore, trace("h_alice", ranged.arg("TIMESTAMP '" + newestAt + "' + interval '1 microsecond'"), unknown));
        }

        // Nor with the caller's own planner settings, which would make a function read a whole table
        // (seq_tup_read: every family's rows): the functions plan under settings of their own.
        const QStringList hostileSettings = {"SET LOCAL enable_indexscan = off", "SET LOCAL enable_bitmapscan = off",
                                             "SET LOCAL enable_indexonlyscan = off", "SET LOCAL random_page_cost = 1e300",
                                             "SET LOCAL enable_nestloop = off", "SET LOCAL enable_mergejoin = off", "SET LOCAL work_mem = '64kB'"};
        const QString ownAgent = one("SELECT id::text FROM agents WHERE \"ownerUserId\" = '" + mine + "' ORDER BY id LIMIT 1");
        QVERIFY(!ownAgent.isEmpty());
        const QString ownSessionId = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + mine + "' ORDER BY id LIMIT 1");
        for (const QString &own : QStringList{"SELECT * FROM nido.child_row('h_alice', '%1')", "SELECT * FROM nido.child_profile('h_alice', '%1')",
                                   "SELECT * FROM nido.visible_children('h_alice')", "SELECT * FROM nido.child_sessions('h_alice', '%1', NULL, NULL)",
                                   "SELECT * FROM nido.live_sessions('h_alice')", "SELECT * FROM nido.child_agent_versions('h_alice', '%1')",
                                   "SELECT * FROM nido.visible_agents('h_alice')", "SELECT * FROM nido.child_topic_mentions('h_alice', '%1')",
                                   "SELECT * FROM nido.agent_versions('h_alice', '" + ownAgent + "')",
                                   "SELECT * FROM nido.heartbeats_of_sessions('h_alice', '%1', NULL, NULL, false)",
                                   "SELECT * FROM nido.heartbeats_page('h_alice', '%1', NULL, 50)",
                                   "SELECT * FROM nido.child_memories_page('h_alice', '%1', NULL, 50)",
                                   "SELECT nido.session_metric_percentile('h_alice', '%1', '" + ownSessionId + "', 'latency', 0.95)",
                                   "SELECT * FROM nido.messages_of_child('h_alice', '%1')",
                                   "SELECT * FROM nido.session_signs('h_alice', '%1', '" + ownSessionId + "')",
                                   "SELECT * FROM nido.memories('h_alice', '%1', NULL, 'newest', NULL, NULL, 60)",
                                   "SELECT * FROM nido.memories('h_alice', '%1', '{\"search\": \"dinosaurios\", \"importance\": \"high\"}', 'newest', NULL, NULL, 60)",
                                   "SELECT * FROM nido.memories('h_alice', '%1', '{\"activeAt\": \"2026-01-01\", \"categories\": [\"family\"]}', 'weight', NULL, NULL, 10)",
                                   "SELECT * FROM nido.memories('h_alice', '%1', '{\"session\": \"" + ownSessionId + "\"}', 'oldest', NULL, NULL, NULL)",
                                   "SELECT * FROM nido.memory_tally('h_alice', '%1', NULL)", "SELECT * FROM nido.unreviewed_memories('h_alice', '%1')",
                                   "SELECT * FROM nido.unreviewed_counts('h_alice', '%1')",
                                   "SELECT * FROM nido.memories_since('h_alice', '2000-01-01')",
                                   "SELECT * FROM nido.session_memory_counts('h_alice', '%1', ARRAY['" + ownSessionId + "']::uuid[])",
                                   "SELECT * FROM nido.child_memory_rows('h_alice', '%1', NULL::memory_access_log)",
                                   "SELECT * FROM nido.child_audit('h_alice', '%1', NULL, NULL, 50)",
                                   "SELECT * FROM nido.child_deletions('h_alice', '%1', false)",
                                   "SELECT * FROM nido.child_avoided_topics('h_alice', '%1')"}) {
            const QString seen = trace("h_alice", own, mine, hostileSettings);
            QVERIFY2(!seen.contains("setting refused"), qPrintable(seen));
            for (const QString &line : seen.split(u'\n')) {
                const QStringList counters = line.split(u' ');
                // relname seq_scan seq_tup_read idx_scan idx_tup_fetch n_tup_ins
                if (counters.size() == 6 && counters[1].toInt() > 0 && counters[2].toInt() > 0)
                    QFAIL(qPrintable("read from start to end: " + line + " in " + own));
            }
        }

        // Whether another family is talking right now changes nothing of the live poll.
        const QString status = one("SELECT status::text FROM voice_sessions WHERE id = '" + theirSession + "'");
        QSqlQuery owner;
        QVERIFY(owner.exec("UPDATE voice_sessions SET status = 'active' WHERE id = '" + theirSession + "'"));
        const QString whileTheyTalk = trace("h_alice", "SELECT * FROM nido.live_sessions('h_alice')", unknown);
        QVERIFY(owner.exec("UPDATE voice_sessions SET status = 'ended' WHERE id = '" + theirSession + "'"));
        QCOMPARE(trace("h_alice", "SELECT * FROM nido.live_sessions('h_alice')", unknown), whileTheyTalk);
        QVERIFY(owner.exec("UPDATE voice_sessions SET status = '" + status + "' WHERE id = '" + theirSession + "'"));

        // The same functions give the caregiver its own child's rows.
        int rows = -1;
        const QString ownSession = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + mine + "' ORDER BY id LIMIT 1");
        QCOMPARE(attempt("h_alice", "SELECT * FROM nido.heartbeats_of_session('h_alice', '" + mine + "', '" + ownSession + "', NULL, NULL, false)", &rows),
                 QString("ok"));
        QCOMPARE(QString::number(rows), one("SELECT COUNT(*) FROM session_heartbeats WHERE \"sessionId\" = '" + ownSession + "'"));
        QVERIFY(rows > 0);
        QCOMPARE(attempt("h_alice", "SELECT * FROM nido.session_signs('h_alice', '" + mine + "', '" + ownSession + "') WHERE heartbeats = " +
                                      QString::number(rows), &rows),
                 QString("ok"));
        QCOMPARE(rows, 1);
        QCOMPARE(attempt("h_alice", "SELECT * FROM nido.heartbeats_of_session('h_alice', '" + mine + "', '" + ownSession + "', NULL, NULL, true)", &rows),
                 QString("ok"));
        QCOMPARE(QString::number(rows), one("SELECT COUNT(*) FROM session_heartbeats WHERE \"sessionId\" = '" + ownSession +
                                            "' AND (status <> 'ok' OR \"errorMessage\" IS NOT NULL)"));
        // The problems are read with bitmap scans off, inside the call only: the caller's
        // transaction keeps its own setting (a division by zero if it did not).
        QCOMPARE(attemptAll("h_alice", {"SELECT * FROM nido.heartbeats_of_sessions('h_alice', '" + mine + "', NULL, NULL, true)",
                                        "SELECT * FROM nido.heartbeats_of_session('h_alice', '" + mine + "', '" + ownSession + "', NULL, NULL, true)",
                                        "SELECT 1 / (current_setting('enable_bitmapscan') = 'on')::int"}),
                 QString("ok"));
        QCOMPARE(attempt("h_alice", "SELECT * FROM nido.sessions_by_id('h_alice', ARRAY['" + ownSession + "', '" + theirSession + "']::uuid[])", &rows),
                 QString("ok"));
        QCOMPARE(rows, 1);
        QCOMPARE(attempt("h_alice", "SELECT * FROM nido.child_sessions('h_alice', '" + mine + "', NULL, NULL)", &rows), QString("ok"));
        QCOMPARE(QString::number(rows), one("SELECT COUNT(*) FROM voice_sessions WHERE \"userId\" = '" + mine + "'"));
    }

    void theBackendStillDoesEverything()
    {
        int rows = -1;
        QCOMPARE(attempt("h_backend", "UPDATE memory_contexts SET \"accessCount\" = \"accessCount\" + 1", &rows), QString("ok"));
        QCOMPARE(QString::number(rows), one("SELECT COUNT(*) FROM memory_contexts"));
        QCOMPARE(attempt("h_backend", "INSERT INTO session_heartbeats (\"sessionId\", metrics) SELECT id, '{}' FROM voice_sessions LIMIT 1"),
                 QString("ok"));
        const QString theirs = memoryOf(3);
        QCOMPARE(attempt("h_backend", "DELETE FROM memory_contexts WHERE id = '" + theirs + "'", &rows), QString("ok"));
        QCOMPARE(rows, 1);
        // No caregiver did it: nothing in their audit, and the memory is queued for the vector store.
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE details->'memoryIds' ? '" + theirs + "'"), QString("0"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"memoryId\" = '" + theirs + "'"), QString("1"));
    }
};

QTEST_GUILESS_MAIN(HostileCaregiverTest)

#include "tst_hostilecaregiver.moc"
