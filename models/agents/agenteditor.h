#pragma once

#include "agentstore.h"
#include "formeditor.h"

// The persona editor: an agent's name, description, instructions, tone, expertise, constraints,
// example dialogue (edited as turns, stored as the document's "user: ..." / "assistant: ..."
// strings) and voice, over AgentStore. Public agents and other children's are read-only and can be
// duplicated into the chosen child's own.
class AgentEditor : public FormEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY agentIdChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY stateChanged)

public:
    explicit AgentEditor(QObject *parent = nullptr);

    [[nodiscard]] QString agentId() const { return record(); }
    void setAgentId(const QString &agentId);
    [[nodiscard]] bool busy() const { return saving() || m_acting; }
    [[nodiscard]] bool editable() const override;
    [[nodiscard]] QString readOnlyReason() const;

    // Example dialogue, a turn at a time: role "user" (the child) or "assistant" (the agent).
    Q_INVOKABLE void addTurn(const QString &role, const QString &text);
    Q_INVOKABLE void setTurn(int index, const QString &role, const QString &text);
    Q_INVOKABLE void removeTurn(int index) { removeItem(QStringLiteral("persona.examples"), index); }
    // Puts a version from the history into the form; saving it makes a new version.
    Q_INVOKABLE void restoreVersion(const QVariantMap &version);

    // A copy that belongs to the chosen child: duplicated(newId).
    Q_INVOKABLE void duplicate();
    // A new agent of the chosen child: created(newId).
    Q_INVOKABLE void create(const QString &name, const QString &instructions);
    // What deleting would change: deletionChecked(memories, sessions, usedByOthers).
    Q_INVOKABLE void checkDeletion();
    // Deletes the agent; with forgetMemories the child's memories that name it go too (audited and
    // queued for the vector store), otherwise they become shared with every agent.
    Q_INVOKABLE void deleteAgent(bool forgetMemories);

Q_SIGNALS:
    void agentIdChanged();
    void duplicated(const QString &agentId);
    void created(const QString &agentId);
    void deletionChecked(int memories, int sessions, bool usedByOthers);
    void deleted(int memoriesForgotten);

protected:
    void childChanged() override {}
    void announceSaved() override;

private:
    // Copies and deletions are not sent twice after a dropped connection: the parent retries.
    void run(std::function<AgentStore::Outcome(SqlConnection &)> job, std::function<void(const AgentStore::Outcome &)> done);

    bool m_acting = false;
};
