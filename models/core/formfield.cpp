#include "formfield.h"
#include "jsontext.h"
#include "listentries.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace {

QString normalisedClock(const QString &text)
{
    const int minutes = FormField::minutesOfDay(text);
    return minutes < 0 ? text : QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Text as the form shows a stored scalar: strings as they are, anything else as its JSON.
QString shownText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return jsonText(value);
}

// As the parent reads and types it: "1,5" in Spanish, read back by typed() with the same locale.
QString decimalText(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', 15);
}

QVariantMap parsedTurn(const QString &line)
{
    for (const QString &prefix : {QStringLiteral("user"), QStringLiteral("assistant")}) {
        if (line.startsWith(prefix + u':'))
            return {{QStringLiteral("role"), prefix}, {QStringLiteral("text"), line.mid(prefix.size() + 1).trimmed()}};
    }
    return {{QStringLiteral("role"), QString()}, {QStringLiteral("text"), line}};
}

QString entryText(const QJsonValue &item)
{
    return item.isString() ? item.toString() : jsonText(item);
}

// A stored value as the list of entries a form shows: a lone string or number is one entry.
QJsonArray entries(const QJsonValue &stored)
{
    if (stored.isArray())
        return stored.toArray();
    if (stored.isUndefined() || stored.isNull())
        return {};
    return QJsonArray{stored};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FormField", text);
}

} // namespace

QString FormField::translatedLabel() const
{
    return QCoreApplication::translate(context, label);
}

int FormField::minutesOfDay(const QString &clock)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const auto match = pattern.match(clock.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() * 60 + match.captured(2).toInt() : -1;
}

QString FormField::turnText(const QString &role, const QString &text)
{
    return role.isEmpty() ? text.trimmed() : role + QStringLiteral(": ") + text.trimmed();
}

// A turn as a parent reads it: who speaks in their words, not the backend's "user:"/"assistant:".
QString FormField::shownTurn(const QString &role, const QString &text)
{
    if (role == u"user")
        return tr("Child: %1").arg(text.trimmed());
    if (role == u"assistant")
        return tr("Agent: %1").arg(text.trimmed());
    return turnText(role, text);
}

QString FormField::displayed(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList lines;
        for (const QVariant &turn : value.toList())
            lines << shownTurn(turn.toMap().value(QStringLiteral("role")).toString(), turn.toMap().value(QStringLiteral("text")).toString());
        return lines.join(u'\n');
    }
    return value.toString();
}

QVariant FormField::formValue(const QJsonValue &stored) const
{
    switch (kind) {
    case List:
    case TimeList: {
        QStringList items;
        for (const QJsonValue &item : entries(stored))
            items << entryText(item);
        return items;
    }
    case Turns: {
        QVariantList turns;
        for (const QJsonValue &item : entries(stored))
            turns << parsedTurn(entryText(item));
        return turns;
    }
    case Number:
        return stored.isDouble() && verbatimNumber(stored).isEmpty() && stored.toDouble() == qRound64(stored.toDouble())
            ? QString::number(qRound64(stored.toDouble()))
            : shownText(stored);
    case Decimal:
        return stored.isDouble() && verbatimNumber(stored).isEmpty() ? decimalText(stored.toDouble()) : shownText(stored);
    case ReadOnly:
        return shownText(stored);
    case Text:
    case Choice:
    case Time:
        return shownText(stored);
    }
    return {};
}

QVariant FormField::typed(const QVariant &value) const
{
    switch (kind) {
    case List:
    case TimeList:
        return value.toStringList();
    case Turns: {
        QVariantList turns;
        for (const QVariant &turn : value.toList()) {
            const QVariantMap map = turn.toMap();
            turns << QVariantMap{{QStringLiteral("role"), map.value(QStringLiteral("role")).toString()},
                                 {QStringLiteral("text"), map.value(QStringLiteral("text")).toString()}};
        }
        return turns;
    }
    default:
        return value.toString();
    }
}

