#pragma once

#include "dataloader.h"

#include <QVariantList>
#include <QVariantMap>

// "What this agent sees": the context the voice backend would give the agent for the chosen
// child, read with the schema document's query 1 (the agent's own and the shared episodic
// memories, by importance then recency, 5 of them), the profile, the persona and the latest
// conversation with this agent. The five memories that just missed the cut come with why.
class AgentContextPreview : public DataLoader
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY agentIdChanged)
    Q_PROPERTY(QVariantList memories READ memories NOTIFY previewChanged)
    Q_PROPERTY(QVariantList missedCut READ missedCut NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap persona READ persona NOTIFY previewChanged)
    Q_PROPERTY(QVariantList conversation READ conversation NOTIFY previewChanged)

public:
    static constexpr int memoriesGiven = 5;

    explicit AgentContextPreview(QObject *parent = nullptr);

    [[nodiscard]] QString agentId() const { return m_agentId; }
    void setAgentId(const QString &agentId);
    [[nodiscard]] QVariantList memories() const { return m_preview.memories; }
    [[nodiscard]] QVariantList missedCut() const { return m_preview.missedCut; }
    [[nodiscard]] QVariantMap profile() const { return m_preview.profile; }
    [[nodiscard]] QVariantMap persona() const { return m_preview.persona; }
    [[nodiscard]] QVariantList conversation() const { return m_preview.conversation; }

Q_SIGNALS:
    void agentIdChanged();
    void previewChanged();

protected:
    [[nodiscard]] bool wanted() const override;
    void clear() override;
    void load() override;

private:
    struct Preview {
        QVariantList memories;
        QVariantList missedCut;
        QVariantMap profile;
        QVariantMap persona;
        QVariantList conversation;
    };
    static void readPreview(const QList<QList<QSqlRecord>> &rows, Preview &preview);

    QString m_agentId;
    Preview m_preview;
};
