#include "formats.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

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
