#include "attentionwatcher.h"
#include "changehub.h"
#include "database.h"
#include "databaseworker.h"
#include "formats.h"
#include "jsontext.h"
#include "sessionsql.h"
#include "wakinghours.h"

#include <QJsonObject>
#include <QLocale>

namespace {

const auto liveSessionsSql = QStringLiteral(
    "SELECT vs.id::text, vs.\"userId\"::text, %1, vs.\"startedAt\", vs.\"startedAt\" > CAST(:since AS timestamp), "
    "  COALESCE(p.routines::text, '{}'), a.name "
    "FROM nido.live_sessions(current_user) vs CROSS JOIN LATERAL nido.child_row(current_user, vs.\"userId\") u "
    "LEFT JOIN LATERAL nido.child_profile(current_user, vs.\"userId\") p ON true "
    "LEFT JOIN nido.visible_agents(current_user) a ON a.id = nido.session_agent_id(vs.metadata)");

const auto nightSql = QStringLiteral("SELECT %1 FROM %2");

const auto mentionsSql = QStringLiteral(
    "SELECT m.topic, m.content, m.\"messageType\" = 'user' FROM nido.child_topic_mentions(current_user, CAST(:child AS uuid)) m "
    "WHERE m.\"sessionId\" = CAST(:session AS uuid) "
    "  AND m.\"createdAt\" > CAST(:since AS timestamp) AND NOT m.fine ORDER BY m.\"createdAt\" DESC");

const auto problemsSql = QStringLiteral(
    "SELECT COUNT(*), COUNT(*) FILTER (WHERE h.timestamp > CAST(:since AS timestamp)), "
    "  (array_agg(COALESCE(h.\"errorMessage\", h.status) ORDER BY h.timestamp DESC))[1] "
    "FROM nido.heartbeats_of_session(current_user, CAST(:child AS uuid), CAST(:session AS uuid), "
    "  now() AT TIME ZONE 'UTC' - make_interval(mins => :minutes), NULL, true) h");

const auto sensitiveSql = QStringLiteral(
    "SELECT g.\"userId\"::text, %1, g.n, g.content, g.category FROM ("
    "  SELECT mc.\"userId\", COUNT(*) AS n, (array_agg(mc.content ORDER BY mc.\"createdAt\" DESC))[1] AS content, "
    "    (array_agg(mc.category::text ORDER BY mc.\"createdAt\" DESC))[1] AS category "
    "  FROM nido.memories_since(current_user, CAST(:since AS timestamp)) mc "
    "  WHERE nido.review_band(mc.\"userId\", mc.category, mc.metadata) = 0 "
    "  GROUP BY mc.\"userId\") g "
    "CROSS JOIN LATERAL nido.child_row(current_user, g.\"userId\") u");

const auto changedSql = QStringLiteral(
    "SELECT DISTINCT mc.\"userId\"::text FROM nido.memories_since(current_user, CAST(:since AS timestamp)) mc");

QString shortened(const QString &text)
{
    return text.size() > 200 ? text.left(199) + u'…' : text;
}

} // namespace

AttentionWatcher::AttentionWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(20000);
    connect(&m_timer, &QTimer::timeout, this, &AttentionWatcher::poll);
}

void AttentionWatcher::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_timer.start();
        poll();
    } else {
        m_timer.stop();
    }
    Q_EMIT activeChanged();
}

void AttentionWatcher::setIntervalSeconds(int seconds)
{
    m_timer.setInterval(qMax(1, seconds) * 1000);
    Q_EMIT activeChanged();
}

void AttentionWatcher::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    DatabaseWorker::instance()->run<News>(
        this, DatabaseWorker::Retry::Never,
        [since = m_watermark](SqlConnection &db) {
            News news;
            news.ok = read(db, since, news);
            return news;
        },
        [this](const News &news) {
            m_polling = false;
            if (!news.ok)
                return;
            const bool first = m_watermark.isEmpty();
            m_watermark = news.watermark;
            if (first) {
                Q_EMIT polled(0);
                return;
            }
            int sent = 0;
            for (const DesktopNotifier::Notice &notice : news.notices)
                sent += DesktopNotifier::instance()->post(notice);
            for (const QString &child : news.changedChildren)
                Q_EMIT ChangeHub::instance()->attentionChanged(child);
            Q_EMIT polled(sent);
        });
}

bool AttentionWatcher::read(SqlConnection &db, const QString &since, News &news)
{
    QString error;
    QSqlQuery &now = db.prepared(QStringLiteral("SELECT (now() AT TIME ZONE 'UTC')::text"));
    if (!db.exec(now, &error) || !now.next())
        return false;
    news.watermark = now.value(0).toString();
    now.finish();
    // The first ask only learns where "since" starts.
    return since.isEmpty() || (readLiveSessions(db, since, news) && readSensitiveMemories(db, since, news));
}

