#include "memoryeditor.h"
#include "changehub.h"
#include "caregiveraudit.h"
#include "database.h"
#include "databaseworker.h"
#include "memorydetail.h"
#include "memorytimelinemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace {

constexpr int maximumTextLength = 50000;

// The fields the editor changes, each a column of memory_contexts that nido.edit_memory writes.
constexpr const char *editableColumns[] = {"content", "summary", "importance", "category", "memoryType", "agentId", "expiresAt"};

QJsonValue boundValue(const QString &field, const QVariant &value)
{
    if (field == u"expiresAt") {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? QJsonValue(Database::utcTimestamp(when)) : QJsonValue();
    }
    if (field == u"importance")
        return value.toDouble();
    if (field == u"agentId" && value.toString().isEmpty())
        return QJsonValue();
    return value.toString();
}

} // namespace

QString MemoryEditor::fieldLabel(const QString &field)
{
    if (field == u"content")
        return tr("text");
    if (field == u"summary")
        return tr("summary");
    if (field == u"importance")
        return tr("importance");
    if (field == u"category")
        return tr("category");
    if (field == u"memoryType")
        return tr("type");
    if (field == u"agentId")
        return tr("agent");
    return tr("expiry");
}

MemoryEditor::MemoryEditor(QObject *parent)
    : QObject(parent)
{
}

void MemoryEditor::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    // Staged changes belong to the child they were made for.
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        Q_EMIT pendingChanged();
    }
    m_childId = childId;
    Q_EMIT childIdChanged();
}

bool MemoryEditor::stageCorrections(MemoryDetail *detail, const QVariantMap &draft)
{
    if (!detail || !detail->loaded() || detail->childId() != m_childId)
        return refuse(tr("Choose a memory first."));
    const MemoryInfo &shown = detail->memory();
    QVariantMap changes;
    const auto differs = [&](const char *field, const QString &now) {
        const QString value = draft.value(QLatin1String(field)).toString();
        if (draft.contains(QLatin1String(field)) && value != now)
            changes.insert(QLatin1String(field), value);
    };
    differs("content", shown.content);
    differs("summary", shown.summary);
    differs("category", shown.category);
    differs("memoryType", shown.memoryType);
    differs("agentId", shown.agentId);
    // The slider moves in hundredths: a draft that only rounds the stored value changes nothing.
    const double importance = qRound(draft.value(QStringLiteral("importance"), shown.importance).toDouble() * 100) / 100.0;
    if (qAbs(importance - shown.importance) > 0.001)
        changes.insert(QStringLiteral("importance"), importance);
    const QString expiry = draft.value(QStringLiteral("expiry")).toString().trimmed();
    const QString shownExpiry = shown.expiresAt.isValid() ? shown.expiresAt.date().toString(Qt::ISODate) : QString();
    if (draft.contains(QStringLiteral("expiry")) && expiry != shownExpiry) {
        const QDate day = QDate::fromString(expiry, Qt::ISODate);
        if (!expiry.isEmpty() && !day.isValid())
            return refuse(tr("The expiry is not a valid date: write it as YYYY-MM-DD, or leave it empty for never."));
        changes.insert(QStringLiteral("expiresAt"), day.isValid() ? QDateTime(day, QTime(23, 59, 59)) : QDateTime());
    }
    if (changes.isEmpty())
        return true;
    return stageEdit(detail->memoryId(), changes);
}

QStringList MemoryEditor::pendingDescriptions() const
{
    QStringList descriptions;
    for (const Change &change : m_pending)
        descriptions << change.description;
    return descriptions;
}

QStringList MemoryEditor::pendingDeletionIds() const
{
    QStringList ids;
    for (const Change &change : m_pending)
        ids << change.deleteIds;
    return ids;
}

bool MemoryEditor::refuse(const QString &reason)
{
    setErrorString(reason);
    return false;
}

