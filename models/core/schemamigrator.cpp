#include "schemamigrator.h"
#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const auto migrationsDir = QStringLiteral(":/sql");

// The tables and columns of the seed that Nido reads or writes.
const QList<QPair<QString, QStringList>> &requiredColumns()
{
    static const QList<QPair<QString, QStringList>> required = {
        {QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("firstName"),
                                   QStringLiteral("lastName")}},
        {QStringLiteral("user_profiles"),
         {QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("age"), QStringLiteral("preferences"),
          QStringLiteral("routines"), QStringLiteral("familyContext"), QStringLiteral("developmentMilestones")}},
        {QStringLiteral("agents"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("persona"),
          QStringLiteral("voiceSettings"), QStringLiteral("ownerUserId"), QStringLiteral("isPublic"),
          QStringLiteral("createdAt")}},
        {QStringLiteral("voice_sessions"),
         {QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("sessionToken"), QStringLiteral("roomName"),
          QStringLiteral("status"), QStringLiteral("language"), QStringLiteral("metadata"),
          QStringLiteral("startedAt"), QStringLiteral("endedAt"), QStringLiteral("durationSeconds"),
          QStringLiteral("messageCount"), QStringLiteral("totalTokensUsed"), QStringLiteral("totalCost")}},
        {QStringLiteral("ai_conversations"),
         {QStringLiteral("id"), QStringLiteral("sessionId"), QStringLiteral("userId"), QStringLiteral("messageType"),
          QStringLiteral("content"), QStringLiteral("audioUrl"), QStringLiteral("tokensUsed"), QStringLiteral("cost"),
          QStringLiteral("metadata"), QStringLiteral("createdAt")}},
        {QStringLiteral("session_heartbeats"),
         {QStringLiteral("id"), QStringLiteral("sessionId"), QStringLiteral("status"), QStringLiteral("metrics"),
          QStringLiteral("deviceId"), QStringLiteral("errorMessage"), QStringLiteral("timestamp")}},
        {QStringLiteral("memory_contexts"),
         {QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("sessionId"), QStringLiteral("agentId"),
          QStringLiteral("memoryType"), QStringLiteral("category"), QStringLiteral("content"),
          QStringLiteral("summary"), QStringLiteral("metadata"), QStringLiteral("chromaCollectionId"),
          QStringLiteral("chromaCollectionName"), QStringLiteral("importance"), QStringLiteral("accessCount"),
          QStringLiteral("lastAccessedAt"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
          QStringLiteral("expiresAt")}},
    };
    return required;
}

QHash<QString, QSet<QString>> existingColumns(const QSqlDatabase &db)
{
    QHash<QString, QSet<QString>> columns;
    QSqlQuery query(db);
    // Resolved through the search path, as Nido's queries resolve them: a path that starts with
    // another schema (options='-c search_path=nido,public') still finds the backend's tables.
    query.prepare(QStringLiteral("SELECT t.name, a.attname FROM unnest(CAST(:tables AS text[])) AS t(name) "
                                 "JOIN pg_catalog.pg_attribute a ON a.attrelid = pg_catalog.to_regclass(quote_ident(t.name)) "
                                 "WHERE a.attnum > 0 AND NOT a.attisdropped"));
    QStringList tables;
    for (const auto &table : requiredColumns())
        tables << table.first;
    query.bindValue(QStringLiteral(":tables"), QString(u'{' + tables.join(u',') + u'}'));
    if (!Database::execute(query))
        return columns;
    while (query.next())
        columns[query.value(0).toString()].insert(query.value(1).toString());
    return columns;
}

const auto documentExtras = QStringLiteral(":/sql/backend_extras.sql");

const auto migrationLockKey = QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('nido.schema_migrations'))");

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<SchemaMigrator::Migration> SchemaMigrator::knownMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(migrationsDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), match.captured(2), migrationsDir + u'/' + file});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int SchemaMigrator::latestVersion()
{
    const auto migrations = knownMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

int SchemaMigrator::appliedVersion(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('nido.schema_migrations') IS NOT NULL")) || !query.next()) {
        *error = Database::errorText(query);
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM nido.schema_migrations")) || !query.next()) {
        *error = Database::errorText(query);
        return -1;
    }
    return query.value(0).toInt();
}

QList<int> SchemaMigrator::missingVersions(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT v FROM generate_series(1, (SELECT MAX(version) FROM nido.schema_migrations)) AS v "
                                   "WHERE NOT EXISTS (SELECT 1 FROM nido.schema_migrations m WHERE m.version = v) ORDER BY v"))) {
        *error = Database::errorText(query);
        return {};
    }
    QList<int> missing;
    while (query.next())
        missing << query.value(0).toInt();
    return missing;
}

