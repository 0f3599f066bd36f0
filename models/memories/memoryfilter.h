#pragma once

#include <QDate>
#include <QStringList>

class SqlStatement;

// Which of one child's memories a view shows or an action touches. Sent to the server's memory
// functions as a JSON document (nido.memory_conditions), bound as :filter beside :child.
class MemoryFilter
{
public:
    // GivenTo: what an agent is given by the schema document's query 1, its own and the shared.
    enum class Scope { All, Shared, Agent, GivenTo };
    enum class Expiry { All, Active, Expired };

    QString childId;
    QString memoryType;          // empty: every type
    QStringList categories;      // empty: every category
    Scope scope = Scope::All;
    QString agentId;             // with Scope::Agent and Scope::GivenTo
    QString importanceLevel;     // "low" (< 0.3), "medium", "high" (>= 0.7); empty: any
    Expiry expiry = Expiry::All;
    QDate from;                  // inclusive, local days
    QDate to;                    // inclusive
    QString searchText;

    [[nodiscard]] bool isValid() const { return !childId.isEmpty(); }
    [[nodiscard]] QString json() const;
    // Binds :child and :filter.
    void bind(SqlStatement &query) const;

    bool operator==(const MemoryFilter &other) const;
    bool operator!=(const MemoryFilter &other) const { return !(*this == other); }

    static const QStringList &allCategories();
    static const QStringList &allTypes();
};
