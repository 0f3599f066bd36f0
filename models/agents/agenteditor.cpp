#include "agenteditor.h"
#include "jsontext.h"
#include "databaseworker.h"
#include "listentries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

enum class Kind { Text, List, Number, Turns };
struct Key {
    const char *name;
    const char *column; // "name", "description", "persona" or "voiceSettings"
    Kind kind;
    int maximumLength = 0;
    double minimum = 0;
    double maximum = 0;
};

const QList<Key> &keys()
{
    static const QList<Key> list = {
        {"name", "name", Kind::Text, 100},
        {"description", "description", Kind::Text, 1000},
        {"instructions", "persona", Kind::Text, 4000},
        {"tone", "persona", Kind::Text, 200},
        {"expertise", "persona", Kind::List, 200},
        {"constraints", "persona", Kind::List, 200},
        {"examples", "persona", Kind::Turns, 1000},
        {"voice", "voiceSettings", Kind::Text, 100},
        {"language", "voiceSettings", Kind::Text, 35},
        {"speed", "voiceSettings", Kind::Number, 0, 0.25, 4.0},
        {"pitch", "voiceSettings", Kind::Number, 0, -20, 20},
    };
    return list;
}

constexpr int maximumItems = 30;

const Key *keyNamed(const QString &name)
{
    for (const Key &key : keys()) {
        if (name == QLatin1String(key.name))
            return &key;
    }
    return nullptr;
}


QJsonValue stored(const AgentEditor::Row &row, const Key &key)
{
    const QString column = QLatin1String(key.column);
    if (column == u"name")
        return row.name;
    if (column == u"description")
        return row.description;
    return (column == u"persona" ? row.persona : row.voiceSettings).value(QLatin1String(key.name));
}

// A stored example line as a turn: the child's ("user: ..."), the agent's ("assistant: ...") or
// a line in no known form (no role).
QVariantMap parsedTurn(const QString &line)
{
    for (const QString &prefix : {QStringLiteral("user"), QStringLiteral("assistant")}) {
        if (line.startsWith(prefix + u':'))
            return {{QStringLiteral("role"), prefix}, {QStringLiteral("text"), line.mid(prefix.size() + 1).trimmed()}};
    }
    return {{QStringLiteral("role"), QString()}, {QStringLiteral("text"), line}};
}

QVariant formValue(const Key &key, const QJsonValue &value)
{
    switch (key.kind) {
    case Kind::Text:
        return value.isString() ? value.toString() : (value.isDouble() ? QString::number(value.toDouble()) : QString());
    case Kind::Number:
        return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    case Kind::List: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items;
    }
    case Kind::Turns: {
        QVariantList turns;
        for (const QJsonValue &item : value.toArray()) {
            QVariantMap turn = parsedTurn(item.isString() ? item.toString() : jsonText(item));
            // Written back as it was while the parent leaves it ("user:hola" stays so).
            turn.insert(QStringLiteral("original"), item.toVariant());
            turns << turn;
        }
        return turns;
    }
    }
    return {};
}

QJsonValue storedValue(const Key &key, const QVariant &typed)
{
    switch (key.kind) {
    case Kind::Text: {
        const QString text = typed.toString().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Kind::Number: {
        const QString text = typed.toString().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text.toDouble());
    }
    // An emptied list goes with its key, as a persona without it reads the same (and a restored
    // version that never had it gets none).
    case Kind::List: {
        QJsonArray items;
        for (const QString &item : typed.toStringList())
            items << item.trimmed();
        return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
    }
    case Kind::Turns: {
        QJsonArray lines;
        for (const QVariant &entry : typed.toList()) {
            const QVariantMap turn = entry.toMap();
            const QVariant original = turn.value(QStringLiteral("original"));
            const bool untouched = original.isValid()
                && parsedTurn(original.typeId() == QMetaType::QString ? original.toString() : jsonText(QJsonValue::fromVariant(original)))
                       == QVariantMap{{QStringLiteral("role"), turn.value(QStringLiteral("role"))}, {QStringLiteral("text"), turn.value(QStringLiteral("text"))}};
            lines << (untouched ? QJsonValue::fromVariant(original)
                                : QJsonValue(AgentEditor::turnText(turn.value(QStringLiteral("role")).toString(), turn.value(QStringLiteral("text")).toString())));
        }
        return lines.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(lines);
    }
    }
    return QJsonValue::Undefined;
}

