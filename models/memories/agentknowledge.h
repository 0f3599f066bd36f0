#pragma once

#include "dataloader.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// Who knows what: for each of the child's agents (its own, and any its memories or sessions name),
// how many of the child's memories of each category the agent is given by the schema document's
// query 1 rules: its own and those shared with every agent, not expired. Counted by PostgreSQL.
class AgentKnowledge : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    // The columns: the categories any agent is given a memory of, in the schema's order.
    Q_PROPERTY(QStringList categories READ categories NOTIFY knowledgeChanged)
    // Each {agentId, name, counts (one per category), total}.
    Q_PROPERTY(QVariantList agents READ agents NOTIFY knowledgeChanged)

public:
    explicit AgentKnowledge(QObject *parent = nullptr);

    // Tests pin "now"; the app uses the clock.
    void setReferenceTime(const QDateTime &utc) { m_referenceTime = utc; }

    [[nodiscard]] QStringList categories() const { return m_categories; }
    [[nodiscard]] QVariantList agents() const { return m_agents; }
    // A cell: -1 when the agent or the category is not shown.
    [[nodiscard]] Q_INVOKABLE int count(const QString &agentId, const QString &category) const;

Q_SIGNALS:
    void knowledgeChanged();

protected:
    void clear() override;
    void load() override;

private:
    struct Knowledge {
        QStringList categories;
        QVariantList agents;
    };

    QDateTime m_referenceTime;
    QStringList m_categories;
    QVariantList m_agents;
};
