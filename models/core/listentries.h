#pragma once

#include <QString>
#include <QStringList>

// The rules every list a parent edits as chips keeps (a child's interests, an agent's expertise):
// at most `maximumItems` entries, none empty or longer than `maximumLength`, none twice (ignoring
// case and spaces around). Why a list breaks them, or an empty string.
QString listEntriesProblem(const QStringList &items, int maximumItems, int maximumLength);