QString problemWith(const Key &key, const QVariant &typed)
{
    switch (key.kind) {
    case Kind::Text: {
        const QString text = typed.toString().trimmed();
        if ((key.name == QByteArrayView("name") || key.name == QByteArrayView("instructions")) && text.isEmpty())
            return key.name == QByteArrayView("name") ? QCoreApplication::translate("AgentEditor", "An agent needs a name.") : QCoreApplication::translate("AgentEditor", "Instructions cannot be empty: they are what the agent is told to be.");
        return text.size() > key.maximumLength ? QCoreApplication::translate("AgentEditor", "At most %1 characters.").arg(key.maximumLength) : QString();
    }
    case Kind::Number: {
        const QString text = typed.toString().trimmed();
        bool ok = text.isEmpty();
        const double number = text.toDouble(&ok);
        if (!text.isEmpty() && (!ok || number < key.minimum || number > key.maximum))
            return QCoreApplication::translate("AgentEditor", "A number from %1 to %2.").arg(key.minimum).arg(key.maximum);
        return {};
    }
    case Kind::List:
        return listEntriesProblem(typed.toStringList(), maximumItems, key.maximumLength);
    case Kind::Turns: {
        const QVariantList turns = typed.toList();
        if (turns.size() > maximumItems)
            return QCoreApplication::translate("AgentEditor", "At most %1 turns.").arg(maximumItems);
        for (const QVariant &turn : turns) {
            const QString text = turn.toMap().value(QStringLiteral("text")).toString().trimmed();
            if (text.isEmpty())
                return QCoreApplication::translate("AgentEditor", "A turn is empty.");
            if (text.size() > key.maximumLength)
                return QCoreApplication::translate("AgentEditor", "Each turn has at most %1 characters.").arg(key.maximumLength);
        }
        return {};
    }
    }
    return {};
}

QJsonObject parsedObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

const auto selectRow = QStringLiteral(
    "SELECT name, description, persona::text, \"voiceSettings\"::text, \"isPublic\", \"ownerUserId\"::text FROM agents WHERE id = CAST(:id AS uuid)");

std::optional<AgentEditor::Row> readRow(SqlConnection &db, const QString &agentId, bool forUpdate, QString *error)
{
    QSqlQuery &query = db.prepared(selectRow + (forUpdate ? QStringLiteral(" FOR UPDATE") : QString()));
    query.bindValue(QStringLiteral(":id"), agentId);
    if (!db.exec(query, error))
        return std::nullopt;
    AgentEditor::Row row;
    if (query.next()) {
        row = {true, query.value(0).toString(), query.value(1).toString(), parsedObject(query.value(2)), parsedObject(query.value(3)),
               query.value(4).toBool(), query.value(5).toString()};
    }
    query.finish();
    return row;
}

} // namespace

AgentEditor::AgentEditor(QObject *parent)
    : QObject(parent)
{
}

QString AgentEditor::turnText(const QString &role, const QString &text)
{
    return role.isEmpty() ? text.trimmed() : role + QStringLiteral(": ") + text.trimmed();
}

void AgentEditor::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT agentChanged();
    Q_EMIT stateChanged();
}

void AgentEditor::setAgentId(const QString &agentId)
{
    if (m_agentId == agentId)
        return;
    m_agentId = agentId;
    Q_EMIT agentChanged();
    load();
}

bool AgentEditor::editable() const
{
    return m_base.exists && !m_base.isPublic && !m_childId.isEmpty() && m_base.ownerUserId == m_childId;
}

QString AgentEditor::readOnlyReason() const
{
    if (!m_base.exists || editable())
        return {};
    return m_base.isPublic ? QCoreApplication::translate("AgentEditor", "A public agent is shared by every family: duplicate it to make one of your own to edit.")
                           : QCoreApplication::translate("AgentEditor", "This agent belongs to another child: duplicate it to edit a copy of your own.");
}

QStringList AgentEditor::fieldNames(const QString &column)
{
    QStringList names;
    for (const Key &key : keys()) {
        if (column.isEmpty() || column == QLatin1String(key.column))
            names << QLatin1String(key.name);
    }
    return names;
}

