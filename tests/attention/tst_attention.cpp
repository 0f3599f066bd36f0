#include "attentionsummary.h"
#include "caregiveradmin.h"
#include "demodatagenerator.h"
#include "fetchall.h"
#include "reviewinboxmodel.h"
#include "schemamigrator.h"
#include "testdatabase.h"
#include "topicmentionmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// What needs a parent's attention, on Nido's schema and on the ORM's: each caregiver's own inbox of
// memories new to them, kept by the server, and the boundary watch, whose mentions are exactly what
// a full-text query written by hand finds, in Spanish and English, under the row rules.
class AttentionTest : public QObject
{
    Q_OBJECT

private:
    QString m_database;
    QString m_child;
    QString m_otherChild;

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }
    static bool run(const QString &sql)
    {
        QSqlQuery query;
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    QString countAs(const QString &role, const QString &sql) const
    {
        int rows = -1;
        const QString state = TestDatabase::attemptAs(m_database, role, sql, &rows);
        return state == u"ok" ? QString::number(rows) : state;
    }
    // What the worker's connection runs next, as a caregiver would be logged in.
    static bool actAs(const QString &role) { return TestDatabase::onWorker(role.isEmpty() ? QStringLiteral("RESET ROLE") : "SET ROLE " + role); }
    QString childMemories() const { return one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "'"); }
    // A session of the child in a language, with lines said at `at`; returns the session's id.
    QString sessionSaying(const QString &language, const QStringList &lines, const QString &at = QStringLiteral("LOCALTIMESTAMP")) const
    {
        const QString session = one("SELECT gen_random_uuid()::text");
        if (!run("INSERT INTO voice_sessions (id, \"userId\", \"sessionToken\", \"roomName\", status, language, metadata, \"startedAt\") VALUES ('" + session
                 + "', '" + m_child + "', 't', 'r', 'ended', '" + language + "', '{}', " + at + ")"))
            return {};
        for (const QString &line : lines) {
            QSqlQuery insert;
            insert.prepare("INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content, metadata, \"createdAt\") "
                           "VALUES (CAST(:s AS uuid), CAST(:c AS uuid), 'user', :line, '{}', " + at + ")");
            insert.bindValue(":s", session);
            insert.bindValue(":c", m_child);
            insert.bindValue(":line", line);
            if (!insert.exec())
                return {};
        }
        return session;
    }
    bool setTopics(const QString &child, const QString &topicsJson) const
    {
        return run("UPDATE user_profiles SET preferences = jsonb_set(COALESCE(preferences, '{}'), '{avoidTopics}', '" + topicsJson
                   + "') WHERE \"userId\" = '" + child + "'");
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("nido") << QString();
        QTest::newRow("orm") << QStringLiteral("backend_schema.sql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, fixture);
        m_database = QStringLiteral("attention_") + QTest::currentDataTag();
        QString error;
        if (fixture.isEmpty()) {
            QSqlDatabase db = TestDatabase::create(m_database);
            QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
            QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        } else {
            QVERIFY2(TestDatabase::createBackendFamily(m_database, fixture, 2, &error), qPrintable(error));
        }
        m_child = one("SELECT id::text FROM users ORDER BY id LIMIT 1");
        m_otherChild = one("SELECT id::text FROM users ORDER BY id DESC LIMIT 1");
        QVERIFY(m_child != m_otherChild);
        QSqlQuery setup;
        for (const char *role : {"att_viewer", "att_editor", "att_stranger"})
            setup.exec(QString("DROP OWNED BY %1; DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        CaregiverAdmin admin(QSqlDatabase::database());
        QVERIFY2(admin.addCaregiver("att_viewer", "Viewer", {{m_child, "view"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("att_editor", "Editor", {{m_child, "edit"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("att_stranger", "Stranger", {{m_otherChild, "manage"}}, {}, &error), qPrintable(error));
    }

    void cleanup() { QVERIFY(actAs({})); }

    void twoCaregiversHaveTheirOwnInbox()
    {
        const QString all = childMemories();
        QVERIFY(all.toInt() > 10);
        QCOMPARE(countAs("att_viewer", "SELECT 1 FROM nido.unreviewed_memories('att_viewer', '" + m_child + "')"), all);
        QCOMPARE(countAs("att_editor", "SELECT 1 FROM nido.unreviewed_memories('att_editor', '" + m_child + "')"), all);

        QVERIFY(actAs("att_viewer"));
        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inbox.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(inbox.errorString().isEmpty(), qPrintable(inbox.errorString()));
        QCOMPARE(QString::number(inbox.total()), all);
        const QStringList kept{inbox.index(0, 0).data(ReviewInboxModel::IdRole).toString(), inbox.index(1, 0).data(ReviewInboxModel::IdRole).toString()};
        const QString session = one("SELECT \"sessionId\"::text FROM memory_contexts WHERE \"userId\" = '" + m_child
                                    + "' AND \"sessionId\" IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1");
        QVERIFY(!session.isEmpty());
        inbox.markReviewed(kept);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(inbox.total(), all.toInt() - 2);
        for (int row = 0; row < inbox.rowCount(); ++row)
            QVERIFY(!kept.contains(inbox.index(row, 0).data(ReviewInboxModel::IdRole).toString()));
        // A whole conversation at once.
        const int inSession = one("SELECT COUNT(*) FROM memory_contexts WHERE \"sessionId\" = '" + session + "' AND id <> ALL('{"
                                  + kept.join(',') + "}')").toInt();
        inbox.markSessionReviewed(session);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(inbox.total(), all.toInt() - 2 - inSession);

        // The other caregiver's inbox is untouched; the first's is the server's, for any connection.
        const QString viewerLeft = QString::number(inbox.total());
        QCOMPARE(countAs("att_editor", "SELECT 1 FROM nido.unreviewed_memories('att_editor', '" + m_child + "')"), all);
        QCOMPARE(countAs("att_viewer", "SELECT 1 FROM nido.unreviewed_memories('att_viewer', '" + m_child + "')"), viewerLeft);
        // Nido closed and opened again (its connection gone): the same inbox.
        QVERIFY(run("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"));
        QVERIFY(actAs("att_viewer"));
        ReviewInboxModel again;
        again.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(again.errorString().isEmpty(), qPrintable(again.errorString()));
        QCOMPARE(QString::number(again.total()), viewerLeft);
        // Nobody reads another caregiver's reviews, nor marks in another's name.
        QCOMPARE(countAs("att_editor", "SELECT 1 FROM nido.memory_reviews"), QString("42501"));
        QCOMPARE(countAs("att_editor", "SELECT nido.mark_reviewed('att_viewer', '" + m_child + "', NULL, '" + session + "')"), QString("42501"));
        QCOMPARE(countAs("att_stranger", "SELECT nido.mark_reviewed('att_stranger', '" + m_child + "', NULL, '" + session + "')"), QString("42501"));

        // What the AI changes afterwards comes back.
        QVERIFY(run("UPDATE memory_contexts SET content = content || ' (again)', \"updatedAt\" = \"updatedAt\" + interval '1 hour' WHERE id = '"
                    + kept.first() + "'"));
        QCOMPARE(countAs("att_viewer", "SELECT 1 FROM nido.unreviewed_memories('att_viewer', '" + m_child + "')"),
                 QString::number(viewerLeft.toInt() + 1));
        // A deletion leaves no review behind.
        QVERIFY(one("SELECT COUNT(*) FROM nido.memory_reviews WHERE \"memoryId\" = '" + kept.last() + "'").toInt() == 1);
        QVERIFY(run("DELETE FROM memory_contexts WHERE id = '" + kept.last() + "'"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.memory_reviews WHERE \"memoryId\" = '" + kept.last() + "'"), QString("0"));
    }

    void theInboxPagesInItsOrder()
    {
        QVERIFY(run("UPDATE memory_contexts SET category = 'family' WHERE id IN (SELECT id FROM memory_contexts WHERE \"userId\" = '" + m_child
                    + "' ORDER BY id LIMIT 7)"));
        QVERIFY(run("UPDATE memory_contexts SET category = 'other', metadata = '{\"confidence\": 0.4}' WHERE id IN (SELECT id FROM memory_contexts "
                    "WHERE \"userId\" = '" + m_child + "' AND category::text NOT IN ('family', 'emotion') ORDER BY id DESC LIMIT 5)"));
        // A number Qt cannot hold is no confidence, and breaks nothing.
        QVERIFY(run("UPDATE memory_contexts SET category = 'other', metadata = '{\"confidence\": 1e400}' WHERE id IN (SELECT id FROM memory_contexts "
                    "WHERE \"userId\" = '" + m_child + "' AND category::text NOT IN ('family', 'emotion') AND metadata->'confidence' IS NULL "
                    "ORDER BY id LIMIT 1)"));
        QVERIFY(actAs("att_viewer"));
        ReviewInboxModel inbox;
        QAbstractItemModelTester tester(&inbox, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inbox.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(inbox));
        QVERIFY2(inbox.errorString().isEmpty(), qPrintable(inbox.errorString()));
        QCOMPARE(QString::number(inbox.rowCount()), childMemories());
        QSet<QString> seen;
        int previousBand = 0;
        QStringList sections;
        for (int row = 0; row < inbox.rowCount(); ++row) {
            const QModelIndex index = inbox.index(row, 0);
            seen << index.data(ReviewInboxModel::IdRole).toString();
            const int band = index.data(ReviewInboxModel::BandRole).toInt();
            QVERIFY(band >= previousBand);
            previousBand = band;
            // A conversation's memories come together: a section never comes back.
            const QString section = index.data(ReviewInboxModel::SectionRole).toString();
            if (sections.isEmpty() || sections.last() != section) {
                QVERIFY2(!sections.contains(section), qPrintable(section));
                sections << section;
            }
        }
        QCOMPARE(QString::number(seen.size()), childMemories());
        const QString sensitive = one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category::text IN ('family', 'emotion')");
        QCOMPARE(inbox.index(sensitive.toInt() - 1, 0).data(ReviewInboxModel::BandRole).toInt(), 0);
        QCOMPARE(inbox.index(sensitive.toInt(), 0).data(ReviewInboxModel::BandRole).toInt(), 1);

        // The parent's own choice of sensitive categories.
        AttentionSummary summary;
        summary.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(summary.loaded(), qPrintable(summary.errorString()));
        QCOMPARE(QString::number(summary.unreviewedSensitive()), sensitive);
        QCOMPARE(QString::number(summary.unreviewedUnsure()),
                 one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category::text NOT IN ('family', 'emotion') "
                     "AND jsonb_typeof(metadata->'confidence') = 'number' AND (metadata->'confidence')::numeric < 0.7"));
        QVERIFY(summary.unreviewedUnsure() >= 5);
        QVERIFY(summary.sensitiveCategories().contains("family"));
        summary.setSensitive("family", false);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(!summary.actionError().isEmpty(), "a viewer may not choose");
        QVERIFY(actAs("att_editor"));
        summary.setSensitive("family", false);
        summary.setSensitive("preference", true);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(summary.actionError().isEmpty(), qPrintable(summary.actionError()));
        QVERIFY(!summary.sensitiveCategories().contains("family"));
        QVERIFY(summary.sensitiveCategories().contains("preference"));
        QCOMPARE(QString::number(summary.unreviewedSensitive()),
                 one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + m_child + "' AND category::text IN ('preference', 'emotion')"));
    }

    void mentionsAreWhatFullTextSearchFinds()
    {
        const QString before = sessionSaying("es", {"Anoche soñé con la muerte del abuelo"}, "LOCALTIMESTAMP - interval '2 days'");
        QVERIFY(!before.isEmpty());
        QVERIFY(run("UPDATE nido.avoided_topics SET \"addedAt\" = LOCALTIMESTAMP - interval '1 day' WHERE \"userId\" = '" + m_child + "'"));
        QVERIFY(setTopics(m_child, "[\"la muerte\", \"ghosts\", \"de\", \"the\", \"x\", \"🦖\", \"fantasmas que asustan\"]"));
        QVERIFY(setTopics(m_otherChild, "[\"la muerte\", \"ghosts\"]"));
        // Topics already there keep their time; added ones are added now.
        QCOMPARE(one("SELECT COUNT(*) FROM nido.avoided_topics WHERE \"userId\" = '" + m_child + "'"), QString("7"));
        QVERIFY(!sessionSaying("es", {"Los dinosaurios están muertos", "¿Qué es la muerte?", "Me gusta el fútbol", "Un fantasma que asusta",
                                     "Los fantasmas no asustan", "Mira mi 🦖", "La x de rayos x", "Tengo ghosts en casa"}).isEmpty());
        QVERIFY(!sessionSaying("en-GB", {"I saw a ghost", "Ghosts are scary", "The end of the day", "Death is sad", "la muerte"}).isEmpty());
        QVERIFY(run("INSERT INTO nido.avoided_topics (\"userId\", topic, \"addedAt\") SELECT '" + m_otherChild + "', 'fútbol', '2000-01-01' "
                    "ON CONFLICT DO NOTHING"));

        // By hand: the session's language, its stemming, the topic's words as a phrase, said after
        // the topic was added; a topic of no words, as written.
        const QStringList byHand = TestDatabase::rows(
            "SELECT m.id::text || ' ' || t.topic FROM nido.avoided_topics t "
            "JOIN ai_conversations m ON m.\"userId\" = t.\"userId\" AND m.\"createdAt\" >= t.\"addedAt\" "
            "JOIN voice_sessions s ON s.id = m.\"sessionId\" "
            "CROSS JOIN LATERAL (SELECT CAST(CASE WHEN s.language LIKE 'es%' THEN 'spanish' ELSE 'english' END AS regconfig) AS cfg) l "
            "WHERE t.\"userId\" = '" + m_child + "' AND ("
            "  (t.topic IN ('la muerte', 'ghosts', 'x', 'fantasmas que asustan') AND to_tsvector(l.cfg, m.content) @@ phraseto_tsquery(l.cfg, t.topic)) "
            "  OR (t.topic = '🦖' AND position('🦖' in m.content) > 0)) "
            "ORDER BY 1");
        QVERIFY(byHand.size() >= 8);
        TopicMentionModel mentions;
        QAbstractItemModelTester tester(&mentions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        mentions.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(mentions));
        QVERIFY2(mentions.errorString().isEmpty(), qPrintable(mentions.errorString()));
        QStringList found;
        for (int row = 0; row < mentions.rowCount(); ++row) {
            const QModelIndex index = mentions.index(row, 0);
            found << index.data(TopicMentionModel::MessageIdRole).toString() + ' ' + index.data(TopicMentionModel::TopicRole).toString();
        }
        found.sort();
        QCOMPARE(found, byHand);
        QCOMPARE(mentions.total(), int(byHand.size()));
        const auto said = [&](const QString &topic) {
            QStringList lines;
            for (int row = 0; row < mentions.rowCount(); ++row) {
                if (mentions.index(row, 0).data(TopicMentionModel::TopicRole).toString() == topic)
                    lines << mentions.index(row, 0).data(TopicMentionModel::ContentRole).toString();
            }
            lines.sort();
            return lines;
        };
        // Stems: "muertos" is "la muerte"; in English, "ghost" is "ghosts". Said before the topic
        // was added: not a crossing. A Spanish word in an English session is still the word.
        QCOMPARE(said("la muerte"), (QStringList{"Los dinosaurios están muertos", "la muerte", "¿Qué es la muerte?"}));
        QCOMPARE(said("ghosts"), (QStringList{"Ghosts are scary", "I saw a ghost", "Tengo ghosts en casa"}));
        QCOMPARE(said("🦖"), QStringList{"Mira mi 🦖"});
        QCOMPARE(said("x"), QStringList{"La x de rayos x"});
        // A phrase's words in order, common words between them or not.
        QCOMPARE(said("fantasmas que asustan"), (QStringList{"Los fantasmas no asustan", "Un fantasma que asusta"}));
        // Words too common to search are not watched, and the parent is told.
        QVERIFY(said("de").isEmpty());
        QVERIFY(said("the").isEmpty());
        AttentionSummary summary;
        summary.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(summary.loaded(), qPrintable(summary.errorString()));
        QCOMPARE(summary.topicWatch().value(summary.topics().indexOf("de")), QString("common"));
        QCOMPARE(summary.topicWatch().value(summary.topics().indexOf("🦖")), QString("exact"));
        QCOMPARE(summary.topicWatch().value(summary.topics().indexOf("la muerte")), QString("words"));
        QCOMPARE(summary.mentions(), int(byHand.size()));
        // A topic taken out of the profile is no longer watched.
        QVERIFY(setTopics(m_child, "[\"la muerte\"]"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.child_topic_mentions(current_user, '" + m_child + "')"), QString("3"));
    }

    void mentionsFollowTheRowRulesAndEachCaregiversFindings()
    {
        QVERIFY(setTopics(m_child, "[\"ghosts\"]"));
        QVERIFY(setTopics(m_otherChild, "[\"ghosts\"]"));
        QVERIFY(run("UPDATE nido.avoided_topics SET \"addedAt\" = '2000-01-01'"));
        QVERIFY(!sessionSaying("en", {"Ghosts!", "More ghosts", "A ghost again"}).isEmpty());
        const QString ours = m_child;
        m_child = m_otherChild;
        QVERIFY(!sessionSaying("en", {"The other family's ghost"}).isEmpty());
        m_child = ours;
        const QString mine = one("SELECT COUNT(*) FROM nido.child_topic_mentions(current_user, '" + m_child + "')");
        const QString theirs = one("SELECT COUNT(*) FROM nido.child_topic_mentions(current_user, '" + m_otherChild + "')");
        QVERIFY(mine.toInt() >= 3 && theirs.toInt() >= 1);
        QCOMPARE(countAs("att_viewer", "SELECT 1 FROM nido.child_topic_mentions('att_viewer', '" + m_child + "')"), mine);
        QCOMPARE(countAs("att_stranger", "SELECT 1 FROM nido.child_topic_mentions('att_stranger', '" + m_otherChild + "')"), theirs);
        // Neither another family's child, nor the rule's view itself, nor in another's name.
        QCOMPARE(countAs("att_stranger", "SELECT 1 FROM nido.child_topic_mentions('att_stranger', '" + m_child + "')"), QString("42501"));
        QCOMPARE(countAs("att_stranger", "SELECT 1 FROM nido.topic_mentions"), QString("42501"));
        QCOMPARE(countAs("att_stranger", "SELECT 1 FROM nido.child_topic_mentions('att_viewer', '" + m_child + "')"), QString("42501"));

        QVERIFY(actAs("att_viewer"));
        TopicMentionModel mentions;
        mentions.setChildId(m_child);
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(mentions));
        QCOMPARE(QString::number(mentions.rowCount()), mine);
        const QString message = mentions.index(0, 0).data(TopicMentionModel::MessageIdRole).toString();
        mentions.markFine(message, "ghosts");
        QVERIFY(TestDatabase::settle());
        QCOMPARE(mentions.total(), mine.toInt() - 1);
        mentions.setIncludeFine(true);
        QVERIFY(TestDatabase::settle());
        QCOMPARE(QString::number(mentions.total()), mine);
        // The other caregiver still has it; a stranger cannot mark it, nor learn it exists.
        QCOMPARE(countAs("att_editor", "SELECT 1 FROM nido.child_topic_mentions('att_editor', '" + m_child + "') WHERE NOT fine"), mine);
        QCOMPARE(countAs("att_stranger", "SELECT nido.mark_mention_fine('att_stranger', '" + m_child + "', '" + message + "', 'ghosts')"),
                 QString("42501"));
        QSignalSpy refused(&mentions, &TopicMentionModel::reviewFailed);
        mentions.markFine(one("SELECT gen_random_uuid()::text"), "ghosts");
        QVERIFY(TestDatabase::settle());
        QCOMPARE(refused.count(), 1);
    }

    void whatACaregiverCannotDo()
    {
        // The server's own triggers are not a caregiver's to fire on a table of theirs.
        QCOMPARE(countAs("att_stranger", "DO $$ BEGIN CREATE TEMP TABLE fake (id uuid, \"userId\" uuid, preferences jsonb, \"createdAt\" timestamp); "
                                         "CREATE TRIGGER t1 AFTER INSERT ON fake FOR EACH ROW EXECUTE FUNCTION nido.follow_avoided_topics(); END $$"),
                 QString("42501"));
        QCOMPARE(countAs("att_stranger", "DO $$ BEGIN CREATE TEMP TABLE fake2 (id uuid); "
                                         "CREATE TRIGGER t2 AFTER DELETE ON fake2 FOR EACH ROW EXECUTE FUNCTION nido.forget_memory_reviews(); END $$"),
                 QString("42501"));
        // Categories are the schema's (and health), each change audited once.
        QCOMPARE(countAs("att_editor", "SELECT nido.set_sensitive('att_editor', '" + m_child + "', 'x' || repeat('y', 90), true)"), QString("22023"));
        const int audited = one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'att_editor'").toInt();
        QCOMPARE(countAs("att_editor", "SELECT nido.set_sensitive('att_editor', '" + m_child + "', 'health', false)"), QString("1"));
        QCOMPARE(countAs("att_editor", "SELECT nido.set_sensitive('att_editor', '" + m_child + "', 'health', false)"), QString("1"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'att_editor'").toInt(), audited + 1);
        // The words index keeps no statistics: they would be every family's words.
        QCOMPARE(one("SELECT attstattarget FROM pg_attribute WHERE attrelid = '\"IDX_nido_ai_conversations_lexemes\"'::regclass"), QString("0"));
        // Topics as the server reads them: trimmed of any space, once whatever the case, the first 50;
        // punctuation alone is not watched.
        QStringList many;
        for (int i = 0; i < 70; ++i)
            many << QStringLiteral("\"tema%1\"").arg(i);
        QVERIFY(run("UPDATE user_profiles SET preferences = jsonb_set(COALESCE(preferences, '{}'), '{avoidTopics}', '[\"\\tFantasmas\\u00a0\", \"fantasmas\", \"?\", "
                    + many.join(", ") + "]') WHERE \"userId\" = '" + m_child + "'"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.avoided_topics WHERE \"userId\" = '" + m_child + "'"), QString("50"));
        QCOMPARE(one("SELECT string_agg(topic, '|') FROM nido.avoided_topics WHERE \"userId\" = '" + m_child + "' AND lower(topic) = 'fantasmas'"),
                 QString("Fantasmas"));
        QCOMPARE(one("SELECT nido.topic_watch('?')"), QString("common"));
        // A line a tsvector cannot hold does not fail the backend's insert.
        QVERIFY(run("INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content, metadata) SELECT id, \"userId\", 'user', "
                    "(SELECT string_agg(md5(g::text), ' ') FROM generate_series(1, 60000) g), '{}' FROM voice_sessions WHERE \"userId\" = '"
                    + m_child + "' LIMIT 1"));
        // What a deletion left behind, the sweep takes.
        QVERIFY(run("INSERT INTO nido.memory_reviews (reviewer, \"memoryId\", \"userId\") VALUES ('att_viewer', gen_random_uuid(), '" + m_child + "')"));
        QVERIFY(one("SELECT nido.sweep_reviews()").toInt() >= 1);
        QCOMPARE(one("SELECT COUNT(*) FROM nido.memory_reviews r WHERE NOT EXISTS (SELECT 1 FROM memory_contexts m WHERE m.id = r.\"memoryId\")"),
                 QString("0"));
    }
};

QTEST_GUILESS_MAIN(AttentionTest)
#include "tst_attention.moc"