bool SchemaMigrator::hasAnyBackendTable() const
{
    return !existingColumns(m_db).isEmpty();
}

QStringList SchemaMigrator::missingBackendObjects() const
{
    const auto existing = existingColumns(m_db);
    QStringList missing;
    for (const auto &[table, columns] : requiredColumns()) {
        if (!existing.contains(table)) {
            missing << QCoreApplication::translate("SchemaMigrator", "table %1").arg(table);
            continue;
        }
        for (const QString &column : columns) {
            if (!existing[table].contains(column))
                missing << QCoreApplication::translate("SchemaMigrator", "column %1.\"%2\"").arg(table, column);
        }
    }
    return missing;
}

QStringList SchemaMigrator::missingDocumentExtras() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT x.kind, x.name FROM (VALUES "
            "  ('table', 'memory_access_log', to_regclass('memory_access_log') IS NOT NULL), "
            "  ('trigger', 'update_memory_contexts_updated_at', EXISTS (SELECT 1 FROM pg_trigger "
            "     WHERE tgrelid = to_regclass('memory_contexts') AND tgname = 'update_memory_contexts_updated_at')), "
            "  ('view', 'v_memory_contexts_enriched', to_regclass('v_memory_contexts_enriched') IS NOT NULL), "
            "  ('view', 'v_voice_sessions_stats', to_regclass('v_voice_sessions_stats') IS NOT NULL)) AS x(kind, name, present) "
            "WHERE NOT x.present")))
        return {};
    QStringList missing;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        const QString name = query.value(1).toString();
        missing << (kind == u"table"   ? QCoreApplication::translate("SchemaMigrator", "table %1").arg(name)
                    : kind == u"view"  ? QCoreApplication::translate("SchemaMigrator", "view %1").arg(name)
                                       : QCoreApplication::translate("SchemaMigrator", "trigger %1").arg(name));
    }
    return missing;
}

QStringList SchemaMigrator::unadoptedMemoryLayout() const
{
    QSqlQuery query(m_db);
    // Before migration 14 the function does not exist: nothing to report until migrate adds it.
    if (!query.exec(QStringLiteral("SELECT t::text FROM nido.memory_layout_unadopted() AS t ORDER BY 1")))
        return {};
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

bool SchemaMigrator::memoriesPartitioned() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT relkind = 'p' FROM pg_catalog.pg_class WHERE oid = to_regclass('public.memory_contexts')"))
        && query.next() && query.value(0).toBool();
}

bool SchemaMigrator::adoptMemoryLayout(QString *error)
{
    if (unadoptedMemoryLayout().isEmpty())
        return true;
    // Row rules and statistics settings (migration 14), and the archive's expiry index (migration 16).
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT nido.adopt_memory_layout(), nido.index_archive_expiry()"))) {
        *error = Database::errorText(query);
        return false;
    }
    return true;
}

QStringList SchemaMigrator::statisticsLeftBehind() const
{
    // pg_stats shows the table owner what pg_statistic holds; columns Nido set to keep no statistics
    // (migration 7) may still carry those gathered before, until a superuser removes them.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT s.schemaname || '.' || s.tablename || '.' || s.attname FROM pg_catalog.pg_stats s "
                                   "JOIN pg_catalog.pg_attribute a ON a.attrelid = to_regclass(quote_ident(s.schemaname) || '.' || quote_ident(s.tablename)) "
                                   "AND a.attname = s.attname WHERE a.attstattarget = 0 ORDER BY 1")))
        return {};
    QStringList columns;
    while (query.next())
        columns << query.value(0).toString();
    return columns;
}

bool SchemaMigrator::checkCompatible(QString *error) const
{
    const int applied = appliedVersion(error);
    if (applied < 0)
        return false;
    if (applied > latestVersion()) {
        *error = QCoreApplication::translate("SchemaMigrator", "This database was set up by a newer Nido (schema version %1; this Nido knows up to %2). "
                             "Update Nido to open it.")
                     .arg(applied)
                     .arg(latestVersion());
        return false;
    }
    if (applied > 0) {
        QString gapError;
        const QList<int> gaps = missingVersions(&gapError);
        if (!gapError.isEmpty()) {
            *error = gapError;
            return false;
        }
        if (!gaps.isEmpty()) {
            QStringList versions;
            for (int version : gaps)
                versions << QString::number(version);
            // A migration's triggers and policies may have gone with its record: Nido cannot tell
            // what else was undone, so it neither guesses nor opens a database that may be unprotected.
            *error = QCoreApplication::translate("SchemaMigrator", "Nido's record of its own schema (nido.schema_migrations) lacks version %1 of %2, "
                                 "so it was changed by hand after Nido set it up. Nido does not know what else was undone and "
                                 "opens nothing; restore the database from a backup, or run that migration again by hand.")
                         .arg(versions.join(QStringLiteral(", ")))
                         .arg(applied);
            return false;
        }
    }
    const QStringList missing = missingBackendObjects();
    if (!missing.isEmpty()) {
        *error = QCoreApplication::translate("SchemaMigrator", "The database lacks parts of the voice backend's schema that Nido needs:\n  %1\n"
                             "Nothing was changed.")
                     .arg(missing.join(QStringLiteral("\n  ")));
        return false;
    }
    return true;
}

