#include "agentstore.h"
#include "jsontext.h"
#include "sessionsql.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>

namespace {

const QStringList documents = {QStringLiteral("persona"), QStringLiteral("voiceSettings")};
// A persona's lists and its example dialogue.
constexpr int maximumItems = 30;

FormField agentField(const char *path, FormField::Kind kind, const char *label, int maximumLength, const char *required = nullptr)
{
    return {QLatin1String(path), kind, label, {}, 0, 0, maximumLength, required, true, "AgentEditor", maximumItems};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("AgentEditor", text);
}

// Nido's own change, so that its version is not labelled "someone else".
bool markNido(SqlConnection &db, QString *error)
{
    return db.execDirect(QStringLiteral("SET LOCAL nido.client = 'nido'"), error);
}

} // namespace

const FormWriter::Store &AgentStore::store()
{
    static const FormWriter::Store store{&AgentStore::statements, &AgentStore::snapshot, &AgentStore::refused, &AgentStore::write};
    return store;
}

const QList<FormField> &AgentStore::fields()
{
    static const QList<FormField> list = {
        agentField("name", FormField::Text, QT_TRANSLATE_NOOP("AgentEditor", "Name"), 100, QT_TRANSLATE_NOOP("AgentEditor", "An agent needs a name.")),
        agentField("description", FormField::Text, QT_TRANSLATE_NOOP("AgentEditor", "Description"), 1000),
        agentField("persona.instructions", FormField::Text, QT_TRANSLATE_NOOP("AgentEditor", "Instructions"), 4000,
                   QT_TRANSLATE_NOOP("AgentEditor", "Instructions cannot be empty: they are what the agent is told to be.")),
        agentField("persona.tone", FormField::Text, QT_TRANSLATE_NOOP("AgentEditor", "Tone"), 200),
        agentField("persona.expertise", FormField::List, QT_TRANSLATE_NOOP("AgentEditor", "Knows about"), 200),
        agentField("persona.constraints", FormField::List, QT_TRANSLATE_NOOP("AgentEditor", "Rules it keeps"), 200),
        agentField("persona.examples", FormField::Turns, QT_TRANSLATE_NOOP("AgentEditor", "Example dialogue"), 1000),
        agentField("voiceSettings.voice", FormField::Text, QT_TRANSLATE_NOOP("AgentEditor", "Voice"), 100),
        agentField("voiceSettings.language", FormField::Text, QT_TRANSLATE_NOOP("AgentEditor", "Language"), 35),
        {QStringLiteral("voiceSettings.speed"), FormField::Decimal, QT_TRANSLATE_NOOP("AgentEditor", "Speed"), {}, 0.25, 4.0, 0, nullptr, true, "AgentEditor"},
        {QStringLiteral("voiceSettings.pitch"), FormField::Decimal, QT_TRANSLATE_NOOP("AgentEditor", "Pitch"), {}, -20, 20, 0, nullptr, true, "AgentEditor"},
    };
    return list;
}

FormSnapshot AgentStore::snapshotOf(const QVariantMap &version)
{
    FormSnapshot snapshot;
    snapshot.columns.insert(QStringLiteral("name"), version.value(QStringLiteral("name")).toString());
    snapshot.columns.insert(QStringLiteral("description"), version.value(QStringLiteral("description")).toString());
    for (const QString &column : documents)
        snapshot.columns.insert(column, parsedJson(version.value(column).toString()));
    return snapshot;
}

QList<SqlStatement> AgentStore::statements(const QString &agentId, bool forUpdate)
{
    // For a save, the server checks that the caller may change the agent and locks it.
    SqlStatement query;
    query.prepare(QStringLiteral("SELECT a.name, a.description, a.persona::text, a.\"voiceSettings\"::text, a.\"isPublic\", "
                                 "a.\"ownerUserId\"::text FROM %1 a WHERE a.id = CAST(:id AS uuid)")
                      .arg(forUpdate ? QStringLiteral("nido.lock_agent(current_user, CAST(:id AS uuid))") : QStringLiteral("nido.visible_agents(current_user)")));
    query.bindValue(QStringLiteral(":id"), agentId);
    return {query};
}

std::optional<FormSnapshot> AgentStore::snapshot(const QList<QList<QSqlRecord>> &rows, bool forUpdate, QString *error)
{
    if (rows.value(0).isEmpty()) {
        *error = forUpdate ? refused() : tr("This agent is no longer in the database.");
        return std::nullopt;
    }
    const QSqlRecord &agent = rows[0].first();
    FormSnapshot row;
    row.columns.insert(QStringLiteral("name"), QJsonValue::fromVariant(agent.value(0)));
    row.columns.insert(QStringLiteral("description"), QJsonValue::fromVariant(agent.value(1)));
    row.columns.insert(QStringLiteral("persona"), parsedJson(agent.value(2).toString()));
    row.columns.insert(QStringLiteral("voiceSettings"), parsedJson(agent.value(3).toString()));
    row.columns.insert(QStringLiteral("isPublic"), agent.value(4).toBool());
    row.columns.insert(QStringLiteral("ownerUserId"), agent.value(5).toString());
    return row;
}

QString AgentStore::refused()
{
    return tr("This agent was deleted, or you may not change it; nothing was saved.");
}

