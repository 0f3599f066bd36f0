#include "listentries.h"

#include <QCoreApplication>
#include <QSet>

QString listEntriesProblem(const QStringList &items, int maximumItems, int maximumLength)
{
    if (items.size() > maximumItems)
        return QCoreApplication::translate("ListEntries", "At most %1 entries.").arg(maximumItems);
    QSet<QString> seen;
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            return QCoreApplication::translate("ListEntries", "An entry is empty.");
        if (item.size() > maximumLength)
            return QCoreApplication::translate("ListEntries", "Each entry has at most %1 characters.").arg(maximumLength);
        if (seen.contains(item.trimmed().toCaseFolded()))
            return QCoreApplication::translate("ListEntries", "\"%1\" is listed twice.").arg(item.trimmed());
        seen.insert(item.trimmed().toCaseFolded());
    }
    return {};
}
