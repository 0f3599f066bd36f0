#pragma once

#include "keysetlistmodel.h"
#include "memoryfilter.h"

#include <QDate>

// One child's memories, newest first, read page by page with a keyset on ("createdAt", id), with
// the filters and the full-text search of the timeline as typed properties.
class MemoryTimelineModel : public KeysetListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY filterChanged)
    Q_PROPERTY(QString memoryType READ memoryType WRITE setMemoryType NOTIFY filterChanged)
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY filterChanged)
    Q_PROPERTY(Scope scope READ scope WRITE setScope NOTIFY filterChanged)
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY filterChanged)
    Q_PROPERTY(QString importanceLevel READ importanceLevel WRITE setImportanceLevel NOTIFY filterChanged)
    Q_PROPERTY(Expiry expiry READ expiry WRITE setExpiry NOTIFY filterChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY filterChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY filterChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(int maximumSearchLength READ maximumSearchLength CONSTANT)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ContentRole,
        SummaryRole,
        MemoryTypeRole,
        CategoryRole,
        ImportanceRole,
        ImportanceLevelRole,
        AgentIdRole,
        AgentNameRole,
        SessionIdRole,
        CreatedAtRole,
        ExpiresAtRole,
        ExpiredRole,
        DayRole,
        AccessCountRole,
        ArchivedRole,
        // The row's second line (its time, category, type, agent, importance, and whether it
        // expired or is archived), and the same with its date for a screen reader. Made here, once
        // per row, rather than by bindings a reused delegate runs again for each role it is given.
        DetailsRole,
        SpokenDetailsRole,
    };
    Q_ENUM(Roles)

    enum class Scope {
        All = int(MemoryFilter::Scope::All),
        Shared = int(MemoryFilter::Scope::Shared),
        Agent = int(MemoryFilter::Scope::Agent),
        GivenTo = int(MemoryFilter::Scope::GivenTo)
    };
    Q_ENUM(Scope)
    enum class Expiry { All = int(MemoryFilter::Expiry::All), Active = int(MemoryFilter::Expiry::Active), Expired = int(MemoryFilter::Expiry::Expired) };
    Q_ENUM(Expiry)

    explicit MemoryTimelineModel(QObject *parent = nullptr);

    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    [[nodiscard]] const MemoryFilter &filter() const { return m_filter; }
    // The creation time (exact text) of the newest memory shown; empty when none is.
    [[nodiscard]] QString newestShownKey() const;
    [[nodiscard]] QString childId() const { return m_filter.childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString memoryType() const { return m_filter.memoryType; }
    void setMemoryType(const QString &memoryType);
    [[nodiscard]] QStringList categories() const { return m_filter.categories; }
    void setCategories(const QStringList &categories);
    [[nodiscard]] Scope scope() const { return Scope(m_filter.scope); }
    void setScope(Scope scope);
    [[nodiscard]] QString agentId() const { return m_filter.agentId; }
    void setAgentId(const QString &agentId);
    [[nodiscard]] QString importanceLevel() const { return m_filter.importanceLevel; }
    void setImportanceLevel(const QString &level);
    [[nodiscard]] Expiry expiry() const { return Expiry(m_filter.expiry); }
    void setExpiry(Expiry expiry);
    [[nodiscard]] QDate from() const { return m_filter.from; }
    void setFrom(QDate from);
    [[nodiscard]] QDate to() const { return m_filter.to; }
    void setTo(QDate to);
    [[nodiscard]] QString searchText() const { return m_filter.searchText; }
    // Longer than a parent types: 20,000 words made the server's parser run out of stack after 19 s.
    static constexpr int searchLengthLimit = 200;
    [[nodiscard]] static int maximumSearchLength() { return searchLengthLimit; }
    void setSearchText(const QString &text);
    // The last `days` days up to today; 0 for any time.
    Q_INVOKABLE void showLastDays(int days);

Q_SIGNALS:
    void filterChanged();

protected:
    bool prepareTotal(SqlStatement &query) const override;
    bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const override;

private:
    [[nodiscard]] QString details(const QSqlRecord &record, bool withDate) const;
    void changeFilter(const MemoryFilter &filter);
    template<typename Edit>
    void editFilter(Edit edit)
    {
        MemoryFilter filter = m_filter;
        edit(filter);
        changeFilter(filter);
    }

    MemoryFilter m_filter;
};