bool AgentStore::write(SqlConnection &db, const QString &agentId, const FormSnapshot &, const QList<FormWriter::Edit> &edits, bool *,
                       QString *error)
{
    const QJsonArray list = FormWriter::editList(edits, QStringList{QStringLiteral("name"), QStringLiteral("description")} + documents);
    if (list.isEmpty())
        return true;
    // The server puts each edit in place (nido.edit_agent, migration 22), after its own check.
    QSqlQuery &call = db.prepared(QStringLiteral("SELECT nido.edit_agent(current_user, CAST(:id AS uuid), CAST(:edits AS jsonb))"));
    call.bindValue(QStringLiteral(":id"), agentId);
    call.bindValue(QStringLiteral(":edits"), jsonText(list));
    if (!markNido(db, error) || !db.exec(call, error)) {
        if (call.lastError().nativeErrorCode() == u"42501")
            *error = tr("You may not change this agent; nothing was saved.");
        return false;
    }
    const int rows = call.next() ? call.value(0).toInt() : 0;
    call.finish();
    if (rows != 1) {
        *error = tr("You may not change this agent; nothing was saved.");
        return false;
    }
    return true;
}

AgentStore::Outcome AgentStore::duplicate(SqlConnection &db, const QString &agentId, const QString &childId, const QString &name)
{
    Outcome outcome;
    if (!db.transaction(&outcome.error))
        return outcome;
    QSqlQuery &copy = db.prepared(QStringLiteral("SELECT nido.add_agent(current_user, CAST(:child AS uuid), :name, NULL, CAST(:id AS uuid))::text"));
    copy.bindValue(QStringLiteral(":name"), name);
    copy.bindValue(QStringLiteral(":child"), childId);
    copy.bindValue(QStringLiteral(":id"), agentId);
    if (!markNido(db, &outcome.error) || !db.exec(copy, &outcome.error) || !copy.next()) {
        if (copy.lastError().nativeErrorCode() == u"42501")
            outcome.error = tr("You may not add agents for this child.");
        db.rollback();
        return outcome;
    }
    outcome.agentId = copy.value(0).toString();
    copy.finish();
    outcome.ok = db.commit(&outcome.error);
    return outcome;
}

AgentStore::Outcome AgentStore::create(SqlConnection &db, const QString &childId, const QString &name, const QString &instructions)
{
    Outcome outcome;
    if (!db.transaction(&outcome.error))
        return outcome;
    QSqlQuery &insert = db.prepared(QStringLiteral("SELECT nido.add_agent(current_user, CAST(:child AS uuid), :name, :instructions, NULL)::text"));
    insert.bindValue(QStringLiteral(":name"), name);
    insert.bindValue(QStringLiteral(":instructions"), instructions);
    insert.bindValue(QStringLiteral(":child"), childId);
    if (!markNido(db, &outcome.error) || !db.exec(insert, &outcome.error) || !insert.next()) {
        if (insert.lastError().nativeErrorCode() == u"42501")
            outcome.error = tr("You may not add agents for this child.");
        db.rollback();
        return outcome;
    }
    outcome.agentId = insert.value(0).toString();
    insert.finish();
    outcome.ok = db.commit(&outcome.error);
    return outcome;
}

AgentStore::Outcome AgentStore::checkDeletion(SqlConnection &db, const QString &agentId, const QString &ownerId)
{
    Outcome outcome;
    if (!db.transaction(&outcome.error))
        return outcome;
    // An agent of no child's has none of a child's memories or sessions to count.
    QSqlQuery &count = db.prepared(QStringLiteral(
        "SELECT CASE WHEN :child = '' THEN 0 ELSE nido.memory_count(current_user, CAST(:child AS uuid), "
        "    jsonb_build_object('archived', false, 'agent', CAST(:id AS text))) END, "
        "  CASE WHEN :child = '' THEN 0 ELSE (SELECT COUNT(*) FROM %1 WHERE %2 = CAST(:id AS uuid)) END")
                                       .arg(SessionSql::childSessions(), SessionSql::agentId()));
    count.bindValue(QStringLiteral(":child"), ownerId);
    count.bindValue(QStringLiteral(":id"), agentId);
    const bool counted = db.exec(count, &outcome.error);
    if (!counted && count.lastError().nativeErrorCode() == u"42501") {
        outcome.error = tr("You may not delete this agent.");
    } else if (counted && count.next()) {
        outcome.memories = count.value(0).toInt();
        outcome.sessions = count.value(1).toInt();
        count.finish();
        // The server's own rule: whether other children's memories or sessions use the agent,
        // which a caregiver cannot see.
        QSqlQuery &dryRun = db.prepared(QStringLiteral("SELECT nido.delete_agent(current_user, CAST(:id AS uuid), false)"));
        dryRun.bindValue(QStringLiteral(":id"), agentId);
        QString refused;
        if (db.exec(dryRun, &refused)) {
            outcome.ok = true;
        } else if (dryRun.lastError().nativeErrorCode() == u"2BP01") {
            outcome.ok = true;
            outcome.usedByOthers = true;
        } else {
            outcome.error = dryRun.lastError().nativeErrorCode() == u"42501" ? tr("You may not delete this agent.") : refused;
        }
        dryRun.finish();
    }
    db.rollback();
    return outcome;
}

AgentStore::Outcome AgentStore::remove(SqlConnection &db, const QString &agentId, bool forgetMemories)
{
    Outcome outcome;
    QSqlQuery &deletion = db.prepared(QStringLiteral("SELECT nido.delete_agent(current_user, CAST(:id AS uuid), :forget)"));
    deletion.bindValue(QStringLiteral(":id"), agentId);
    deletion.bindValue(QStringLiteral(":forget"), forgetMemories);
    if (!db.exec(deletion, &outcome.error)) {
        const QString state = deletion.lastError().nativeErrorCode();
        if (state == u"42501")
            outcome.error = tr("You may not delete this agent; nothing was deleted.");
        else if (state == u"2BP01")
            outcome.error = tr("Other children's memories or sessions use this agent, so it cannot be deleted; nothing was deleted.");
        return outcome;
    }
    outcome.ok = deletion.next();
    outcome.memories = deletion.value(0).toInt();
    deletion.finish();
    return outcome;
}
