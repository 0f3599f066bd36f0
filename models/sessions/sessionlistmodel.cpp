#include "sessionlistmodel.h"
#include "database.h"
#include "databaseworker.h"
#include "sessionactivitynotifier.h"
#include "sessionsql.h"
#include "wakinghours.h"

#include <QJsonObject>

#include <QDateTime>

SessionListModel::SessionListModel(QObject *parent)
    : KeysetListModel(parent)
{
    setPageSize(50);
    connect(this, &QAbstractItemModel::modelReset, this, &SessionListModel::watchLiveRows);
    connect(this, &QAbstractItemModel::rowsInserted, this, &SessionListModel::watchLiveRows);
    // Heartbeats arrive all the time; the list is read again only when a session has ended, so
    // that it does not jump while a parent scrolls it.
    connect(SessionActivityNotifier::instance(), &SessionActivityNotifier::activity, this, [this](const QString &session) {
        if (!m_watched.contains(session))
            return;
        DatabaseWorker::instance()->run<bool>(
            this,
            [session](SqlConnection &db) {
                QSqlQuery &query = db.prepared(QStringLiteral("SELECT status = 'active' FROM nido.sessions_by_id(current_user, ARRAY[CAST(:id AS uuid)])"));
                query.bindValue(QStringLiteral(":id"), session);
                QString error;
                return !db.exec(query, &error) || (query.next() && query.value(0).toBool());
            },
            [this](bool stillLive) {
                if (!stillLive)
                    scheduleReload();
            });
    });
}

SessionListModel::~SessionListModel()
{
    for (const QString &session : std::as_const(m_watched))
        SessionActivityNotifier::instance()->unwatch(session);
}

void SessionListModel::watchLiveRows()
{
    QStringList live;
    for (int row = 0; row < rowCount(); ++row) {
        if (recordAt(row).value(QStringLiteral("status")).toString() == u"active")
            live << recordAt(row).value(QStringLiteral("sessionId")).toString();
    }
    for (const QString &session : std::as_const(m_watched)) {
        if (!live.contains(session))
            SessionActivityNotifier::instance()->unwatch(session);
    }
    for (const QString &session : std::as_const(live)) {
        if (!m_watched.contains(session))
            SessionActivityNotifier::instance()->watch(session);
    }
    m_watched = live;
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {SessionIdRole, "sessionId"},
        {StartedAtRole, "startedAt"},
        {DurationSecondsRole, "durationSeconds"},
        {MessageCountRole, "messageCount"},
        {AgentNameRole, "agentName"},
        {TotalTokensRole, "totalTokensUsed"},
        {TotalCostRole, "totalCost"},
        {MemoriesCreatedRole, "memoriesCreated"},
        {StatusRole, "status"},
        {LiveRole, "live"},
        {OutsideWakingHoursRole, "outsideWakingHours"},
    };
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    switch (role) {
    case TotalCostRole:
        return recordAt(index.row()).value(QStringLiteral("totalCost")).toDouble();
    case LiveRole:
        return recordAt(index.row()).value(QStringLiteral("status")).toString() == u"active";
    case OutsideWakingHoursRole: {
        const QSqlRecord &row = recordAt(index.row());
        const WakingHours hours = WakingHours::fromRoutines(
            {{QStringLiteral("wakeTime"), row.value(QStringLiteral("wakeTime")).toString()},
             {QStringLiteral("bedTime"), row.value(QStringLiteral("bedTime")).toString()}});
        return hours.describe(Database::fromUtcTimestamp(row.value(QStringLiteral("startedAt"))).toLocalTime().time());
    }
    case DurationSecondsRole: {
        // Unknown stays unknown: a NULL read as 0 would say "0 min".
        const QVariant seconds = recordAt(index.row()).value(QStringLiteral("durationSeconds"));
        return seconds.isNull() ? QVariant() : QVariant(seconds.toInt());
    }
    default:
        return KeysetListModel::data(index, role);
    }
}

