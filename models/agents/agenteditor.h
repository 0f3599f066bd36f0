#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The persona editor: an agent's name, description, instructions, tone, expertise, constraints,
// example dialogue (edited as turns, stored as the document's "user: ..." / "assistant: ..."
// strings) and voice. Only the keys the parent changed are written, into the server's current
// documents, so keys Nido does not know are kept. Public agents and other children's are read-only
// and can be duplicated into the chosen child's own; isPublic is never written.
class AgentEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY agentChanged)
    Q_PROPERTY(QString agentId READ agentId WRITE setAgentId NOTIFY agentChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool editable READ editable NOTIFY stateChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSavedAt READ lastSavedAt NOTIFY stateChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY valuesChanged)
    Q_PROPERTY(QStringList changedFields READ changedKeys NOTIFY valuesChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY valuesChanged)

public:
    struct Row {
        bool exists = false;
        QString name;
        QString description;
        QJsonObject persona;
        QJsonObject voiceSettings;
        bool isPublic = false;
        QString ownerUserId;
    };

    explicit AgentEditor(QObject *parent = nullptr);

    [[nodiscard]] QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    [[nodiscard]] QString agentId() const { return m_agentId; }
    void setAgentId(const QString &agentId);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_base.exists; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool editable() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QDateTime lastSavedAt() const { return m_lastSavedAt; }
    [[nodiscard]] QVariantMap values() const { return m_typed; }
    [[nodiscard]] QVariantMap errors() const;
    [[nodiscard]] QStringList changedKeys() const;
    [[nodiscard]] bool dirty() const { return !changedKeys().isEmpty(); }
    [[nodiscard]] bool canSave() const;

    Q_INVOKABLE void setValue(const QString &key, const QVariant &value);
    Q_INVOKABLE bool addItem(const QString &key, const QString &text);
    Q_INVOKABLE void removeItem(const QString &key, int index);
    // Example dialogue, a turn at a time: role "user" (the child) or "assistant" (the agent).
    Q_INVOKABLE void addTurn(const QString &role, const QString &text);
    Q_INVOKABLE void setTurn(int index, const QString &role, const QString &text);
    Q_INVOKABLE void removeTurn(int index);
    // Puts a version from the history into the form; saving it makes a new version.
    Q_INVOKABLE void restoreVersion(const QVariantMap &version);

    Q_INVOKABLE void save();
    Q_INVOKABLE void discard();
    // A copy that belongs to the chosen child: duplicated(newId).
    Q_INVOKABLE void duplicate();
    // A new agent of the chosen child: created(newId).
    Q_INVOKABLE void create(const QString &name, const QString &instructions);
    // What deleting would change: deletionChecked(memories, sessions, usedByOthers).
    Q_INVOKABLE void checkDeletion();
    // Deletes the agent; with forgetMemories the child's memories that name it go too (audited and
    // queued for the vector store), otherwise they become shared with every agent.
    Q_INVOKABLE void deleteAgent(bool forgetMemories);

    // The form of a stored row (for the history's diff too).
    [[nodiscard]] static QVariantMap formValues(const Row &row);
    // The editor's fields in order (those kept in one column: "persona", "voiceSettings"), and each
    // one's name as a parent reads it.
    [[nodiscard]] static QStringList fieldNames(const QString &column = {});
    Q_INVOKABLE static QString label(const QString &key);
    [[nodiscard]] static Row rowOf(const QVariantMap &version);
    [[nodiscard]] static QString turnText(const QString &role, const QString &text);

Q_SIGNALS:
    void agentChanged();
    void stateChanged();
    void valuesChanged();
    void saved();
    void duplicated(const QString &agentId);
    void created(const QString &agentId);
    void deletionChecked(int memories, int sessions, bool usedByOthers);
    void deleted(int memoriesForgotten);

private:
    struct Outcome {
        bool ok = false;
        QString error;
        Row row;
        QString newAgentId;
        int count = 0;
        int sessions = 0;
        bool usedByOthers = false;
    };

    void load();
    void show(const Row &row);
    void finish(const Outcome &outcome);
    void run(std::function<Outcome(class SqlConnection &)> job, std::function<void(const Outcome &)> done);

    QString m_childId;
    QString m_agentId;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_busy = false;
    QString m_error;
    QDateTime m_lastSavedAt;
    Row m_base;
    QVariantMap m_typed;
};