bool MemoryEditor::stageEdit(const QString &memoryId, const QVariantMap &changes)
{
    if (m_childId.isEmpty() || QUuid::fromString(memoryId).isNull())
        return refuse(tr("Choose a memory first."));
    // Confirming both would fail on the vanished memory and hold back every other change.
    if (pendingDeletionIds().contains(memoryId))
        return refuse(tr("This memory is waiting to be deleted: undo the deletion to correct it instead."));
    QVariantMap fields;
    for (const char *column : editableColumns) {
        const QString field = QLatin1String(column);
        if (changes.contains(field))
            fields.insert(field, changes.value(field));
    }
    if (fields.isEmpty() || fields.size() != changes.size())
        return refuse(tr("Nothing Nido can change was given."));
    if (fields.contains(QStringLiteral("content"))) {
        const QString content = fields.value(QStringLiteral("content")).toString();
        if (content.trimmed().isEmpty())
            return refuse(tr("The memory's text cannot be empty."));
        if (content.size() > maximumTextLength)
            return refuse(tr("The memory's text is longer than %1 characters.").arg(maximumTextLength));
    }
    if (fields.value(QStringLiteral("summary")).toString().size() > maximumTextLength)
        return refuse(tr("The summary is longer than %1 characters.").arg(maximumTextLength));
    if (fields.contains(QStringLiteral("importance"))) {
        bool ok = false;
        const double importance = fields.value(QStringLiteral("importance")).toDouble(&ok);
        if (!ok || importance < 0.0 || importance > 1.0)
            return refuse(tr("Importance goes from 0 to 1."));
    }
    if (fields.contains(QStringLiteral("category"))
        && !MemoryFilter::allCategories().contains(fields.value(QStringLiteral("category")).toString()))
        return refuse(tr("\"%1\" is not a memory category.").arg(fields.value(QStringLiteral("category")).toString()));
    if (fields.contains(QStringLiteral("memoryType"))
        && !MemoryFilter::allTypes().contains(fields.value(QStringLiteral("memoryType")).toString()))
        return refuse(tr("\"%1\" is not a memory type.").arg(fields.value(QStringLiteral("memoryType")).toString()));
    const QString agentId = fields.value(QStringLiteral("agentId")).toString();
    if (!agentId.isEmpty() && QUuid::fromString(agentId).isNull())
        return refuse(tr("That agent does not exist."));
    const QVariant expiresAt = fields.value(QStringLiteral("expiresAt"));
    if (expiresAt.isValid() && !expiresAt.isNull() && !expiresAt.toDateTime().isValid()
        && !expiresAt.toString().isEmpty())
        return refuse(tr("The expiry is not a valid date."));

    QStringList names;
    for (const QString &field : fields.keys())
        names << fieldLabel(field);
    m_pending.append({memoryId, fields, {}, tr("Change the %1 of a memory").arg(names.join(QStringLiteral(", ")))});
    setErrorString({});
    Q_EMIT pendingChanged();
    return true;
}

bool MemoryEditor::stageDelete(const QStringList &memoryIds)
{
    if (m_childId.isEmpty() || memoryIds.isEmpty())
        return refuse(tr("Choose the memories to delete first."));
    for (const QString &id : memoryIds) {
        if (QUuid::fromString(id).isNull())
            return refuse(tr("\"%1\" is not a memory.").arg(id));
    }
    m_pending.append({{}, {}, memoryIds, tr("Delete %n memory(ies)", "", int(memoryIds.size()))});
    setErrorString({});
    Q_EMIT pendingChanged();
    return true;
}