bool SessionListModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (m_childId.isEmpty())
        return false;
    QString sql = QStringLiteral(
        "SELECT vs.id AS sid, vs.id::text AS \"sessionId\", vs.\"startedAt\", vs.\"startedAt\"::text AS \"startedAtKey\", "
        "  %2 AS \"durationSeconds\", vs.\"messageCount\", vs.status::text AS status, vs.\"totalTokensUsed\", "
        "  vs.\"totalCost\", a.name AS \"agentName\" "
        "FROM %3 LEFT JOIN nido.visible_agents(current_user) a ON a.id = %1 WHERE true")
                      .arg(SessionSql::agentId(), SessionSql::knownDurationSeconds(),
                           SessionSql::childSessions(m_from.isValid() ? QStringLiteral("CAST(:from AS timestamp)") : QStringLiteral("NULL"),
                                                     m_to.isValid() ? QStringLiteral("CAST(:to AS timestamp)") : QStringLiteral("NULL")));
    if (!m_agentId.isEmpty())
        sql += QStringLiteral(" AND %1 = CAST(:agentId AS uuid)").arg(SessionSql::agentId());
    if (!m_status.isEmpty())
        sql += QStringLiteral(" AND vs.status = CAST(:status AS voice_sessions_status_enum)");
    if (last)
        sql += QStringLiteral(" AND (vs.\"startedAt\", vs.id) < (CAST(:cursorTime AS timestamp), CAST(:cursorId AS uuid))");
    sql += QStringLiteral(" ORDER BY vs.\"startedAt\" DESC, vs.id DESC LIMIT :limit");
    // The memories each session of the page made, counted for the page at once; the routines'
    // waking hours, which tell a night session.
    sql = QStringLiteral("WITH page AS (%1) SELECT page.*, COALESCE(m.memories, 0) AS \"memoriesCreated\", "
                         "  r.\"wakeTime\", r.\"bedTime\" FROM page "
                         "LEFT JOIN nido.session_memory_counts(current_user, CAST(:child AS uuid), ARRAY(SELECT p.sid FROM page p)) m "
                         "ON m.\"sessionId\" = page.sid "
                         "LEFT JOIN (SELECT p.routines->>'wakeTime' AS \"wakeTime\", p.routines->>'bedTime' AS \"bedTime\" FROM %2) r ON true "
                         "ORDER BY page.\"startedAt\" DESC, page.sid DESC").arg(sql, SessionSql::childProfile());

    query.prepare(sql);
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (m_from.isValid())
        query.bindValue(QStringLiteral(":from"), Database::utcTimestamp(QDateTime(m_from, QTime(0, 0))));
    if (m_to.isValid())
        query.bindValue(QStringLiteral(":to"), Database::utcTimestamp(QDateTime(m_to.addDays(1), QTime(0, 0))));
    if (!m_agentId.isEmpty())
        query.bindValue(QStringLiteral(":agentId"), m_agentId);
    if (!m_status.isEmpty())
        query.bindValue(QStringLiteral(":status"), m_status);
    if (last) {
        query.bindValue(QStringLiteral(":cursorTime"), last->value(QStringLiteral("startedAtKey")));
        query.bindValue(QStringLiteral(":cursorId"), last->value(QStringLiteral("sessionId")));
    }
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}

void SessionListModel::filterEdited()
{
    Q_EMIT filterChanged();
    scheduleReload(true);
}

void SessionListModel::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    // One child's agents are not the next one's.
    m_agentId.clear();
    filterEdited();
}

void SessionListModel::setFrom(QDate from)
{
    if (m_from == from)
        return;
    m_from = from;
    filterEdited();
}

void SessionListModel::setTo(QDate to)
{
    if (m_to == to)
        return;
    m_to = to;
    filterEdited();
}

void SessionListModel::setAgentId(const QString &agentId)
{
    if (m_agentId == agentId)
        return;
    m_agentId = agentId;
    filterEdited();
}

void SessionListModel::setStatus(const QString &status)
{
    const QString known = status == u"active" || status == u"ended" || status == u"paused" ? status : QString();
    if (m_status == known)
        return;
    m_status = known;
    filterEdited();
}

void SessionListModel::showLastDays(int days)
{
    setFrom(days > 0 ? QDate::currentDate().addDays(1 - days) : QDate());
    setTo({});
}
