#include "childoverview.h"
#include "database.h"
#include "sessionsql.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString arrayLiteral(const QStringList &items)
{
    return QString(u'{' + items.join(u',') + u'}');
}

} // namespace

ChildOverview::ChildOverview(QObject *parent)
    : QObject(parent)
{
}

void ChildOverview::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT childIdChanged();
    refresh();
}

QDateTime ChildOverview::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTime();
}

QDate ChildOverview::weekStart() const
{
    const QDate today = now().date();
    const int firstDay = QLocale().firstDayOfWeek();
    return today.addDays(-((today.dayOfWeek() - firstDay + 7) % 7));
}

void ChildOverview::clearFigures()
{
    m_ready = false;
    m_childName.clear();
    m_dailyLimitMinutes = -1;
    m_todayMinutes = m_weekMinutes = m_lastSessionMinutes = 0;
    m_todaySessions = m_weekSessions = m_daysOverLimit = 0;
    m_memoriesTotal = m_memoriesThisWeek = m_deviceErrorsThisWeek = m_deviceWarningsThisWeek = 0;
    m_weekMinutesPerDay.clear();
    m_weekDayNames.clear();
    m_lastSessionStart = {};
    m_lastSessionAgent.clear();
    m_lastSessionLive = false;
}

void ChildOverview::refresh()
{
    clearFigures();
    m_errorString.clear();
    if (!m_childId.isEmpty())
        m_ready = loadProfile() && loadWeek() && loadMemoriesAndAlerts() && loadLastSession();
    Q_EMIT figuresChanged();
}

bool ChildOverview::loadProfile()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT concat_ws(' ', u.\"firstName\", u.\"lastName\"), "
        "  CASE WHEN jsonb_typeof(p.routines->'screenTime'->'limit') = 'number' "
        "    THEN (p.routines->'screenTime'->>'limit')::numeric END "
        "FROM users u LEFT JOIN user_profiles p ON p.\"userId\" = u.id WHERE u.id = CAST(:child AS uuid)"));
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    if (!query.next()) {
        m_errorString = tr("This child is no longer in the database.");
        return false;
    }
    m_childName = query.value(0).toString();
    m_dailyLimitMinutes = query.value(1).isNull() ? -1 : qRound(query.value(1).toDouble());
    return true;
}

bool ChildOverview::loadWeek()
{
    const QDate first = weekStart();
    QStringList starts;
    QStringList ends;
    for (int day = 0; day < 7; ++day) {
        starts << Database::utcTimestamp(QDateTime(first.addDays(day), QTime(0, 0)));
        ends << Database::utcTimestamp(QDateTime(first.addDays(day + 1), QTime(0, 0)));
        m_weekDayNames << QLocale().dayName(first.addDays(day).dayOfWeek(), QLocale::ShortFormat);
    }
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT d.i, COALESCE(SUM(%1), 0) / 60.0, COUNT(vs.id) "
        "FROM unnest(CAST(:starts AS timestamp[]), CAST(:ends AS timestamp[])) WITH ORDINALITY AS d(s, e, i) "
        "LEFT JOIN voice_sessions vs ON vs.\"userId\" = CAST(:child AS uuid) "
        "  AND vs.\"startedAt\" >= d.s AND vs.\"startedAt\" < d.e "
        "GROUP BY d.i ORDER BY d.i").arg(SessionSql::talkedSeconds()));
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now()));
    query.bindValue(QStringLiteral(":starts"), arrayLiteral(starts));
    query.bindValue(QStringLiteral(":ends"), arrayLiteral(ends));
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    const QDate today = now().date();
    while (query.next()) {
        const int day = query.value(0).toInt() - 1;
        const double minutes = query.value(1).toDouble();
        const int sessions = query.value(2).toInt();
        m_weekMinutesPerDay << minutes;
        m_weekMinutes += minutes;
        m_weekSessions += sessions;
        if (m_dailyLimitMinutes >= 0 && minutes > m_dailyLimitMinutes)
            ++m_daysOverLimit;
        if (first.addDays(day) == today) {
            m_todayMinutes = minutes;
            m_todaySessions = sessions;
        }
    }
    return true;
}

bool ChildOverview::loadMemoriesAndAlerts()
{
    const QString weekFrom = Database::utcTimestamp(QDateTime(weekStart(), QTime(0, 0)));
    QSqlQuery memories;
    memories.prepare(QStringLiteral(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE \"createdAt\" >= CAST(:from AS timestamp)) "
        "FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid)"));
    memories.bindValue(QStringLiteral(":from"), weekFrom);
    memories.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(memories) || !memories.next()) {
        m_errorString = Database::errorText(memories);
        return false;
    }
    m_memoriesTotal = memories.value(0).toInt();
    m_memoriesThisWeek = memories.value(1).toInt();

    QSqlQuery alerts;
    alerts.prepare(QStringLiteral(
        "SELECT COUNT(*) FILTER (WHERE h.status = 'error' OR h.\"errorMessage\" IS NOT NULL), "
        "  COUNT(*) FILTER (WHERE h.status <> 'ok' AND h.status <> 'error' AND h.\"errorMessage\" IS NULL) "
        "FROM voice_sessions vs JOIN session_heartbeats h ON h.\"sessionId\" = vs.id "
        "WHERE vs.\"userId\" = CAST(:child AS uuid) AND vs.\"startedAt\" >= CAST(:from AS timestamp)"));
    alerts.bindValue(QStringLiteral(":child"), m_childId);
    alerts.bindValue(QStringLiteral(":from"), weekFrom);
    if (!Database::execute(alerts) || !alerts.next()) {
        m_errorString = Database::errorText(alerts);
        return false;
    }
    m_deviceErrorsThisWeek = alerts.value(0).toInt();
    m_deviceWarningsThisWeek = alerts.value(1).toInt();
    return true;
}

bool ChildOverview::loadLastSession()
{
    QSqlQuery query;
    query.prepare(QStringLiteral(
        "SELECT vs.\"startedAt\", %1 / 60.0, vs.status = 'active', a.name "
        "FROM voice_sessions vs LEFT JOIN agents a ON a.id = %2 "
        "WHERE vs.\"userId\" = CAST(:child AS uuid) ORDER BY vs.\"startedAt\" DESC, vs.id DESC LIMIT 1")
                      .arg(SessionSql::talkedSeconds(), SessionSql::agentId()));
    query.bindValue(QStringLiteral(":now"), Database::utcTimestamp(now()));
    query.bindValue(QStringLiteral(":child"), m_childId);
    if (!Database::execute(query)) {
        m_errorString = Database::errorText(query);
        return false;
    }
    if (query.next()) {
        m_lastSessionStart = Database::fromUtcTimestamp(query.value(0));
        m_lastSessionMinutes = query.value(1).toDouble();
        m_lastSessionLive = query.value(2).toBool();
        m_lastSessionAgent = query.value(3).toString();
    }
    return true;
}
