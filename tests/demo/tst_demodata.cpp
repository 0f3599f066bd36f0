#include "demodatagenerator.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>

class DemoDataTest : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(18, 30), Qt::UTC);

    static DemoDataGenerator::Scale smallScale()
    {
        DemoDataGenerator::Scale scale;
        scale.children = 3;
        scale.agents = 12;
        scale.sessionsPerChild = 5;
        scale.messagesPerSession = 10;
        scale.heartbeatsPerSession = 12;
        scale.memoriesPerChild = 40;
        return scale;
    }

    static void fill(const QString &name, DemoDataGenerator::Scale scale, const QDateTime &now, quint64 seed)
    {
        QSqlDatabase db = TestDatabase::create(name);
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        DemoDataGenerator generator(db, scale, now, seed);
        QVERIFY2(generator.generate(&error), qPrintable(error));
    }

    static qint64 count(const QString &sql) { return TestDatabase::scalar(sql).toLongLong(); }

    static QString fingerprint()
    {
        QStringList parts;
        for (const char *table : {"users", "user_profiles", "agents", "voice_sessions", "ai_conversations",
                                  "session_heartbeats", "memory_contexts"})
            parts << TestDatabase::scalar(QStringLiteral("SELECT md5(string_agg(t::text, '' ORDER BY t.id)) FROM %1 t")
                                              .arg(QLatin1String(table))).toString();
        return parts.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        fill(QStringLiteral("demo_small"), smallScale(), m_now, 7);
    }

    void exactCounts()
    {
        QCOMPARE(count("SELECT COUNT(*) FROM users"), 3);
        QCOMPARE(count("SELECT COUNT(*) FROM user_profiles"), 3);
        QCOMPARE(count("SELECT COUNT(*) FROM agents"), 12);
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions"), 15);
        QCOMPARE(count("SELECT COUNT(*) FROM ai_conversations"), 150);
        QCOMPARE(count("SELECT COUNT(*) FROM session_heartbeats"), 180);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts"), 120);
    }

    void referencesHold()
    {
        // The load skips foreign-key triggers, so prove here what they would have.
        QCOMPARE(count("SELECT COUNT(*) FROM user_profiles p LEFT JOIN users u ON u.id = p.\"userId\" WHERE u.id IS NULL"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions s LEFT JOIN users u ON u.id = s.\"userId\" WHERE u.id IS NULL"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM ai_conversations c LEFT JOIN voice_sessions s ON s.id = c.\"sessionId\" "
                       "WHERE s.id IS NULL OR s.\"userId\" <> c.\"userId\""), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM session_heartbeats h LEFT JOIN voice_sessions s ON s.id = h.\"sessionId\" WHERE s.id IS NULL"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts m LEFT JOIN voice_sessions s ON s.id = m.\"sessionId\" "
                       "WHERE m.\"sessionId\" IS NOT NULL AND (s.id IS NULL OR s.\"userId\" <> m.\"userId\")"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts m LEFT JOIN agents a ON a.id = m.\"agentId\" "
                       "WHERE m.\"agentId\" IS NOT NULL AND a.id IS NULL"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions s LEFT JOIN agents a ON a.id = (s.metadata->>'agentId')::uuid WHERE a.id IS NULL"), 0);
        // Private agents are only used by the child who owns them.
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions s JOIN agents a ON a.id = (s.metadata->>'agentId')::uuid "
                       "WHERE NOT a.\"isPublic\" AND a.\"ownerUserId\" <> s.\"userId\""), 0);
    }

    void sessionTotalsMatchTheirMessages()
    {
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions s WHERE s.\"messageCount\" <> "
                       "(SELECT COUNT(*) FROM ai_conversations c WHERE c.\"sessionId\" = s.id) OR s.\"totalTokensUsed\" <> "
                       "(SELECT SUM(\"tokensUsed\") FROM ai_conversations c WHERE c.\"sessionId\" = s.id)"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM ai_conversations c JOIN voice_sessions s ON s.id = c.\"sessionId\" "
                       "WHERE c.\"createdAt\" < s.\"startedAt\" OR c.\"createdAt\" > s.\"startedAt\" + s.\"durationSeconds\" * interval '1 second'"), 0);
        QCOMPARE(count("SELECT COUNT(DISTINCT \"messageType\") FROM ai_conversations"), 2);
    }

    void documentsHaveTheSeedsShape()
    {
        QCOMPARE(count("SELECT COUNT(*) FROM user_profiles WHERE NOT (preferences ?& ARRAY['interests', 'favoriteTopics', "
                       "'learningStyle', 'emotionalTendencies', 'favoriteActivities', 'favoriteCharacters', 'avoidTopics'])"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM user_profiles WHERE NOT (routines ?& ARRAY['wakeTime', 'bedTime', 'mealTimes', 'screenTime']) "
                       "OR NOT (routines->'mealTimes' ?& ARRAY['breakfast', 'lunch', 'dinner', 'snacks']) "
                       "OR jsonb_typeof(routines->'screenTime'->'limit') <> 'number'"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM user_profiles WHERE NOT (\"developmentMilestones\" ?& ARRAY['language', 'cognitive', 'social']) "
                       "OR NOT (\"developmentMilestones\"->'cognitive' ?& ARRAY['problemSolving', 'memory', 'attention', 'creativity'])"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM agents WHERE NOT (persona ?& ARRAY['instructions', 'tone', 'expertise', 'constraints', 'examples'])"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM agents WHERE name = 'Rex el T-Rex' AND persona->>'instructions' = "
                       "'Eres un T-Rex amigable que adora enseñar sobre dinosaurios' AND persona->'expertise' = "
                       "'[\"paleontología\", \"dinosaurios\", \"ciencia\"]'"), 1);
        QVERIFY(count("SELECT COUNT(*) FROM agents WHERE \"isPublic\"") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM agents WHERE NOT \"isPublic\"") > 0);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts WHERE NOT (metadata ?& ARRAY['tags', 'emotions', 'topics', 'entities', "
                       "'language', 'confidence', 'source'])"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions WHERE NOT (metadata ?& ARRAY['agentId', 'roomType', 'startMethod', "
                       "'parentPresent', 'testRun'])"), 0);
        QVERIFY(count("SELECT COUNT(*) FROM session_heartbeats WHERE metrics ?& ARRAY['audioQuality', 'latency', 'batteryLevel', "
                      "'signalStrength', 'userEngagement', 'cpuUsage', 'memoryUsage']") == 180);
    }

    void memoriesCoverEveryKind()
    {
        QCOMPARE(count("SELECT COUNT(DISTINCT \"memoryType\") FROM memory_contexts"), 3);
        QCOMPARE(count("SELECT COUNT(DISTINCT category) FROM memory_contexts"), 9);
        QVERIFY(count("SELECT COUNT(*) FROM memory_contexts WHERE \"agentId\" IS NULL") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM memory_contexts WHERE \"agentId\" IS NOT NULL") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM memory_contexts WHERE \"expiresAt\" IS NOT NULL") > 0);
        QCOMPARE(count("SELECT COUNT(DISTINCT metadata->>'language') FROM memory_contexts"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts WHERE content LIKE '%{name}%' OR content LIKE '%{agent}%'"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts WHERE importance < 0 OR importance > 1"), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM memory_contexts WHERE \"createdAt\" > '2026-11-20 18:30'"), 0);
    }

    void familyScaleHasLiveSessionAndFrequentHeartbeats()
    {
        fill(QStringLiteral("demo_family"), DemoDataGenerator::familyScale(2), m_now, 20251104);
        QCOMPARE(count("SELECT COUNT(*) FROM users"), 2);
        QVERIFY(count("SELECT COUNT(*) FROM agents") >= 6);
        QCOMPARE(count("SELECT COUNT(*) FROM voice_sessions WHERE status = 'active' AND \"endedAt\" IS NULL"), 1);
        const double interval = TestDatabase::scalar(
            "SELECT AVG(EXTRACT(EPOCH FROM d)) FROM (SELECT timestamp - lag(timestamp) OVER (PARTITION BY \"sessionId\" "
            "ORDER BY timestamp) AS d FROM session_heartbeats) x WHERE d IS NOT NULL").toDouble();
        QVERIFY2(interval >= 4.0 && interval <= 6.0, qPrintable(QString::number(interval)));
        QVERIFY(count("SELECT COUNT(*) FROM session_heartbeats WHERE \"errorMessage\" IS NOT NULL") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM session_heartbeats WHERE NOT metrics ? 'temperature'") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM ai_conversations WHERE \"audioUrl\" IS NOT NULL") > 0);
    }

    void sameSeedSameData()
    {
        fill(QStringLiteral("demo_again"), smallScale(), m_now, 7);
        const QString again = fingerprint();
        fill(QStringLiteral("demo_small"), smallScale(), m_now, 7);
        QCOMPARE(fingerprint(), again);
        fill(QStringLiteral("demo_other"), smallScale(), m_now, 8);
        QVERIFY(fingerprint() != again);
    }
};

QTEST_GUILESS_MAIN(DemoDataTest)
#include "tst_demodata.moc"
