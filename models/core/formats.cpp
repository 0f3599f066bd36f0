#include "formats.h"

#include <QCoreApplication>
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
