#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// "What this agent sees": the context the voice backend would give the agent for the chosen
// child, read with the schema document's query 1 (the agent's own and the shared episodic
// memories, by importance then recency, 5 of them), the profile, the persona and the latest
// conversation with this agent. The five memories that just missed the cut come with why.
class AgentContextPreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY inputChanged)
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY inputChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY previewChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY previewChanged)
    Q_PROPERTY(QVariantList memories READ memories NOTIFY previewChanged)
    Q_PROPERTY(QVariantList missedCut READ missedCut NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap profile READ profile NOTIFY previewChanged)
    Q_PROPERTY(QVariantMap persona READ persona NOTIFY previewChanged)
    Q_PROPERTY(QVariantList conversation READ conversation NOTIFY previewChanged)

public:
    static constexpr int memoriesGiven = 5;

    explicit AgentContextPreview(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString agentId() const { return m_agentId; }
    void setAgentId(const QString &agentId);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorString() const { return m_preview.error; }
    [[nodiscard]] QVariantList memories() const { return m_preview.memories; }
    [[nodiscard]] QVariantList missedCut() const { return m_preview.missedCut; }
    [[nodiscard]] QVariantMap profile() const { return m_preview.profile; }
    [[nodiscard]] QVariantMap persona() const { return m_preview.persona; }
    [[nodiscard]] QVariantList conversation() const { return m_preview.conversation; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void inputChanged();
    void previewChanged();

private:
    struct Preview {
        QVariantList memories;
        QVariantList missedCut;
        QVariantMap profile;
        QVariantMap persona;
        QVariantList conversation;
        QString error;
    };
    static Preview read(class SqlConnection &db, const QString &childId, const QString &agentId);

    QString m_childId;
    QString m_agentId;
    quint64 m_request = 0;
    bool m_loading = false;
    Preview m_preview;
};
