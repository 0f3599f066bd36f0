#include "agentcontextpreview.h"
#include "agenteditor.h"
#include "formeditor.h"
#include "agentlistmodel.h"
#include "caregiveradmin.h"
#include "database.h"
#include "databaseworker.h"
#include "demodatagenerator.h"
#include "fetchall.h"
#include "personahistorymodel.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QTest>

// The agents page against PostgreSQL: the list, the persona editor, its versions, deletion and
// what an agent sees.
class AgentsTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children;

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }
    static bool sameJson(const QString &left, const QString &right)
    {
        return TestDatabase::scalar("SELECT CAST(" + left + " AS jsonb) = CAST(" + right + " AS jsonb)").toBool();
    }
    static bool loadNow(AgentEditor &editor, const QString &childId, const QString &agentId)
    {
        editor.setChildId(childId);
        editor.setAgentId(agentId);
        return QTest::qWaitFor([&] { return !editor.loading(); }, 10000) && editor.loaded();
    }
    static bool saveNow(AgentEditor &editor)
    {
        QSignalSpy saved(&editor, &AgentEditor::saved);
        editor.save();
        return saved.wait(10000);
    }
    QString ownAgent(int child) const
    {
        return one("SELECT id::text FROM agents WHERE \"ownerUserId\" = '" + m_children[child] + "' AND NOT \"isPublic\" ORDER BY id LIMIT 1");
    }
    static QString newAgent(const QString &owner, const QString &name)
    {
        return one("INSERT INTO agents (name, persona, \"ownerUserId\") VALUES ('" + name + "', '{\"instructions\": \"be kind\"}', '" + owner
                   + "') RETURNING id::text");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("agents"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(3)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QVERIFY(m_children.size() == 3);
        // Demo data is loaded with triggers off, as a backend's bulk load may be: no versions yet.
        QCOMPARE(one("SELECT COUNT(*) FROM nido.agent_persona_versions"), QString("0"));
    }

    void theListPutsTheChildsOwnFirst()
    {
        const QString child = m_children[0];
        if (ownAgent(0).isEmpty())
            newAgent(child, "Own tutor");
        AgentListModel agents;
        QAbstractItemModelTester tester(&agents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        agents.setChildId(child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(agents));
        QVERIFY(agents.rowCount() > 1);
        QVERIFY(agents.data(agents.index(0), AgentListModel::OwnedRole).toBool());
        bool seenPublic = false;
        double share = 0;
        for (int row = 0; row < agents.rowCount(); ++row) {
            const QModelIndex index = agents.index(row);
            const bool owned = agents.data(index, AgentListModel::OwnedRole).toBool();
            QVERIFY2(!(owned && seenPublic), "an owned agent after a public one");
            seenPublic |= agents.data(index, AgentListModel::IsPublicRole).toBool() && !owned;
            const QString agent = agents.data(index, AgentListModel::IdRole).toString();
            QCOMPARE(agents.data(index, AgentListModel::MemoriesRole).toInt(),
                     one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"agentId\" = '" + agent + "'").toInt());
            share += agents.data(index, AgentListModel::ShareThisWeekRole).toDouble();
        }
        QVERIFY(seenPublic);
        QVERIFY(share <= 1.0001);
    }

    void anEditKeepsUnknownKeysAndTheDialogueAsStrings()
    {
        const QString child = m_children[0];
        const QString agent = ownAgent(0);
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE agents SET persona = persona || '{\"memoryPolicy\": {\"keep\": 12345678901234567890}}', "
                           "\"voiceSettings\" = COALESCE(\"voiceSettings\", '{}') || '{\"stability\": 0.7, \"engine\": \"x\"}' WHERE id = '" + agent + "'"));
        const QString before = one("SELECT persona::text || '|' || \"voiceSettings\"::text FROM agents WHERE id = '" + agent + "'");
        AgentEditor editor;
        QVERIFY(loadNow(editor, child, agent));
        QVERIFY(editor.editable());
        editor.setValue("persona.tone", "Calm and playful");
        QVERIFY(editor.addItem("persona.expertise", " volcanoes "));
        editor.addTurn("user", "Why do volcanoes erupt?");
        editor.addTurn("assistant", "Because <hot> rock pushes up!");
        editor.setValue("voiceSettings.speed", "1.2");
        QVERIFY2(editor.canSave(), qPrintable(editor.errors().keys().join(',')));
        QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));

        const QString persona = before.section('|', 0, 0);
        const QString voice = before.section('|', 1);
        QVERIFY(sameJson("(SELECT persona - 'tone' - 'expertise' - 'examples' FROM agents WHERE id = '" + agent + "')",
                         "CAST('" + QString(persona).replace("'", "''") + "' AS jsonb) - 'tone' - 'expertise' - 'examples'"));
        QVERIFY(sameJson("(SELECT \"voiceSettings\" - 'speed' FROM agents WHERE id = '" + agent + "')",
                         "CAST('" + QString(voice).replace("'", "''") + "' AS jsonb) - 'speed'"));
        QCOMPARE(one("SELECT persona->'examples'->>-2 FROM agents WHERE id = '" + agent + "'"), QString("user: Why do volcanoes erupt?"));
        QCOMPARE(one("SELECT persona->'examples'->>-1 FROM agents WHERE id = '" + agent + "'"), QString("assistant: Because <hot> rock pushes up!"));
        QCOMPARE(one("SELECT persona->'expertise'->>-1 FROM agents WHERE id = '" + agent + "'"), QString("volcanoes"));
        QCOMPARE(one("SELECT \"voiceSettings\"->>'speed' FROM agents WHERE id = '" + agent + "'"), QString("1.2"));
        QCOMPARE(one("SELECT persona#>>'{memoryPolicy,keep}' FROM agents WHERE id = '" + agent + "'"), QString("12345678901234567890"));

        // Read back as turns, the earlier examples unchanged.
        AgentEditor again;
        QVERIFY(loadNow(again, child, agent));
        const QVariantList turns = again.values().value("persona.examples").toList();
        QCOMPARE(turns.constLast().toMap().value("role").toString(), QString("assistant"));
        QCOMPARE(turns.constLast().toMap().value("text").toString(), QString("Because <hot> rock pushes up!"));
        QVERIFY(!again.dirty());

        // Lines the parent did not touch keep their exact form, even one written "user:hola".
        QVERIFY(setup.exec("UPDATE agents SET persona = jsonb_set(persona, '{examples}', '[\"user:hola\", \"assistant:  ¡hola!\"]') WHERE id = '" + agent + "'"));
        AgentEditor dialogue;
        QVERIFY(loadNow(dialogue, child, agent));
        dialogue.setTurn(1, "assistant", "¡Hola, amigo!");
        QVERIFY2(saveNow(dialogue), qPrintable(dialogue.actionError()));
        QVERIFY(sameJson("(SELECT persona->'examples' FROM agents WHERE id = '" + agent + "')", "'[\"user:hola\", \"assistant: ¡Hola, amigo!\"]'"));
    }

    // A persona the backend wrote outside Nido's shapes: shown as text, kept as it is when another
    // field is saved, and entries the parent never touched survive the ones they add.
    void oddPersonaIsShownAndKept_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("Nido's schema") << QString();
        QTest::newRow("a backend's, with the extras") << "backend_schema.sql";
        QTest::newRow("a backend's, bare") << "backend_schema_bare.sql";
    }

    void oddPersonaIsShownAndKept()
    {
        QFETCH(QString, fixture);
        QString child = m_children[0];
        const auto ownDatabase = qScopeGuard([] { TestDatabase::use(QStringLiteral("agents")); });
        if (!fixture.isEmpty()) {
            QString error;
            QVERIFY2(TestDatabase::createBackendFamily("agents_" + QString(fixture).remove(".sql"), fixture, 1, &error), qPrintable(error));
            child = one("SELECT id::text FROM users ORDER BY id LIMIT 1");
        }
        const QString agent = newAgent(child, "Rex raro");
        const QString persona = R"({"instructions": "Eres Rex.", "tone": 5, "expertise": "dinosaurios, ciencia",
                                    "constraints": [{"rule": "no violencia"}, "usar lenguaje simple"], "depth": 1e400})";
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE agents SET persona = '" + QString(persona).replace("'", "''") + "' WHERE id = '" + agent + "'"));
        AgentEditor editor;
        QVERIFY(loadNow(editor, child, agent));
        QCOMPARE(editor.values().value("persona.tone").toString(), QString("5"));
        QCOMPARE(editor.values().value("persona.expertise").toStringList(), QStringList{"dinosaurios, ciencia"});
        QCOMPARE(editor.values().value("persona.constraints").toStringList(), (QStringList{"{\"rule\":\"no violencia\"}", "usar lenguaje simple"}));
        QVERIFY(editor.addItem("persona.constraints", "no dar miedo"));
        QVERIFY2(editor.errors().isEmpty(), qPrintable(editor.errors().values().value(0).toString()));
        editor.setValue("description", "Un T-Rex amable");
        QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));
        QVERIFY(sameJson("(SELECT persona FROM agents WHERE id = '" + agent + "')",
                         "'" + QString(R"({"instructions": "Eres Rex.", "tone": 5, "expertise": "dinosaurios, ciencia",
                                    "constraints": [{"rule": "no violencia"}, "usar lenguaje simple", "no dar miedo"], "depth": 1e400})")
                         + "'"));
    }

    // Someone else's change meanwhile is offered field by field, as on the profile.
    void concurrentPersonaChangeIsSettledFieldByField()
    {
        const QString agent = newAgent(m_children[0], "Rex en conflicto");
        AgentEditor editor;
        QVERIFY(loadNow(editor, m_children[0], agent));
        editor.setValue("persona.tone", "mine");
        editor.setValue("description", "only mine");
        QSqlQuery other;
        QVERIFY(other.exec("UPDATE agents SET persona = persona || '{\"tone\": \"theirs\"}' WHERE id = '" + agent + "'"));
        QSignalSpy state(&editor, &FormEditor::stateChanged);
        editor.save();
        QVERIFY(QTest::qWaitFor([&] { return !editor.saving(); }, 10000));
        QCOMPARE(editor.conflicts().size(), 1);
        QCOMPARE(editor.conflicts().constFirst().toMap().value("path").toString(), QString("persona.tone"));
        QVERIFY(!editor.canSave());
        editor.keepMine("persona.tone");
        QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));
        QCOMPARE(one("SELECT persona->>'tone' || '|' || description FROM agents WHERE id = '" + agent + "'"), QString("mine|only mine"));
    }

    // The server's deletion guard reads a session's agent as the screens do, in any case.
    void upperCaseAgentIdInASessionGuardsTheAgent()
    {
        const QString agent = newAgent(m_children[0], "Rex compartido");
        QSqlQuery setup;
        QVERIFY2(setup.exec("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", status, metadata) VALUES ('" + m_children[1]
                            + "', 'tok-upper-" + agent + "', 'ended', jsonb_build_object('agentId', upper('" + agent + "')))"),
                 qPrintable(setup.lastError().text()));
        QSqlQuery guard;
        QVERIFY(!guard.exec("SELECT nido.delete_agent(current_user, '" + agent + "', false)"));
        QCOMPARE(guard.lastError().nativeErrorCode(), QString("2BP01"));
        QCOMPARE(one("SELECT COUNT(*) FROM agents WHERE id = '" + agent + "'"), QString("1"));
    }

    void badInputIsRefusedWithItsReason()
    {
        AgentEditor editor;
        QVERIFY(loadNow(editor, m_children[0], ownAgent(0)));
        editor.setValue("persona.instructions", "   ");
        QVERIFY(editor.errors().value("persona.instructions").toString().contains("cannot be empty"));
        QVERIFY(!editor.canSave());
        editor.discard();
        editor.setValue("persona.expertise", QStringList{"dinosaurs", "Dinosaurs "});
        QVERIFY(editor.errors().value("persona.expertise").toString().contains("listed twice"));
        editor.discard();
        editor.setValue("voiceSettings.speed", "9");
        QVERIFY(editor.errors().value("voiceSettings.speed").toString().contains("from 0.25 to 4"));
        editor.discard();
        editor.setValue("name", QString(101, 'n'));
        QVERIFY(editor.errors().value("name").toString().contains("100"));
        editor.discard();
        editor.addTurn("user", " ");
        QVERIFY(editor.errors().value("persona.examples").toString().contains("empty"));
    }

    void publicAndOthersAgentsAreReadOnlyInTheUiAndOnTheServer()
    {
        const QString publicAgent = one("SELECT id::text FROM agents WHERE \"isPublic\" ORDER BY id LIMIT 1");
        AgentEditor editor;
        QVERIFY(loadNow(editor, m_children[0], publicAgent));
        QVERIFY(!editor.editable());
        QVERIFY(editor.readOnlyReason().contains("public"));
        editor.setValue("persona.tone", "hijacked");
        QVERIFY(!editor.canSave());
        QString other = ownAgent(1);
        if (other.isEmpty())
            other = newAgent(m_children[1], "Other family tutor");
        AgentEditor others;
        QVERIFY(loadNow(others, m_children[0], other));
        QVERIFY(!others.editable());
        QVERIFY(others.readOnlyReason().contains("another child"));

        // A caregiver of the first child, through Nido's own save, is refused by the server.
        QSqlQuery setup;
        setup.exec("DROP OWNED BY a_carol");
        setup.exec("DROP ROLE IF EXISTS a_carol");
        QString error;
        QVERIFY2(CaregiverAdmin(QSqlDatabase::database()).addCaregiver("a_carol", "Carol", {{m_children[0], "manage"}}, {}, &error), qPrintable(error));
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("agents") + " user=a_carol");
        const QString before = one("SELECT persona::text FROM agents WHERE id = '" + publicAgent + "'");
        {
            QSqlDatabase carol = Database::open(TestDatabase::conninfo("agents") + " user=a_carol", "carol", &error);
            QSqlQuery raw(carol);
            // Not the table (migration 22), nor the server's function for a public agent.
            QVERIFY(!raw.exec("UPDATE agents SET persona = '{}' WHERE id = '" + publicAgent + "'"));
            QCOMPARE(raw.lastError().nativeErrorCode(), QString("42501"));
            QVERIFY(!raw.exec("SELECT nido.edit_agent('a_carol', '" + publicAgent + "', '[{\"column\": \"persona\", \"path\": \"{tone}\", \"value\": \"x\"}]')"));
            QCOMPARE(raw.lastError().nativeErrorCode(), QString("42501"));
            // The copy belongs to the chosen child and can be edited.
            AgentEditor copy;
            QVERIFY(loadNow(copy, m_children[0], publicAgent));
            QSignalSpy duplicated(&copy, &AgentEditor::duplicated);
            copy.duplicate();
            QVERIFY2(duplicated.wait(10000), qPrintable(copy.actionError()));
            const QString copyId = duplicated.constFirst().constFirst().toString();
            QCOMPARE(one("SELECT \"ownerUserId\"::text || ' ' || \"isPublic\" FROM agents WHERE id = '" + copyId + "'"), m_children[0] + " false");
            AgentEditor mine;
            QVERIFY(loadNow(mine, m_children[0], copyId));
            QVERIFY(mine.editable());
        }
        Database::close("carol");
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("agents"));
        QCOMPARE(one("SELECT persona::text FROM agents WHERE id = '" + publicAgent + "'"), before);
    }

    void versionsDiffAndRestore()
    {
        const QString child = m_children[2];
        const QString agent = newAgent(child, "Versioned");
        AgentEditor editor;
        QVERIFY(loadNow(editor, child, agent));
        editor.setValue("persona.tone", "warm");
        QVERIFY(editor.addItem("persona.constraints", "No scary stories"));
        QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));
        // The backend changes it behind Nido's back.
        QSqlQuery backend;
        QVERIFY(backend.exec("UPDATE agents SET persona = persona || '{\"tone\": \"backend tone\"}' WHERE id = '" + agent + "'"));

        PersonaHistoryModel history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setAgentId(agent);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(history));
        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.data(history.index(0), PersonaHistoryModel::VersionRole).toInt(), 3);
        QVERIFY(!history.data(history.index(0), PersonaHistoryModel::ThroughNidoRole).toBool());
        QVERIFY(history.data(history.index(1), PersonaHistoryModel::ThroughNidoRole).toBool());

        const QVariantList diff = PersonaHistoryModel::diff(history.versionAt(2), history.versionAt(1));
        bool toneChanged = false;
        bool constraintAdded = false;
        for (const QVariant &entry : diff) {
            const QVariantMap field = entry.toMap();
            if (field.value("key") == "persona.tone")
                toneChanged = field.value("changed").toBool() && field.value("after") == "warm";
            if (field.value("key") == "persona.constraints") {
                for (const QVariant &item : field.value("items").toList())
                    constraintAdded |= item.toMap().value("text") == "No scary stories" && item.toMap().value("status") == "added";
            }
            if (field.value("key") == "name")
                QVERIFY(!field.value("changed").toBool());
        }
        QVERIFY(toneChanged);
        QVERIFY(constraintAdded);

        // Turns compare in order: a turn moved to the end is removed from its place and added there.
        const auto version = [](const QStringList &examples) {
            return QVariantMap{{"name", "x"}, {"persona", QString::fromUtf8(QJsonDocument(QJsonObject{{"instructions", "i"},
                                                                                                     {"examples", QJsonArray::fromStringList(examples)}})
                                                                             .toJson())}};
        };
        QStringList statuses;
        for (const QVariant &entry : PersonaHistoryModel::diff(version({"user: a", "assistant: b", "user: c"}), version({"assistant: b", "user: c", "user: a"}))) {
            if (entry.toMap().value("key") == "persona.examples") {
                for (const QVariant &item : entry.toMap().value("items").toList())
                    statuses << item.toMap().value("status").toString() + " " + item.toMap().value("text").toString();
            }
        }
        QCOMPARE(statuses, (QStringList{"removed Child: a", "kept Agent: b", "kept Child: c", "added Child: a"}));

        // Restoring version 1 makes version 4, equal to it.
        AgentEditor restoring;
        QVERIFY(loadNow(restoring, child, agent));
        restoring.restoreVersion(history.versionAt(2));
        QVERIFY(restoring.dirty());
        QVERIFY2(saveNow(restoring), qPrintable(restoring.actionError()));
        QCOMPARE(one("SELECT MAX(version) FROM nido.agent_persona_versions WHERE \"agentId\" = '" + agent + "'"), QString("4"));
        QVERIFY(sameJson("(SELECT persona FROM nido.agent_persona_versions WHERE \"agentId\" = '" + agent + "' AND version = 4)",
                         "(SELECT persona FROM nido.agent_persona_versions WHERE \"agentId\" = '" + agent + "' AND version = 1)"));

        // An agent with no version yet (a bulk load) keeps what it was before its first change.
        const QString loaded = one("SELECT id::text FROM agents WHERE id NOT IN (SELECT \"agentId\" FROM nido.agent_persona_versions) ORDER BY id LIMIT 1");
        const QString was = one("SELECT persona::text FROM agents WHERE id = '" + loaded + "'");
        QVERIFY(backend.exec("UPDATE agents SET description = 'changed by the backend' WHERE id = '" + loaded + "'"));
        QCOMPARE(TestDatabase::rows("SELECT version || ' ' || \"throughNido\" FROM nido.agent_persona_versions WHERE \"agentId\" = '" + loaded + "' ORDER BY version"),
                 (QStringList{"1 false", "2 false"}));
        QVERIFY(sameJson("(SELECT persona FROM nido.agent_persona_versions WHERE \"agentId\" = '" + loaded + "' AND version = 1)",
                         "'" + QString(was).replace("'", "''") + "'"));
    }

    void deletionSaysWhatItChangesAndOffersToForget()
    {
        const QString child = m_children[2];
        const QString agent = newAgent(child, "To delete");
        const QString forgotten = newAgent(child, "To delete with memories");
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"agentId\" = '" + agent + "' WHERE id IN (SELECT id FROM memory_contexts WHERE \"userId\" = '"
                           + child + "' ORDER BY id LIMIT 3)"));
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"agentId\" = '" + forgotten + "' WHERE id IN (SELECT id FROM memory_contexts WHERE \"userId\" = '"
                           + child + "' AND \"agentId\" IS DISTINCT FROM '" + agent + "' ORDER BY id LIMIT 2)"));
        QVERIFY(setup.exec("UPDATE voice_sessions SET metadata = jsonb_set(COALESCE(metadata, '{}'), '{agentId}', '\"" + agent
                           + "\"') WHERE id = (SELECT id FROM voice_sessions WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 1)"));
        const int memories = one("SELECT COUNT(*) FROM memory_contexts").toInt();
        const int shared = one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"agentId\" IS NULL").toInt();

        AgentEditor editor;
        QVERIFY(loadNow(editor, child, agent));
        QSignalSpy checked(&editor, &AgentEditor::deletionChecked);
        editor.checkDeletion();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.constFirst().at(0).toInt(), 3);
        QCOMPARE(checked.constFirst().at(1).toInt(), 1);
        QVERIFY(!checked.constFirst().at(2).toBool());
        QSignalSpy deleted(&editor, &AgentEditor::deleted);
        editor.deleteAgent(false);
        QVERIFY2(deleted.wait(10000), qPrintable(editor.actionError()));
        QCOMPARE(one("SELECT COUNT(*) FROM agents WHERE id = '" + agent + "'"), QString("0"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts").toInt(), memories);
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"agentId\" IS NULL").toInt(), shared + 3);
        QCOMPARE(one("SELECT COUNT(*) FROM nido.agent_persona_versions WHERE \"agentId\" = '" + agent + "'"), QString("0"));

        const int outbox = one("SELECT COUNT(*) FROM nido.memory_deletion_outbox").toInt();
        AgentEditor second;
        QVERIFY(loadNow(second, child, forgotten));
        QSignalSpy secondDeleted(&second, &AgentEditor::deleted);
        second.deleteAgent(true);
        QVERIFY2(secondDeleted.wait(10000), qPrintable(second.actionError()));
        QCOMPARE(secondDeleted.constFirst().constFirst().toInt(), 2);
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts").toInt(), memories - 2);
        QCOMPARE(one("SELECT COUNT(*) FROM nido.memory_deletion_outbox").toInt(), outbox + 2);

        // One that another family's memories use stays.
        const QString sharedAgent = newAgent(child, "Used elsewhere");
        QVERIFY(setup.exec("UPDATE memory_contexts SET \"agentId\" = '" + sharedAgent + "' WHERE id = (SELECT id FROM memory_contexts WHERE \"userId\" = '"
                           + m_children[1] + "' ORDER BY id LIMIT 1)"));
        AgentEditor third;
        QVERIFY(loadNow(third, child, sharedAgent));
        QSignalSpy thirdChecked(&third, &AgentEditor::deletionChecked);
        third.checkDeletion();
        QVERIFY(thirdChecked.wait(10000));
        QVERIFY(thirdChecked.constFirst().at(2).toBool());
        third.deleteAgent(false);
        QVERIFY(QTest::qWaitFor([&] { return !third.busy(); }, 10000));
        QVERIFY2(third.actionError().contains("Other children"), qPrintable(third.actionError()));
        QCOMPARE(one("SELECT COUNT(*) FROM agents WHERE id = '" + sharedAgent + "'"), QString("1"));
    }

    // A caregiver with psql: versions are the server's to write, and deletion goes through the
    // function's checks.
    void aCaregiverCannotForgeVersionsOrDeleteOthersAgents()
    {
        QSqlQuery setup;
        for (const char *role : {"a_vera", "a_mike"}) {
            setup.exec(QString("DROP OWNED BY %1").arg(QLatin1String(role)));
            setup.exec(QString("DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        }
        QString error;
        CaregiverAdmin admin(QSqlDatabase::database());
        QVERIFY2(admin.addCaregiver("a_vera", "Vera", {{m_children[1], "view"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("a_mike", "Mike", {{m_children[1], "manage"}}, {}, &error), qPrintable(error));
        const QString theirs = newAgent(m_children[2], "Another family tutor");
        const QString viewed = newAgent(m_children[1], "Viewed only");
        const auto as = [](const QString &role, const QString &sql) { return TestDatabase::attemptAs(QStringLiteral("agents"), role, sql); };
        QCOMPARE(as("a_mike", "INSERT INTO nido.agent_persona_versions (\"agentId\", version, \"savedBy\") VALUES ('" + viewed + "', 99, 'a_mike')"),
                 QString("42501"));
        QCOMPARE(as("a_mike", "SELECT nido.delete_agent('a_mike', '" + theirs + "', true)"), QString("42501"));
        QCOMPARE(as("a_vera", "SELECT nido.delete_agent('a_vera', '" + viewed + "', false)"), QString("42501"));
        QCOMPARE(as("a_vera", "SELECT nido.delete_agent('a_mike', '" + viewed + "', false)"), QString("42501"));
        // No role named (NULL or empty) is no licence: nothing happens.
        const int memories = one("SELECT COUNT(*) FROM memory_contexts").toInt();
        QCOMPARE(as("a_vera", "SELECT nido.delete_agent(NULL, '" + theirs + "', true)"), QString("ok"));
        QCOMPARE(as("a_vera", "SELECT nido.delete_agent('', '" + theirs + "', true)"), QString("42501"));
        QCOMPARE(as("a_vera", "SELECT nido.delete_memories(NULL, '" + m_children[2] + "', ARRAY(SELECT id FROM memory_contexts LIMIT 3))"), QString("ok"));
        QCOMPARE(as("a_vera", "SELECT nido.check_caller(NULL)"), QString("42501"));
        // Nor the caregivers' group, whose member every caregiver is.
        QCOMPARE(as("a_mike", "SELECT nido.check_caller('nido_caregiver')"), QString("42501"));
        QCOMPARE(as("a_mike", "SELECT nido.delete_agent('nido_caregiver', '" + theirs + "', true)"), QString("42501"));
        QCOMPARE(one("SELECT COUNT(*) FROM memory_contexts").toInt(), memories);
        QCOMPARE(one("SELECT COUNT(*) FROM agents WHERE id IN ('" + theirs + "', '" + viewed + "')"), QString("2"));
        // Versions are read through the server's function, and another family's agent's are refused.
        QCOMPARE(as("a_mike", "SELECT 1 FROM nido.agent_persona_versions"), QString("42501"));
        QCOMPARE(as("a_mike", "SELECT 1 FROM nido.agent_versions('a_mike', '" + theirs + "')"), QString("42501"));
        {
            QSqlDatabase db = Database::open(TestDatabase::conninfo("agents") + " user=a_mike", "as-mike", &error);
            QSqlQuery query(db);
            // The one who manages the child deletes its agent.
            QVERIFY(query.exec("SELECT nido.delete_agent('a_mike', '" + viewed + "', false)"));
        }
        Database::close("as-mike");
        QCOMPARE(one("SELECT COUNT(*) FROM agents WHERE id = '" + viewed + "'"), QString("0"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'a_mike' AND action = 'delete' AND details->>'agentId' = '" + viewed + "'"),
                 QString("1"));
    }

    void thePreviewIsTheDocumentsQueryOne()
    {
        const QString child = m_children[0];
        const QString withOwn = one("SELECT \"agentId\"::text FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"memoryType\" = 'episodic' "
                                    "AND \"agentId\" IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1");
        QVERIFY(!withOwn.isEmpty());
        const QString withNone = newAgent(child, "Brand new");
        for (const QString &agent : {withOwn, withNone}) {
            const QStringList expected = TestDatabase::rows(
                "SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"memoryType\" = 'episodic' AND (\"agentId\" = '" + agent
                + "' OR \"agentId\" IS NULL) ORDER BY importance DESC, \"createdAt\" DESC, id LIMIT 5");
            QVERIFY(!expected.isEmpty());
            AgentContextPreview preview;
            preview.setChildId(child);
            preview.setAgentId(agent);
            QVERIFY(QTest::qWaitFor([&] { return !preview.loading(); }, 10000));
            QVERIFY2(preview.errorString().isEmpty(), qPrintable(preview.errorString()));
            QStringList shown;
            for (const QVariant &memory : preview.memories())
                shown << memory.toMap().value("id").toString();
            QCOMPARE(shown, expected);
            for (const QVariant &missed : preview.missedCut())
                QVERIFY(!missed.toMap().value("reason").toString().isEmpty());
            QVERIFY(!preview.persona().value("instructions").toString().isEmpty());
        }
    }

    // Ties of both importance and createdAt: the preview is query 1 with its ties broken by id (as
    // written, query 1 leaves them to the plan, which the server's function does not share), and the
    // near misses say they lost a tie, not that they are older.
    void thePreviewIsQueryOneOnTies()
    {
        const QString child = one("INSERT INTO users (email, \"firstName\") VALUES ('ties@example.org', 'Empate') RETURNING id::text");
        const QString agent = newAgent(child, "Rex de los empates");
        QSqlQuery setup;
        QVERIFY2(setup.exec("INSERT INTO memory_contexts (\"userId\", \"agentId\", \"memoryType\", content, importance, \"createdAt\") "
                            "SELECT '" + child + "', CASE WHEN i % 2 = 0 THEN CAST('" + agent + "' AS uuid) END, 'episodic', 'Empate ' || i, 0.5, "
                            "TIMESTAMP '2026-11-01 10:00' FROM generate_series(1, 9) i"),
                 qPrintable(setup.lastError().text()));
        const QStringList expected = TestDatabase::rows(
            "SELECT id::text FROM memory_contexts WHERE \"userId\" = '" + child + "' AND \"memoryType\" = 'episodic' AND (\"agentId\" = '" + agent
            + "' OR \"agentId\" IS NULL) ORDER BY importance DESC, \"createdAt\" DESC, id LIMIT 5");
        QCOMPARE(expected.size(), 5);
        AgentContextPreview preview;
        preview.setChildId(child);
        preview.setAgentId(agent);
        QVERIFY(QTest::qWaitFor([&] { return !preview.loading(); }, 10000));
        QVERIFY2(preview.errorString().isEmpty(), qPrintable(preview.errorString()));
        QStringList shown;
        for (const QVariant &memory : preview.memories())
            shown << memory.toMap().value("id").toString();
        QCOMPARE(shown, expected);
        QCOMPARE(preview.missedCut().size(), 4);
        for (const QVariant &missed : preview.missedCut()) {
            QVERIFY(!expected.contains(missed.toMap().value("id").toString()));
            QVERIFY2(missed.toMap().value("reason").toString().contains("as old as"), qPrintable(missed.toMap().value("reason").toString()));
        }
    }
};

QTEST_GUILESS_MAIN(AgentsTest)
#include "tst_agents.moc"
