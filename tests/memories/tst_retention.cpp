#include "caregiveradmin.h"
#include "database.h"
#include "processrun.h"
#include "schemamigrator.h"
#include "demodatagenerator.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>

// How long each category of memories is kept, on Nido's schema and on the schema the backend's ORM
// makes: the server gives every memory its policy's expiry, whoever writes it, and the purge deletes
// what expired as a parent's deletion does.
class RetentionTest : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    QString m_child;

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }
    static bool run(const QString &sql)
    {
        QSqlQuery query;
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QString attempt(const QString &role, const QString &sql) const { return TestDatabase::attemptAs(m_database, role, sql); }
    // A memory of the child written by the backend's role, as the backend writes it.
    QString backendWrites(const QString &category, const QString &expiresAt = QStringLiteral("NULL")) const
    {
        const QString id = one("SELECT gen_random_uuid()::text");
        const QString state = attempt("r_backend", "INSERT INTO memory_contexts (id, \"userId\", \"memoryType\", category, content, "
                                                   "\"chromaCollectionName\", importance, \"createdAt\", \"updatedAt\", \"expiresAt\") VALUES ('"
                                                   + id + "', '" + m_child + "', 'episodic', '" + category + "', 'x', 'c', 0.5, "
                                                   "LOCALTIMESTAMP - interval '10 days', LOCALTIMESTAMP, " + expiresAt + ")");
        return state == u"ok" ? id : state;
    }
    QString expiryDays(const QString &memory) const
    {
        return one("SELECT EXTRACT(DAY FROM \"expiresAt\" - \"createdAt\")::int FROM memory_contexts WHERE id = '" + memory + "'");
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("nido") << QString();
        QTest::newRow("orm") << QStringLiteral("backend_schema.sql");
        QTest::newRow("orm-partitioned") << QStringLiteral("backend_schema_partitioned.sql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, fixture);
        m_database = QStringLiteral("retention_") + QString(QTest::currentDataTag()).replace(u'-', u'_');
        QString error;
        if (fixture.isEmpty()) {
            QSqlDatabase db = TestDatabase::create(m_database);
            QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
            QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        } else {
            QVERIFY2(TestDatabase::createBackendFamily(m_database, fixture, 2, &error), qPrintable(error));
        }
        m_child = one("SELECT id::text FROM users ORDER BY id LIMIT 1");
        QSqlQuery setup;
        for (const char *role : {"r_backend", "r_viewer", "r_editor", "r_manager", "r_stranger"})
            setup.exec(QString("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        QVERIFY(run("CREATE ROLE r_backend LOGIN"));
        QVERIFY(run("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO r_backend"));
        QVERIFY(run("GRANT USAGE ON SCHEMA nido TO r_backend"));
        CaregiverAdmin admin(QSqlDatabase::database());
        QVERIFY2(admin.addCaregiver("r_viewer", "Viewer", {{m_child, "view"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("r_editor", "Editor", {{m_child, "edit"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("r_manager", "Manager", {{m_child, "manage"}}, {}, &error), qPrintable(error));
    }

    void theBackendsMemoriesGetThePolicysExpiry()
    {
        QCOMPARE(attempt("r_manager", "SELECT nido.set_retention('r_manager', '" + m_child + "', 'emotion', 30)"), QString("ok"));
        const QString plain = backendWrites("emotion");
        QCOMPARE(expiryDays(plain), QString("30"));
        // The backend's own earlier expiry stays; a later one is brought to the policy's.
        const QString earlier = backendWrites("emotion", "LOCALTIMESTAMP - interval '5 days'");
        QCOMPARE(expiryDays(earlier), QString("5"));
        const QString later = backendWrites("emotion", "LOCALTIMESTAMP + interval '300 days'");
        QCOMPARE(expiryDays(later), QString("30"));
        // Another category, another child: untouched.
        const QString other = backendWrites("preference");
        QCOMPARE(one("SELECT \"expiresAt\" IS NULL FROM memory_contexts WHERE id = '" + other + "'"), QString("true"));
        // A memory moved into a category with a policy gets it.
        QCOMPARE(attempt("r_backend", "UPDATE memory_contexts SET category = 'emotion' WHERE id = '" + other + "'"), QString("ok"));
        QCOMPARE(expiryDays(other), QString("30"));
    }

    void aPolicyIsPreviewedAppliedAndAudited()
    {
        QVERIFY(run("UPDATE memory_contexts SET category = 'other', \"expiresAt\" = NULL WHERE \"userId\" = '" + m_child + "'"));
        QVERIFY(run("UPDATE memory_contexts SET category = 'family', \"createdAt\" = LOCALTIMESTAMP - make_interval(days => n), \"expiresAt\" = NULL "
                    "FROM (SELECT id, row_number() OVER (ORDER BY id)::int * 20 AS n FROM memory_contexts WHERE \"userId\" = '" + m_child
                    + "' ORDER BY id LIMIT 5) d WHERE memory_contexts.id = d.id"));
        // Made 20, 40, 60, 80 and 100 days ago: a 50-day policy changes all five, two of them expire at once.
        QCOMPARE(TestDatabase::rows("SELECT changed || '|' || expired FROM nido.retention_preview(current_user, '" + m_child + "', 'family', 50)"),
                 QStringList{"5|3"});
        QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'family', 50)"), QString("5"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category = 'family' "
                     "AND \"expiresAt\" <= LOCALTIMESTAMP"),
                 QString("3"));
        QCOMPARE(one("SELECT details->'retention'->>'to' || '|' || (details->'retention'->>'memoriesChanged') FROM nido.caregiver_audit "
                     "WHERE \"userId\" = '" + m_child + "' AND details ? 'retention' ORDER BY id DESC LIMIT 1"),
                 QString("50|5"));
        // Loosened, the policy's own expiries follow; "forever" takes them away.
        QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'family', 90)"), QString("5"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category = 'family' "
                     "AND \"expiresAt\" <= LOCALTIMESTAMP"),
                 QString("1"));
        QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'family', NULL)"), QString("5"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category = 'family' AND \"expiresAt\" IS NOT NULL"),
                 QString("0"));
        // None: every memory of the category is past its end at once.
        QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'family', 0)"), QString("5"));
        QCOMPARE(TestDatabase::rows("SELECT changed || '|' || expired FROM nido.retention_preview(current_user, '" + m_child + "', 'family', 0)"),
                 QStringList{"0|0"});
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category = 'family' "
                     "AND \"expiresAt\" < LOCALTIMESTAMP"),
                 QString("5"));
        // Edges: a lifetime, a category nobody has seen; never more than a century, nor less than none.
        QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'achievement', 36500) >= 0"), QString("true"));
        QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'dreams', 7)"), QString("0"));
        QCOMPARE(attempt("r_manager", "SELECT nido.set_retention('r_manager', '" + m_child + "', 'family', 36501)"), QString("22023"));
        QCOMPARE(attempt("r_manager", "SELECT nido.set_retention('r_manager', '" + m_child + "', 'family', -1)"), QString("22023"));
        QCOMPARE(attempt("r_manager", "SELECT nido.set_retention('r_manager', '" + m_child + "', '', 1)"), QString("22023"));
    }

    void onlyManageChangesAPolicy()
    {
        QCOMPARE(attempt("r_viewer", "SELECT nido.set_retention('r_viewer', '" + m_child + "', 'emotion', 1)"), QString("42501"));
        QCOMPARE(attempt("r_editor", "SELECT nido.set_retention('r_editor', '" + m_child + "', 'emotion', 1)"), QString("42501"));
        QCOMPARE(attempt("r_manager", "SELECT nido.set_retention('r_manager', '" + m_child + "', 'emotion', 1)"), QString("ok"));
        QCOMPARE(attempt("r_editor", "INSERT INTO nido.retention_policies (\"userId\", category, days, \"changedBy\") VALUES ('" + m_child
                                         + "', 'family', 1, 'r_editor')"),
                 QString("42501"));
        QCOMPARE(attempt("r_viewer", "SELECT days FROM nido.retention_policies"), QString("42501"));
        QCOMPARE(attempt("r_viewer", "SELECT days FROM nido.child_retention_policies('r_viewer', '" + m_child + "')"), QString("ok"));
        const QString other = one("SELECT id::text FROM users ORDER BY id DESC LIMIT 1");
        QCOMPARE(attempt("r_manager", "SELECT nido.set_retention('r_manager', '" + other + "', 'emotion', 1)"), QString("42501"));
        // Expired means deleted: bringing an end closer needs "manage" too.
        const QString kept = one("SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category <> 'emotion' ORDER BY id LIMIT 1");
        const QString correct = "SELECT nido.edit_memory('r_editor', '" + m_child + "', '" + kept + "', '[{\"column\": \"%1\", \"value\": %2}]')";
        QCOMPARE(attempt("r_editor", correct.arg("expiresAt", "\"2000-01-01\"")), QString("42501"));
        QCOMPARE(attempt("r_editor", correct.arg("category", "\"emotion\"")), QString("42501"));
        QCOMPARE(attempt("r_editor", correct.arg("expiresAt", "null")), QString("ok"));
        // Another database's caregiver is in the caregivers' group, not in this one's: it reaches nothing.
        QVERIFY(run("CREATE ROLE r_stranger LOGIN IN ROLE nido_caregiver"));
        QCOMPARE(attempt("r_stranger", "SELECT * FROM nido.retention_preview('r_stranger', '" + m_child + "', 'family', 0)"), QString("42501"));
        QCOMPARE(attempt("r_stranger", "SELECT nido.record_export('r_stranger', '" + m_child + "', '{}')"), QString("42501"));
        QCOMPARE(attempt("r_stranger", "SELECT nido.record_export('r_stranger', gen_random_uuid(), '{}')"), QString("42501"));
        QVERIFY(run("DROP ROLE r_stranger"));
        // A retention change is one audit row, not one per memory.
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'r_manager' AND action = 'edit'"), QString("1"));
    }

    void thePurgeDeletesExactlyTheExpired()
    {
        QVERIFY(run("UPDATE memory_contexts SET \"expiresAt\" = NULL"));
        QVERIFY(run("UPDATE memory_contexts SET \"expiresAt\" = LOCALTIMESTAMP - interval '1 hour' WHERE id IN "
                    "(SELECT id FROM memory_contexts ORDER BY id LIMIT 7)"));
        QVERIFY(run("UPDATE memory_contexts SET \"expiresAt\" = LOCALTIMESTAMP + interval '1 hour' WHERE id IN "
                    "(SELECT id FROM memory_contexts ORDER BY id DESC LIMIT 3)"));
        const QStringList expired = TestDatabase::rows("SELECT id::text FROM memory_contexts WHERE \"expiresAt\" <= LOCALTIMESTAMP ORDER BY id");
        QCOMPARE(expired.size(), 7);
        const int before = one("SELECT COUNT(*) FROM memory_contexts").toInt();
        const ProcessRun result = runProcess(NIDO_BINARY, {"purge-expired", "--database", TestDatabase::conninfo(m_database)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains("deleted 7 expired memories"), qPrintable(result.out));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts").toInt(), before - 7);
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"expiresAt\" > LOCALTIMESTAMP"), QString("3"));
        QCOMPARE(TestDatabase::rows("SELECT \"memoryId\"::text FROM nido.memory_deletion_outbox ORDER BY 1"), expired);
        QCOMPARE(TestDatabase::rows("SELECT DISTINCT m FROM nido.caregiver_audit, jsonb_array_elements_text(details->'memoryIds') m "
                                    "WHERE action = 'delete' AND details->>'reason' = 'expired' ORDER BY 1"),
                 expired);
        // Nothing left: a second run deletes nothing.
        const ProcessRun again = runProcess(NIDO_BINARY, {"purge-expired", "--database", TestDatabase::conninfo(m_database)});
        QVERIFY2(again.exitCode == 0 && again.out.contains("deleted 0 expired memories"), qPrintable(again.out + again.err));
    }

    // A deletion's receipt says what went (ids, categories, no words), checks now that nothing of it
    // is left, and finds a row that was put back.
    void aReceiptChecksWhatIsLeft()
    {
        QVERIFY(run("UPDATE memory_contexts SET \"expiresAt\" = NULL"));
        QVERIFY(run("UPDATE memory_contexts SET \"expiresAt\" = LOCALTIMESTAMP - interval '1 hour', category = 'emotion' WHERE id IN "
                    "(SELECT id FROM memory_contexts WHERE \"userId\" = '" + m_child + "' ORDER BY id LIMIT 4)"));
        const QStringList expired = TestDatabase::rows("SELECT id::text FROM memory_contexts WHERE \"expiresAt\" IS NOT NULL ORDER BY id");
        QCOMPARE(expired.size(), 4);
        const QString saved = one("SELECT row_to_json(m)::text FROM memory_contexts m WHERE id = '" + expired.first() + "'");
        QCOMPARE(attempt("r_manager", "SELECT * FROM nido.purge_expired('r_manager', 1000)"), QString("ok"));
        const QString entry = one("SELECT id FROM nido.caregiver_audit WHERE action = 'delete' AND role = 'r_manager' ORDER BY id DESC LIMIT 1");
        QVERIFY(!entry.isEmpty());

        QTemporaryDir folder;
        const auto receipt = [&](const QString &role, const QString &format) {
            const QString file = folder.filePath("receipt-" + role + "." + format);
            const ProcessRun result = runProcess(NIDO_BINARY, {"export", "receipt", entry, "--format", format, "-o", file,
                                                               "--database", TestDatabase::conninfo(m_database) + " user=" + role});
            QFile written(file);
            return std::make_pair(result, written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray());
        };
        auto [run1, json] = receipt("r_viewer", "json");
        QVERIFY2(run1.exitCode == 0, qPrintable(run1.err));
        const QJsonObject first = QJsonDocument::fromJson(json).object();
        QStringList ids;
        for (const QJsonValue &id : first.value("memoryIds").toArray())
            ids << id.toString();
        QCOMPARE(ids, expired);
        QCOMPARE(first.value("reason").toString(), QString("expired"));
        QCOMPARE(first.value("categories").toObject().value("emotion").toInt(), 4);
        QCOMPARE(first.value("vectorStore").toObject().value("pending").toInt(), 4);
        int left = 0;
        QStringList checked;
        for (const QJsonValue &check : first.value("remaining").toArray()) {
            left += check.toObject().value("rows").toInt();
            checked << check.toObject().value("relation").toString();
        }
        QCOMPARE(left, 0);
        QVERIFY2(checked.contains("public.memory_contexts") && checked.contains("public.memory_access_log") && checked.contains("nido.child_memories"),
                 qPrintable(checked.join(", ")));
        QVERIFY2(!json.contains("\"content\""), json.constData());

        // A row put back is found.
        QVERIFY(run("INSERT INTO memory_contexts SELECT * FROM json_populate_record(NULL::memory_contexts, '" + QString(saved).replace("'", "''") + "')"));
        auto [run2, again] = receipt("r_viewer", "json");
        QVERIFY2(run2.exitCode == 0, qPrintable(run2.err));
        int found = 0;
        for (const QJsonValue &check : QJsonDocument::fromJson(again).object().value("remaining").toArray()) {
            if (check.toObject().value("relation").toString() == "public.memory_contexts")
                found = check.toObject().value("rows").toInt();
        }
        QCOMPARE(found, 1);
        auto [run3, pdf] = receipt("r_manager", "pdf");
        QVERIFY2(run3.exitCode == 0 && pdf.startsWith("%PDF"), qPrintable(run3.err));
        const ProcessRun text = runProcess(QStringLiteral("pdftotext"), {"-enc", "UTF-8", folder.filePath("receipt-r_manager.pdf"), "-"});
        QVERIFY2(text.out.contains("Deletion receipt") && text.out.contains(expired.last()), qPrintable(text.out));
        QVERIFY2(text.out.contains("still there"), qPrintable(text.out));

        // An agent's deletion has its receipt too, whoever deleted it.
        const QString agent = one("INSERT INTO agents (name, persona, \"ownerUserId\") VALUES ('Temporary', '{}', '" + m_child + "') RETURNING id::text");
        QCOMPARE(one("SELECT nido.delete_agent(current_user, '" + agent + "', true)"), QString("0"));
        const QString agentEntry = one("SELECT id FROM nido.caregiver_audit WHERE details->>'agentId' = '" + agent + "'");
        QVERIFY(!agentEntry.isEmpty());
        const QString agentFile = folder.filePath("agent.json");
        const ProcessRun agentRun = runProcess(NIDO_BINARY, {"export", "receipt", agentEntry, "--format", "json", "-o", agentFile,
                                                             "--database", TestDatabase::conninfo(m_database)});
        QVERIFY2(agentRun.exitCode == 0, qPrintable(agentRun.err));
        QFile agentReceipt(agentFile);
        QVERIFY(agentReceipt.open(QIODevice::ReadOnly));
        const QJsonObject agentJson = QJsonDocument::fromJson(agentReceipt.readAll()).object();
        QCOMPARE(agentJson.value("agentId").toString(), agent);
        bool agentsChecked = false;
        for (const QJsonValue &check : agentJson.value("remaining").toArray()) {
            if (check.toObject().value("relation").toString() == "public.agents") {
                agentsChecked = true;
                QCOMPARE(check.toObject().value("rows").toInt(), 0);
            }
        }
        QVERIFY(agentsChecked);

        // Another family's caregiver, or a number that is no deletion, learns nothing.
        QString error;
        const QString other = one("SELECT id::text FROM users WHERE id <> '" + m_child + "' ORDER BY id LIMIT 1");
        QVERIFY2(CaregiverAdmin(QSqlDatabase::database()).addCaregiver("r_stranger", "Stranger", {{other, "manage"}}, {}, &error), qPrintable(error));
        auto [run4, none] = receipt("r_stranger", "json");
        QVERIFY2(run4.exitCode != 0 && none.isEmpty(), qPrintable(run4.err));
        QVERIFY2(run4.err.contains("No deletion you may see has the number"), qPrintable(run4.err));
    }

    // The document's archive holds the child's memories too: a policy reaches them, and the purge
    // deletes them when their time is up.
    void theArchiveKeepsThePolicy()
    {
        QVERIFY(run("UPDATE memory_contexts SET \"expiresAt\" = NULL, category = 'other' WHERE \"userId\" = '" + m_child + "'"));
        QVERIFY(run("UPDATE memory_contexts SET category = 'family', \"createdAt\" = LOCALTIMESTAMP - interval '2 years', importance = 0.1, "
                    "\"accessCount\" = 0 WHERE id IN (SELECT id FROM memory_contexts WHERE \"userId\" = '" + m_child + "' ORDER BY id LIMIT 6)"));
        QFile job(QStringLiteral(NIDO_SOURCE_DIR "/tests/support/fixtures/memory_archive.sql"));
        QVERIFY(job.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(Database::executeScript(QSqlDatabase::database(), job.readAll(), &error), qPrintable(error));
        const QStringList archived = TestDatabase::rows("SELECT id::text FROM memory_contexts_archive WHERE \"userId\" = '" + m_child + "' ORDER BY id");
        QVERIFY(archived.size() >= 6);
        const ProcessRun migrate = runProcess(NIDO_BINARY, {"migrate", "--database", TestDatabase::conninfo(m_database)});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        // One expiry index: the document's LIKE … INCLUDING ALL copied Nido's, and migrate adds none beside it.
        QCOMPARE(one("SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'memory_contexts_archive' AND indexdef LIKE '%expiresAt%'"), QString("1"));

        const int archivedFamily = one("SELECT COUNT(*) FROM memory_contexts_archive WHERE \"userId\" = '" + m_child + "' AND category = 'family'").toInt();
        QVERIFY(archivedFamily >= 6);
        QCOMPARE(TestDatabase::rows("SELECT expired FROM nido.retention_preview(current_user, '" + m_child + "', 'family', 365)"),
                 QStringList{QString::number(archivedFamily)});
        QVERIFY(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'family', 365)").toInt() >= archivedFamily);
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts_archive WHERE \"userId\" = '" + m_child + "' AND category = 'family' "
                     "AND \"expiresAt\" < LOCALTIMESTAMP").toInt(), archivedFamily);
        const int queued = one("SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"userId\" = '" + m_child + "'").toInt();
        QCOMPARE(attempt("r_manager", "SELECT * FROM nido.purge_expired('r_manager', 1000)"), QString("ok"));
        QCOMPARE(attempt("r_manager", "SELECT * FROM nido.purge_expired('r_manager', 1000)"), QString("ok"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts_archive WHERE \"userId\" = '" + m_child + "' AND category = 'family'"), QString("0"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"userId\" = '" + m_child + "'").toInt(), queued + archivedFamily);
    }

    // A memory the backend writes while a policy changes read the old policy, and the change could
    // not see it: the purge gives it the policy.
    void aMemoryWrittenDuringAChangeGetsThePolicy()
    {
        QString error;
        const QString id = one("SELECT gen_random_uuid()::text");
        {
            QSqlDatabase backend = Database::open(TestDatabase::conninfo(m_database) + " user=r_backend", "racing-backend", &error);
            QVERIFY2(backend.isOpen(), qPrintable(error));
            QVERIFY(backend.transaction());
            QSqlQuery insert(backend);
            QVERIFY2(insert.exec("INSERT INTO memory_contexts (id, \"userId\", \"memoryType\", category, content, \"chromaCollectionName\", "
                                 "importance, \"createdAt\", \"updatedAt\") VALUES ('" + id + "', '" + m_child + "', 'episodic', 'emotion', 'x', 'c', "
                                 "0.5, LOCALTIMESTAMP, LOCALTIMESTAMP)"),
                     qPrintable(insert.lastError().text()));
            QCOMPARE(one("SELECT nido.set_retention(current_user, '" + m_child + "', 'emotion', 30) >= 0"), QString("true"));
            QVERIFY(backend.commit());
        }
        Database::close("racing-backend");
        QCOMPARE(one("SELECT \"expiresAt\" IS NULL FROM memory_contexts WHERE id = '" + id + "'"), QString("true"));
        QCOMPARE(attempt("r_manager", "SELECT * FROM nido.purge_expired('r_manager', 1000)"), QString("ok"));
        QCOMPARE(expiryDays(id), QString("30"));
    }

    void cleanup()
    {
        QSqlQuery setup;
        for (const char *role : {"r_backend", "r_viewer", "r_editor", "r_manager", "r_stranger"}) {
            setup.exec(QString("DELETE FROM nido.caregivers WHERE role = '%1'").arg(QLatin1String(role)));
            setup.exec(QString("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        }
    }
};

QTEST_GUILESS_MAIN(RetentionTest)

#include "tst_retention.moc"
