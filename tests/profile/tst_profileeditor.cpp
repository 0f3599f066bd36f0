#include "caregiveradmin.h"
#include "database.h"
#include "databaseworker.h"
#include "demodatagenerator.h"
#include "draftstore.h"
#include "profileeditor.h"
#include "routineday.h"
#include "routineseditor.h"
#include "schemamigrator.h"
#include "testdatabase.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTextStream>
#include <QTest>

// The profile and routines forms against PostgreSQL: what a parent types reaches the server and
// nothing else changes there; what someone else changed meanwhile is neither overwritten nor lost;
// and a failed save keeps the draft.
class ProfileEditorTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children;

    static bool loadNow(ChildProfileEditor &editor, const QString &childId)
    {
        editor.setChildId(childId);
        return QTest::qWaitFor([&] { return !editor.loading(); }, 10000) && editor.loaded();
    }

    // Saves and waits for the answer; true when the row was written.
    static bool saveNow(ChildProfileEditor &editor)
    {
        if (!editor.canSave())
            return false;
        QSignalSpy saved(&editor, &ChildProfileEditor::saved);
        editor.save();
        return QTest::qWaitFor([&] { return !editor.saving(); }, 20000) && !saved.isEmpty();
    }

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }
    static bool sameJson(const QString &left, const QString &right)
    {
        return TestDatabase::scalar("SELECT CAST(" + left + " AS jsonb) = CAST(" + right + " AS jsonb)").toBool();
    }
    static QString quotedText(const QString &text) { return "'" + QString(text).replace("'", "''") + "'"; }

    static int runCluster(const QString &action, const QString &dir)
    {
        return QProcess::execute("bash", {NIDO_SOURCE_DIR "/tests/support/pgcluster.sh", action, dir});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/drafts").removeRecursively();
        QSqlDatabase db = TestDatabase::create(QStringLiteral("profile"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(4)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        QCOMPARE(m_children.size(), 4);
    }

    // JSON a double cannot hold, or a string where Nido expects a list: every section still shows
    // what it holds, and a save of another field leaves the rest exactly as it was (compared as jsonb).
    void oddJsonIsShownAndKept_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("Nido's schema") << QString();
        QTest::newRow("a backend's, with the extras") << "backend_schema.sql";
        QTest::newRow("a backend's, bare") << "backend_schema_bare.sql";
    }

    void oddJsonIsShownAndKept()
    {
        QFETCH(QString, fixture);
        QString child = m_children[2];
        const auto ownDatabase = qScopeGuard([] { TestDatabase::use(QStringLiteral("profile")); });
        if (!fixture.isEmpty()) {
            QString error;
            QVERIFY2(TestDatabase::createBackendFamily("profile_" + QString(fixture).remove(".sql"), fixture, 1, &error), qPrintable(error));
            // The child whose profile the backend left NULL.
            child = TestDatabase::scalar("SELECT id::text FROM users ORDER BY id LIMIT 1").toString();
        }
        const QString preferences = R"({"avoidTopics": ["la muerte"], "interests": "dinos, volcanes", "big": 1e400,
                                        "favoriteTopics": [{"t": "mar"}, 12345678901234567890]})";
        const QString routines = R"({"wakeTime": "07:00", "screenTime": {"limit": 45, "lastSync": 1e400}})";
        QSqlQuery setup;
        QVERIFY2(setup.exec("UPDATE user_profiles SET preferences = " + quotedText(preferences) + ", routines = " + quotedText(routines)
                            + " WHERE \"userId\" = '" + child + "'"),
                 qPrintable(setup.lastError().text()));

        ProfileEditor profile;
        QVERIFY(loadNow(profile, child));
        QCOMPARE(profile.values().value("preferences.avoidTopics").toStringList(), QStringList{"la muerte"});
        QCOMPARE(profile.values().value("preferences.interests").toStringList(), QStringList{"dinos, volcanes"});
        QCOMPARE(profile.values().value("preferences.favoriteTopics").toStringList(),
                 (QStringList{"{\"t\":\"mar\"}", "12345678901234567890"}));
        QVERIFY(profile.addItem("preferences.avoidTopics", "fuego"));
        QVERIFY(profile.addItem("preferences.favoriteTopics", "ríos"));
        QVERIFY2(saveNow(profile), qPrintable(profile.actionError()));
        QVERIFY(sameJson("(SELECT preferences FROM user_profiles WHERE \"userId\" = '" + child + "')",
                         quotedText(R"({"avoidTopics": ["la muerte", "fuego"], "interests": "dinos, volcanes", "big": 1e400,
                                        "favoriteTopics": [{"t": "mar"}, 12345678901234567890, "ríos"]})")));

        RoutinesEditor day;
        QVERIFY(loadNow(day, child));
        QCOMPARE(day.values().value("routines.screenTime.limit").toString(), QString("45"));
        QCOMPARE(day.values().value("routines.wakeTime").toString(), QString("07:00"));
        day.setValue("routines.bedTime", "20:30");
        QVERIFY2(saveNow(day), qPrintable(day.actionError()));
        QVERIFY(sameJson("(SELECT routines FROM user_profiles WHERE \"userId\" = '" + child + "')",
                         quotedText(R"({"wakeTime": "07:00", "bedTime": "20:30", "screenTime": {"limit": 45, "lastSync": 1e400}})")));
    }

    void everyFieldRoundTrips()
    {
        const QString child = m_children[0];
        const QVariantMap typed = {
            {"firstName", "Lucía"},
            {"lastName", "O'Brien <b>García</b>"},
            {"age", "7"},
            {"preferences.avoidTopics", QStringList{"tormentas", "películas de miedo"}},
            {"preferences.interests", QStringList{"dinosaurios", "espacio"}},
            {"preferences.favoriteTopics", QStringList{"ciencia"}},
            {"preferences.learningStyle", "kinesthetic"},
            {"preferences.emotionalTendencies", QStringList{"curiosa"}},
            {"preferences.favoriteActivities", QStringList{"cantar", "jugar"}},
            {"preferences.favoriteCharacters", QStringList{"robots"}},
            {"familyContext.siblings", QStringList{"Leo"}},
            {"familyContext.pets", QStringList{"un gato llamado Miso"}},
            {"familyContext.caregivers", QStringList{"mamá", "abuela"}},
            {"familyContext.homeLanguages", QStringList{"es", "eu"}},
            {"developmentMilestones.language.nativeLanguage", "es"},
            {"developmentMilestones.language.learningLanguages", QStringList{"en", "fr"}},
            {"developmentMilestones.language.vocabularyLevel", "advanced"},
            {"developmentMilestones.language.sentenceComplexity", "complex"},
            {"developmentMilestones.cognitive.problemSolving", "good"},
            {"developmentMilestones.cognitive.memory", "advanced"},
            {"developmentMilestones.cognitive.attention", "emerging"},
            {"developmentMilestones.cognitive.creativity", "proficient"},
            {"developmentMilestones.social.empathy", "developing"},
            {"developmentMilestones.social.cooperation", "good"},
            {"developmentMilestones.social.communication", "advanced"},
            {"developmentMilestones.social.emotionalRegulation", "emerging"},
        };
        {
            ProfileEditor editor;
            QVERIFY(loadNow(editor, child));
            for (auto it = typed.cbegin(); it != typed.cend(); ++it)
                editor.setValue(it.key(), it.value());
            QVERIFY2(editor.errors().isEmpty(), qPrintable(QJsonDocument::fromVariant(editor.errors()).toJson()));
            QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));
            QVERIFY(!editor.dirty());
        }
        QCOMPARE(one("SELECT \"firstName\" || '|' || \"lastName\" FROM users WHERE id = '" + child + "'"), QString("Lucía|O'Brien <b>García</b>"));
        QCOMPARE(one("SELECT age FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("7"));
        QVERIFY(sameJson("(SELECT preferences->'avoidTopics' FROM user_profiles WHERE \"userId\" = '" + child + "')",
                         "'[\"tormentas\", \"películas de miedo\"]'"));
        QCOMPARE(one("SELECT \"developmentMilestones\"#>>'{social,emotionalRegulation}' FROM user_profiles WHERE \"userId\" = '" + child + "'"),
                 QString("emerging"));
        QVERIFY(sameJson("(SELECT \"familyContext\"->'homeLanguages' FROM user_profiles WHERE \"userId\" = '" + child + "')", "'[\"es\", \"eu\"]'"));

        // A new form reads back exactly what was typed.
        ProfileEditor again;
        QVERIFY(loadNow(again, child));
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            QCOMPARE(again.values().value(it.key()), it.value());

        RoutinesEditor routines;
        QVERIFY(loadNow(routines, child));
        const QVariantMap times = {{"routines.wakeTime", "06:45"}, {"routines.bedTime", "00:30"},
                                   {"routines.mealTimes.breakfast", "07:15"}, {"routines.mealTimes.lunch", "13:30"},
                                   {"routines.mealTimes.dinner", "20:00"}, {"routines.mealTimes.snacks", QStringList{"10:30", "23:45"}},
                                   {"routines.screenTime.limit", "90"}};
        for (auto it = times.cbegin(); it != times.cend(); ++it)
            routines.setValue(it.key(), it.value());
        QVERIFY2(saveNow(routines), qPrintable(routines.actionError() + QJsonDocument::fromVariant(routines.errors()).toJson()));
        QVERIFY(sameJson("(SELECT routines - 'screenTime' FROM user_profiles WHERE \"userId\" = '" + child + "')",
                         "'{\"wakeTime\": \"06:45\", \"bedTime\": \"00:30\", \"mealTimes\": {\"breakfast\": \"07:15\", \"lunch\": \"13:30\", "
                         "\"dinner\": \"20:00\", \"snacks\": [\"10:30\", \"23:45\"]}}'"));
        QCOMPARE(one("SELECT routines#>>'{screenTime,limit}' FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("90"));
        // The usage the backend reports is shown and never written.
        QVERIFY(routines.values().value("routines.screenTime.currentUsage").isValid());
    }

    void unknownKeysComeBackUnchanged()
    {
        const QString child = m_children[1];
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE user_profiles SET "
                           "preferences = preferences || '{\"colour\": \"verde\", \"big\": 12345678901234567890123, \"tiny\": 0.1000000000000000055511151231257827}', "
                           "routines = jsonb_set(routines, '{mealTimes,brunch}', '\"11:00\"') || '{\"nap\": {\"at\": \"15:00\", \"minutes\": 40}}', "
                           "\"familyContext\" = \"familyContext\" || '{\"grandparentsNearby\": true}', "
                           "\"developmentMilestones\" = jsonb_set(\"developmentMilestones\", '{language,readsAlone}', 'false') "
                           "WHERE \"userId\" = '" + child + "'"));
        QCOMPARE(setup.numRowsAffected(), 1);
        const QString before = one("SELECT to_jsonb(p) - 'updatedAt' FROM user_profiles p WHERE \"userId\" = '" + child + "'");

        ProfileEditor profile;
        QVERIFY(loadNow(profile, child));
        bool shown = false;
        for (const QVariant &entry : profile.otherFamilyContext())
            shown |= entry.toMap().value("key") == "grandparentsNearby" && entry.toMap().value("value") == "true";
        QVERIFY(shown);
        QVERIFY(profile.addItem("preferences.interests", "  volcanes "));
        profile.setValue("developmentMilestones.language.vocabularyLevel", "beginner");
        profile.setValue("familyContext.pets", QStringList{});
        QVERIFY2(saveNow(profile), qPrintable(profile.actionError()));
        RoutinesEditor routines;
        QVERIFY(loadNow(routines, child));
        routines.setValue("routines.mealTimes.lunch", "12:50");
        QVERIFY2(saveNow(routines), qPrintable(routines.actionError()));

        // Compared as jsonb, with only the three edited paths put back as they were.
        const QString after = one("SELECT to_jsonb(p) - 'updatedAt' FROM user_profiles p WHERE \"userId\" = '" + child + "'");
        QVERIFY(sameJson(quotedText(after) + "::jsonb #- '{preferences,interests}' #- '{developmentMilestones,language,vocabularyLevel}' "
                         "#- '{familyContext,pets}' #- '{routines,mealTimes,lunch}'",
                         quotedText(before) + "::jsonb #- '{preferences,interests}' #- '{developmentMilestones,language,vocabularyLevel}' "
                         "#- '{familyContext,pets}' #- '{routines,mealTimes,lunch}'"));
        QCOMPARE(one("SELECT preferences->>'big' FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("12345678901234567890123"));
        QCOMPARE(one("SELECT preferences->'interests'->>-1 FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("volcanes"));
        QCOMPARE(one("SELECT routines#>>'{mealTimes,lunch}' FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("12:50"));
    }

    void aConcurrentChangeIsResolvedWithoutLosingEitherSide()
    {
        const QString child = m_children[2];
        ProfileEditor editor;
        QVERIFY(loadNow(editor, child));
        editor.setValue("preferences.interests", QStringList{"mine"});
        editor.setValue("preferences.favoriteTopics", QStringList{"only mine"});
        editor.setValue("age", "9");

        // Another caregiver (or the backend) saves first: the same field, another one, and a key Nido does not know.
        QSqlQuery other;
        QVERIFY(other.exec("UPDATE user_profiles SET preferences = preferences || '{\"interests\": [\"theirs\"], \"learningStyle\": \"auditory\", "
                           "\"addedByBackend\": 1}', age = 9 WHERE \"userId\" = '" + child + "'"));
        QSignalSpy saved(&editor, &ChildProfileEditor::saved);
        editor.save();
        QVERIFY(QTest::qWaitFor([&] { return !editor.saving(); }, 10000));
        QVERIFY(saved.isEmpty());
        // Only the field both changed, differently, is the parent's to settle; age was changed to the same value.
        QCOMPARE(editor.conflicts().size(), 1);
        const QVariantMap conflict = editor.conflicts().constFirst().toMap();
        QCOMPARE(conflict.value("path").toString(), QString("preferences.interests"));
        QCOMPARE(conflict.value("theirs").toString(), QString("theirs"));
        QCOMPARE(conflict.value("mine").toString(), QString("mine"));
        QVERIFY(!editor.canSave());
        // What the other side changed and the parent did not is shown; what the parent typed stays.
        QCOMPARE(editor.values().value("preferences.learningStyle").toString(), QString("auditory"));
        QCOMPARE(editor.values().value("preferences.favoriteTopics").toStringList(), QStringList{"only mine"});

        editor.keepMine("preferences.interests");
        QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));
        QVERIFY(sameJson("(SELECT preferences->'interests' FROM user_profiles WHERE \"userId\" = '" + child + "')", "'[\"mine\"]'"));
        QVERIFY(sameJson("(SELECT preferences->'favoriteTopics' FROM user_profiles WHERE \"userId\" = '" + child + "')", "'[\"only mine\"]'"));
        QCOMPARE(one("SELECT preferences->>'learningStyle' FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("auditory"));
        QCOMPARE(one("SELECT preferences->>'addedByBackend' FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("1"));

        // The other way: the parent takes the other version.
        editor.setValue("preferences.interests", QStringList{"mine again"});
        QVERIFY(other.exec("UPDATE user_profiles SET preferences = jsonb_set(preferences, '{interests}', '[\"theirs again\"]') "
                           "WHERE \"userId\" = '" + child + "'"));
        editor.save();
        QVERIFY(QTest::qWaitFor([&] { return !editor.saving(); }, 10000));
        QCOMPARE(editor.conflicts().size(), 1);
        editor.takeTheirs("preferences.interests");
        QCOMPARE(editor.values().value("preferences.interests").toStringList(), QStringList{"theirs again"});
        QVERIFY(editor.conflicts().isEmpty());
        QVERIFY(!editor.dirty());

        // A choice in conflict reads as the form offers it, not as the value stored.
        editor.setValue("preferences.learningStyle", "visual");
        QVERIFY(other.exec("UPDATE user_profiles SET preferences = jsonb_set(preferences, '{learningStyle}', '\"kinesthetic\"') "
                           "WHERE \"userId\" = '" + child + "'"));
        editor.save();
        QVERIFY(QTest::qWaitFor([&] { return !editor.saving(); }, 10000));
        QCOMPARE(editor.conflicts().size(), 1);
        QCOMPARE(editor.conflicts().constFirst().toMap().value("theirs").toString(), QString("Doing (kinesthetic)"));
        QCOMPARE(editor.conflicts().constFirst().toMap().value("mine").toString(), QString("Seeing (visual)"));
    }

    // A field's state says what the form says of that field, and changes only with it: a keystroke
    // in one field tells no other field anything, a rule across fields tells both.
    void eachFieldHearsOnlyOfItself()
    {
        RoutinesEditor routines;
        QVERIFY(loadNow(routines, m_children[3]));
        FieldState *wake = routines.state("routines.wakeTime");
        FieldState *bed = routines.state("routines.bedTime");
        FieldState *limit = routines.state("routines.screenTime.limit");
        QCOMPARE(routines.state("routines.wakeTime"), wake);
        QCOMPARE(wake->value(), routines.values().value("routines.wakeTime"));
        QVERIFY(!wake->edited());
        QSignalSpy limitValue(limit, &FieldState::valueChanged);
        QSignalSpy limitProblem(limit, &FieldState::problemChanged);
        QSignalSpy bedProblem(bed, &FieldState::problemChanged);

        routines.setValue("routines.wakeTime", "25:00");
        QCOMPARE(wake->value().toString(), QStringLiteral("25:00"));
        QVERIFY(wake->edited());
        QCOMPARE(wake->problem(), routines.errors().value("routines.wakeTime").toString());
        QVERIFY(wake->problem().contains("24-hour HH:MM"));
        routines.setValue("routines.wakeTime", "07:00");
        routines.setValue("routines.bedTime", "06:30");
        QVERIFY2(bed->problem().contains("after waking"), qPrintable(bed->problem()));
        QCOMPARE(bedProblem.size(), 1);
        QCOMPARE(limitValue.size(), 0);
        QCOMPARE(limitProblem.size(), 0);

        routines.discard();
        QVERIFY(!wake->edited());
        QVERIFY(bed->problem().isEmpty());
        QCOMPARE(wake->value(), routines.values().value("routines.wakeTime"));
    }

    // Between two children the form's controls stay as they were: a switch does not restyle every
    // control to grey and back. Nothing can be typed meanwhile.
    void aChildSwitchKeepsTheControlsAsTheyWere()
    {
        RoutinesEditor routines;
        QVERIFY(loadNow(routines, m_children[0]));
        QVERIFY(routines.controlsEnabled());
        FieldState *wake = routines.state("routines.wakeTime");
        QList<bool> enabledSeen;
        connect(&routines, &FormEditor::stateChanged, this, [&] { enabledSeen << routines.controlsEnabled(); });
        routines.setChildId(m_children[1]);
        QVERIFY(routines.waiting());
        QVERIFY(routines.controlsEnabled());
        routines.setValue("routines.wakeTime", "06:00");
        QVERIFY(!routines.dirty());
        QVERIFY(QTest::qWaitFor([&] { return routines.loaded(); }, 10000));
        QVERIFY(!enabledSeen.isEmpty());
        QVERIFY(!enabledSeen.contains(false));
        QCOMPARE(wake->value().toString(),
                 one("SELECT routines->>'wakeTime' FROM user_profiles WHERE \"userId\" = '" + m_children[1] + "'"));
        // No child: nothing to edit.
        routines.setChildId({});
        QVERIFY(!routines.waiting());
        QVERIFY(!routines.controlsEnabled());
        QVERIFY(!wake->value().isValid());
    }

    void badInputIsRefusedWithItsReason()
    {
        RoutinesEditor routines;
        QVERIFY(loadNow(routines, m_children[3]));
        const auto problem = [&](const QString &path, const QVariant &value, const QString &expected) {
            routines.setValue(path, value);
            const QString message = routines.errors().value(path).toString();
            const bool ok = message.contains(expected) && !routines.canSave();
            if (!ok)
                qWarning("%s = %s: \"%s\"", qPrintable(path), qPrintable(value.toString()), qPrintable(message));
            routines.discard();
            return ok;
        };
        QVERIFY(problem("routines.wakeTime", "25:00", "24-hour HH:MM"));
        QVERIFY(problem("routines.wakeTime", "7pm", "24-hour HH:MM"));
        QVERIFY(problem("routines.bedTime", routines.values().value("routines.wakeTime"), "after waking"));
        routines.setValue("routines.wakeTime", "07:00");
        QVERIFY(problem("routines.bedTime", "06:30", "after waking"));
        routines.setValue("routines.wakeTime", "07:00");
        routines.setValue("routines.bedTime", "21:00");
        QVERIFY(problem("routines.mealTimes.lunch", "23:30", "Outside waking hours"));
        routines.setValue("routines.wakeTime", "07:00");
        routines.setValue("routines.bedTime", "21:00");
        QVERIFY(problem("routines.mealTimes.snacks", QStringList{"10:00", "05:00"}, "05:00 is outside waking hours"));
        QVERIFY(problem("routines.mealTimes.snacks", QStringList{"noon"}, "not a time of day"));
        QVERIFY(problem("routines.mealTimes.snacks", QStringList{"10:00", "10:00"}, "listed twice"));
        QVERIFY(problem("routines.screenTime.limit", "2000", "from 0 to 1440"));
        QVERIFY(problem("routines.screenTime.limit", "-1", "from 0 to 1440"));
        QVERIFY(problem("routines.screenTime.limit", "lots", "from 0 to 1440"));
        // A late bedtime is a bedtime, and "7:00" a time.
        routines.setValue("routines.wakeTime", "7:00");
        routines.setValue("routines.bedTime", "00:30");
        routines.setValue("routines.mealTimes.dinner", "20:00");
        QVERIFY2(routines.errors().isEmpty(), qPrintable(QJsonDocument::fromVariant(routines.errors()).toJson()));
        QVERIFY(routines.canSave());
        routines.discard();

        ProfileEditor profile;
        QVERIFY(loadNow(profile, m_children[3]));
        profile.setValue("age", "abc");
        QVERIFY(profile.errors().value("age").toString().contains("from 0 to 18"));
        profile.setValue("age", "30");
        QVERIFY(profile.errors().value("age").toString().contains("from 0 to 18"));
        profile.discard();
        profile.setValue("firstName", "  ");
        QVERIFY(profile.errors().value("firstName").toString().contains("first name"));
        profile.setValue("firstName", QString(101, 'x'));
        QVERIFY(profile.errors().value("firstName").toString().contains("100"));
        profile.discard();
        QVERIFY(!profile.addItem("preferences.interests", "   "));
        const QString existing = profile.values().value("preferences.interests").toStringList().value(0);
        QVERIFY(!existing.isEmpty());
        QVERIFY(!profile.addItem("preferences.interests", existing.toUpper()));
        // Hostile text is text.
        QVERIFY(profile.addItem("preferences.avoidTopics", "<script>alert(1)</script>'); DROP TABLE users;--\x01"));
        QVERIFY2(saveNow(profile), qPrintable(profile.actionError()));
        QCOMPARE(one("SELECT preferences->'avoidTopics'->>-1 FROM user_profiles WHERE \"userId\" = '" + m_children[3] + "'"),
                 QString("<script>alert(1)</script>'); DROP TABLE users;--\x01"));
        QCOMPARE(one("SELECT COUNT(*) FROM users"), QString("4"));
    }

    // Two Nido windows of one user: neither offers nor deletes the other's live draft; once one
    // is killed, the other offers what it left.
    void draftsBelongToTheirWindow()
    {
        const QString child = m_children[1];
        QProcess other;
        other.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        other.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-draft"), child});
        QVERIFY(other.waitForStarted());
        QVERIFY(other.waitForReadyRead(10000));
        QCOMPARE(other.readLine().trimmed(), QByteArray("holding"));

        QVERIFY(!DraftStore::load("routines", child).has_value());
        RoutinesEditor mine;
        QVERIFY(loadNow(mine, child));
        QVERIFY(!mine.draftOnOffer().isValid());
        DraftStore::remove("routines", child);
        mine.setValue("routines.screenTime.limit", "41");
        QVERIFY2(saveNow(mine), qPrintable(mine.actionError()));

        other.kill();
        QVERIFY(other.waitForFinished(10000));
        const auto left = DraftStore::load("routines", child);
        QVERIFY2(left.has_value(), "the killed window's draft is gone");
        QCOMPARE(left->content.value("values").toObject().value("routines.screenTime.limit").toString(), QString("17"));
        RoutinesEditor next;
        QVERIFY(loadNow(next, child));
        QVERIFY(next.draftOnOffer().isValid());
        next.dropDraft();
        QVERIFY(!DraftStore::load("routines", child).has_value());
    }

    void aKilledNidoOffersItsDraft()
    {
        const QString child = m_children[3];
        {
            RoutinesEditor routines;
            QVERIFY(loadNow(routines, child));
            routines.setValue("routines.screenTime.limit", "33");
            QVERIFY(routines.dirty());
            // Gone without saving, as if killed: the draft is on disk already.
        }
        QVERIFY(DraftStore::load("routines", child).has_value());
        RoutinesEditor next;
        QVERIFY(loadNow(next, child));
        QVERIFY(next.draftOnOffer().isValid());
        QVERIFY(!next.dirty());
        next.restoreDraft();
        QCOMPARE(next.values().value("routines.screenTime.limit").toString(), QString("33"));
        QVERIFY2(saveNow(next), qPrintable(next.actionError()));
        QCOMPARE(one("SELECT routines#>>'{screenTime,limit}' FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("33"));
        QVERIFY(!DraftStore::load("routines", child).has_value());
    }

    void eachSaveIsAudited()
    {
        const int before = one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'edit' AND \"userId\" = '" + m_children[0] + "'").toInt();
        ProfileEditor editor;
        QVERIFY(loadNow(editor, m_children[0]));
        editor.setValue("preferences.favoriteCharacters", QStringList{"dragones"});
        QVERIFY2(saveNow(editor), qPrintable(editor.actionError()));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'edit' AND \"userId\" = '" + m_children[0] + "'").toInt(), before + 1);
        QVERIFY(sameJson("(SELECT details->'profile'->'preferences.favoriteCharacters'->'to' FROM nido.caregiver_audit "
                         "WHERE action = 'edit' AND \"userId\" = '" + m_children[0] + "' ORDER BY id DESC LIMIT 1)",
                         "'[\"dragones\"]'"));
    }

    void aSavedRoutineReachesTheDayLine()
    {
        const QString child = m_children[0];
        QSqlQuery setup;
        QVERIFY(setup.exec("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", \"roomName\", status, \"startedAt\", \"endedAt\", \"durationSeconds\") "
                           "VALUES ('" + child + "', 'today-1', 'room-today', 'ended', "
                           "(date_trunc('day', now()) + interval '1 minute') AT TIME ZONE 'UTC', NULL, 600)"));
        RoutineDay day;
        day.setChildId(child);
        QVERIFY(QTest::qWaitFor([&] { return !day.loading(); }, 10000));
        QVERIFY2(day.errorString().isEmpty(), qPrintable(day.errorString()));
        QVERIFY(day.minutesToday() >= 10.0 - 0.01);
        QVERIFY(!day.sessions().isEmpty());
        for (const QVariant &span : day.sessions()) {
            QVERIFY(span.toMap().value("start").toDouble() >= 0);
            QVERIFY(span.toMap().value("end").toDouble() <= 24 * 60);
        }
    }

    void aViewOnlyCaregiverIsRefusedByTheServer()
    {
        const QString child = m_children[1];
        QSqlQuery setup;
        setup.exec("DROP OWNED BY p_viola");
        setup.exec("DROP ROLE IF EXISTS p_viola");
        QString error;
        QVERIFY2(CaregiverAdmin(QSqlDatabase::database()).addCaregiver("p_viola", "Viola", {{child, "view"}}, {}, &error), qPrintable(error));
        const QString before = one("SELECT routines::text FROM user_profiles WHERE \"userId\" = '" + child + "'");
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("profile") + " user=p_viola");
        {
            RoutinesEditor routines;
            QVERIFY(loadNow(routines, child));
            routines.setValue("routines.screenTime.limit", "5");
            QSignalSpy saved(&routines, &ChildProfileEditor::saved);
            routines.save();
            QVERIFY(QTest::qWaitFor([&] { return !routines.saving(); }, 10000));
            QVERIFY(saved.isEmpty());
            QVERIFY2(routines.actionError().contains("may view this child's profile but not change it"), qPrintable(routines.actionError()));
            QVERIFY(routines.dirty());
            QVERIFY(DraftStore::load("routines", child).has_value());
            routines.discard();
        }
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("profile"));
        QCOMPARE(one("SELECT routines::text FROM user_profiles WHERE \"userId\" = '" + child + "'"), before);
    }

    // A caregiver's save is audited by the server's trigger, once, with what changed.
    void anEditingCaregiversSaveIsAuditedByTheServer()
    {
        const QString child = m_children[1];
        QSqlQuery setup;
        setup.exec("DROP OWNED BY p_edith");
        setup.exec("DROP ROLE IF EXISTS p_edith");
        QString error;
        QVERIFY2(CaregiverAdmin(QSqlDatabase::database()).addCaregiver("p_edith", "Edith", {{child, "edit"}}, {}, &error), qPrintable(error));
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("profile") + " user=p_edith");
        {
            RoutinesEditor routines;
            QVERIFY(loadNow(routines, child));
            routines.setValue("routines.screenTime.limit", "55");
            QVERIFY2(saveNow(routines), qPrintable(routines.actionError()));
        }
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("profile"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'p_edith' AND action = 'edit'"), QString("1"));
        QCOMPARE(one("SELECT details#>>'{changes,routines,to,screenTime,limit}' FROM nido.caregiver_audit WHERE role = 'p_edith' AND action = 'edit'"),
                 QString("55"));
    }

    // The server goes away between typing and saving; it comes back, and the same save succeeds.
    void aSaveWhileTheServerIsDownKeepsTheDraft()
    {
        const QString dir = QString("/tmp/nido-profile-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(runCluster("start", dir), 0);
        const QString conninfo = "host='" + dir + "/sock' dbname=postgres user=nido";
        QString error;
        {
            QSqlDatabase db = Database::open(conninfo, "own", &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
            QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(1)).generate(&error), qPrintable(error));
            QSqlQuery query(db);
            QVERIFY(query.exec("SELECT id::text FROM users LIMIT 1") && query.next());
            const QString child = query.value(0).toString();
            db = {};
            Database::close("own");
            DatabaseWorker::instance()->setConninfo(conninfo);

            RoutinesEditor routines;
            QVERIFY(loadNow(routines, child));
            routines.setValue("routines.screenTime.limit", "45");
            QCOMPARE(runCluster("stop", dir), 0);
            QSignalSpy saved(&routines, &ChildProfileEditor::saved);
            routines.save();
            QVERIFY(QTest::qWaitFor([&] { return !routines.saving(); }, 30000));
            QVERIFY(saved.isEmpty());
            QVERIFY2(routines.actionError().startsWith("Not saved"), qPrintable(routines.actionError()));
            QCOMPARE(routines.values().value("routines.screenTime.limit").toString(), QString("45"));
            QVERIFY(routines.dirty());
            QVERIFY(DraftStore::load("routines", child).has_value());

            QCOMPARE(runCluster("resume", dir), 0);
            // The worker reopens its connection on its own; the parent presses Save again.
            QVERIFY(QTest::qWaitFor([&] {
                if (!routines.saving() && saved.isEmpty())
                    routines.save();
                return !saved.isEmpty();
            }, 30000));
            QVERIFY(!DraftStore::load("routines", child).has_value());
            QSqlDatabase again = Database::open(conninfo, "own", &error);
            QSqlQuery check(again);
            QVERIFY(check.exec("SELECT routines#>>'{screenTime,limit}' FROM user_profiles WHERE \"userId\" = '" + child + "'") && check.next());
            QCOMPARE(check.value(0).toString(), QString("45"));
        }
        Database::close("own");
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo("profile"));
        runCluster("stop", dir);
        QDir(dir).removeRecursively();
    }

    // A backend's own database: JSON columns may be NULL and a child may have no profile row.
    void aBackendsDatabaseGetsOnlyWhatWasEntered()
    {
        QString error;
        QVERIFY2(TestDatabase::createFromFixture("profile_orm", "backend_schema.sql", &error), qPrintable(error));
        QVERIFY2(SchemaMigrator(QSqlDatabase::database()).migrate(&error), qPrintable(error));
        QSqlQuery setup;
        QVERIFY(setup.exec("INSERT INTO users (email) VALUES ('no.profile@example.org'), ('null.columns@example.org')"));
        QVERIFY(setup.exec("INSERT INTO user_profiles (\"userId\") SELECT id FROM users WHERE email = 'null.columns@example.org'"));
        const QString bare = one("SELECT id::text FROM users WHERE email = 'no.profile@example.org'");
        const QString nulls = one("SELECT id::text FROM users WHERE email = 'null.columns@example.org'");
        QCOMPARE(one("SELECT COUNT(*) FROM user_profiles WHERE routines IS NULL AND preferences IS NULL"), QString("1"));

        for (const QString &child : {bare, nulls}) {
            RoutinesEditor routines;
            QVERIFY(loadNow(routines, child));
            QCOMPARE(routines.hasProfile(), child == nulls);
            routines.setValue("routines.wakeTime", "07:15");
            routines.setValue("routines.mealTimes.snacks", QStringList{"10:00"});
            QVERIFY2(saveNow(routines), qPrintable(routines.actionError()));
            QVERIFY(sameJson("(SELECT routines FROM user_profiles WHERE \"userId\" = '" + child + "')",
                             "'{\"wakeTime\": \"07:15\", \"mealTimes\": {\"snacks\": [\"10:00\"]}}'"));
            ProfileEditor profile;
            QVERIFY(loadNow(profile, child));
            QVERIFY(profile.errors().isEmpty());
            profile.setValue("preferences.avoidTopics", QStringList{"arañas"});
            QVERIFY2(saveNow(profile), qPrintable(profile.actionError()));
            QVERIFY(sameJson("(SELECT preferences FROM user_profiles WHERE \"userId\" = '" + child + "')", "'{\"avoidTopics\": [\"arañas\"]}'"));
            // Columns the parent did not touch stay as the backend left them.
            QCOMPARE(one("SELECT \"familyContext\" IS NULL FROM user_profiles WHERE \"userId\" = '" + child + "'"), QString("true"));
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Another Nido window of the same user: it keeps a draft of a child's routines until killed.
    if (argc == 3 && qstrcmp(argv[1], "--hold-draft") == 0) {
        QStandardPaths::setTestModeEnabled(true);
        const QJsonObject values{{"routines.screenTime.limit", "17"}};
        QString error;
        if (!DraftStore::save({"routines", QString::fromLatin1(argv[2]), QDateTime::currentDateTime(), QJsonObject{{"values", values}}}, &error))
            qFatal("%s", qPrintable(error));
        QTextStream(stdout) << "holding" << Qt::endl;
        return app.exec();
    }
    ProfileEditorTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_profileeditor.moc"
