#include "sessiondetail.h"
#include "databaseworker.h"
#include "sessionactivitynotifier.h"

#include <QUuid>

SessionDetail::SessionDetail(QObject *parent)
    : QObject(parent)
{
    connect(SessionActivityNotifier::instance(), &SessionActivityNotifier::activity, this, [this](const QString &session) {
        if (session != m_sessionId)
            return;
        m_activityArrived = true;
        load(true);
    });
}

SessionDetail::~SessionDetail()
{
    if (!m_watchedSession.isEmpty())
        SessionActivityNotifier::instance()->unwatch(m_watchedSession);
}

void SessionDetail::setChildId(const QString &childId)
{
    if (m_childId == childId)
        return;
    m_childId = childId;
    Q_EMIT sourceChanged();
    load(false);
}

void SessionDetail::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sourceChanged();
    load(false);
}

void SessionDetail::reload()
{
    load(true);
}

void SessionDetail::load(bool keepShown)
{
    const quint64 generation = ++m_generation;
    const bool wanted = !m_childId.isEmpty() && !QUuid::fromString(m_sessionId).isNull();
    // A live session's figures stay on screen while they are read again.
    if (!keepShown || !wanted) {
        m_session = {};
        m_loaded = false;
    }
    m_errorString.clear();
    m_loading = wanted;
    Q_EMIT detailChanged();
    if (!wanted) {
        updateWatch();
        return;
    }
    struct Result {
        SessionInfo session;
        QString error;
        bool ok = false;
    };
    DatabaseWorker::instance()->run<Result>(
        this,
        [child = m_childId, session = m_sessionId](SqlConnection &db) {
            Result result;
            result.ok = result.session.load(db, child, session, &result.error);
            return result;
        },
        [this, generation](Result result) {
            if (generation != m_generation)
                return;
            m_session = std::move(result.session);
            m_loaded = result.ok;
            m_errorString = result.error;
            m_loading = false;
            updateWatch();
            Q_EMIT detailChanged();
            // Told once the new figures are there to read.
            if (std::exchange(m_activityArrived, false))
                Q_EMIT activityArrived();
        });
}

void SessionDetail::updateWatch()
{
    const QString wanted = m_loaded && m_session.live ? m_sessionId : QString();
    if (wanted == m_watchedSession)
        return;
    if (!m_watchedSession.isEmpty())
        SessionActivityNotifier::instance()->unwatch(m_watchedSession);
    m_watchedSession = wanted;
    if (!wanted.isEmpty())
        SessionActivityNotifier::instance()->watch(wanted);
}
