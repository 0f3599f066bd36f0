#include "childdataexport.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace {

constexpr int batchSize = 2000;

QString tr(const char *text) { return QCoreApplication::translate("ChildDataExport", text); }

} // namespace

QList<ChildDataExport::Table> ChildDataExport::tables()
{
    const QString ofSessions = QStringLiteral("t.\"sessionId\" IN (SELECT id FROM voice_sessions WHERE \"userId\" = CAST(:child AS uuid))");
    return {
        {QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("t.id = CAST(:child AS uuid)"), QStringLiteral("uuid")},
        {QStringLiteral("user_profiles"), QStringLiteral("user_profiles"), QStringLiteral("t.\"userId\" = CAST(:child AS uuid)"), QStringLiteral("uuid")},
        {QStringLiteral("voice_sessions"), QStringLiteral("voice_sessions"), QStringLiteral("t.\"userId\" = CAST(:child AS uuid)"), QStringLiteral("uuid")},
        {QStringLiteral("ai_conversations"), QStringLiteral("ai_conversations"), QStringLiteral("t.\"userId\" = CAST(:child AS uuid)"), QStringLiteral("uuid")},
        {QStringLiteral("session_heartbeats"), QStringLiteral("session_heartbeats"), ofSessions, QStringLiteral("uuid")},
        {QStringLiteral("memory_contexts"), QStringLiteral("memory_contexts"), QStringLiteral("t.\"userId\" = CAST(:child AS uuid)"), QStringLiteral("uuid")},
        {QStringLiteral("memory_access_log"), QStringLiteral("memory_access_log"),
         QStringLiteral("t.\"memoryId\" IN (SELECT id FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid))"), QStringLiteral("uuid")},
        {QStringLiteral("agents"), QStringLiteral("agents"), QStringLiteral("t.\"ownerUserId\" = CAST(:child AS uuid)"), QStringLiteral("uuid")},
        {QStringLiteral("nido_caregiver_audit"), QStringLiteral("nido.caregiver_audit"), QStringLiteral("t.\"userId\" = CAST(:child AS uuid)"), QStringLiteral("bigint")},
        {QStringLiteral("nido_memory_deletion_outbox"), QStringLiteral("nido.memory_deletion_outbox"), QStringLiteral("t.\"userId\" = CAST(:child AS uuid)"), QStringLiteral("bigint")},
        {QStringLiteral("nido_agent_persona_versions"), QStringLiteral("nido.agent_persona_versions"),
         QStringLiteral("t.\"agentId\" IN (SELECT id FROM agents WHERE \"ownerUserId\" = CAST(:child AS uuid))"), QStringLiteral("bigint")},
    };
}

QByteArray ChildDataExport::csvCell(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' || cell.front() == u'@'))
        cell.prepend(u'\'');
    if (cell.contains(u'"') || cell.contains(u',') || cell.contains(u'\n') || cell.contains(u'\r') || cell != value)
        return '"' + cell.replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
    return cell.toUtf8();
}

