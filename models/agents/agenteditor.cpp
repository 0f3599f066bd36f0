#include "agenteditor.h"
#include "changehub.h"
#include "databaseworker.h"


namespace {

const QString examples = QStringLiteral("persona.examples");

} // namespace

AgentEditor::AgentEditor(QObject *parent)
    : FormEditor(AgentStore::fields(), QStringLiteral("agent"), AgentStore::store(), parent)
{
}

void AgentEditor::setAgentId(const QString &agentId)
{
    if (record() == agentId)
        return;
    setRecord(agentId);
    Q_EMIT agentIdChanged();
}

bool AgentEditor::editable() const
{
    return loaded() && !base().columns.value(QStringLiteral("isPublic")).toBool() && !childId().isEmpty()
        && base().columns.value(QStringLiteral("ownerUserId")).toString() == childId();
}

QString AgentEditor::readOnlyReason() const
{
    if (!loaded() || editable())
        return {};
    return base().columns.value(QStringLiteral("isPublic")).toBool()
        ? tr("A public agent is shared by every family: duplicate it to make one of your own to edit.")
        : tr("This agent belongs to another child: duplicate it to edit a copy of your own.");
}

void AgentEditor::addTurn(const QString &role, const QString &text)
{
    QVariantList turns = values().value(examples).toList();
    turns << QVariantMap{{QStringLiteral("role"), role}, {QStringLiteral("text"), text}};
    setValue(examples, turns);
}

void AgentEditor::setTurn(int index, const QString &role, const QString &text)
{
    QVariantList turns = values().value(examples).toList();
    if (index >= 0 && index < turns.size()) {
        turns[index] = QVariantMap{{QStringLiteral("role"), role}, {QStringLiteral("text"), text}};
        setValue(examples, turns);
    }
}

void AgentEditor::restoreVersion(const QVariantMap &version)
{
    setTypedFrom(AgentStore::snapshotOf(version));
}

void AgentEditor::announceSaved()
{
    Q_EMIT ChangeHub::instance()->agentChanged(agentId());
}

void AgentEditor::run(std::function<AgentStore::Outcome(SqlConnection &)> job, std::function<void(const AgentStore::Outcome &)> done)
{
    m_acting = true;
    Q_EMIT stateChanged();
    DatabaseWorker::instance()->run<AgentStore::Outcome>(this, DatabaseWorker::Retry::Never, std::move(job),
                                                         [this, done = std::move(done)](const AgentStore::Outcome &outcome) {
        m_acting = false;
        setError(outcome.error);
        done(outcome);
    });
}

void AgentEditor::duplicate()
{
    if (!loaded() || childId().isEmpty() || busy())
        return;
    const QString name = tr("%1 (copy)").arg(base().columns.value(QStringLiteral("name")).toString()).left(100);
    run([agent = agentId(), child = childId(), name](SqlConnection &db) { return AgentStore::duplicate(db, agent, child, name); },
        [this](const AgentStore::Outcome &outcome) {
            if (outcome.ok)
                Q_EMIT duplicated(outcome.agentId);
        });
}

void AgentEditor::create(const QString &name, const QString &instructions)
{
    if (childId().isEmpty() || busy())
        return;
    const FormField &nameField = AgentStore::fields().at(0);
    const FormField &instructionsField = AgentStore::fields().at(2);
    QString problem = nameField.problemWith(name, QJsonValue::Undefined);
    if (problem.isEmpty())
        problem = instructionsField.problemWith(instructions, QJsonValue::Undefined);
    if (!problem.isEmpty()) {
        setError(problem);
        return;
    }
    run([child = childId(), name = name.trimmed(), instructions = instructions.trimmed()](SqlConnection &db) {
            return AgentStore::create(db, child, name, instructions);
        },
        [this](const AgentStore::Outcome &outcome) {
            if (outcome.ok)
                Q_EMIT created(outcome.agentId);
        });
}

void AgentEditor::checkDeletion()
{
    if (!loaded() || busy())
        return;
    run([agent = agentId(), owner = base().columns.value(QStringLiteral("ownerUserId")).toString()](SqlConnection &db) {
            return AgentStore::checkDeletion(db, agent, owner);
        },
        [this](const AgentStore::Outcome &outcome) {
            if (outcome.ok)
                Q_EMIT deletionChecked(outcome.memories, outcome.sessions, outcome.usedByOthers);
        });
}

void AgentEditor::deleteAgent(bool forgetMemories)
{
    if (!loaded() || busy())
        return;
    const QString child = childId();
    run([agent = agentId(), forgetMemories](SqlConnection &db) { return AgentStore::remove(db, agent, forgetMemories); },
        [this, child](const AgentStore::Outcome &outcome) {
            if (!outcome.ok)
                return;
            const QString gone = agentId();
            setAgentId({});
            Q_EMIT deleted(outcome.memories);
            Q_EMIT ChangeHub::instance()->agentChanged(gone);
            Q_EMIT ChangeHub::instance()->memoriesChanged(child);
        });
}