void MemoryEditor::findMatching(MemoryTimelineModel *timeline)
{
    m_matchingIds.clear();
    if (!timeline || timeline->filter().childId != m_childId || m_childId.isEmpty()) {
        refuse(tr("The timeline shows another child."));
        return;
    }
    // Only what the list could have shown: a memory the backend wrote since is not the parent's to
    // forget unseen.
    const QString shownUntil = timeline->newestShownKey();
    if (shownUntil.isEmpty()) {
        refuse(tr("No memory matches the filter."));
        return;
    }
    SqlStatement statement;
    statement.prepare(QStringLiteral("SELECT mc.id::text, mc.archived FROM nido.memories(current_user, CAST(:child AS uuid), "
                                     "CAST(:filter AS jsonb) || jsonb_build_object('until', CAST(:shownUntil AS text)), 'newest', NULL, NULL, NULL) mc"));
    timeline->filter().bind(statement);
    statement.bindValue(QStringLiteral(":shownUntil"), shownUntil);
    struct Found {
        QStringList ids;
        int archived = 0;
        QString error;
    };
    DatabaseWorker::instance()->run<Found>(
        this,
        [statement](SqlConnection &db) {
            Found found;
            QList<QSqlRecord> rows;
            if (db.exec(statement, &rows, &found.error)) {
                for (const QSqlRecord &row : std::as_const(rows)) {
                    found.ids << row.value(0).toString();
                    found.archived += row.value(1).toBool();
                }
            }
            return found;
        },
        [this, child = m_childId](Found found) {
            if (child != m_childId)
                return;
            if (!found.error.isEmpty()) {
                refuse(found.error);
                return;
            }
            m_matchingIds = found.ids;
            m_matchingArchived = found.archived;
            Q_EMIT matchingFound(int(m_matchingIds.size()));
        });
}

bool MemoryEditor::stageDeleteMatching()
{
    if (m_matchingIds.isEmpty())
        return refuse(tr("No memory matches the filter."));
    if (!stageDelete(std::exchange(m_matchingIds, {})))
        return false;
    // The confirmation says that the archive is included: archived memories are forgotten too.
    if (m_matchingArchived > 0) {
        m_pending.last().description += u' ' + tr("(%n of them archived)", "", std::exchange(m_matchingArchived, 0));
        Q_EMIT pendingChanged();
    }
    return true;
}

void MemoryEditor::undo()
{
    // What is being confirmed cannot be taken back: the confirm would then drop the wrong change.
    if (m_pending.isEmpty() || m_busy)
        return;
    m_pending.removeLast();
    Q_EMIT pendingChanged();
}

void MemoryEditor::discardAll()
{
    if (m_pending.isEmpty() || m_busy)
        return;
    m_pending.clear();
    Q_EMIT pendingChanged();
}

void MemoryEditor::confirm()
{
    if (m_busy)
        return;
    if (m_pending.isEmpty()) {
        Q_EMIT confirmFinished(true);
        return;
    }
    setBusy(true);
    struct Outcome {
        QString error;
        bool ok = false;
    };
    DatabaseWorker::instance()->run<Outcome>(
        this, DatabaseWorker::Retry::Never,
        [child = m_childId, changes = m_pending](SqlConnection &db) {
            Outcome outcome;
            bool commitSent = false;
            outcome.ok = apply(db, child, changes, &outcome.error, &commitSent);
            // A connection the server dropped before COMMIT rolled everything back: try once more on a
            // new one. After COMMIT nobody knows, so the parent is told instead of applying twice.
            QString reopenError;
            if (!outcome.ok && !commitSent && db.lost() && db.ensureOpen(&reopenError)) {
                outcome.error.clear();
                outcome.ok = apply(db, child, changes, &outcome.error, &commitSent);
            }
            return outcome;
        },
        [this, child = m_childId, confirmed = m_pending.size()](Outcome outcome) {
            setBusy(false);
            // The parent moved to another child meanwhile; what was staged went with the switch.
            if (child != m_childId)
                return;
            if (!outcome.ok) {
                // Nothing is lost: the staged changes stay for another try.
                refuse(outcome.error);
                Q_EMIT confirmFinished(false);
                return;
            }
            m_pending.remove(0, qMin(confirmed, m_pending.size()));
            setErrorString({});
            Q_EMIT pendingChanged();
            Q_EMIT applied();
            Q_EMIT ChangeHub::instance()->memoriesChanged(child);
            Q_EMIT confirmFinished(true);
        });
}

bool MemoryEditor::apply(SqlConnection &db, const QString &childId, const QList<Change> &changes, QString *error, bool *commitSent)
{
    if (!db.transaction(error))
        return false;
    for (const Change &change : changes) {
        const bool ok = change.deleteIds.isEmpty() ? applyEdit(db, childId, change, error)
                                                   : applyDeletion(db, childId, change, error);
        if (!ok) {
            db.rollback();
            return false;
        }
    }
    *commitSent = true;
    return db.commit(error);
}