QString AgentEditor::label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AgentEditor", "Name")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("AgentEditor", "Description")},
        {QStringLiteral("instructions"), QT_TRANSLATE_NOOP("AgentEditor", "Instructions")},
        {QStringLiteral("tone"), QT_TRANSLATE_NOOP("AgentEditor", "Tone")},
        {QStringLiteral("expertise"), QT_TRANSLATE_NOOP("AgentEditor", "Knows about")},
        {QStringLiteral("constraints"), QT_TRANSLATE_NOOP("AgentEditor", "Rules it keeps")},
        {QStringLiteral("examples"), QT_TRANSLATE_NOOP("AgentEditor", "Example dialogue")},
        {QStringLiteral("voice"), QT_TRANSLATE_NOOP("AgentEditor", "Voice")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("AgentEditor", "Language")},
        {QStringLiteral("speed"), QT_TRANSLATE_NOOP("AgentEditor", "Speed")},
        {QStringLiteral("pitch"), QT_TRANSLATE_NOOP("AgentEditor", "Pitch")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("AgentEditor", "Other settings")},
    };
    const char *text = labels.value(key);
    return text ? QCoreApplication::translate("AgentEditor", text) : key;
}

AgentEditor::Row AgentEditor::rowOf(const QVariantMap &version)
{
    return {true, version.value(QStringLiteral("name")).toString(), version.value(QStringLiteral("description")).toString(),
            parsedObject(version.value(QStringLiteral("persona"))), parsedObject(version.value(QStringLiteral("voiceSettings")))};
}

QVariantMap AgentEditor::formValues(const Row &row)
{
    QVariantMap values;
    for (const Key &key : keys())
        values.insert(QLatin1String(key.name), formValue(key, stored(row, key)));
    return values;
}

void AgentEditor::load()
{
    const quint64 request = ++m_request;
    m_base = {};
    m_typed.clear();
    m_error.clear();
    m_loading = !m_agentId.isEmpty();
    Q_EMIT stateChanged();
    Q_EMIT valuesChanged();
    if (m_agentId.isEmpty())
        return;
    run([agent = m_agentId](SqlConnection &db) {
            Outcome outcome;
            if (const auto row = readRow(db, agent, false, &outcome.error)) {
                outcome.row = *row;
                outcome.ok = row->exists;
                if (!row->exists)
                    outcome.error = QCoreApplication::translate("AgentEditor", "This agent is no longer in the database.");
            }
            return outcome;
        },
        [this, request](const Outcome &outcome) {
            if (request != m_request)
                return;
            m_loading = false;
            if (outcome.ok)
                show(outcome.row);
            finish(outcome);
        });
}

void AgentEditor::show(const Row &row)
{
    m_base = row;
    m_typed = formValues(row);
    Q_EMIT valuesChanged();
}

void AgentEditor::finish(const Outcome &outcome)
{
    m_busy = false;
    m_error = outcome.error;
    Q_EMIT stateChanged();
    Q_EMIT valuesChanged();
}

void AgentEditor::run(std::function<Outcome(SqlConnection &)> job, std::function<void(const Outcome &)> done)
{
    // Saves, copies and deletions are not sent twice after a dropped connection: the parent retries.
    DatabaseWorker::instance()->run<Outcome>(this, DatabaseWorker::Retry::Never, std::move(job), std::move(done));
}

QVariantMap AgentEditor::errors() const
{
    // Only what the parent changed: what the backend stored outside Nido's rules (an agent without
    // instructions, a long tone) must not stop a rename.
    QVariantMap problems;
    const QStringList changed = changedKeys();
    for (const Key &key : keys()) {
        if (!changed.contains(QLatin1String(key.name)))
            continue;
        const QString problem = problemWith(key, m_typed.value(QLatin1String(key.name)));
        if (!problem.isEmpty())
            problems.insert(QLatin1String(key.name), problem);
    }
    return problems;
}

QStringList AgentEditor::changedKeys() const
{
    QStringList changed;
    if (!m_base.exists)
        return changed;
    const QVariantMap saved = formValues(m_base);
    for (const Key &key : keys()) {
        const QString name = QLatin1String(key.name);
        if (m_typed.value(name) != saved.value(name))
            changed << name;
    }
    return changed;
}

bool AgentEditor::canSave() const
{
    return editable() && !m_busy && dirty() && errors().isEmpty();
}

void AgentEditor::setValue(const QString &name, const QVariant &value)
{
    const Key *key = keyNamed(name);
    if (!key || !m_base.exists)
        return;
    m_typed.insert(name, key->kind == Kind::List ? QVariant(value.toStringList()) : key->kind == Kind::Turns ? QVariant(value.toList())
                                                                                                            : QVariant(value.toString()));
    Q_EMIT valuesChanged();
}

