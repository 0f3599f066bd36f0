#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Creates or checks the voice backend's schema and applies Nido's own numbered migrations.
// Migration 1 is the backend's schema: run on an empty database, only checked on a backend's one.
// Later migrations are Nido's additions: they never drop a backend object or change its columns.
class SchemaMigrator
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit SchemaMigrator(QSqlDatabase db);

    [[nodiscard]] static QList<Migration> knownMigrations();
    [[nodiscard]] static int latestVersion();

    // 0 when Nido has never migrated this database.
    [[nodiscard]] int appliedVersion(QString *error) const;
    // Versions below the newest applied one that have no record: a hand-edited database.
    [[nodiscard]] QList<int> missingVersions(QString *error) const;
    [[nodiscard]] bool hasAnyBackendTable() const;
    // What the backend's schema lacks that Nido needs, e.g. "column memory_contexts.\"agentId\"".
    [[nodiscard]] QStringList missingBackendObjects() const;
    // The document's recommended extras this database lacks; never a reason to refuse it: migrate
    // adds them (e.g. "table memory_access_log").
    [[nodiscard]] QStringList missingDocumentExtras() const;

    // Partitions of memory_contexts and the archive table made after the last migrate, which lack
    // Nido's row rules and statistics settings until `nido migrate` gives them ("public.memory_contexts_2027_01").
    [[nodiscard]] QStringList unadoptedMemoryLayout() const;
    // Whether memory_contexts is partitioned (the document's advice for a large backend).
    [[nodiscard]] bool memoriesPartitioned() const;

    // Columns whose old planner statistics still hold other families' values, as "schema.table.column".
    [[nodiscard]] QStringList statisticsLeftBehind() const;

    // Refuses a schema newer than this build knows, a gap in Nido's migrations, or a backend schema
    // with missing parts.
    [[nodiscard]] bool checkCompatible(QString *error) const;
    bool migrate(QString *error, QStringList *applied = nullptr);

private:
    bool apply(const Migration &migration, bool runScript, QString *error);
    bool runDocumentExtras(QString *error);
    bool addMissingDocumentExtras(QString *error);
    bool adoptMemoryLayout(QString *error);

    QSqlDatabase m_db;
};