QJsonValue FormField::storedValue(const QVariant &typedValue, const QJsonValue &before) const
{
    const QString text = typedValue.toString().trimmed();
    // What the form shows of each stored entry, so that an entry the parent left goes back as it was
    // ({"rule": "no violencia"}, 3, "user:hola").
    QHash<QString, QJsonValue> originals;
    for (const QJsonValue &item : entries(before))
        originals.insert(entryText(item), item);
    switch (kind) {
    case List:
    case TimeList:
    case Turns: {
        QJsonArray items;
        if (kind == Turns) {
            for (const QVariant &entry : typedValue.toList()) {
                const QVariantMap turn = entry.toMap();
                const QString line = turnText(turn.value(QStringLiteral("role")).toString(), turn.value(QStringLiteral("text")).toString());
                bool kept = false;
                for (auto it = originals.cbegin(); it != originals.cend() && !kept; ++it) {
                    if (parsedTurn(it.key()) == QVariantMap{{QStringLiteral("role"), turn.value(QStringLiteral("role"))},
                                                            {QStringLiteral("text"), turn.value(QStringLiteral("text")).toString().trimmed()}}) {
                        items << it.value();
                        kept = true;
                    }
                }
                if (!kept)
                    items << line;
            }
        } else {
            for (const QString &item : typedValue.toStringList()) {
                if (originals.contains(item))
                    items << originals.value(item);
                else
                    items << (kind == TimeList ? normalisedClock(item.trimmed()) : item.trimmed());
            }
        }
        return items.isEmpty() && absentWhenEmpty ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
    }
    case Number:
    case Decimal: {
        if (text.isEmpty())
            return QJsonValue::Undefined;
        if (originals.contains(text) && !before.isArray())
            return before;
        if (kind == Number)
            return QJsonValue(QLocale::c().toInt(text));
        return QJsonValue(QLocale().toDouble(text));
    }
    case Time:
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(normalisedClock(text));
    case Text:
    case Choice:
        if (text.isEmpty())
            return QJsonValue::Undefined;
        // Shown as text but stored as something else (a number, an object): kept while unchanged.
        if (!before.isString() && originals.contains(typedValue.toString()) && !before.isArray())
            return before;
        return QJsonValue(text);
    case ReadOnly:
        return QJsonValue::Undefined;
    }
    return QJsonValue::Undefined;
}

QString FormField::problemWith(const QVariant &value, const QJsonValue &stored) const
{
    const QString text = value.toString().trimmed();
    if (requiredReason && !isList() && text.isEmpty())
        return QCoreApplication::translate(context, requiredReason);
    QStringList storedEntries;
    for (const QJsonValue &item : entries(stored))
        storedEntries << entryText(item);
    switch (kind) {
    case Text:
    case Choice:
        if (kind == Text && value.toString().size() > maximumLength && !storedEntries.contains(value.toString()))
            return tr("At most %1 characters.").arg(maximumLength);
        return {};
    case Number:
    case Decimal: {
        if (text.isEmpty() || storedEntries.contains(text))
            return {};
        bool ok = false;
        const double number = kind == Number ? double(QLocale::c().toInt(text, &ok)) : QLocale().toDouble(text, &ok);
        if (!ok || number < minimum || number > maximum) {
            return kind == Number ? tr("A whole number from %1 to %2.").arg(qRound64(minimum)).arg(qRound64(maximum))
                                  : tr("A number from %1 to %2.").arg(QLocale().toString(minimum)).arg(QLocale().toString(maximum));
        }
        return {};
    }
    case Time:
        return !text.isEmpty() && minutesOfDay(text) < 0 ? tr("Use 24-hour HH:MM, such as 07:30 or 21:00.") : QString();
    case List:
    case TimeList: {
        QStringList added;
        const QStringList items = value.toStringList();
        for (const QString &item : items) {
            if (!storedEntries.contains(item))
                added << item;
        }
        if (items.size() > maximumItems && items.size() > storedEntries.size())
            return QCoreApplication::translate("ListEntries", "At most %1 entries.").arg(maximumItems);
        QString problem = listEntriesProblem(added, maximumItems, maximumLength);
        QSet<QString> seen;
        for (const QString &item : items) {
            const QString key = item.trimmed().toCaseFolded();
            if (problem.isEmpty() && seen.contains(key) && added.contains(item))
                problem = QCoreApplication::translate("ListEntries", "\"%1\" is listed twice.").arg(item.trimmed());
            seen.insert(key);
        }
        if (!problem.isEmpty() || kind == List)
            return problem;
        for (const QString &item : added) {
            if (minutesOfDay(item) < 0)
                return tr("\"%1\" is not a time of day: use 24-hour HH:MM, such as 16:30.").arg(item);
        }
        return {};
    }
    case Turns: {
        const QVariantList turns = value.toList();
        if (turns.size() > maximumItems && turns.size() > storedEntries.size())
            return tr("At most %1 turns.").arg(maximumItems);
        for (const QVariant &turn : turns) {
            const QVariantMap map = turn.toMap();
            const QString line = turnText(map.value(QStringLiteral("role")).toString(), map.value(QStringLiteral("text")).toString());
            if (storedEntries.contains(line))
                continue;
            const QString turnText = map.value(QStringLiteral("text")).toString().trimmed();
            if (turnText.isEmpty())
                return tr("A turn is empty.");
            if (turnText.size() > maximumLength)
                return tr("Each turn has at most %1 characters.").arg(maximumLength);
        }
        return {};
    }
    case ReadOnly:
        return {};
    }
    return {};
}
