#pragma once

#include "copywriter.h"
#include "democontent.h"
#include "demorandom.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <mutex>

class CopyWriter;

// Fills an empty database with a deterministic demo family (or the seed's full size table):
// children with profiles and routines, agents with personas, sessions with transcripts,
// heartbeats and memories. Everything goes in with COPY inside one transaction, but for the
// heartbeats when the server lets the load skip its foreign-key checks: they go in on a second
// connection of their own, at the same time (see load()).
class DemoDataGenerator
{
public:
    struct Scale {
        int children = 2;
        int agents = 10;
        int sessionsPerChild = 45;
        // 0: as long as the dialogue the session follows.
        int messagesPerSession = 0;
        // 0: one every five seconds of the session.
        int heartbeatsPerSession = 0;
        int memoriesPerChild = 150;
        int days = 30;
        bool withLiveSession = true;
    };
    [[nodiscard]] static Scale familyScale(int children);
    [[nodiscard]] static Scale seedScale();

    DemoDataGenerator(QSqlDatabase db, Scale scale, QDateTime now = QDateTime::currentDateTimeUtc(),
                      quint64 seed = 20251104);

    void setProgressHandler(std::function<void(const QString &)> handler) { m_progress = std::move(handler); }
    bool generate(QString *error);

private:
    struct Child {
        QByteArray id;
        QString firstName;
        QString lastName;
        QString language;
        QByteArray deviceId;
        QList<int> agents;
    };
    struct Agent {
        QByteArray id;
        int templateIndex = 0;
        int owner = -1;
        bool isPublic = false;
    };
    struct Session {
        QByteArray id;
        int child = 0;
        int agent = 0;
        qint64 startMs = 0;
        int durationSeconds = 0;
        QByteArray status;
        QString language;
        int dialogue = 0;
        int messageCount = 0;
        qint64 tokens = 0;
        double cost = 0;
    };

    QHash<QString, QSet<QString>> m_columns;

    void planChildren();
    void planAgents();
    void planSessions();
    void planMessages(const Session &session, quint64 index, const std::function<void(int, int, qint64)> &each) const;
    bool load(QSqlDatabase side, QString *error);
    bool writeUsersAndProfiles(QString *error);
    bool writeAgents(QString *error);
    bool writeSessions(QString *error);
    bool writeMessages(QString *error) const;
    // Runs on a thread of its own when the load is split (load()): reads the plans only.
    bool writeHeartbeats(PGconn *connection, const std::atomic<bool> &stop, QString *error) const;
    bool writeMemories(QString *error) const;
    bool endRow(CopyWriter &writer, qint64 total, const QString &what, QString *error) const;
    // A backend's ORM may have made a table without some of the columns Nido knows.
    bool readColumns(QString *error);
    [[nodiscard]] CopyWriter copyInto(const QString &table, const QStringList &columns, PGconn *connection = nullptr) const;

    [[nodiscard]] DemoRandom stream(quint64 purpose, quint64 index) const;
    // Ids are UUIDv7-shaped and rise in insertion order, which keeps bulk index inserts cheap.
    [[nodiscard]] quint64 orderKey(quint64 sequence) const;

    QSqlDatabase m_db;
    Scale m_scale;
    qint64 m_nowMs;
    quint64 m_seed;
    DemoContent m_content;
    std::function<void(const QString &)> m_progress;
    mutable std::mutex m_progressLock;
    QList<Child> m_children;
    QList<Agent> m_agents;
    QList<Session> m_sessions;
};
