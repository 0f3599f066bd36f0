#include "sessiondetail.h"
#include "sessionactivitynotifier.h"

#include <QUuid>

SessionDetail::SessionDetail(QObject *parent)
    : DataLoader(parent)
{
    connect(SessionActivityNotifier::instance(), &SessionActivityNotifier::activity, this, [this](const QString &session) {
        if (session != m_sessionId)
            return;
        m_activityArrived = true;
        // A live session's figures stay on screen while they are read again.
        refresh();
    });
}

SessionDetail::~SessionDetail()
{
    if (!m_watchedSession.isEmpty())
        SessionActivityNotifier::instance()->unwatch(m_watchedSession);
}

void SessionDetail::setSessionId(const QString &sessionId)
{
    if (m_sessionId == sessionId)
        return;
    m_sessionId = sessionId;
    Q_EMIT sessionIdChanged();
    invalidate();
}

bool SessionDetail::wanted() const
{
    return DataLoader::wanted() && !QUuid::fromString(m_sessionId).isNull();
}

void SessionDetail::clear()
{
    m_session = {};
    updateWatch();
    Q_EMIT detailChanged();
}

void SessionDetail::load()
{
    readBatch<SessionInfo>(
        SessionInfo::statements(childId(), m_sessionId),
        [](SqlConnection &, QList<QList<QSqlRecord>> &rows, SessionInfo &info, QString *error) { return info.read(rows, error); },
        [this](SessionInfo &&info) {
            m_session = std::move(info);
            updateWatch();
            Q_EMIT detailChanged();
            // Told once the new figures are there to read.
            if (std::exchange(m_activityArrived, false))
                Q_EMIT activityArrived();
        });
}

void SessionDetail::updateWatch()
{
    const QString wanted = m_session.live ? m_sessionId : QString();
    if (wanted == m_watchedSession)
        return;
    if (!m_watchedSession.isEmpty())
        SessionActivityNotifier::instance()->unwatch(m_watchedSession);
    m_watchedSession = wanted;
    if (!wanted.isEmpty())
        SessionActivityNotifier::instance()->watch(wanted);
}