bool AttentionWatcher::readLiveSessions(SqlConnection &db, const QString &since, News &news)
{
    QString error;
    QSqlQuery &live = db.prepared(liveSessionsSql.arg(SessionSql::childName()));
    live.bindValue(QStringLiteral(":since"), since);
    if (!db.exec(live, &error))
        return false;
    struct Session {
        QString id, child, childName, agent, routines;
        QDateTime startedAt;
        bool started = false;
    };
    QList<Session> sessions;
    while (live.next()) {
        sessions.append({live.value(0).toString(), live.value(1).toString(), live.value(2).toString(), live.value(6).toString(),
                         live.value(5).toString(), Database::fromUtcTimestamp(live.value(3)), live.value(4).toBool()});
    }
    live.finish();
    for (const Session &session : std::as_const(sessions)) {
        const QString name = session.childName.isEmpty() ? AttentionWatcher::tr("Your child") : session.childName;
        if (session.started) {
            const WakingHours hours = WakingHours::fromRoutines(parsedJson(session.routines).toObject());
            QSqlQuery &night = db.prepared(nightSql.arg(WakingHours::outsideSql(QStringLiteral("CAST(:sinceMidnight AS interval)")),
                                                        WakingHours::ofRoutinesSql(QStringLiteral("CAST(:routines AS jsonb)"))));
            night.bindValue(QStringLiteral(":routines"), session.routines);
            night.bindValue(QStringLiteral(":sinceMidnight"), session.startedAt.time().toString(QStringLiteral("HH:mm:ss")));
            if (!db.exec(night, &error) || !night.next())
                return false;
            if (night.value(0).toBool()) {
                news.notices.append({DesktopNotifier::Kind::NightSession, session.child,
                                     AttentionWatcher::tr("%1 is talking outside waking hours").arg(name),
                                     AttentionWatcher::tr("A conversation with %1 started at %2; waking hours are %3 to %4.")
                                         .arg(session.agent.isEmpty() ? AttentionWatcher::tr("an agent") : session.agent,
                                              QLocale().toString(session.startedAt.time(), QLocale::ShortFormat), hours.wake, hours.bed),
                                     QStringLiteral("sessions"), session.id});
            }
            night.finish();
        }

        QSqlQuery &mentions = db.prepared(mentionsSql);
        mentions.bindValue(QStringLiteral(":child"), session.child);
        mentions.bindValue(QStringLiteral(":session"), session.id);
        mentions.bindValue(QStringLiteral(":since"), since);
        if (!db.exec(mentions, &error))
            return false;
        if (mentions.next()) {
            const QString topic = mentions.value(0).toString();
            const QString speaker = mentions.value(2).toBool() ? name : (session.agent.isEmpty() ? AttentionWatcher::tr("The agent") : session.agent);
            news.notices.append({DesktopNotifier::Kind::AvoidedTopic, session.child,
                                 AttentionWatcher::tr("«%1» came up in %2's conversation").arg(topic, name),
                                 AttentionWatcher::tr("%1: %2").arg(speaker, shortened(mentions.value(1).toString())), QStringLiteral("mentions"),
                                 session.id});
            if (!news.changedChildren.contains(session.child))
                news.changedChildren << session.child;
        }
        mentions.finish();

        QSqlQuery &problems = db.prepared(problemsSql);
        problems.bindValue(QStringLiteral(":child"), session.child);
        problems.bindValue(QStringLiteral(":session"), session.id);
        problems.bindValue(QStringLiteral(":since"), since);
        problems.bindValue(QStringLiteral(":minutes"), problemWindowMinutes);
        if (!db.exec(problems, &error) || !problems.next())
            return false;
        const int recent = problems.value(0).toInt();
        if (recent >= problemsThatRepeat && problems.value(1).toInt() > 0) {
            news.notices.append({DesktopNotifier::Kind::DeviceProblem, session.child,
                                 AttentionWatcher::tr("%1's device keeps reporting problems").arg(name),
                                 AttentionWatcher::tr("%n problem(s) in the last %1 minutes; the latest: %2", nullptr, recent)
                                     .arg(problemWindowMinutes)
                                     .arg(shortened(problems.value(2).toString())),
                                 QStringLiteral("sessions"), session.id});
        }
        problems.finish();
    }
    return true;
}

bool AttentionWatcher::readSensitiveMemories(SqlConnection &db, const QString &since, News &news)
{
    QString error;
    QSqlQuery &sensitive = db.prepared(sensitiveSql.arg(SessionSql::childName()));
    sensitive.bindValue(QStringLiteral(":since"), since);
    if (!db.exec(sensitive, &error))
        return false;
    while (sensitive.next()) {
        const QString name = sensitive.value(1).toString().isEmpty() ? AttentionWatcher::tr("your child") : sensitive.value(1).toString();
        const int count = sensitive.value(2).toInt();
        news.notices.append({DesktopNotifier::Kind::SensitiveMemory, sensitive.value(0).toString(),
                             AttentionWatcher::tr("%n new memory(ies) about %1 in a sensitive category", nullptr, count).arg(name),
                             AttentionWatcher::tr("%1: %2").arg(Formats::category(sensitive.value(4).toString()), shortened(sensitive.value(3).toString())),
                             QStringLiteral("attention"), QString()});
    }
    sensitive.finish();
    QSqlQuery &changed = db.prepared(changedSql);
    changed.bindValue(QStringLiteral(":since"), since);
    if (!db.exec(changed, &error))
        return false;
    while (changed.next()) {
        if (!news.changedChildren.contains(changed.value(0).toString()))
            news.changedChildren << changed.value(0).toString();
    }
    changed.finish();
    return true;
}