bool SchemaMigrator::migrate(QString *error, QStringList *applied)
{
    const int current = appliedVersion(error);
    if (current < 0)
        return false;
    if (current > latestVersion())
        return checkCompatible(error);

    const bool emptyDatabase = current == 0 && !hasAnyBackendTable();
    if (!emptyDatabase && !checkCompatible(error))
        return false;
    if (current >= 1 && !addMissingDocumentExtras(error))
        return false;

    for (const Migration &migration : knownMigrations()) {
        if (migration.version <= current)
            continue;
        // On a backend's database the backend owns its schema: record that it is there, run nothing.
        const bool runScript = migration.version > 1 || emptyDatabase;
        if (!apply(migration, runScript, error))
            return false;
        if (applied)
            applied->append(QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name));
    }
    return adoptMemoryLayout(error);
}

bool SchemaMigrator::runDocumentExtras(QString *error)
{
    QFile extras(documentExtras);
    if (!extras.open(QIODevice::ReadOnly)) {
        *error = extras.errorString();
        return false;
    }
    return Database::executeScript(m_db, extras.readAll(), error);
}

bool SchemaMigrator::addMissingDocumentExtras(QString *error)
{
    if (missingDocumentExtras().isEmpty())
        return true;
    // A database Nido migrated before it added them, or whose extras were dropped since.
    QString scriptError;
    if (!m_db.transaction() || !Database::executeScript(m_db, migrationLockKey.toUtf8(), &scriptError)
        || !runDocumentExtras(&scriptError) || !m_db.commit()) {
        m_db.rollback();
        *error = scriptError.isEmpty() ? m_db.lastError().text() : scriptError;
        return false;
    }
    return true;
}

bool SchemaMigrator::apply(const Migration &migration, bool runScript, QString *error)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SchemaMigrator", "Cannot read migration %1.").arg(migration.resourcePath);
        return false;
    }
    const QByteArray script = file.readAll();

    qCInfo(lcDatabase) << "applying migration" << migration.version << migration.name << (runScript ? "" : "(recorded only)");
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    const auto fail = [&](const QString &reason) {
        m_db.rollback();
        *error = QCoreApplication::translate("SchemaMigrator", "Migration %1 (%2) failed and was rolled back: %3")
                     .arg(migration.version)
                     .arg(migration.name, reason);
        return false;
    };

    QString scriptError;
    if (!Database::executeScript(m_db,
                                 migrationLockKey.toUtf8() + ";\n"
                                     "CREATE SCHEMA IF NOT EXISTS nido;\n"
                                     "CREATE TABLE IF NOT EXISTS nido.schema_migrations ("
                                     " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                                     " \"scriptRun\" BOOLEAN NOT NULL,"
                                     " \"appliedAt\" TIMESTAMPTZ NOT NULL DEFAULT NOW());",
                                 &scriptError))
        return fail(scriptError);

    // Another Nido may have migrated while this one waited for the lock.
    QSqlQuery done(m_db);
    done.prepare(QStringLiteral("SELECT 1 FROM nido.schema_migrations WHERE version = :version"));
    done.bindValue(QStringLiteral(":version"), migration.version);
    if (!Database::execute(done))
        return fail(Database::errorText(done));
    if (done.next())
        return m_db.commit();

    if (runScript && !Database::executeScript(m_db, script, &scriptError))
        return fail(scriptError);
    // The document's recommended extras come with its schema, and are added where a backend lacks them.
    if (migration.version == 1 && !runDocumentExtras(&scriptError))
        return fail(scriptError);

    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT INTO nido.schema_migrations (version, name, \"scriptRun\") "
                                  "VALUES (:version, :name, :scriptRun)"));
    record.bindValue(QStringLiteral(":version"), migration.version);
    record.bindValue(QStringLiteral(":name"), migration.name);
    record.bindValue(QStringLiteral(":scriptRun"), runScript);
    if (!Database::execute(record))
        return fail(Database::errorText(record));
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    return true;
}
