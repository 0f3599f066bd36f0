#include "profilestore.h"
#include "caregiveraudit.h"
#include "jsontext.h"
#include "sqlconnection.h"

#include <QJsonArray>
#include <QSqlError>

#include <QCoreApplication>
#include <QVariant>

namespace {

const QStringList jsonColumns = {QStringLiteral("preferences"), QStringLiteral("routines"), QStringLiteral("familyContext"),
                                 QStringLiteral("developmentMilestones")};
const QString hasProfile = QStringLiteral("hasProfile");

const QStringList skillLevels = {QStringLiteral("emerging"), QStringLiteral("developing"), QStringLiteral("good"),
                                 QStringLiteral("proficient"), QStringLiteral("advanced")};

// users."firstName" is VARCHAR(100); list entries follow it.
FormField profileField(const char *path, FormField::Kind kind, const char *label, const QStringList &choices = {})
{
    return {QLatin1String(path), kind, label, choices, 0, 0, 100, nullptr, false, "ProfileField"};
}

QString refusal(const QString &state, const QString &error)
{
    if (state == u"42501")
        return QCoreApplication::translate("ProfileWriter", "You may view this child's profile but not change it; nothing was saved.");
    if (state == u"22001")
        return QCoreApplication::translate("ProfileWriter", "A group of the profile's fields may hold at most 64 KB; nothing was saved.");
    if (state == u"22000")
        return QCoreApplication::translate("ProfileWriter", "The backend stored something other than a group of fields where Nido would write (%1); nothing was saved.")
            .arg(error);
    return error;
}

} // namespace

const FormWriter::Store &ProfileStore::store()
{
    static const FormWriter::Store store{&ProfileStore::statements, &ProfileStore::snapshot,
                                         [] { return QCoreApplication::translate("ProfileSnapshot", "You may view this child's profile but not change it; nothing was saved."); },
                                         &ProfileStore::write};
    return store;
}

