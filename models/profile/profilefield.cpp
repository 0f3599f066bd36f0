#include "profilefield.h"
#include "listentries.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariant>

namespace {

constexpr int maximumTextLength = 100; // users."firstName" is VARCHAR(100); list items follow it
constexpr int maximumListItems = 50;

const QStringList skillLevels = {QStringLiteral("emerging"), QStringLiteral("developing"), QStringLiteral("good"),
                                 QStringLiteral("proficient"), QStringLiteral("advanced")};


QString listProblem(const QVariant &value, bool clocks)
{
    const QStringList items = value.toStringList();
    const QString problem = listEntriesProblem(items, maximumListItems, maximumTextLength);
    if (!problem.isEmpty() || !clocks)
        return problem;
    for (const QString &item : items) {
        if (ProfileField::minutesOfDay(item) < 0)
            return QCoreApplication::translate("ProfileField", "\"%1\" is not a time of day: use 24-hour HH:MM, such as 16:30.").arg(item);
    }
    return {};
}

} // namespace

QString ProfileField::translatedLabel() const
{
    return QCoreApplication::translate("ProfileField", label);
}

int ProfileField::minutesOfDay(const QString &clock)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const auto match = pattern.match(clock.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
}

QString ProfileField::problemWith(const QVariant &value) const
{
    const bool empty = !value.isValid() || value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
    switch (kind) {
    case Text:
        return value.toString().size() > maximumTextLength ? QCoreApplication::translate("ProfileField", "At most %1 characters.").arg(maximumTextLength) : QString();
    case Number: {
        if (empty)
            return {};
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (!ok || number < minimum || number > maximum)
            return QCoreApplication::translate("ProfileField", "A whole number from %1 to %2.").arg(minimum).arg(maximum);
        return {};
    }
    case Time:
        return !empty && minutesOfDay(value.toString()) < 0 ? QCoreApplication::translate("ProfileField", "Use 24-hour HH:MM, such as 07:30 or 21:00.") : QString();
    case List:
        return listProblem(value, false);
    case TimeList:
        return listProblem(value, true);
    case Choice:
    case ReadOnly:
        return {};
    }
    return {};
}

const QList<ProfileField> &ProfileField::profileFields()
{
    static const QList<ProfileField> fields = {
        {QStringLiteral("firstName"), Text, QT_TRANSLATE_NOOP("ProfileField", "First name")},
        {QStringLiteral("lastName"), Text, QT_TRANSLATE_NOOP("ProfileField", "Last name")},
        {QStringLiteral("age"), Number, QT_TRANSLATE_NOOP("ProfileField", "Age"), {}, 0, 18},
        {QStringLiteral("preferences.avoidTopics"), List, QT_TRANSLATE_NOOP("ProfileField", "Topics the companions must avoid")},
        {QStringLiteral("preferences.interests"), List, QT_TRANSLATE_NOOP("ProfileField", "Interests")},
        {QStringLiteral("preferences.favoriteTopics"), List, QT_TRANSLATE_NOOP("ProfileField", "Favourite topics")},
        {QStringLiteral("preferences.learningStyle"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Learning style"),
         {QStringLiteral("visual"), QStringLiteral("auditory"), QStringLiteral("kinesthetic"), QStringLiteral("reading")}},
        {QStringLiteral("preferences.emotionalTendencies"), List, QT_TRANSLATE_NOOP("ProfileField", "Emotional tendencies")},
        {QStringLiteral("preferences.favoriteActivities"), List, QT_TRANSLATE_NOOP("ProfileField", "Favourite activities")},
        {QStringLiteral("preferences.favoriteCharacters"), List, QT_TRANSLATE_NOOP("ProfileField", "Favourite characters")},
        {QStringLiteral("familyContext.siblings"), List, QT_TRANSLATE_NOOP("ProfileField", "Siblings")},
        {QStringLiteral("familyContext.pets"), List, QT_TRANSLATE_NOOP("ProfileField", "Pets")},
        {QStringLiteral("familyContext.caregivers"), List, QT_TRANSLATE_NOOP("ProfileField", "Caregivers")},
        {QStringLiteral("familyContext.homeLanguages"), List, QT_TRANSLATE_NOOP("ProfileField", "Languages at home")},
        {QStringLiteral("developmentMilestones.language.nativeLanguage"), Text, QT_TRANSLATE_NOOP("ProfileField", "Native language")},
        {QStringLiteral("developmentMilestones.language.learningLanguages"), List, QT_TRANSLATE_NOOP("ProfileField", "Languages being learnt")},
        {QStringLiteral("developmentMilestones.language.vocabularyLevel"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Vocabulary"),
         {QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")}},
        {QStringLiteral("developmentMilestones.language.sentenceComplexity"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Sentences"),
         {QStringLiteral("simple"), QStringLiteral("compound"), QStringLiteral("complex")}},
        {QStringLiteral("developmentMilestones.cognitive.problemSolving"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Problem solving"), skillLevels},
        {QStringLiteral("developmentMilestones.cognitive.memory"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Memory (remembering)"), skillLevels},
        {QStringLiteral("developmentMilestones.cognitive.attention"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Attention"), skillLevels},
        {QStringLiteral("developmentMilestones.cognitive.creativity"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Creativity"), skillLevels},
        {QStringLiteral("developmentMilestones.social.empathy"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Empathy"), skillLevels},
        {QStringLiteral("developmentMilestones.social.cooperation"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Cooperation"), skillLevels},
        {QStringLiteral("developmentMilestones.social.communication"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Communication"), skillLevels},
        {QStringLiteral("developmentMilestones.social.emotionalRegulation"), Choice, QT_TRANSLATE_NOOP("ProfileField", "Emotional regulation"), skillLevels},
    };
    return fields;
}

const QList<ProfileField> &ProfileField::routineFields()
{
    static const QList<ProfileField> fields = {
        {QStringLiteral("routines.wakeTime"), Time, QT_TRANSLATE_NOOP("ProfileField", "Wakes up at")},
        {QStringLiteral("routines.bedTime"), Time, QT_TRANSLATE_NOOP("ProfileField", "Goes to bed at")},
        {QStringLiteral("routines.mealTimes.breakfast"), Time, QT_TRANSLATE_NOOP("ProfileField", "Breakfast")},
        {QStringLiteral("routines.mealTimes.lunch"), Time, QT_TRANSLATE_NOOP("ProfileField", "Lunch")},
        {QStringLiteral("routines.mealTimes.dinner"), Time, QT_TRANSLATE_NOOP("ProfileField", "Dinner")},
        {QStringLiteral("routines.mealTimes.snacks"), TimeList, QT_TRANSLATE_NOOP("ProfileField", "Snacks")},
        {QStringLiteral("routines.screenTime.limit"), Number, QT_TRANSLATE_NOOP("ProfileField", "Daily screen-time limit (minutes)"), {}, 0, 1440},
        {QStringLiteral("routines.screenTime.currentUsage"), ReadOnly, QT_TRANSLATE_NOOP("ProfileField", "Usage the companion reports")},
    };
    return fields;
}
