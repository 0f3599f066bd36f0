#include "retentionpolicy.h"
#include "changehub.h"
#include "database.h"
#include "databaseworker.h"
#include "sqlconnection.h"

namespace {
QVariant daysValue(int days)
{
    return days == RetentionPolicy::keptForever ? QVariant() : QVariant(days);
}
}

RetentionPolicy::RetentionPolicy(QObject *parent)
    : DataLoader(parent)
{
    ChangeHub::follow(this, ChangeHub::Change::Memories, [this] { return childId(); }, [this] { refresh(); });
}

std::optional<QList<RetentionPolicy::Category>> RetentionPolicy::readCategories(SqlConnection &db, const QString &childId, QString *error)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "WITH known AS (SELECT category, sort_order AS position FROM nido.memory_categories()), "
        "used AS (SELECT t.category, SUM(t.memories)::bigint AS memories "
        "  FROM nido.memory_tally(current_user, CAST(:child AS uuid), NULL) t GROUP BY 1), "
        "kept AS (SELECT p.category, p.days, p.\"changedBy\", p.\"changedAt\" "
        "  FROM nido.child_retention_policies(current_user, CAST(:child AS uuid)) p) "
        "SELECT c.category, COALESCE(k.days, -1), COALESCE(u.memories, 0), COALESCE(k.\"changedBy\"::text, ''), k.\"changedAt\" "
        "FROM (SELECT category FROM known UNION SELECT category FROM used UNION SELECT category FROM kept) c "
        "LEFT JOIN known n ON n.category = c.category LEFT JOIN used u ON u.category = c.category "
        "LEFT JOIN kept k ON k.category = c.category "
        "ORDER BY n.position NULLS LAST, c.category"));
    query.bindValue(QStringLiteral(":child"), childId);
    if (!db.exec(query, error))
        return std::nullopt;
    QList<Category> retention;
    while (query.next())
        retention << Category{query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toString(),
                               Database::fromUtcTimestamp(query.value(4))};
    query.finish();
    return retention;
}

void RetentionPolicy::clear()
{
    m_categories.clear();
    Q_EMIT categoriesChanged();
    clearPreview();
    setActionError({});
}

void RetentionPolicy::load()
{
    read<QVariantList>(
        [child = childId()](SqlConnection &db, QVariantList &rows, QString *error) {
            const auto categories = RetentionPolicy::readCategories(db, child, error);
            if (!categories)
                return false;
            for (const Category &category : *categories)
                rows << QVariantMap{{QStringLiteral("category"), category.category},
                                    {QStringLiteral("days"), category.days},
                                    {QStringLiteral("memories"), category.memories},
                                    {QStringLiteral("changedBy"), category.changedBy},
                                    {QStringLiteral("changedAt"), category.changedAt.toLocalTime()}};
            return true;
        },
        [this](QVariantList &&rows) {
            m_categories = std::move(rows);
            Q_EMIT categoriesChanged();
        });
}

void RetentionPolicy::clearPreview()
{
    ++m_previewRequest;
    if (m_preview.isEmpty())
        return;
    m_preview.clear();
    Q_EMIT previewChanged();
}

void RetentionPolicy::askPreview(const QString &category, int days)
{
    clearPreview();
    if (childId().isEmpty() || category.isEmpty() || !validDays(days))
        return;
    struct Outcome {
        QVariantMap preview;
        QString error;
    };
    DatabaseWorker::instance()->run<Outcome>(
        this,
        [child = childId(), category, days](SqlConnection &db) {
            Outcome outcome;
            QSqlQuery &query = db.prepared(QStringLiteral("SELECT changed, expired, next_expiry FROM "
                                                          "nido.retention_preview(current_user, CAST(:child AS uuid), :category, :days)"));
            query.bindValue(QStringLiteral(":child"), child);
            query.bindValue(QStringLiteral(":category"), category);
            query.bindValue(QStringLiteral(":days"), daysValue(days));
            if (db.exec(query, &outcome.error) && query.next())
                outcome.preview = {{QStringLiteral("category"), category},
                                   {QStringLiteral("days"), days},
                                   {QStringLiteral("changed"), query.value(0).toInt()},
                                   {QStringLiteral("expired"), query.value(1).toInt()},
                                   {QStringLiteral("nextExpiry"), query.value(2).toDateTime()}};
            query.finish();
            return outcome;
        },
        [this, request = m_previewRequest](const Outcome &outcome) {
            if (request != m_previewRequest)
                return;
            setActionError(outcome.error);
            m_preview = outcome.preview;
            Q_EMIT previewChanged();
        });
}

void RetentionPolicy::apply(const QString &category, int days)
{
    if (m_applying || childId().isEmpty() || category.isEmpty())
        return;
    if (!validDays(days)) {
        setActionError(tr("A memory is kept from 0 to %L1 days, or forever.").arg(mostDays));
        return;
    }
    m_applying = true;
    Q_EMIT applyingChanged();
    struct Outcome {
        int changed = 0;
        QString error;
    };
    DatabaseWorker::instance()->run<Outcome>(
        this, DatabaseWorker::Retry::Never,
        [child = childId(), category, days](SqlConnection &db) {
            Outcome outcome;
            QSqlQuery &query = db.prepared(QStringLiteral("SELECT nido.set_retention(current_user, CAST(:child AS uuid), :category, :days)"));
            query.bindValue(QStringLiteral(":child"), child);
            query.bindValue(QStringLiteral(":category"), category);
            query.bindValue(QStringLiteral(":days"), daysValue(days));
            if (db.exec(query, &outcome.error) && query.next())
                outcome.changed = query.value(0).toInt();
            else if (query.lastError().nativeErrorCode() == u"42501")
                outcome.error = tr("Changing how long memories are kept needs the \"manage\" permission; nothing was changed.");
            query.finish();
            return outcome;
        },
        [this, child = childId()](const Outcome &outcome) {
            m_applying = false;
            m_actionError = outcome.error;
            Q_EMIT applyingChanged();
            if (!outcome.error.isEmpty())
                return;
            clearPreview();
            Q_EMIT applied(outcome.changed);
            Q_EMIT ChangeHub::instance()->memoriesChanged(child);
        });
}

void RetentionPolicy::setActionError(const QString &error)
{
    if (m_actionError == error)
        return;
    m_actionError = error;
    Q_EMIT applyingChanged();
}
