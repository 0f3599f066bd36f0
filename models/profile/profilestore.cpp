#include "profilestore.h"
#include "caregiveraudit.h"
#include "jsontext.h"
#include "sqlconnection.h"

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
    if (state == u"22000")
        return QCoreApplication::translate("ProfileWriter", "The backend stored something other than a group of fields where Nido would write (%1); nothing was saved.")
            .arg(error);
    return error;
}

} // namespace

const FormWriter::Store &ProfileStore::store()
{
    static const FormWriter::Store store{&ProfileStore::read, &ProfileStore::write};
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

std::optional<FormSnapshot> ProfileStore::read(SqlConnection &db, const QString &childId, bool forUpdate, QString *error)
{
    // Each table locked on its own: FOR UPDATE cannot reach the nullable side of an outer join, and
    // a row the caller may see but not change is then not returned.
    const QString suffix = forUpdate ? QStringLiteral(" FOR UPDATE") : QString();
    QSqlQuery &user = db.prepared(QStringLiteral("SELECT \"firstName\", \"lastName\" FROM users WHERE id = CAST(:child AS uuid)") + suffix);
    user.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(user, error))
        return std::nullopt;
    if (!user.next()) {
        *error = forUpdate ? QCoreApplication::translate("ProfileSnapshot", "You may view this child's profile but not change it; nothing was saved.")
                           : QCoreApplication::translate("ProfileSnapshot", "This child is no longer in the database.");
        return std::nullopt;
    }
    FormSnapshot snapshot;
    snapshot.columns.insert(QStringLiteral("firstName"), QJsonValue::fromVariant(user.value(0)));
    snapshot.columns.insert(QStringLiteral("lastName"), QJsonValue::fromVariant(user.value(1)));
    user.finish();

    QSqlQuery &profile = db.prepared(QStringLiteral(
        "SELECT age, preferences::text, routines::text, \"familyContext\"::text, \"developmentMilestones\"::text "
        "FROM user_profiles WHERE \"userId\" = CAST(:child AS uuid)") + suffix);
    profile.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(profile, error))
        return std::nullopt;
    const bool found = profile.next();
    snapshot.columns.insert(hasProfile, found);
    snapshot.columns.insert(QStringLiteral("age"), found && !profile.value(0).isNull() ? QJsonValue(profile.value(0).toInt()) : QJsonValue(QJsonValue::Null));
    for (int i = 0; i < jsonColumns.size(); ++i)
        snapshot.columns.insert(jsonColumns[i], found ? parsedJson(profile.value(i + 1).toString()) : QJsonValue(QJsonValue::Null));
    profile.finish();
    return snapshot;
}

bool ProfileStore::write(SqlConnection &db, const QString &childId, const FormSnapshot &current, const QList<FormWriter::Edit> &edits,
                         bool *raced, QString *error)
{
    const bool profileExists = current.columns.value(hasProfile).toBool();
    const auto names = FormWriter::assignments(edits, {QStringLiteral("firstName"), QStringLiteral("lastName")}, {}, {}, false);
    const auto profile = FormWriter::assignments(edits, {QStringLiteral("age")}, jsonColumns, {{QStringLiteral("age"), QStringLiteral("integer")}},
                                                 !profileExists);
    int rows = 0;
    QString state;
    const auto run = [&](const QString &sql, const QVariantMap &values) {
        if (FormWriter::run(db, sql, childId, values, &rows, &state, error))
            return true;
        *error = refusal(state, *error);
        return false;
    };
    if (!names.isEmpty() && !run(QStringLiteral("UPDATE users SET %1 WHERE id = CAST(:record AS uuid)").arg(names.setList()), names.values))
        return false;
    if (!profile.isEmpty()) {
        if (profileExists) {
            if (!run(QStringLiteral("UPDATE user_profiles SET %1 WHERE \"userId\" = CAST(:record AS uuid)").arg(profile.setList()), profile.values))
                return false;
        } else {
            // The first save of a child without a profile row; columns the parent left alone keep
            // their defaults. Another writer may have created the row meanwhile: then start again.
            if (!run(QStringLiteral("INSERT INTO user_profiles (\"userId\", %1) VALUES (CAST(:record AS uuid), %2) ON CONFLICT (\"userId\") DO NOTHING")
                         .arg(profile.columns.join(QStringLiteral(", ")), profile.expressions.join(QStringLiteral(", "))),
                     profile.values))
                return false;
            if (rows == 0) {
                *raced = true;
                *error = QCoreApplication::translate("ProfileWriter", "The profile was created by someone else at this very moment; nothing was saved.");
                return false;
            }
        }
    }
    // A caregiver's save is audited by the server itself (migration 0008).
    return CaregiverAudit::record(db, QStringLiteral("edit"), childId, {}, QJsonObject{{QStringLiteral("profile"), FormWriter::changes(current, edits)}},
                                  error);
}