bool AgentEditor::addItem(const QString &name, const QString &text)
{
    QStringList items = m_typed.value(name).toStringList();
    if (text.trimmed().isEmpty() || items.contains(text.trimmed(), Qt::CaseInsensitive))
        return false;
    items << text.trimmed();
    setValue(name, items);
    return true;
}

void AgentEditor::removeItem(const QString &name, int index)
{
    QStringList items = m_typed.value(name).toStringList();
    if (index >= 0 && index < items.size()) {
        items.removeAt(index);
        setValue(name, items);
    }
}

void AgentEditor::addTurn(const QString &role, const QString &text)
{
    QVariantList turns = m_typed.value(QStringLiteral("examples")).toList();
    turns << QVariantMap{{QStringLiteral("role"), role}, {QStringLiteral("text"), text}};
    setValue(QStringLiteral("examples"), turns);
}

void AgentEditor::setTurn(int index, const QString &role, const QString &text)
{
    QVariantList turns = m_typed.value(QStringLiteral("examples")).toList();
    if (index >= 0 && index < turns.size()) {
        turns[index] = QVariantMap{{QStringLiteral("role"), role}, {QStringLiteral("text"), text}};
        setValue(QStringLiteral("examples"), turns);
    }
}

void AgentEditor::removeTurn(int index)
{
    QVariantList turns = m_typed.value(QStringLiteral("examples")).toList();
    if (index >= 0 && index < turns.size()) {
        turns.removeAt(index);
        setValue(QStringLiteral("examples"), turns);
    }
}

void AgentEditor::restoreVersion(const QVariantMap &version)
{
    if (!m_base.exists)
        return;
    m_typed = formValues(rowOf(version));
    Q_EMIT valuesChanged();
}

void AgentEditor::discard()
{
    show(m_base);
    m_error.clear();
    Q_EMIT stateChanged();
}

void AgentEditor::save()
{
    if (!canSave())
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    QList<QPair<const Key *, QJsonValue>> edits;
    for (const QString &name : changedKeys()) {
        const Key *key = keyNamed(name);
        edits.append({key, storedValue(*key, m_typed.value(name))});
    }
    const quint64 request = m_request;
    run([agent = m_agentId, base = m_base, edits](SqlConnection &db) {
            Outcome outcome;
            if (!db.transaction(&outcome.error))
                return outcome;
            const auto fail = [&](const QString &error) {
                db.rollback();
                if (!error.isEmpty())
                    outcome.error = error;
                return outcome;
            };
            // Nido's own save, so that its version is not labelled "someone else".
            if (!db.execDirect(QStringLiteral("SET LOCAL nido.client = 'nido'"), &outcome.error))
                return fail({});
            const auto current = readRow(db, agent, true, &outcome.error);
            if (!current)
                return fail({});
            if (!current->exists)
                return fail(QCoreApplication::translate("AgentEditor", "This agent was deleted, or you may not change it; nothing was saved."));
            for (const auto &[key, value] : edits) {
                if (stored(*current, *key) != stored(base, *key))
                    return fail(QCoreApplication::translate("AgentEditor", "Someone else changed this agent's %1 since you opened it; nothing was saved and your version is "
                                   "still here. Copy what you need, then discard to see theirs.")
                                    .arg(QLatin1String(key->name)));
            }
            QStringList assignments;
            QMap<QString, QString> documents{{QStringLiteral("persona"), QStringLiteral("persona")},
                                             {QStringLiteral("voiceSettings"), QStringLiteral("\"voiceSettings\"")}};
            QVariantMap values;
            for (int i = 0; i < edits.size(); ++i) {
                const auto &[key, value] = edits[i];
                const QString column = QLatin1String(key->column);
                const QString placeholder = QStringLiteral(":v%1").arg(i);
                if (column == u"name" || column == u"description") {
                    assignments << column + QStringLiteral(" = ") + placeholder;
                    values.insert(placeholder, value.isUndefined() ? QVariant(QMetaType(QMetaType::QString)) : value.toVariant());
                } else {
                    documents[column] = QStringLiteral("nido.jsonb_put(%1, CAST('{%2}' AS text[]), CAST(%3 AS jsonb))")
                                            .arg(documents[column], QLatin1String(key->name), placeholder);
                    values.insert(placeholder, value.isUndefined() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(jsonText(value)));
                }
            }
            if (documents[QStringLiteral("persona")] != u"persona")
                assignments << QStringLiteral("persona = ") + documents[QStringLiteral("persona")];
            if (documents[QStringLiteral("voiceSettings")] != u"\"voiceSettings\"")
                assignments << QStringLiteral("\"voiceSettings\" = ") + documents[QStringLiteral("voiceSettings")];
            QSqlQuery &update = db.prepared(QStringLiteral("UPDATE agents SET %1 WHERE id = CAST(:id AS uuid) AND NOT \"isPublic\"")
                                                .arg(assignments.join(QStringLiteral(", "))));
            update.bindValue(QStringLiteral(":id"), agent);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                update.bindValue(it.key(), it.value());
            if (!db.exec(update, &outcome.error))
                return fail(update.lastError().nativeErrorCode() == u"42501"
                                ? QCoreApplication::translate("AgentEditor", "You may not change this agent; nothing was saved.") : QString());
            if (update.numRowsAffected() != 1)
                return fail(QCoreApplication::translate("AgentEditor", "You may not change this agent; nothing was saved."));
            update.finish();
            const auto after = readRow(db, agent, false, &outcome.error);
            if (!after || !db.commit(&outcome.error))
                return fail({});
            outcome.row = *after;
            outcome.ok = true;
            return outcome;
        },
        [this, request](const Outcome &outcome) {
            if (request != m_request)
                return;
            if (outcome.ok) {
                show(outcome.row);
                m_lastSavedAt = QDateTime::currentDateTime();
                Q_EMIT saved();
            }
            finish(outcome);
        });
}