const QList<FormField> &ProfileStore::profileFields()
{
    static const QList<FormField> fields = {
        profileField("firstName", FormField::Text, QT_TRANSLATE_NOOP("ProfileField", "First name")),
        profileField("lastName", FormField::Text, QT_TRANSLATE_NOOP("ProfileField", "Last name")),
        {QStringLiteral("age"), FormField::Number, QT_TRANSLATE_NOOP("ProfileField", "Age"), {}, 0, 18, 100, nullptr, false, "ProfileField"},
        profileField("preferences.avoidTopics", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Topics the companions must avoid")),
        profileField("preferences.interests", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Interests")),
        profileField("preferences.favoriteTopics", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Favourite topics")),
        profileField("preferences.learningStyle", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Learning style"),
                     {QStringLiteral("visual"), QStringLiteral("auditory"), QStringLiteral("kinesthetic"), QStringLiteral("reading")}),
        profileField("preferences.emotionalTendencies", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Emotional tendencies")),
        profileField("preferences.favoriteActivities", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Favourite activities")),
        profileField("preferences.favoriteCharacters", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Favourite characters")),
        profileField("familyContext.siblings", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Siblings")),
        profileField("familyContext.pets", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Pets")),
        profileField("familyContext.caregivers", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Caregivers")),
        profileField("familyContext.homeLanguages", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Languages at home")),
        profileField("developmentMilestones.language.nativeLanguage", FormField::Text, QT_TRANSLATE_NOOP("ProfileField", "Native language")),
        profileField("developmentMilestones.language.learningLanguages", FormField::List, QT_TRANSLATE_NOOP("ProfileField", "Languages being learnt")),
        profileField("developmentMilestones.language.vocabularyLevel", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Vocabulary"),
                     {QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")}),
        profileField("developmentMilestones.language.sentenceComplexity", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Sentences"),
                     {QStringLiteral("simple"), QStringLiteral("compound"), QStringLiteral("complex")}),
        profileField("developmentMilestones.cognitive.problemSolving", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Problem solving"), skillLevels),
        profileField("developmentMilestones.cognitive.memory", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Memory (remembering)"), skillLevels),
        profileField("developmentMilestones.cognitive.attention", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Attention"), skillLevels),
        profileField("developmentMilestones.cognitive.creativity", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Creativity"), skillLevels),
        profileField("developmentMilestones.social.empathy", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Empathy"), skillLevels),
        profileField("developmentMilestones.social.cooperation", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Cooperation"), skillLevels),
        profileField("developmentMilestones.social.communication", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Communication"), skillLevels),
        profileField("developmentMilestones.social.emotionalRegulation", FormField::Choice, QT_TRANSLATE_NOOP("ProfileField", "Emotional regulation"),
                     skillLevels),
    };
    return fields;
}

const QList<FormField> &ProfileStore::routineFields()
{
    static const QList<FormField> fields = {
        profileField("routines.wakeTime", FormField::Time, QT_TRANSLATE_NOOP("ProfileField", "Wakes up at")),
        profileField("routines.bedTime", FormField::Time, QT_TRANSLATE_NOOP("ProfileField", "Goes to bed at")),
        profileField("routines.mealTimes.breakfast", FormField::Time, QT_TRANSLATE_NOOP("ProfileField", "Breakfast")),
        profileField("routines.mealTimes.lunch", FormField::Time, QT_TRANSLATE_NOOP("ProfileField", "Lunch")),
        profileField("routines.mealTimes.dinner", FormField::Time, QT_TRANSLATE_NOOP("ProfileField", "Dinner")),
        profileField("routines.mealTimes.snacks", FormField::TimeList, QT_TRANSLATE_NOOP("ProfileField", "Snacks")),
        {QStringLiteral("routines.screenTime.limit"), FormField::Number, QT_TRANSLATE_NOOP("ProfileField", "Daily screen-time limit (minutes)"), {}, 0,
         1440, 100, nullptr, false, "ProfileField"},
        profileField("routines.screenTime.currentUsage", FormField::ReadOnly, QT_TRANSLATE_NOOP("ProfileField", "Usage the companion reports")),
    };
    return fields;
}

QList<SqlStatement> ProfileStore::statements(const QString &childId, bool forUpdate)
{
    // For a save, the server locks each row on its own (FOR UPDATE cannot reach the nullable side
    // of an outer join), after it has checked that the caller may change it.
    const QString function = forUpdate ? QStringLiteral("nido.lock_child_") : QStringLiteral("nido.child_");
    SqlStatement user;
    user.prepare(QStringLiteral("SELECT u.\"firstName\", u.\"lastName\" FROM %1row(current_user, CAST(:child AS uuid)) u").arg(function));
    user.bindValue(QStringLiteral(":child"), childId);
    SqlStatement profile;
    profile.prepare(QStringLiteral("SELECT p.age, p.preferences::text, p.routines::text, p.\"familyContext\"::text, p.\"developmentMilestones\"::text "
                                   "FROM %1profile(current_user, CAST(:child AS uuid)) p").arg(function));
    profile.bindValue(QStringLiteral(":child"), childId);
    return {user, profile};
}

std::optional<FormSnapshot> ProfileStore::snapshot(const QList<QList<QSqlRecord>> &rows, bool, QString *error)
{
    if (rows.value(0).isEmpty()) {
        *error = QCoreApplication::translate("ProfileSnapshot", "This child is no longer in the database.");
        return std::nullopt;
    }
    const QSqlRecord &user = rows[0].first();
    FormSnapshot snapshot;
    snapshot.columns.insert(QStringLiteral("firstName"), QJsonValue::fromVariant(user.value(0)));
    snapshot.columns.insert(QStringLiteral("lastName"), QJsonValue::fromVariant(user.value(1)));
    const bool found = !rows.value(1).isEmpty();
    const QSqlRecord profile = found ? rows[1].first() : QSqlRecord();
    snapshot.columns.insert(hasProfile, found);
    snapshot.columns.insert(QStringLiteral("age"), found && !profile.value(0).isNull() ? QJsonValue(profile.value(0).toInt()) : QJsonValue(QJsonValue::Null));
    for (int i = 0; i < jsonColumns.size(); ++i)
        snapshot.columns.insert(jsonColumns[i], found ? parsedJson(profile.value(i + 1).toString()) : QJsonValue(QJsonValue::Null));
    return snapshot;
}

bool ProfileStore::write(SqlConnection &db, const QString &childId, const FormSnapshot &current, const QList<FormWriter::Edit> &edits,
                         bool *raced, QString *error)
{
    const bool profileExists = current.columns.value(hasProfile).toBool();
    // The server puts each edit in place (nido.edit_child, migration 20), after its own check.
    const auto run = [&](const QString &target, const QJsonArray &list, bool createRow, int *rows) {
        QSqlQuery &call = db.prepared(QStringLiteral(
            "SELECT nido.edit_child(current_user, CAST(:child AS uuid), :target, CAST(:edits AS jsonb), :create)"));
        call.bindValue(QStringLiteral(":child"), childId);
        call.bindValue(QStringLiteral(":target"), target);
        call.bindValue(QStringLiteral(":edits"), jsonText(list));
        call.bindValue(QStringLiteral(":create"), createRow);
        if (!db.exec(call, error)) {
            *error = refusal(call.lastError().nativeErrorCode(), *error);
            return false;
        }
        *rows = call.next() ? call.value(0).toInt() : 0;
        call.finish();
        return true;
    };
    const QJsonArray names = FormWriter::editList(edits, {QStringLiteral("firstName"), QStringLiteral("lastName")});
    const QJsonArray profile = FormWriter::editList(edits, QStringList{QStringLiteral("age")} + jsonColumns);
    int rows = 0;
    if (!names.isEmpty() && !run(QStringLiteral("users"), names, false, &rows))
        return false;
    if (!profile.isEmpty()) {
        // The first save of a child without a profile row creates it; columns the parent left alone
        // keep their defaults. Another writer may have created the row meanwhile: then start again.
        if (!run(QStringLiteral("user_profiles"), profile, !profileExists, &rows))
            return false;
        if (!profileExists && rows == 0) {
            *raced = true;
            *error = QCoreApplication::translate("ProfileWriter", "The profile was created by someone else at this very moment; nothing was saved.");
            return false;
        }
    }
    // A caregiver's save is audited by the server itself (migration 0008).
    return CaregiverAudit::record(db, QStringLiteral("edit"), childId, {}, QJsonObject{{QStringLiteral("profile"), FormWriter::changes(current, edits)}},
                                  error);
}
