#include "childdataexport.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <libpq-fe.h>

#include <cerrno>
#include <csignal>

namespace {

constexpr int progressEvery = 2000;
// A page of a paged table: some 10 ms of the server's time, each row made into JSON there.
constexpr int pageRows = 1000;
// int2, int4, int8, float4, float8, numeric: their text is a number, never a formula.
const QList<Oid> numericTypes = {21, 23, 20, 700, 701, 1700};


// A killed Nido's half-written folders for the same destination: they hold a child's data.
void removeAbandoned(const QFileInfo &target)
{
    const QDir parent = target.absoluteDir();
    const QStringList partials = parent.entryList({target.fileName() + QStringLiteral(".partial-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : partials) {
        bool number = false;
        const qint64 pid = name.section(u'-', -1).toLongLong(&number);
        if (number && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(parent.filePath(name)).removeRecursively();
    }
}

// Every column of a table of the child's memory data (the live memories, the archive's, their
// access log), as the server's function reads it for the caller.
QString memoryRows(const QString &table)
{
    return QStringLiteral("nido.child_memory_rows(current_user, CAST(:child AS uuid), CAST(NULL AS %1))").arg(table);
}

// A text[] literal, every element quoted.
QByteArray textArray(const QByteArrayList &values)
{
    QByteArrayList quoted;
    for (QByteArray value : values)
        quoted << '"' + value.replace('\\', "\\\\").replace('"', "\\\"") + '"';
    return '{' + quoted.join(',') + '}';
}

} // namespace

QList<ChildDataExport::Table> ChildDataExport::tables()
{
    return {
        {QStringLiteral("users"), QStringLiteral("nido.child_row(current_user, CAST(:child AS uuid))"), QStringLiteral("true")},
        {QStringLiteral("user_profiles"), QStringLiteral("nido.child_profile(current_user, CAST(:child AS uuid))"), QStringLiteral("true")},
        {QStringLiteral("voice_sessions"), QStringLiteral("nido.child_sessions(current_user, CAST(:child AS uuid), NULL, NULL)"), QStringLiteral("true")},
        {QStringLiteral("ai_conversations"), QStringLiteral("nido.messages_of_child(current_user, CAST(:child AS uuid))"), QStringLiteral("true")},
        {QStringLiteral("session_heartbeats"),
         QStringLiteral("nido.heartbeats_of_sessions(current_user, CAST(:child AS uuid), NULL, NULL, false)"), QStringLiteral("true"), {},
         QStringLiteral("nido.heartbeats_page(current_user, CAST(:child AS uuid), CAST(:after AS text[]), CAST(:rows AS integer))"),
         {QStringLiteral("t.\"sessionId\""), QStringLiteral("t.timestamp"), QStringLiteral("t.id")}},
        {QStringLiteral("memory_contexts"), memoryRows(QStringLiteral("public.memory_contexts")), QStringLiteral("true"), {},
         QStringLiteral("nido.child_memories_page(current_user, CAST(:child AS uuid), CAST(:after AS text[]), CAST(:rows AS integer))"),
         {QStringLiteral("t.id::text")}},
        {QStringLiteral("memory_access_log"), memoryRows(QStringLiteral("public.memory_access_log")), QStringLiteral("true"),
         QStringLiteral("public.memory_access_log")},
        {QStringLiteral("agents"), QStringLiteral("nido.visible_agents(current_user)"), QStringLiteral("t.\"ownerUserId\" = CAST(:child AS uuid)")},
        {QStringLiteral("nido_caregiver_audit"), QStringLiteral("nido.child_audit(current_user, CAST(:child AS uuid), NULL, NULL, NULL)"),
         QStringLiteral("true")},
        {QStringLiteral("nido_memory_deletion_outbox"), QStringLiteral("nido.child_deletions(current_user, CAST(:child AS uuid), false)"),
         QStringLiteral("true")},
        {QStringLiteral("nido_agent_persona_versions"), QStringLiteral("nido.child_agent_versions(current_user, CAST(:child AS uuid))"),
         QStringLiteral("true")},
    };
}

QByteArray ChildDataExport::csvCell(const QString &value, bool text)
{
    QString cell = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text && !cell.isEmpty() && formulaStarts.contains(cell.front()))
        cell.prepend(u'\'');
    // An empty text is quoted, so that it is not read as NULL (an empty field), as COPY does.
    if (cell.isEmpty() || cell.contains(u'"') || cell.contains(u',') || cell.contains(u'\n') || cell.contains(u'\r') || cell != value)
        return '"' + cell.replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
    return cell.toUtf8();
}

bool ChildDataExport::run(SqlConnection &db, const QString &childId, Format format, const QString &folder, int schemaVersion,
                          const std::function<bool(qint64, qint64)> &progress, QString *error)
{
    const QString cleanFolder = QDir::cleanPath(folder);
    const QFileInfo target(cleanFolder);
    if (target.exists() && !(target.isDir() && QDir(cleanFolder).isEmpty())) {
        *error = QCoreApplication::translate("ChildDataExport", "%1 already exists; choose a new folder for the export.").arg(cleanFolder);
        return false;
    }
    removeAbandoned(target);
    const QString partial = cleanFolder + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        *error = QCoreApplication::translate("ChildDataExport", "Cannot create %1.").arg(partial);
        return false;
    }
    bool open = false;
    const auto abandon = [&](const QString &why) {
        if (open)
            db.rollback();
        QDir(partial).removeRecursively();
        if (!why.isEmpty())
            *error = why;
        return false;
    };

    // One snapshot for every table, so that the counts reconcile with each other.
    open = db.transaction(error);
    if (!open || !db.execDirect(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error))
        return abandon({});

    // Archived memories are the child's too (the document's archive table, or the one the database's
    // owner named in nido.configuration), with their access log.
    QList<Table> wanted = tables();
    QSqlQuery &archiveName = db.prepared(QStringLiteral("SELECT nido.memory_archive()::text"));
    if (!db.exec(archiveName, error) || !archiveName.next())
        return abandon({});
    const QString archive = archiveName.value(0).toString();
    archiveName.finish();
    if (!archive.isEmpty()) {
        const auto live = std::find_if(wanted.begin(), wanted.end(), [](const Table &table) { return table.name == u"memory_contexts"; });
        wanted.insert(live + 1, Table{QStringLiteral("memory_contexts_archive"), memoryRows(archive), QStringLiteral("true")});
    }

    QList<Table> present;
    QJsonObject counts;
    qint64 total = 0;
    for (const Table &table : std::as_const(wanted)) {
        const QString needed = !table.needs.isEmpty() ? table.needs : table.source.contains(u'(') ? QString() : table.source;
        if (!needed.isEmpty()) {
            QSqlQuery &count = db.prepared(QStringLiteral("SELECT CASE WHEN to_regclass(:source) IS NULL THEN -1 END"));
            count.bindValue(QStringLiteral(":source"), needed);
            if (!db.exec(count, error) || !count.next())
                return abandon({});
            const bool missing = !count.value(0).isNull();
            count.finish();
            if (missing)
                continue; // an optional extra this database lacks
        }
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
        return abandon(QCoreApplication::translate("ChildDataExport", "No child has the id %1 (or it is not yours to see).").arg(childId));

    qint64 done = 0;
    for (const Table &table : present) {
        QFile file(partial + u'/' + table.name + (format == Format::Json ? QStringLiteral(".json") : QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly))
            return abandon(QCoreApplication::translate("ChildDataExport", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        // JSON rows as the server makes them, so every value keeps its exact type and precision. A
        // paged table's key follows the row's columns, as text for the next page's :after.
        const bool paged = !table.pages.isEmpty();
        QString columns = format == Format::Json ? QStringLiteral("CAST(to_jsonb(t) AS text)") : QStringLiteral("t.*");
        for (const QString &part : table.key)
            columns += QStringLiteral(", CAST(%1 AS text)").arg(part);
        const QString bound = QString(paged ? table.pages : table.source)
                                  .replace(QStringLiteral(":child"), QStringLiteral("$1"))
                                  .replace(QStringLiteral(":after"), QStringLiteral("$2"))
                                  .replace(QStringLiteral(":rows"), QStringLiteral("$3"));
        const QString sql = QStringLiteral("SELECT %1 FROM %2 t WHERE %3 ORDER BY %4")
                                .arg(columns, bound, QString(table.scope).replace(QStringLiteral(":child"), QStringLiteral("$1")),
                                     paged ? table.key.join(QStringLiteral(", ")) : QStringLiteral("t.id"));
        const int keyColumns = int(table.key.size());
        file.write(format == Format::Json ? "[\n" : "");
        bool first = true;
        const auto header = [&](const PGresult *result) {
            QByteArrayList names;
            for (int i = 0; i < PQnfields(result) - keyColumns; ++i)
                names << csvCell(QString::fromUtf8(PQfname(result, i)));
            file.write(names.join(',') + "\r\n");
        };
        QByteArrayList values{childId.toUtf8()};
        if (paged)
            values << QByteArray() << QByteArray::number(pageRows);
        int inPage = 0;
        do {
            inPage = 0;
            const bool streamed = db.streamRows(sql, values, [&](const PGresult *row) {
                const int fields = PQnfields(row) - keyColumns;
                if (format == Format::Json) {
                    file.write(first ? "  " : ",\n  ");
                    file.write(PQgetvalue(row, 0, 0), PQgetlength(row, 0, 0));
                } else {
                    if (first)
                        header(row);
                    QByteArrayList cells;
                    for (int i = 0; i < fields; ++i)
                        cells << (PQgetisnull(row, 0, i) ? QByteArray()
                                                         : csvCell(QString::fromUtf8(PQgetvalue(row, 0, i), PQgetlength(row, 0, i)),
                                                                   !numericTypes.contains(PQftype(row, i))));
                    file.write(cells.join(',') + "\r\n");
                }
                if (paged && ++inPage == pageRows) {
                    QByteArrayList key;
                    for (int i = fields; i < PQnfields(row); ++i)
                        key << QByteArray(PQgetvalue(row, 0, i), PQgetlength(row, 0, i));
                    values[1] = textArray(key);
                }
                first = false;
                ++done;
                return done % progressEvery != 0 || !progress || progress(done, total);
            }, [&](const PGresult *empty) {
                if (format == Format::Csv && first)
                    header(empty);
            }, error);
            if (!streamed)
                return abandon(error->isEmpty() ? QCoreApplication::translate("ChildDataExport", "The export was cancelled; nothing was written.") : QString());
        } while (paged && inPage == pageRows);
        if (progress && !progress(done, total))
            return abandon(QCoreApplication::translate("ChildDataExport", "The export was cancelled; nothing was written."));
        if (format == Format::Json)
            file.write(first ? "]\n" : "\n]\n");
        if (file.error() != QFileDevice::NoError || !file.flush())
            return abandon(QCoreApplication::translate("ChildDataExport", "Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }

    QFile manifest(partial + QStringLiteral("/manifest.json"));
    const QJsonObject description{{QStringLiteral("childId"), childId},
                                  {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                  {QStringLiteral("format"), format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv")},
                                  {QStringLiteral("schemaVersion"), schemaVersion},
                                  {QStringLiteral("csv"), format == Format::Csv
                                       ? QJsonValue(QStringLiteral("RFC 4180; NULL is an empty field, an empty text \"\"; a text starting with = + - @ tab or "
                                                                   "carriage return has a ' put in front, so that spreadsheets do not run it"))
                                       : QJsonValue(QJsonValue::Null)},
                                  {QStringLiteral("rows"), counts}};
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(QJsonDocument(description).toJson()) < 0 || !manifest.flush())
        return abandon(QCoreApplication::translate("ChildDataExport", "Cannot write %1: %2").arg(manifest.fileName(), manifest.errorString()));
    manifest.close();
    db.rollback();
    open = false;
    if (target.exists() && !QDir().rmdir(cleanFolder))
        return abandon(QCoreApplication::translate("ChildDataExport", "Cannot replace the empty folder %1.").arg(cleanFolder));
    if (!QDir().rename(partial, cleanFolder))
        return abandon(QCoreApplication::translate("ChildDataExport", "Cannot move the export into %1.").arg(cleanFolder));
    return true;
}