bool MemoryEditor::applyEdit(SqlConnection &db, const QString &childId, const Change &change, QString *error)
{
    QSqlQuery &current = db.prepared(QStringLiteral(
        "SELECT content, summary, importance, category, \"memoryType\", \"agentId\"::text AS \"agentId\", \"expiresAt\" "
        "FROM nido.lock_memory(current_user, CAST(:child AS uuid), CAST(:id AS uuid))"));
    current.bindValue(QStringLiteral(":id"), change.memoryId);
    current.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(current, error)) {
        if (current.lastError().nativeErrorCode() == u"42501")
            *error = tr("You may view this child's memories but not change them; nothing was changed.");
        return false;
    }
    if (!current.next()) {
        *error = tr("The memory was deleted meanwhile; nothing was changed.");
        return false;
    }

    QJsonArray edits;
    QJsonObject log;
    for (const char *column : editableColumns) {
        const QString field = QLatin1String(column);
        if (!change.fields.contains(field))
            continue;
        const QJsonValue value = boundValue(field, change.fields.value(field));
        edits.append(QJsonObject{{QStringLiteral("column"), field}, {QStringLiteral("value"), value}});
        log.insert(field, QJsonObject{{QStringLiteral("from"), QJsonValue::fromVariant(current.record().value(field))},
                                      {QStringLiteral("to"), value}});
    }
    current.finish();
    QSqlQuery &update = db.prepared(QStringLiteral(
        "SELECT nido.edit_memory(current_user, CAST(:child AS uuid), CAST(:id AS uuid), CAST(:edits AS jsonb))"));
    update.bindValue(QStringLiteral(":edits"), QString::fromUtf8(QJsonDocument(edits).toJson(QJsonDocument::Compact)));
    update.bindValue(QStringLiteral(":id"), change.memoryId);
    update.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(update, error))
        return false;
    update.finish();

    // A caregiver's edit is logged and audited by the server itself (migration 0015).
    const auto recorder = CaregiverAudit::recorder(db, error);
    if (!recorder)
        return false;
    if (*recorder == CaregiverAudit::Recorder::Server)
        return true;
    QSqlQuery &audit = db.prepared(QStringLiteral("INSERT INTO memory_access_log (\"memoryId\", \"accessedAt\", \"accessType\", metadata) "
                                 "VALUES (CAST(:id AS uuid), LOCALTIMESTAMP, 'caregiver_edit', CAST(:metadata AS jsonb))"));
    audit.bindValue(QStringLiteral(":id"), change.memoryId);
    audit.bindValue(QStringLiteral(":metadata"),
                    QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("by"), QStringLiteral("caregiver")},
                                                                {QStringLiteral("changes"), log}})
                                          .toJson(QJsonDocument::Compact)));
    if (!db.exec(audit, error))
        return false;
    return *recorder == CaregiverAudit::Recorder::Nobody
        || CaregiverAudit::insert(db, QStringLiteral("edit"), childId, change.memoryId, log, error);
}

bool MemoryEditor::applyDeletion(SqlConnection &db, const QString &childId, const Change &change, QString *error)
{
    // The server checks the permission, deletes, queues each memory for the vector store with its
    // own collection and audits the deletion of the memories it found (migrations 6 and 15).
    QSqlQuery &deletion = db.prepared(QStringLiteral(
        "SELECT nido.delete_memories(current_user, CAST(:child AS uuid), CAST(:ids AS uuid[]))"));
    deletion.bindValue(QStringLiteral(":child"), childId);
    deletion.bindValue(QStringLiteral(":ids"), Database::uuidArray(change.deleteIds));
    if (!db.exec(deletion, error)) {
        if (deletion.lastError().nativeErrorCode() == u"42501")
            *error = tr("You may not delete this child's memories; nothing was deleted.");
        return false;
    }
    return true;
}

void MemoryEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void MemoryEditor::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