void AgentEditor::duplicate()
{
    if (!m_base.exists || m_childId.isEmpty() || m_busy)
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    const QString name = QCoreApplication::translate("AgentEditor", "%1 (copy)").arg(m_base.name).left(100);
    run([agent = m_agentId, child = m_childId, name](SqlConnection &db) {
            Outcome outcome;
            if (!db.transaction(&outcome.error))
                return outcome;
            if (!db.execDirect(QStringLiteral("SET LOCAL nido.client = 'nido'"), &outcome.error)) {
                db.rollback();
                return outcome;
            }
            QSqlQuery &copy = db.prepared(QStringLiteral(
                "INSERT INTO agents (name, description, persona, \"voiceSettings\", \"ownerUserId\") "
                "SELECT :name, description, persona, \"voiceSettings\", CAST(:child AS uuid) FROM agents WHERE id = CAST(:id AS uuid) "
                "RETURNING id::text"));
            copy.bindValue(QStringLiteral(":name"), name);
            copy.bindValue(QStringLiteral(":child"), child);
            copy.bindValue(QStringLiteral(":id"), agent);
            if (!db.exec(copy, &outcome.error) || !copy.next()) {
                if (copy.lastError().nativeErrorCode() == u"42501")
                    outcome.error = QCoreApplication::translate("AgentEditor", "You may not add agents for this child.");
                db.rollback();
                return outcome;
            }
            outcome.newAgentId = copy.value(0).toString();
            copy.finish();
            outcome.ok = db.commit(&outcome.error);
            return outcome;
        },
        [this](const Outcome &outcome) {
            finish(outcome);
            if (outcome.ok)
                Q_EMIT duplicated(outcome.newAgentId);
        });
}

void AgentEditor::create(const QString &name, const QString &instructions)
{
    if (m_childId.isEmpty() || m_busy)
        return;
    const QString problem = !problemWith(*keyNamed(QStringLiteral("name")), name).isEmpty()
        ? problemWith(*keyNamed(QStringLiteral("name")), name)
        : problemWith(*keyNamed(QStringLiteral("instructions")), instructions);
    if (!problem.isEmpty()) {
        m_error = problem;
        Q_EMIT stateChanged();
        return;
    }
    m_busy = true;
    Q_EMIT stateChanged();
    run([child = m_childId, name = name.trimmed(), instructions = instructions.trimmed()](SqlConnection &db) {
            Outcome outcome;
            if (!db.transaction(&outcome.error))
                return outcome;
            QSqlQuery &insert = db.prepared(QStringLiteral(
                "INSERT INTO agents (name, persona, \"ownerUserId\") VALUES (:name, jsonb_build_object('instructions', CAST(:instructions AS text)), "
                "CAST(:child AS uuid)) RETURNING id::text"));
            insert.bindValue(QStringLiteral(":name"), name);
            insert.bindValue(QStringLiteral(":instructions"), instructions);
            insert.bindValue(QStringLiteral(":child"), child);
            if (!db.execDirect(QStringLiteral("SET LOCAL nido.client = 'nido'"), &outcome.error) || !db.exec(insert, &outcome.error)
                || !insert.next()) {
                if (insert.lastError().nativeErrorCode() == u"42501")
                    outcome.error = QCoreApplication::translate("AgentEditor", "You may not add agents for this child.");
                db.rollback();
                return outcome;
            }
            outcome.newAgentId = insert.value(0).toString();
            insert.finish();
            outcome.ok = db.commit(&outcome.error);
            return outcome;
        },
        [this](const Outcome &outcome) {
            finish(outcome);
            if (outcome.ok)
                Q_EMIT created(outcome.newAgentId);
        });
}