bool ChildDataExport::run(SqlConnection &db, const QString &childId, Format format, const QString &folder, int schemaVersion,
                          const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    const QFileInfo target(folder);
    if (target.exists() && !(target.isDir() && QDir(folder).isEmpty())) {
        *error = tr("%1 already exists; choose a new folder for the export.").arg(folder);
        return false;
    }
    const QString partial = folder + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        *error = tr("Cannot create %1.").arg(partial);
        return false;
    }
    const auto abandon = [&](const QString &why) {
        db.rollback();
        QDir(partial).removeRecursively();
        if (!why.isEmpty())
            *error = why;
        return false;
    };

    // One snapshot for every table, so that the counts reconcile with each other.
    if (!db.transaction(error) || !db.execDirect(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error))
        return abandon({});

    QList<Table> present;
    QJsonObject counts;
    qint64 total = 0;
    for (const Table &table : tables()) {
        QSqlQuery &count = db.prepared(QStringLiteral("SELECT CASE WHEN to_regclass(:source) IS NULL THEN -1 END"));
        count.bindValue(QStringLiteral(":source"), table.source);
        if (!db.exec(count, error) || !count.next())
            return abandon({});
        const bool missing = !count.value(0).isNull();
        count.finish();
        if (missing)
            continue; // an optional extra this database lacks
        QSqlQuery &rows = db.prepared(QStringLiteral("SELECT COUNT(*) FROM %1 t WHERE %2").arg(table.source, table.scope));
        rows.bindValue(QStringLiteral(":child"), childId);
        if (!db.exec(rows, error) || !rows.next())
            return abandon({});
        counts.insert(table.name, rows.value(0).toLongLong());
        total += rows.value(0).toLongLong();
        rows.finish();
        present << table;
    }
    if (counts.value(QStringLiteral("users")).toInteger() == 0)
        return abandon(tr("No child has the id %1 (or it is not yours to see).").arg(childId));

    qint64 done = 0;
    for (const Table &table : present) {
        QFile file(partial + u'/' + table.name + (format == Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly))
            return abandon(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        // JSON rows as the server makes them, so every value keeps its exact type and precision.
        const QString columns = format == Format::Json ? QStringLiteral("CAST(to_jsonb(t) AS text)") : QStringLiteral("t.*");
        const QString firstBatch = QStringLiteral("SELECT %1, CAST(t.id AS text) FROM %2 t WHERE %3 ORDER BY t.id LIMIT %4")
                                       .arg(columns, table.source, table.scope).arg(batchSize);
        const QString nextBatch = QStringLiteral("SELECT %1, CAST(t.id AS text) FROM %2 t WHERE %3 AND t.id > CAST(:last AS %5) ORDER BY t.id LIMIT %4")
                                      .arg(columns, table.source, table.scope).arg(batchSize).arg(table.idType);
        file.write(format == Format::Json ? "[\n" : "");
        bool first = true;
        bool header = format == Format::Csv;
        QString last;
        for (;;) {
            QSqlQuery &batch = db.prepared(last.isNull() ? firstBatch : nextBatch);
            batch.bindValue(QStringLiteral(":child"), childId);
            if (!last.isNull())
                batch.bindValue(QStringLiteral(":last"), last);
            if (!db.exec(batch, error))
                return abandon({});
            int fetched = 0;
            while (batch.next()) {
                ++fetched;
                const QSqlRecord record = batch.record();
                const int width = record.count() - 1; // the last column is the keyset's id
                last = batch.value(width).toString();
                if (format == Format::Json) {
                    file.write(first ? "  " : ",\n  ");
                    file.write(batch.value(0).toString().toUtf8());
                } else {
                    if (header) {
                        QByteArrayList names;
                        for (int i = 0; i < width; ++i)
                            names << csvCell(record.fieldName(i));
                        file.write(names.join(',') + "\r\n");
                        header = false;
                    }
                    QByteArrayList cells;
                    for (int i = 0; i < width; ++i) {
                        const QVariant value = batch.value(i);
                        cells << (value.isNull() ? QByteArray()
                                                 : csvCell(value.typeId() == QMetaType::QDateTime
                                                               ? value.toDateTime().toString(Qt::ISODateWithMs)
                                                               : value.toString()));
                    }
                    file.write(cells.join(',') + "\r\n");
                }
                first = false;
            }
            batch.finish();
            done += fetched;
            if (progress && !progress(done, total))
                return abandon(tr("The export was cancelled; nothing was written."));
            if (fetched < batchSize)
                break;
        }
        if (format == Format::Json)
            file.write(first ? "]\n" : "\n]\n");
        if (file.error() != QFileDevice::NoError || !file.flush())
            return abandon(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }

    QFile manifest(partial + QStringLiteral("/manifest.json"));
    const QJsonObject description{{QStringLiteral("childId"), childId},
                                  {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                  {QStringLiteral("format"), format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv")},
                                  {QStringLiteral("schemaVersion"), schemaVersion},
                                  {QStringLiteral("rows"), counts}};
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(QJsonDocument(description).toJson()) < 0 || !manifest.flush())
        return abandon(tr("Cannot write %1: %2").arg(manifest.fileName(), manifest.errorString()));
    manifest.close();
    db.rollback();
    if (target.exists() && !QDir().rmdir(folder))
        return abandon(tr("Cannot replace the empty folder %1.").arg(folder));
    if (!QDir().rename(partial, folder)) {
        QDir(partial).removeRecursively();
        *error = tr("Cannot move the export into %1.").arg(folder);
        return false;
    }
    return true;
}
