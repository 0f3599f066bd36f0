#include "formats.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

QString Formats::dollars(double amount)
{
    constexpr int mostDecimals = 8;
    int decimals = 2;
    const double size = std::abs(amount);
    if (size > 0 && size < 0.01)
        decimals = qMin(mostDecimals, int(-std::floor(std::log10(size))) + 1);
    // "$" alone reads as pesos in much of Latin America: a translation names the currency.
    return QLocale().toCurrencyString(amount, QCoreApplication::translate("Formats", "$", "the US dollar's symbol"), decimals);
}

namespace {

// Worked out once per locale: a timeline's rows ask for it on every row made.
QString shortTimeFormat()
{
    thread_local QString localeName;
    thread_local QString format;
    const QLocale locale;
    if (format.isEmpty() || locale.name() != localeName) {
        localeName = locale.name();
        format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]s+")));
    }
    return format;
}

} // namespace

QString Formats::dateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + QLocale().toString(local.time(), shortTimeFormat());
}

QString Formats::time(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime().time(), shortTimeFormat()) : QString();
}

QString Formats::timeAxisFormat(bool acrossDays)
{
    return acrossDays ? QStringLiteral("d MMM") : shortTimeFormat();
}

QString Formats::minutes(double minutes, bool exact)
{
    const qint64 seconds = qRound64(qMax(0.0, minutes) * 60);
    if (seconds > 0 && seconds < 60)
        return QCoreApplication::translate("Formats", "%1 s").arg(seconds);
    if (!exact || seconds % 60 == 0)
        return QCoreApplication::translate("Formats", "%1 min").arg(QLocale().toString(qRound64(seconds / 60.0)));
    return QCoreApplication::translate("Formats", "%1 min %2 s").arg(QLocale().toString(seconds / 60)).arg(seconds % 60);
}

QString Formats::language(const QString &code)
{
    const QString base = code.trimmed().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0).toLower();
    if (base == u"es")
        return QCoreApplication::translate("Formats", "Spanish");
    if (base == u"en")
        return QCoreApplication::translate("Formats", "English");
    const QLocale locale(base);
    return base.isEmpty() || locale.language() == QLocale::C ? code : locale.nativeLanguageName();
}

QString Formats::importance(double value)
{
    if (value < 0.3)
        return QCoreApplication::translate("Formats", "Low importance");
    if (value < 0.7)
        return QCoreApplication::translate("Formats", "Medium importance");
    return QCoreApplication::translate("Formats", "High importance");
}

QString Formats::agentName(const QString &name)
{
    return name.trimmed().isEmpty() ? QCoreApplication::translate("Formats", "Unknown agent") : name;
}

QString Formats::quoted(const QStringList &words)
{
    QStringList marked;
    for (const QString &word : words)
        marked << tr("«%1»").arg(word);
    return QLocale().createSeparatedList(marked);
}

QString Formats::category(const QString &name)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("conversation"), QT_TRANSLATE_NOOP("Formats", "Conversation")},
        {QStringLiteral("interest"), QT_TRANSLATE_NOOP("Formats", "Interest")},
        {QStringLiteral("emotion"), QT_TRANSLATE_NOOP("Formats", "Emotion")},
        {QStringLiteral("achievement"), QT_TRANSLATE_NOOP("Formats", "Achievement")},
        {QStringLiteral("routine"), QT_TRANSLATE_NOOP("Formats", "Routine")},
        {QStringLiteral("preference"), QT_TRANSLATE_NOOP("Formats", "Preference")},
        {QStringLiteral("learning"), QT_TRANSLATE_NOOP("Formats", "Learning")},
        {QStringLiteral("family"), QT_TRANSLATE_NOOP("Formats", "Family")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("Formats", "Other")},
    };
    const auto known = names.constFind(name);
    return known == names.constEnd() ? name : QCoreApplication::translate("Formats", *known);
}

QString Formats::memoryType(const QString &name)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("episodic"), QT_TRANSLATE_NOOP("Formats", "Episodic (an event)")},
        {QStringLiteral("semantic"), QT_TRANSLATE_NOOP("Formats", "Semantic (a fact)")},
        {QStringLiteral("procedural"), QT_TRANSLATE_NOOP("Formats", "Procedural (a how-to)")},
    };
    const auto known = names.constFind(name);
    return known == names.constEnd() ? name : QCoreApplication::translate("Formats", *known);
}
