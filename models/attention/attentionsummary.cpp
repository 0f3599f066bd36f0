#include "attentionsummary.h"
#include "changehub.h"
#include "reviewcall.h"
#include "jsontext.h"
#include "sqlconnection.h"

#include <QJsonArray>

namespace {

// Everything in one round trip: the counts, the topics with how each is watched, and the
// categories (the schema's in its order, then any other a parent has chosen for) with whether
// each is sensitive, the last two as JSON.
const auto summarySql = QStringLiteral(
    "SELECT i.total, i.sensitive, i.unsure, "
    "  (SELECT COUNT(*) FROM nido.child_topic_mentions(current_user, CAST(:child AS uuid)) m WHERE NOT m.fine), "
    "  (SELECT json_agg(json_build_array(t.topic, nido.topic_watch(t.topic)) ORDER BY t.topic) "
    "     FROM nido.child_avoided_topics(current_user, CAST(:child AS uuid)) t)::text, "
    "  (SELECT json_agg(json_build_array(c.category, nido.review_band(CAST(:child AS uuid), c.category, NULL) = 0) "
    "     ORDER BY c.sort_order NULLS LAST, c.category) FROM ("
    "     SELECT category, sort_order FROM nido.memory_categories() "
    "     UNION SELECT s.category, NULL FROM nido.child_sensitive_categories(current_user, CAST(:child AS uuid)) s "
    "       WHERE s.category NOT IN (SELECT category FROM nido.memory_categories())) c)::text "
    "FROM nido.unreviewed_counts(current_user, CAST(:child AS uuid)) i");

} // namespace

AttentionSummary::AttentionSummary(QObject *parent)
    : DataLoader(parent)
{
    ChangeHub::follow(this, ChangeHub::Change::Memories | ChangeHub::Change::Attention | ChangeHub::Change::Profile,
                      [this] { return childId(); }, [this] { refresh(); });
}

void AttentionSummary::clear()
{
    m_summary = {};
    Q_EMIT summaryChanged();
}

void AttentionSummary::load()
{
    SqlStatement query;
    query.prepare(summarySql);
    query.bindValue(QStringLiteral(":child"), childId());
    readBatch<Summary>({query}, [](SqlConnection &, QList<QList<QSqlRecord>> &rows, Summary &summary, QString *) { return readSummary(rows, summary); },
                       [this](Summary &&summary) {
                           m_summary = std::move(summary);
                           Q_EMIT summaryChanged();
                       });
}

bool AttentionSummary::readSummary(const QList<QList<QSqlRecord>> &rows, Summary &summary)
{
    // One row of aggregates, always.
    if (rows.value(0).isEmpty())
        return false;
    const QSqlRecord query = rows.at(0).at(0);
    summary.unreviewed = query.value(0).toInt();
    summary.sensitive = query.value(1).toInt();
    summary.unsure = query.value(2).toInt();
    summary.mentions = query.value(3).toInt();
    for (const QJsonValue &pair : parsedJson(query.value(4).toString()).toArray()) {
        summary.topics << pair.toArray().at(0).toString();
        summary.topicWatch << pair.toArray().at(1).toString();
    }
    for (const QJsonValue &pair : parsedJson(query.value(5).toString()).toArray()) {
        summary.categories << pair.toArray().at(0).toString();
        if (pair.toArray().at(1).toBool())
            summary.sensitiveCategories << pair.toArray().at(0).toString();
    }
    return true;
}

QStringList AttentionSummary::topicsWatched(bool watched) const
{
    QStringList topics;
    for (qsizetype i = 0; i < m_summary.topics.size(); ++i) {
        if ((m_summary.topicWatch.value(i) != u"common") == watched)
            topics << m_summary.topics.at(i);
    }
    return topics;
}

void AttentionSummary::setSensitive(const QString &category, bool sensitive)
{
    if (childId().isEmpty() || category.isEmpty())
        return;
    SqlStatement call;
    call.prepare(QStringLiteral("SELECT nido.set_sensitive(current_user, CAST(:child AS uuid), :category, :sensitive)"));
    call.bindValue(QStringLiteral(":child"), childId());
    call.bindValue(QStringLiteral(":category"), category);
    call.bindValue(QStringLiteral(":sensitive"), sensitive);
    ReviewCall::run(this, childId(), call, [this](const DbError &error) {
        setActionError(error.kind() == DbError::Kind::PermissionDenied
                           ? tr("Choosing which categories are sensitive needs the \"edit\" permission; nothing was changed.")
                           : error.detail());
    });
}

void AttentionSummary::setActionError(const QString &error)
{
    if (error == m_actionError)
        return;
    m_actionError = error;
    Q_EMIT actionErrorChanged();
}
