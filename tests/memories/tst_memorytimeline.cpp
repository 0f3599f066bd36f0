#include "changehub.h"
#include "agentchoicemodel.h"
#include "database.h"
#include "demodatagenerator.h"
#include "memorydetail.h"
#include "memoryeditor.h"
#include "memorystatistics.h"
#include "memorytimelinemodel.h"
#include "pendingpurgemodel.h"
#include "schemamigrator.h"
#include "fetchall.h"
#include "formats.h"
#include "rawconnection.h"
#include "testdatabase.h"
#include "editorwait.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class MemoryTimelineTest : public QObject
{
    Q_OBJECT

private:
    QString m_child;
    QString m_otherChild;

    // Every row of the model, fetched page by page.
    static QStringList allRows(MemoryTimelineModel &model)
    {
        if (!fetchAll(model))
            return {};
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.data(model.index(row), MemoryTimelineModel::IdRole).toString();
        return result;
    }

    QStringList expected(const QString &condition, const QVariantMap &values = {}) const
    {
        QVariantMap bound = values;
        bound.insert(QStringLiteral(":child"), m_child);
        return TestDatabase::rows(QStringLiteral("SELECT id::text FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) %1 "
                                  "ORDER BY \"createdAt\" DESC, id DESC").arg(condition), bound);
    }

    QString fingerprint(const QString &child, const QString &exceptId = QString()) const
    {
        QSqlQuery query;
        query.prepare(QStringLiteral("SELECT md5(string_agg(m::text, '' ORDER BY m.id)) FROM memory_contexts m "
                                     "WHERE \"userId\" = CAST(:child AS uuid) AND id::text <> :except"));
        query.bindValue(QStringLiteral(":child"), child);
        query.bindValue(QStringLiteral(":except"), exceptId);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSqlDatabase db = TestDatabase::create(QStringLiteral("timeline"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        DemoDataGenerator::Scale scale;
        scale.children = 2;
        scale.sessionsPerChild = 20;
        scale.memoriesPerChild = 1100;
        QVERIFY2(DemoDataGenerator(db, scale).generate(&error), qPrintable(error));
        const QStringList children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        m_child = children.value(0);
        m_otherChild = children.value(1);

        // Backend timestamps carry microseconds and collide: the keyset must not lose or repeat rows.
        QSqlQuery query;
        QVERIFY(query.exec("UPDATE memory_contexts SET \"createdAt\" = '2026-01-01 10:00:00.123456' WHERE id IN "
                           "(SELECT id FROM memory_contexts ORDER BY id LIMIT 130)"));
        QVERIFY(query.exec("UPDATE memory_contexts SET \"createdAt\" = '2026-01-01 10:00:00.123401' WHERE id IN "
                           "(SELECT id FROM memory_contexts ORDER BY id DESC LIMIT 70)"));
        // Some backends do not say which language a memory is in.
        QVERIFY(query.exec("UPDATE memory_contexts SET metadata = metadata - 'language' WHERE id IN "
                           "(SELECT id FROM memory_contexts ORDER BY md5(id::text) LIMIT 300)"));
    }

    void pagesThroughEveryMemoryOnceInOrder()
    {
        MemoryTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QTRY_VERIFY(model.rowCount() > 0);
        QCOMPARE(model.rowCount(), 60);
        const QStringList rows = allRows(model);
        QCOMPARE(rows.size(), 1100);
        QCOMPARE(rows, expected(QString()));
        QCOMPARE(model.data(model.index(0), MemoryTimelineModel::DayRole).toString().size(), 10);
    }

    // The row's second line and what a screen reader hears are the row's own values in words:
    // an expired memory shared by all agents and a current one of an agent, each read back.
    void detailsSayTheRowsValues()
    {
        const auto newest = [&](const QString &agent) {
            return TestDatabase::rows(QStringLiteral("SELECT id::text FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) "
                                                     "AND \"agentId\" IS %1 NULL ORDER BY \"createdAt\" DESC, id DESC LIMIT 1").arg(agent),
                                      {{QStringLiteral(":child"), m_child}})
                .value(0);
        };
        const QString shared = newest(QString());
        const QString ofAnAgent = newest(QStringLiteral("NOT"));
        QVERIFY(!shared.isEmpty() && !ofAnAgent.isEmpty());
        QSqlQuery query;
        query.prepare(QStringLiteral("UPDATE memory_contexts SET \"expiresAt\" = LOCALTIMESTAMP - interval '1 day', "
                                     "\"memoryType\" = 'procedural', category = 'family', importance = 0.9 WHERE id = CAST(:id AS uuid)"));
        query.bindValue(QStringLiteral(":id"), shared);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.prepare(QStringLiteral("UPDATE memory_contexts SET \"expiresAt\" = NULL, \"memoryType\" = 'episodic', category = 'emotion', "
                                     "importance = 0.1 WHERE id = CAST(:id AS uuid)"));
        query.bindValue(QStringLiteral(":id"), ofAnAgent);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));

        MemoryTimelineModel model;
        model.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(fetchAll(model));
        const auto row = [&](const QString &id) {
            for (int r = 0; r < model.rowCount(); ++r) {
                if (model.data(model.index(r), MemoryTimelineModel::IdRole).toString() == id)
                    return model.index(r);
            }
            return QModelIndex();
        };
        const QModelIndex sharedRow = row(shared);
        const QModelIndex agentRow = row(ofAnAgent);
        QVERIFY(sharedRow.isValid() && agentRow.isValid());

        const QDateTime created = model.data(sharedRow, MemoryTimelineModel::CreatedAtRole).toDateTime();
        QCOMPARE(model.data(sharedRow, MemoryTimelineModel::DetailsRole).toString(),
                 QStringList({Formats::time(created), "Family", "Procedural (a how-to)", "Shared by all agents", "High importance", "Expired"})
                     .join("  ·  "));
        QCOMPARE(model.data(sharedRow, MemoryTimelineModel::SpokenDetailsRole).toString(),
                 QStringList({Formats::dateTime(created), "Family", "Procedural (a how-to)", "Shared by all agents", "High importance", "Expired"})
                     .join(" · "));
        const QString agent = model.data(agentRow, MemoryTimelineModel::AgentNameRole).toString();
        QVERIFY(!agent.isEmpty());
        const QString details = model.data(agentRow, MemoryTimelineModel::DetailsRole).toString();
        QVERIFY2(details.endsWith(QStringLiteral("  ·  Emotion  ·  Episodic (an event)  ·  %1  ·  Low importance").arg(agent)), qPrintable(details));
        QCOMPARE(Formats::memoryType(QStringLiteral("reflective")), QStringLiteral("reflective"));
    }

    void filtersMatchSql_data()
    {
        QTest::addColumn<QVariantMap>("properties");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QVariantMap>("values");
        QTest::newRow("type") << QVariantMap{{"memoryType", "semantic"}} << "AND \"memoryType\" = 'semantic'" << QVariantMap{};
        QTest::newRow("categories") << QVariantMap{{"categories", QStringList{"family", "emotion"}}}
                                    << "AND category IN ('family', 'emotion')" << QVariantMap{};
        QTest::newRow("shared") << QVariantMap{{"scope", int(MemoryTimelineModel::Scope::Shared)}}
                                << "AND \"agentId\" IS NULL" << QVariantMap{};
        QTest::newRow("low") << QVariantMap{{"importanceLevel", "low"}} << "AND importance < 0.3" << QVariantMap{};
        QTest::newRow("medium") << QVariantMap{{"importanceLevel", "medium"}} << "AND importance >= 0.3 AND importance < 0.7" << QVariantMap{};
        QTest::newRow("high") << QVariantMap{{"importanceLevel", "high"}} << "AND importance >= 0.7" << QVariantMap{};
        QTest::newRow("expired") << QVariantMap{{"expiry", int(MemoryTimelineModel::Expiry::Expired)}}
                                 << "AND \"expiresAt\" < LOCALTIMESTAMP" << QVariantMap{};
        QTest::newRow("active") << QVariantMap{{"expiry", int(MemoryTimelineModel::Expiry::Active)}}
                                << "AND (\"expiresAt\" IS NULL OR \"expiresAt\" >= LOCALTIMESTAMP)" << QVariantMap{};
        const QDate from = QDate::currentDate().addDays(-10);
        const QDate to = QDate::currentDate().addDays(-3);
        QTest::newRow("dates") << QVariantMap{{"from", from}, {"to", to}}
                               << "AND \"createdAt\" >= CAST(:f AS timestamp) AND \"createdAt\" < CAST(:t AS timestamp)"
                               << QVariantMap{{":f", Database::utcTimestamp(QDateTime(from, QTime(0, 0)))},
                                              {":t", Database::utcTimestamp(QDateTime(to.addDays(1), QTime(0, 0)))}};
        const auto document = QStringLiteral("concat_ws(' ', content, summary, metadata->'tags', metadata->'topics', metadata->'entities')");
        const QString search = QStringLiteral(
            "AND (CASE WHEN metadata->>'language' = 'es' THEN to_tsvector('spanish', %1) "
            "WHEN metadata->>'language' = 'en' THEN to_tsvector('english', %1) "
            "ELSE to_tsvector('spanish', %1) || to_tsvector('english', %1) END) "
            "@@ (websearch_to_tsquery('spanish', :q) || websearch_to_tsquery('english', :q))").arg(document);
        QTest::newRow("search es") << QVariantMap{{"searchText", "dinosaurios"}} << search << QVariantMap{{":q", "dinosaurios"}};
        QTest::newRow("search en") << QVariantMap{{"searchText", "grandmother"}} << search << QVariantMap{{":q", "grandmother"}};
        QTest::newRow("search tag") << QVariantMap{{"searchText", "música"}} << search << QVariantMap{{":q", "música"}};
        QTest::newRow("hostile search") << QVariantMap{{"searchText", "Robert'); DROP TABLE users;-- <b>&"}} << search
                                        << QVariantMap{{":q", "Robert'); DROP TABLE users;-- <b>&"}};
        QTest::newRow("search untagged") << QVariantMap{{"searchText", "abuela"}} << search << QVariantMap{{":q", "abuela"}};
        QTest::newRow("combined") << QVariantMap{{"memoryType", "episodic"}, {"importanceLevel", "high"},
                                                 {"scope", int(MemoryTimelineModel::Scope::Shared)}}
                                  << "AND \"memoryType\" = 'episodic' AND importance >= 0.7 AND \"agentId\" IS NULL" << QVariantMap{};
    }

    void filtersMatchSql()
    {
        QFETCH(QVariantMap, properties);
        QFETCH(QString, condition);
        QFETCH(QVariantMap, values);
        MemoryTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        for (auto it = properties.cbegin(); it != properties.cend(); ++it)
            QVERIFY(model.setProperty(it.key().toUtf8().constData(), it.value()));
        QVERIFY(TestDatabase::settle());
        const QStringList want = expected(condition, values);
        QCOMPARE(allRows(model), want);
        QVERIFY(model.errorString().isEmpty());
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM users").toInt(), 2);
    }

    void agentChoicesAreTheChildsAgents()
    {
        AgentChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(model));
        QStringList listed;
        for (int row = 0; row < model.rowCount(); ++row)
            listed << model.data(model.index(row), AgentChoiceModel::IdRole).toString();
        QCOMPARE(listed, TestDatabase::rows("SELECT a.id::text FROM agents a WHERE a.\"isPublic\" OR a.\"ownerUserId\" = CAST(:c AS uuid) "
                             "OR a.id IN (SELECT \"agentId\" FROM memory_contexts WHERE \"userId\" = CAST(:c AS uuid)) "
                             "ORDER BY a.name, a.id", {{":c", m_child}}));
        QVERIFY(!listed.isEmpty());
        // Another child's private agents are not offered.
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM agents WHERE NOT \"isPublic\" AND \"ownerUserId\" = '" + m_otherChild +
                                      "' AND id = ANY(CAST('{" + listed.join(',') + "}' AS uuid[])) AND id NOT IN "
                                      "(SELECT \"agentId\" FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND \"agentId\" IS NOT NULL)").toInt(), 0);
    }

    void searchIsIndexBacked()
    {
        MemoryFilter filter;
        filter.childId = m_child;
        filter.searchText = QStringLiteral("dinosaurios");
        // The timeline's statement runs the server's memory function: its own plan is read from
        // auto_explain. On a table this small the planner may prefer reading the child's rows; with
        // the other indexes on "userId" out of the way (rolled back) it must use the search one.
        RawConnection raw(TestDatabase::conninfo(QStringLiteral("timeline")));
        QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
        QVERIFY(raw.exec("BEGIN"));
        QVERIFY2(raw.exec("DROP INDEX \"IDX_memory_contexts_userId_memoryType\", \"IDX_memory_contexts_userId_agentId_memoryType\", "
                          "\"IDX_nido_memory_contexts_userId_createdAt\", \"IDX_nido_memory_contexts_userId_weight\", "
                          "\"IDX_nido_memory_contexts_userId_idText\""), qPrintable(raw.errorString()));
        QList<QJsonObject> plans;
        QVERIFY2(raw.nestedPlans({QStringLiteral("SELECT count(*) FROM nido.memories(current_user, CAST(:child AS uuid), CAST(:filter AS jsonb), "
                                                 "'newest', NULL, NULL, NULL)"), {m_child, filter.json()}}, &plans),
                 qPrintable(raw.errorString()));
        QString plan;
        for (const QJsonObject &inner : std::as_const(plans))
            plan += QString::fromUtf8(QJsonDocument(inner).toJson());
        QVERIFY2(plan.contains("IDX_nido_memory_contexts_userId_search"), qPrintable(plan));
        QVERIFY2(plan.contains("memory_search_document"), qPrintable(plan));
    }

    void editChangesOneMemoryAndLogsIt()
    {
        const QString id = expected("AND metadata->>'extractorVersion' IS NOT NULL").value(5);
        const QString otherBefore = fingerprint(m_otherChild);
        const QString restBefore = fingerprint(m_child, id);
        const QString metadataBefore = TestDatabase::scalar("SELECT metadata::text FROM memory_contexts WHERE id = '" + id + "'").toString();

        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        const QString hostile = "<b>Le gustan</b> los \"dinos\" & Robert'); DROP TABLE memory_contexts;--";
        QVERIFY(editor.stageEdit(id, {{"content", hostile}, {"importance", 0.85}, {"category", "interest"},
                                      {"memoryType", "semantic"}, {"agentId", ""},
                                      {"expiresAt", QDateTime(QDate(2030, 1, 1), QTime(12, 0))}}));
        QCOMPARE(editor.pendingCount(), 1);
        QSignalSpy applied(&editor, &MemoryEditor::applied);
        QVERIFY2(confirmNow(editor), qPrintable(editor.errorString()));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(editor.pendingCount(), 0);

        QSqlQuery row;
        QVERIFY(row.exec("SELECT content, importance, category::text, \"memoryType\"::text, \"agentId\" IS NULL, "
                         "metadata::text, \"expiresAt\" IS NOT NULL FROM memory_contexts WHERE id = '" + id + "'"));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), hostile);
        QCOMPARE(row.value(1).toDouble(), 0.85);
        QCOMPARE(row.value(2).toString(), "interest");
        QCOMPARE(row.value(3).toString(), "semantic");
        QVERIFY(row.value(4).toBool());
        QCOMPARE(row.value(5).toString(), metadataBefore);
        QVERIFY(row.value(6).toBool());
        QCOMPARE(fingerprint(m_child, id), restBefore);
        QCOMPARE(fingerprint(m_otherChild), otherBefore);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + id +
                                      "' AND \"accessType\" = 'caregiver_edit' AND metadata->'changes' ? 'content'").toInt(), 1);

        // Clearing the expiry.
        QVERIFY(editor.stageEdit(id, {{"expiresAt", QVariant()}}));
        QVERIFY(confirmNow(editor));
        QVERIFY(TestDatabase::scalar("SELECT \"expiresAt\" IS NULL FROM memory_contexts WHERE id = '" + id + "'").toBool());
    }

    void invalidEditsAreRefusedWithAReason()
    {
        const QString id = expected(QString()).value(0);
        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(!editor.stageEdit(id, {{"content", "   "}}));
        QVERIFY(editor.errorString().contains("empty"));
        QVERIFY(!editor.stageEdit(id, {{"importance", 1.5}}));
        QVERIFY(editor.errorString().contains("0 to 1"));
        QVERIFY(!editor.stageEdit(id, {{"category", "secrets"}}));
        QVERIFY(!editor.stageEdit(id, {{"userId", m_otherChild}}));
        QVERIFY(!editor.stageEdit(id, {{"content", QString(60000, u'x')}}));
        QCOMPARE(editor.pendingCount(), 0);
    }

    void undoBeforeConfirmChangesNothing()
    {
        const QString before = fingerprint(m_child);
        const int logRows = TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log").toInt();
        const QStringList some = expected(QString()).mid(10, 3);
        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(editor.stageEdit(some.first(), {{"summary", "changed"}}));
        QVERIFY(editor.stageDelete(some));
        QCOMPARE(editor.pendingDeletionIds(), some);
        editor.undo();
        QCOMPARE(editor.pendingCount(), 1);
        editor.undo();
        QCOMPARE(editor.pendingCount(), 0);
        QVERIFY(confirmNow(editor));
        QCOMPARE(fingerprint(m_child), before);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log").toInt(), logRows);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox").toInt(), 0);
    }

    void searchTextIsBounded()
    {
        MemoryTimelineModel model;
        model.setChildId(m_child);
        model.setSearchText(QString(20000, u'a'));
        QCOMPARE(model.searchText().size(), MemoryTimelineModel::maximumSearchLength());
        QVERIFY(TestDatabase::settle());
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
    }

    void anAgentFilterDoesNotFollowToAnotherChild()
    {
        MemoryTimelineModel model;
        model.setChildId(m_child);
        model.setAgentId(TestDatabase::scalar("SELECT \"agentId\"::text FROM memory_contexts WHERE \"agentId\" IS NOT NULL "
                                              "AND \"userId\" = '" + m_child + "' LIMIT 1").toString());
        model.setScope(MemoryTimelineModel::Scope::Agent);
        model.setMemoryType("semantic");
        model.setChildId(m_otherChild);
        QCOMPARE(model.scope(), MemoryTimelineModel::Scope::All);
        QCOMPARE(model.agentId(), QString());
        QCOMPARE(model.memoryType(), QString("semantic"));
        QVERIFY(TestDatabase::settle());
    }

    // An agent's scope chosen before the agent: nothing matches yet, and nothing fails.
    void anAgentScopeWithoutAnAgentShowsNothing()
    {
        MemoryTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        for (const auto scope : {MemoryTimelineModel::Scope::Agent, MemoryTimelineModel::Scope::GivenTo}) {
            model.setScope(scope);
            QVERIFY(TestDatabase::settle());
            QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void editOfAMemoryStagedForDeletionIsRefused()
    {
        const QStringList some = expected(QString()).mid(20, 2);
        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(editor.stageDelete({some.at(0)}));
        QVERIFY(!editor.stageEdit(some.at(0), {{"summary", "too late"}}));
        QVERIFY2(editor.errorString().contains("waiting to be deleted"), qPrintable(editor.errorString()));
        QVERIFY(editor.stageEdit(some.at(1), {{"summary", "still saved"}}));
        QCOMPARE(editor.pendingCount(), 2);
        QVERIFY2(confirmNow(editor), qPrintable(editor.errorString()));
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + some.at(0) + "'").toInt(), 0);
        QCOMPARE(TestDatabase::scalar("SELECT summary FROM memory_contexts WHERE id = '" + some.at(1) + "'").toString(), QString("still saved"));
    }

    void failedConfirmKeepsTheDraft()
    {
        const QString id = expected(QString()).value(20);
        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(editor.stageEdit(id, {{"summary", "parent's correction"}}));
        QSqlQuery backend;
        QVERIFY(backend.exec("DELETE FROM memory_contexts WHERE id = '" + id + "'"));
        QVERIFY(!confirmNow(editor));
        QVERIFY(editor.errorString().contains("deleted"));
        QCOMPARE(editor.pendingCount(), 1);
    }

    void deletingASelectionTouchesOnlyThatChild()
    {
        const QStringList mine = expected(QString()).mid(30, 3);
        const QString theirs = TestDatabase::rows("SELECT id::text FROM memory_contexts WHERE \"userId\" = CAST(:c AS uuid) LIMIT 1",
                                   {{":c", m_otherChild}}).value(0);
        const QString otherBefore = fingerprint(m_otherChild);
        const int outboxBefore = TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox").toInt();

        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(editor.stageDelete(mine + QStringList{theirs}));
        QVERIFY2(confirmNow(editor), qPrintable(editor.errorString()));

        for (const QString &id : mine) {
            QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE id = '" + id + "'").toInt(), 0);
            QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM v_memory_contexts_enriched WHERE id = '" + id + "'").toInt(), 0);
            QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"memoryId\" = '" + id +
                                          "' AND \"userId\" = '" + m_child + "' AND \"chromaCollectionId\" IS NOT NULL "
                                          "AND \"purgedAt\" IS NULL").toInt(), 1);
        }
        QCOMPARE(fingerprint(m_otherChild), otherBefore);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox").toInt(), outboxBefore + 3);
    }

    void deletingEverythingMatchingTheFilter()
    {
        MemoryTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChildId(m_child);
        model.setCategories({"family"});
        model.setSearchText("");
        QVERIFY(TestDatabase::settle());
        const QStringList family = allRows(model);
        QVERIFY(family.size() > 50);
        const int otherFamily = TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE category = 'family' AND \"userId\" = '" + m_otherChild + "'").toInt();
        const int mineOther = expected("AND category <> 'family'").size();

        MemoryEditor editor;
        editor.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QObject::connect(&editor, &MemoryEditor::applied, &model, &MemoryTimelineModel::reload);
        // Written by the backend after the list was read: matches the filter, was never shown.
        const QString unseen = TestDatabase::scalar("INSERT INTO memory_contexts (\"userId\", \"memoryType\", category, content, \"createdAt\") "
                                                    "VALUES ('" + m_child + "', 'semantic', 'family', 'written after the list was read', "
                                                    "LOCALTIMESTAMP + interval '1 second') RETURNING id::text").toString();
        QVERIFY(!unseen.isEmpty());
        QVERIFY(findMatchingNow(editor, &model) && editor.stageDeleteMatching());
        QVERIFY(!editor.pendingDeletionIds().contains(unseen));
        QCOMPARE(editor.pendingDeletionIds().size(), family.size());
        QVERIFY(confirmNow(editor));
        QVERIFY(TestDatabase::settle());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(expected("AND category = 'family'"), QStringList{unseen});
        QCOMPARE(expected("AND category <> 'family'").size(), mineOther);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE category = 'family' AND \"userId\" = '" + m_otherChild + "'").toInt(), otherFamily);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM nido.memory_deletion_outbox WHERE \"memoryId\" = ANY(CAST('{" + family.join(',') + "}' AS uuid[]))").toInt(),
                 family.size());
    }

    void deletionsAwaitingPurgeAreListed()
    {
        QSqlQuery query;
        QVERIFY(query.exec("UPDATE nido.memory_deletion_outbox SET \"purgedAt\" = LOCALTIMESTAMP WHERE id = (SELECT MIN(id) FROM nido.memory_deletion_outbox)"));
        PendingPurgeModel model;
        model.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fetchAll(model));
        QStringList listed;
        for (int row = 0; row < model.rowCount(); ++row)
            listed << model.data(model.index(row), PendingPurgeModel::MemoryIdRole).toString();
        QCOMPARE(listed, TestDatabase::rows("SELECT \"memoryId\"::text FROM nido.memory_deletion_outbox WHERE \"userId\" = CAST(:c AS uuid) "
                             "AND \"purgedAt\" IS NULL ORDER BY \"requestedAt\" DESC, id DESC", {{":c", m_child}}));
        QVERIFY(listed.size() > 100);
        PendingPurgeModel other;
        other.setChildId(m_otherChild);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(other.rowCount(), 0);
    }

    void detailShowsEverythingAndLogsTheView()
    {
        const QString id = expected("AND \"sessionId\" IS NOT NULL AND \"agentId\" IS NOT NULL AND metadata->>'extractorVersion' IS NOT NULL "
                                   "AND metadata->>'language' IS NOT NULL").value(0);
        const int accessCount = TestDatabase::scalar("SELECT \"accessCount\" FROM memory_contexts WHERE id = '" + id + "'").toInt();
        MemoryDetail detail;
        detail.setChildId(m_child);
        detail.setMemoryId(id);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(detail.loaded(), qPrintable(detail.errorString()));
        QCOMPARE(detail.memory().content, TestDatabase::scalar("SELECT content FROM memory_contexts WHERE id = '" + id + "'").toString());
        QCOMPARE(detail.memory().agentName, TestDatabase::scalar("SELECT a.name FROM memory_contexts m JOIN agents a ON a.id = m.\"agentId\" WHERE m.id = '" + id + "'").toString());
        QCOMPARE(detail.memory().tags.size(), TestDatabase::scalar("SELECT jsonb_array_length(metadata->'tags') FROM memory_contexts WHERE id = '" + id + "'").toInt());
        QVERIFY(!detail.memory().language.isEmpty());
        QVERIFY(detail.memory().confidence > 0);
        QVERIFY(detail.memory().otherMetadata.contains("extractorVersion"));
        QVERIFY(!detail.memory().contextMessages.isEmpty());
        QVERIFY(detail.memory().sessionStartedAt.isValid());
        QCOMPARE(TestDatabase::scalar("SELECT \"accessCount\" FROM memory_contexts WHERE id = '" + id + "'").toInt(), accessCount);
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + id + "' AND \"accessType\" = 'caregiver_view'").toInt(), 1);

        // Reading it again after an edit (announced by the editor) is not the parent opening it again.
        Q_EMIT ChangeHub::instance()->memoriesChanged(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(detail.loaded());
        QCOMPARE(TestDatabase::scalar("SELECT COUNT(*) FROM memory_access_log WHERE \"memoryId\" = '" + id + "' AND \"accessType\" = 'caregiver_view'").toInt(), 1);

        // The pane's draft: only what differs is staged; the expiry lasts to the end of its day.
        MemoryEditor editor;
        editor.setChildId(m_child);
        const MemoryInfo &shown = detail.memory();
        QVariantMap draft{{"content", shown.content}, {"summary", shown.summary}, {"importance", shown.importance + 0.001},
                          {"category", shown.category}, {"memoryType", shown.memoryType}, {"agentId", shown.agentId},
                          {"expiry", shown.expiresAt.isValid() ? shown.expiresAt.date().toString(Qt::ISODate) : QString()}};
        QVERIFY(editor.stageCorrections(&detail, draft));
        QCOMPARE(editor.pendingCount(), 0);
        draft["expiry"] = "31/12/2030";
        QVERIFY(!editor.stageCorrections(&detail, draft));
        QVERIFY2(editor.errorString().contains("YYYY-MM-DD"), qPrintable(editor.errorString()));
        draft["expiry"] = "2030-12-31";
        draft["summary"] = "corrected by a parent";
        QVERIFY(editor.stageCorrections(&detail, draft));
        QCOMPARE(editor.pendingCount(), 1);
        QVERIFY(editor.pendingDescriptions().constFirst().contains("summary"));
        QVERIFY(editor.pendingDescriptions().constFirst().contains("expiry"));
        QVERIFY(!editor.pendingDescriptions().constFirst().contains("importance"));
        QVERIFY2(confirmNow(editor), qPrintable(editor.errorString()));
        QCOMPARE(TestDatabase::scalar("SELECT summary FROM memory_contexts WHERE id = '" + id + "'").toString(), QString("corrected by a parent"));
        QCOMPARE(Database::fromUtcTimestamp(TestDatabase::scalar("SELECT \"expiresAt\" FROM memory_contexts WHERE id = '" + id + "'")),
                 QDateTime(QDate(2030, 12, 31), QTime(23, 59, 59)));

        // Another family's memory is not shown through this child.
        const QString theirs = TestDatabase::rows("SELECT id::text FROM memory_contexts WHERE \"userId\" = CAST(:c AS uuid) LIMIT 1", {{":c", m_otherChild}}).value(0);
        detail.setMemoryId(theirs);
        QVERIFY(TestDatabase::settle());
        QVERIFY(!detail.loaded());
    }

    void statisticsMatchTheSeedQueries()
    {
        MemoryStatistics statistics;
        statistics.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(statistics.errorString().isEmpty(), qPrintable(statistics.errorString()));
        QSqlQuery dashboard;
        dashboard.prepare("SELECT mc.\"memoryType\", mc.category, COUNT(*) as count, AVG(mc.importance) as avg_importance "
                          "FROM memory_contexts mc WHERE mc.\"userId\" = CAST(:u AS uuid) GROUP BY mc.\"memoryType\", mc.category "
                          "ORDER BY count DESC, 1, 2");
        dashboard.bindValue(":u", m_child);
        QVERIFY(dashboard.exec());
        int row = 0;
        while (dashboard.next()) {
            const QVariantMap cell = statistics.dashboard().value(row++).toMap();
            QCOMPARE(cell.value("count").toInt(), dashboard.value(2).toInt());
            QCOMPARE(cell.value("category").toString(), dashboard.value(1).toString());
            QVERIFY(qAbs(cell.value("averageImportance").toDouble() - dashboard.value(3).toDouble()) < 1e-9);
        }
        QCOMPARE(row, statistics.dashboard().size());

        QCOMPARE(statistics.topMemories().size(), 10);
        QCOMPARE(statistics.topMemories().first().toMap().value("importance").toDouble(),
                 TestDatabase::scalar("SELECT MAX(importance) FROM memory_contexts WHERE \"userId\" = '" + m_child + "'").toDouble());

        for (int days : {7, 30, 90}) {
            statistics.setDays(days);
            QVERIFY(TestDatabase::settle());
            QCOMPARE(statistics.dayLabels().size(), days);
            int total = 0;
            const QVariantMap perDay = statistics.perDayByCategory();
            QCOMPARE(perDay.size(), 9);
            for (const QVariant &series : perDay)
                for (qreal count : series.value<QList<qreal>>())
                    total += int(count);
            const QDateTime from(QDate::currentDate().addDays(1 - days), QTime(0, 0));
            QCOMPARE(total, TestDatabase::scalar("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child +
                                                 "' AND \"createdAt\" >= '" + Database::utcTimestamp(from) + "'").toInt());
        }
    }
};

QTEST_GUILESS_MAIN(MemoryTimelineTest)
#include "tst_memorytimeline.moc"