void AgentEditor::checkDeletion()
{
    if (!m_base.exists)
        return;
    run([agent = m_agentId, owner = m_base.ownerUserId](SqlConnection &db) {
            Outcome outcome;
            if (!db.transaction(&outcome.error))
                return outcome;
            QSqlQuery &count = db.prepared(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM memory_contexts mc WHERE mc.\"userId\" = CAST(NULLIF(:owner, '') AS uuid) AND mc.\"agentId\" = CAST(:id AS uuid)), "
                "  (SELECT COUNT(*) FROM voice_sessions vs WHERE vs.\"userId\" = CAST(NULLIF(:owner, '') AS uuid) AND vs.metadata->>'agentId' = :id)"));
            count.bindValue(QStringLiteral(":owner"), owner);
            count.bindValue(QStringLiteral(":id"), agent);
            if (db.exec(count, &outcome.error) && count.next()) {
                outcome.count = count.value(0).toInt();
                outcome.sessions = count.value(1).toInt();
                count.finish();
                // The server's own rule, asked by trying it and rolling back: whether other
                // children's memories or sessions use the agent, which a caregiver cannot see.
                QSqlQuery &dryRun = db.prepared(QStringLiteral("SELECT nido.delete_agent(current_user, CAST(:id AS uuid), false)"));
                dryRun.bindValue(QStringLiteral(":id"), agent);
                QString refused;
                if (db.exec(dryRun, &refused)) {
                    outcome.ok = true;
                } else if (dryRun.lastError().nativeErrorCode() == u"2BP01") {
                    outcome.ok = true;
                    outcome.usedByOthers = true;
                } else {
                    outcome.error = dryRun.lastError().nativeErrorCode() == u"42501"
                        ? QCoreApplication::translate("AgentEditor", "You may not delete this agent.") : refused;
                }
                dryRun.finish();
            }
            db.rollback();
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.ok) {
                finish(outcome);
                return;
            }
            Q_EMIT deletionChecked(outcome.count, outcome.sessions, outcome.usedByOthers);
        });
}

void AgentEditor::deleteAgent(bool forgetMemories)
{
    if (!m_base.exists || m_busy)
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    run([agent = m_agentId, forgetMemories](SqlConnection &db) {
            Outcome outcome;
            QSqlQuery &deletion = db.prepared(QStringLiteral("SELECT nido.delete_agent(current_user, CAST(:id AS uuid), :forget)"));
            deletion.bindValue(QStringLiteral(":id"), agent);
            deletion.bindValue(QStringLiteral(":forget"), forgetMemories);
            if (!db.exec(deletion, &outcome.error)) {
                const QString state = deletion.lastError().nativeErrorCode();
                if (state == u"42501")
                    outcome.error = QCoreApplication::translate("AgentEditor", "You may not delete this agent; nothing was deleted.");
                else if (state == u"2BP01")
                    outcome.error = QCoreApplication::translate("AgentEditor", "Other children's memories or sessions use this agent, so it cannot be deleted; nothing was deleted.");
                return outcome;
            }
            outcome.ok = deletion.next();
            outcome.count = deletion.value(0).toInt();
            deletion.finish();
            return outcome;
        },
        [this](const Outcome &outcome) {
            finish(outcome);
            if (outcome.ok) {
                m_base = {};
                m_typed.clear();
                Q_EMIT valuesChanged();
                Q_EMIT deleted(outcome.count);
            }
        });
}
