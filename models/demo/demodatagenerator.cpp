#include "demodatagenerator.h"
#include "database.h"
#include "logging.h"
#include "memoryfilter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <future>

#include <libpq-fe.h>

namespace {

enum Purpose : quint64 { ChildPlan = 1, AgentPlan, SessionPlan, MessagePlan, HeartbeatPlan, MemoryPlan, ProfilePlan };

constexpr qint64 msPerMinute = 60 * 1000;
constexpr qint64 msPerDay = 24 * 60 * msPerMinute;

// Formats a UTC time for COPY. QDateTime::toString is too slow for millions of heartbeats;
// this is Howard Hinnant's days-to-civil-date algorithm.
QByteArray timestamp(qint64 msSinceEpoch)
{
    const qint64 days = msSinceEpoch >= 0 ? msSinceEpoch / msPerDay : (msSinceEpoch - msPerDay + 1) / msPerDay;
    const qint64 msOfDay = msSinceEpoch - days * msPerDay;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    char text[24];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = ' ';
    put(11, msOfDay / 3600000, 2);
    text[13] = ':';
    put(14, msOfDay / 60000 % 60, 2);
    text[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, msOfDay % 1000, 3);
    return QByteArray(text, 23);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray pickSome(DemoRandom &random, const QStringList &items, int low, int high)
{
    QStringList pool = items;
    QJsonArray picked;
    const int count = qMin(int(pool.size()), random.range(low, high));
    for (int i = 0; i < count; ++i)
        picked.append(pool.takeAt(random.range(0, int(pool.size()) - 1)));
    return picked;
}

QString clock(int minutesOfDay)
{
    return QStringLiteral("%1:%2").arg(minutesOfDay / 60, 2, 10, QLatin1Char('0')).arg(minutesOfDay % 60, 2, 10, QLatin1Char('0'));
}

QString fillIn(QString text, const QString &child, const QString &agent)
{
    return text.replace(QStringLiteral("{name}"), child).replace(QStringLiteral("{agent}"), agent);
}

} // namespace

DemoDataGenerator::Scale DemoDataGenerator::familyScale(int children)
{
    Scale scale;
    scale.children = children;
    return scale;
}

DemoDataGenerator::Scale DemoDataGenerator::seedScale()
{
    Scale scale;
    scale.children = 1000;
    scale.agents = 100;
    scale.sessionsPerChild = 50;
    scale.messagesPerSession = 10;
    scale.heartbeatsPerSession = 40;
    scale.memoriesPerChild = 150;
    scale.days = 90;
    scale.withLiveSession = false;
    return scale;
}

DemoDataGenerator::DemoDataGenerator(QSqlDatabase db, Scale scale, QDateTime now, quint64 seed)
    : m_db(std::move(db))
    , m_scale(scale)
    , m_nowMs(now.toMSecsSinceEpoch())
    , m_seed(seed)
{
}

quint64 DemoDataGenerator::orderKey(quint64 sequence) const
{
    return quint64(m_nowMs - qint64(m_scale.days + 60) * msPerDay) + sequence;
}

DemoRandom DemoDataGenerator::stream(quint64 purpose, quint64 index) const
{
    return DemoRandom(m_seed * 0x100000001B3ULL ^ (purpose << 48) ^ index);
}

bool DemoDataGenerator::generate(QString *error)
{
    m_content = DemoContent::load(error);
    if (!error->isEmpty())
        return false;
    PGconn *connection = Database::nativeHandle(m_db);
    if (!connection) {
        *error = QCoreApplication::translate("DemoDataGenerator", "Not connected to PostgreSQL.");
        return false;
    }

    if (!readColumns(error))
        return false;
    planChildren();
    planAgents();
    planSessions();

    // The heartbeats' own connection, from the same settings (load() decides whether to use it).
    const QString sideName = QStringLiteral("nido-demo-heartbeats-%1").arg(quintptr(this), 0, 16);
    const bool ok = load(QSqlDatabase::cloneDatabase(m_db, sideName), error);
    QSqlDatabase::removeDatabase(sideName);
    // Fresh statistics, so the first queries on the new rows get sensible plans.
    if (ok && !Database::executeScript(m_db, "ANALYZE users, user_profiles, agents, voice_sessions, ai_conversations, "
                                             "session_heartbeats, memory_contexts", error))
        return false;
    if (m_progress)
        m_progress(QString());
    return ok;
}

// Rows are generated with their parents first, so foreign-key triggers would only re-prove what
// the generator guarantees: a superuser's load skips them (replica mode), which halves its time.
// Without those checks the heartbeats, most of the rows (2,000,000 of the seed's), need nothing
// of the first transaction: they go in on a second connection at the same time, on the server's
// other core. They commit after the rest, so that no heartbeat is ever kept without its session;
// if the second connection cannot be had, they go in on the first, one table after another.
bool DemoDataGenerator::load(QSqlDatabase side, QString *error)
{
    static const QByteArray begin =
        "BEGIN; DO $$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
        "THEN SET LOCAL session_replication_role = replica; END IF; END $$";
    static const QByteArray inReplica = "SELECT 1 WHERE current_setting('session_replication_role') = 'replica'";
    if (!Database::executeScript(m_db, begin, error))
        return false;
    QString ignored;
    QSqlQuery replica(m_db);
    const bool split = replica.exec(QString::fromLatin1(inReplica)) && replica.next() && side.open()
        && Database::executeScript(side, begin, &ignored);
    replica.finish();
    PGconn *sideConnection = split ? Database::nativeHandle(side) : nullptr;

    std::atomic<bool> stop = false;
    QString heartbeatError;
    std::future<bool> heartbeats;
    if (sideConnection)
        heartbeats = std::async(std::launch::async, [&] { return writeHeartbeats(sideConnection, stop, &heartbeatError); });
    bool ok = writeUsersAndProfiles(error) && writeAgents(error) && writeSessions(error) && writeMessages(error)
        && (sideConnection || writeHeartbeats(Database::nativeHandle(m_db), stop, error)) && writeMemories(error)
        // Replica mode skips Nido's triggers too: the profiles' avoided topics (migration 17) are
        // adopted in one go. Demo data only goes into a database without children: every profile is
        // the generator's. The heartbeats' minutes are counted when first read (migration 26).
        && Database::executeScript(m_db, "DO $$ BEGIN IF current_setting('session_replication_role') = 'replica' "
                                         "AND to_regclass('nido.avoided_topics') IS NOT NULL THEN PERFORM nido.adopt_avoided_topics(); END IF; END $$", error);
    if (sideConnection) {
        stop = !ok;
        if (!heartbeats.get() && ok) {
            *error = heartbeatError;
            ok = false;
        }
    }
    QString endError;
    if (!Database::executeScript(m_db, ok ? "COMMIT" : "ROLLBACK", &endError) && ok) {
        *error = endError;
        ok = false;
    }
    if (sideConnection && !Database::executeScript(side, ok ? "COMMIT" : "ROLLBACK", &endError) && ok) {
        *error = QCoreApplication::translate("DemoDataGenerator", "The demo data was loaded, but not its devices' heartbeats: %1").arg(endError);
        ok = false;
    }
    return ok;
}

void DemoDataGenerator::planChildren()
{
    for (int i = 0; i < m_scale.children; ++i) {
        DemoRandom random = stream(ChildPlan, quint64(i));
        Child child;
        child.id = random.orderedUuid(orderKey(quint64(i)));
        child.language = i % 2 == 0 ? QStringLiteral("es") : QStringLiteral("en");
        child.firstName = random.pick(m_content.people(child.language, QStringLiteral("firstNames")));
        child.lastName = random.pick(m_content.people(child.language, QStringLiteral("lastNames")));
        child.deviceId = "nido-speaker-" + random.uuid().left(8);
        m_children.append(child);
    }
}

void DemoDataGenerator::planAgents()
{
    const int templates = int(m_content.agents().size());
    for (int i = 0; i < m_scale.agents; ++i) {
        DemoRandom random = stream(AgentPlan, quint64(i));
        Agent agent;
        agent.id = random.orderedUuid(orderKey(quint64(i)));
        agent.templateIndex = i % templates;
        const QJsonObject sample = m_content.agents().at(agent.templateIndex).toObject();
        agent.isPublic = i < templates ? sample.value(QStringLiteral("isPublic")).toBool() : random.chance(0.5);
        if (!agent.isPublic)
            agent.owner = random.range(0, m_scale.children - 1);
        m_agents.append(agent);
    }
    for (int a = 0; a < m_agents.size(); ++a) {
        for (int c = 0; c < m_children.size(); ++c) {
            if (m_agents[a].isPublic || m_agents[a].owner == c)
                m_children[c].agents.append(a);
        }
    }
    for (Child &child : m_children) {
        if (child.agents.isEmpty())
            child.agents.append(0);
    }
}

void DemoDataGenerator::planMessages(const Session &session, quint64 index,
                                     const std::function<void(int, int, qint64)> &each) const
{
    DemoRandom random = stream(MessagePlan, index);
    const QJsonArray turns = m_content.dialogues(session.language).at(session.dialogue).toObject()
                                 .value(QStringLiteral("turns")).toArray();
    const int count = m_scale.messagesPerSession > 0 ? m_scale.messagesPerSession : int(turns.size());
    for (int i = 0; i < count; ++i) {
        const bool child = i % 2 == 0;
        const int tokens = child ? random.range(8, 40) : random.range(40, 220);
        each(i, tokens, session.startMs + (i + 1) * qint64(session.durationSeconds) * 1000 / (count + 1));
    }
}

void DemoDataGenerator::planSessions()
{
    quint64 index = 0;
    for (int c = 0; c < m_children.size(); ++c) {
        const Child &child = m_children[c];
        for (int s = 0; s < m_scale.sessionsPerChild; ++s, ++index) {
            DemoRandom random = stream(SessionPlan, index);
            Session session;
            session.id = random.orderedUuid(orderKey(index));
            session.child = c;
            session.agent = random.pick(child.agents);
            session.language = random.chance(0.1) ? (child.language == u"es" ? QStringLiteral("en") : QStringLiteral("es"))
                                                  : child.language;
            session.dialogue = random.range(0, int(m_content.dialogues(session.language).size()) - 1);
            session.durationSeconds = random.range(3 * 60, 25 * 60);
            // Mostly during the day; a few early in the morning or late at night, outside routines.
            const int minuteOfDay = random.chance(0.06) ? random.range(21 * 60 + 30, 23 * 60 + 30)
                                                        : random.range(8 * 60, 20 * 60);
            const int daysAgo = random.range(0, m_scale.days - 1);
            const QDate day = QDateTime::fromMSecsSinceEpoch(m_nowMs).toLocalTime().date().addDays(-daysAgo);
            session.startMs = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch() + minuteOfDay * msPerMinute;
            while (session.startMs + session.durationSeconds * 1000LL > m_nowMs - 10 * msPerMinute)
                session.startMs -= msPerDay;
            session.status = random.chance(0.02) ? "paused" : "ended";
            if (m_scale.withLiveSession && c == 0 && s == 0) {
                session.status = "active";
                session.startMs = m_nowMs - 4 * msPerMinute;
                session.durationSeconds = 4 * 60;
            }
            // What the Overview must show a parent, whatever the day the demo is made: yesterday
            // the first child talked before waking up, and longer than any limit the demo sets.
            const QDate yesterday = QDateTime::fromMSecsSinceEpoch(m_nowMs).toLocalTime().date().addDays(-1);
            if (m_scale.withLiveSession && c == 0 && s == 1) {
                session.status = "ended";
                session.startMs = QDateTime(yesterday, QTime(5, 24)).toMSecsSinceEpoch();
                session.durationSeconds = 12 * 60;
            }
            if (m_scale.withLiveSession && c == 0 && s == 2) {
                session.status = "ended";
                session.startMs = QDateTime(yesterday, QTime(16, 10)).toMSecsSinceEpoch();
                session.durationSeconds = 85 * 60;
            }
            planMessages(session, index, [&](int, int tokens, qint64) {
                ++session.messageCount;
                session.tokens += tokens;
                session.cost += tokens * 0.000002;
            });
            m_sessions.append(session);
        }
    }
}

bool DemoDataGenerator::endRow(CopyWriter &writer, qint64 total, const QString &what, QString *error) const
{
    if (!writer.endRow(error))
        return false;
    if (m_progress && (writer.rows() % 50000 == 0 || writer.rows() == total)) {
        const std::lock_guard lock(m_progressLock);
        m_progress(QStringLiteral("%1 %2 / %3").arg(what, QLocale::c().toString(writer.rows()), QLocale::c().toString(total)));
    }
    return true;
}

bool DemoDataGenerator::writeUsersAndProfiles(QString *error)
{
    CopyWriter users = copyInto(QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")});
    if (!users.begin(error))
        return false;
    const QByteArray created = timestamp(m_nowMs - qint64(m_scale.days + 30) * msPerDay);
    for (const Child &child : m_children) {
        // The id's random end, not its start (the time it was made, shared by children made together):
        // the backend's ORM makes email unique, and a thousand children share names.
        const QString email = QStringLiteral("%1.%2.%3@familia.example")
                                  .arg(child.firstName.toLower(), child.lastName.toLower(), QString::fromLatin1(child.id.right(12)));
        users.text(child.id).text(email).text(child.firstName).text(child.lastName).text(created).text(created);
        if (!endRow(users, m_children.size(), QStringLiteral("users"), error))
            return false;
    }
    if (!users.finish(error))
        return false;

    CopyWriter profiles = copyInto(QStringLiteral("user_profiles"), {QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("age"), QStringLiteral("preferences"), QStringLiteral("routines"), QStringLiteral("familyContext"), QStringLiteral("developmentMilestones"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")});
    if (!profiles.begin(error))
        return false;
    for (int i = 0; i < m_children.size(); ++i) {
        const Child &child = m_children[i];
        DemoRandom random = stream(ProfilePlan, quint64(i));
        const auto people = [&](const char *key) { return m_content.people(child.language, QString::fromLatin1(key)); };

        // Every demo child avoids a topic, so that the boundary watch has something to show: the
        // first of the list is one the stormy-night conversation crosses.
        const auto atLeastOne = [](QJsonArray picked, const QStringList &items) {
            if (picked.isEmpty())
                picked.append(items.constFirst());
            return picked;
        };
        const QJsonObject preferences{
            {QStringLiteral("interests"), pickSome(random, people("interests"), 2, 4)},
            {QStringLiteral("favoriteTopics"), pickSome(random, people("favoriteTopics"), 2, 3)},
            {QStringLiteral("learningStyle"), random.pick(m_content.learningStyles())},
            {QStringLiteral("emotionalTendencies"), pickSome(random, people("emotionalTendencies"), 2, 3)},
            {QStringLiteral("favoriteActivities"), pickSome(random, people("favoriteActivities"), 2, 3)},
            {QStringLiteral("favoriteCharacters"), pickSome(random, people("favoriteCharacters"), 1, 3)},
            {QStringLiteral("avoidTopics"), atLeastOne(pickSome(random, people("avoidTopics"), 0, 2), people("avoidTopics"))},
        };
        const int wake = random.range(6 * 60 + 30, 8 * 60) / 15 * 15;
        const int bed = random.range(20 * 60, 21 * 60 + 30) / 15 * 15;
        const int limit = random.range(4, 8) * 10;
        const QJsonObject routines{
            {QStringLiteral("wakeTime"), clock(wake)},
            {QStringLiteral("bedTime"), clock(bed)},
            {QStringLiteral("mealTimes"),
             QJsonObject{{QStringLiteral("breakfast"), clock(wake + 60)},
                         {QStringLiteral("lunch"), clock(13 * 60 + random.range(0, 4) * 15)},
                         {QStringLiteral("dinner"), clock(19 * 60 + random.range(0, 4) * 15)},
                         {QStringLiteral("snacks"), QJsonArray{clock(10 * 60 + 30), clock(17 * 60)}}}},
            {QStringLiteral("screenTime"),
             QJsonObject{{QStringLiteral("limit"), limit}, {QStringLiteral("currentUsage"), random.range(0, limit)}}},
        };
        const QJsonObject family{
            {QStringLiteral("caregivers"), pickSome(random, people("familyMembers"), 2, 4)},
            {QStringLiteral("siblings"), pickSome(random, people("siblingsNames"), 0, 2)},
            {QStringLiteral("pets"), pickSome(random, people("pets"), 0, 1)},
            {QStringLiteral("homeLanguages"), child.language == u"es" ? QJsonArray{QStringLiteral("es"), QStringLiteral("en")}
                                                                     : QJsonArray{QStringLiteral("en")}},
            {QStringLiteral("devices"), QJsonArray{QJsonObject{{QStringLiteral("id"), QString::fromLatin1(child.deviceId)},
                                                               {QStringLiteral("name"), random.pick(people("deviceNames"))}}}},
        };
        const auto skill = [&] { return random.pick(m_content.levels(QStringLiteral("skill"))); };
        const QJsonObject milestones{
            {QStringLiteral("language"),
             QJsonObject{{QStringLiteral("nativeLanguage"), child.language},
                         {QStringLiteral("learningLanguages"), QJsonArray{child.language == u"es" ? QStringLiteral("en") : QStringLiteral("es")}},
                         {QStringLiteral("vocabularyLevel"), random.pick(m_content.levels(QStringLiteral("vocabularyLevel")))},
                         {QStringLiteral("sentenceComplexity"), random.pick(m_content.levels(QStringLiteral("sentenceComplexity")))}}},
            {QStringLiteral("cognitive"),
             QJsonObject{{QStringLiteral("problemSolving"), skill()}, {QStringLiteral("memory"), skill()},
                         {QStringLiteral("attention"), skill()}, {QStringLiteral("creativity"), skill()}}},
            {QStringLiteral("social"),
             QJsonObject{{QStringLiteral("empathy"), skill()}, {QStringLiteral("cooperation"), skill()},
                         {QStringLiteral("communication"), skill()}, {QStringLiteral("emotionalRegulation"), skill()}}},
        };
        profiles.text(random.orderedUuid(orderKey(quint64(i)))).text(child.id).number(random.range(4, 11)).text(json(preferences))
            .text(json(routines)).text(json(family)).text(json(milestones)).text(created).text(created);
        if (!endRow(profiles, m_children.size(), QStringLiteral("profiles"), error))
            return false;
    }
    return profiles.finish(error);
}

bool DemoDataGenerator::writeAgents(QString *error)
{
    CopyWriter agents = copyInto(QStringLiteral("agents"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("persona"), QStringLiteral("voiceSettings"), QStringLiteral("ownerUserId"), QStringLiteral("isPublic"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")});
    if (!agents.begin(error))
        return false;
    const QByteArray created = timestamp(m_nowMs - qint64(m_scale.days + 60) * msPerDay);
    const int templates = int(m_content.agents().size());
    for (int i = 0; i < m_agents.size(); ++i) {
        const Agent &agent = m_agents[i];
        const QJsonObject sample = m_content.agents().at(agent.templateIndex).toObject();
        QString name = sample.value(QStringLiteral("name")).toString();
        if (i >= templates)
            name += QStringLiteral(" %1").arg(i / templates + 1);
        agents.text(agent.id).text(name).text(sample.value(QStringLiteral("description")).toString())
            .text(json(sample.value(QStringLiteral("persona")).toObject()))
            .text(json(sample.value(QStringLiteral("voiceSettings")).toObject()));
        if (agent.owner >= 0)
            agents.text(m_children[agent.owner].id);
        else
            agents.null();
        agents.boolean(agent.isPublic).text(created).text(created);
        if (!endRow(agents, m_agents.size(), QStringLiteral("agents"), error))
            return false;
    }
    return agents.finish(error);
}

bool DemoDataGenerator::readColumns(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()"))) {
        *error = Database::errorText(query);
        return false;
    }
    while (query.next())
        m_columns[query.value(0).toString()].insert(query.value(1).toString());
    return true;
}

CopyWriter DemoDataGenerator::copyInto(const QString &table, const QStringList &columns, PGconn *connection) const
{
    return CopyWriter(connection ? connection : Database::nativeHandle(m_db), table, columns, m_columns.value(table));
}

bool DemoDataGenerator::writeSessions(QString *error)
{
    CopyWriter sessions = copyInto(QStringLiteral("voice_sessions"), {QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("sessionToken"), QStringLiteral("roomName"), QStringLiteral("status"), QStringLiteral("language"), QStringLiteral("metadata"), QStringLiteral("startedAt"), QStringLiteral("endedAt"), QStringLiteral("durationSeconds"), QStringLiteral("messageCount"), QStringLiteral("totalTokensUsed"), QStringLiteral("totalCost"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")});
    if (!sessions.begin(error))
        return false;
    static const QStringList startMethods = {QStringLiteral("voice_command"), QStringLiteral("button"), QStringLiteral("scheduled")};
    for (int i = 0; i < m_sessions.size(); ++i) {
        const Session &session = m_sessions[i];
        DemoRandom random = stream(SessionPlan, quint64(i) + (1ULL << 40));
        const QJsonObject metadata{
            {QStringLiteral("agentId"), QString::fromLatin1(m_agents[session.agent].id)},
            {QStringLiteral("roomType"), random.chance(0.1) ? QStringLiteral("group") : QStringLiteral("1-on-1")},
            {QStringLiteral("startMethod"), random.pick(startMethods)},
            {QStringLiteral("parentPresent"), random.chance(0.3)},
            {QStringLiteral("testRun"), false},
        };
        const QByteArray started = timestamp(session.startMs);
        const qint64 endMs = session.startMs + session.durationSeconds * 1000LL;
        sessions.text(session.id).text(m_children[session.child].id).text(random.uuid().replace('-', QByteArray()))
            .text("room-" + session.id.left(8)).text(session.status).text(session.language).text(json(metadata))
            .text(started);
        if (session.status == "active")
            sessions.null();
        else
            sessions.text(timestamp(endMs));
        sessions.number(session.durationSeconds).number(session.messageCount).number(session.tokens)
            .number(session.cost, 6).text(started).text(timestamp(endMs));
        if (!endRow(sessions, m_sessions.size(), QStringLiteral("sessions"), error))
            return false;
    }
    return sessions.finish(error);
}

bool DemoDataGenerator::writeMessages(QString *error) const
{
    CopyWriter messages = copyInto(QStringLiteral("ai_conversations"), {QStringLiteral("id"), QStringLiteral("sessionId"), QStringLiteral("userId"), QStringLiteral("messageType"), QStringLiteral("content"), QStringLiteral("audioUrl"), QStringLiteral("tokensUsed"), QStringLiteral("cost"), QStringLiteral("metadata"), QStringLiteral("createdAt")});
    if (!messages.begin(error))
        return false;
    qint64 total = 0;
    for (const Session &session : std::as_const(m_sessions))
        total += session.messageCount;
    for (int i = 0; i < m_sessions.size(); ++i) {
        const Session &session = m_sessions[i];
        const QJsonArray turns = m_content.dialogues(session.language).at(session.dialogue).toObject()
                                     .value(QStringLiteral("turns")).toArray();
        DemoRandom random = stream(MessagePlan, quint64(i) + (1ULL << 40));
        bool ok = true;
        planMessages(session, quint64(i), [&](int n, int tokens, qint64 atMs) {
            if (!ok)
                return;
            const QJsonObject turn = turns.at(n % turns.size()).toObject();
            const bool child = n % 2 == 0;
            const QByteArray id = random.orderedUuid(orderKey(quint64(messages.rows())));
            messages.text(id).text(session.id).text(m_children[session.child].id)
                .text(child ? QByteArrayLiteral("user") : QByteArrayLiteral("assistant"))
                .text(turn.value(QStringLiteral("text")).toString());
            if (child && random.chance(0.5))
                messages.text("s3://nido-demo-audio/" + session.id + '/' + id + ".ogg");
            else
                messages.null();
            messages.number(tokens).number(child ? 0.0 : tokens * 0.000002, 6)
                .text(child ? QByteArrayLiteral("{\"asrConfidence\": 0.9}") : QByteArrayLiteral("{\"model\": \"demo-llm\"}"))
                .text(timestamp(atMs));
            ok = endRow(messages, total, QStringLiteral("messages"), error);
        });
        if (!ok)
            return false;
    }
    return messages.finish(error);
}

bool DemoDataGenerator::writeHeartbeats(PGconn *connection, const std::atomic<bool> &stop, QString *error) const
{
    CopyWriter heartbeats = copyInto(QStringLiteral("session_heartbeats"), {QStringLiteral("id"), QStringLiteral("sessionId"), QStringLiteral("status"), QStringLiteral("metrics"), QStringLiteral("deviceId"), QStringLiteral("errorMessage"), QStringLiteral("timestamp")}, connection);
    if (!heartbeats.begin(error))
        return false;
    const auto countFor = [this](const Session &session) {
        return m_scale.heartbeatsPerSession > 0 ? m_scale.heartbeatsPerSession : qMax(1, session.durationSeconds / 5);
    };
    qint64 total = 0;
    for (const Session &session : std::as_const(m_sessions))
        total += countFor(session);
    static const QList<QByteArray> errors = {"Audio stream interrupted", "Wi-Fi reconnecting",
                                             "Microphone not responding", "Speech service timeout"};

    for (int i = 0; i < m_sessions.size() && !stop; ++i) {
        const Session &session = m_sessions[i];
        DemoRandom random = stream(HeartbeatPlan, quint64(i));
        const int count = countFor(session);
        const qint64 stepMs = qint64(session.durationSeconds) * 1000 / count;
        double battery = random.uniform(35, 100);
        double latency = random.uniform(70, 180);
        double signal = random.uniform(-75, -40);
        double temperature = random.uniform(34, 40);
        for (int n = 0; n < count; ++n) {
            battery = qMax(1.0, battery - random.uniform(0, 0.08) * stepMs / 1000);
            latency = qBound(40.0, latency + random.uniform(-15, 15), 250.0);
            signal = qBound(-95.0, signal + random.uniform(-2, 2), -30.0);
            temperature = qBound(30.0, temperature + random.uniform(-0.2, 0.35), 50.0);
            const double spike = random.chance(0.02) ? random.uniform(150, 600) : 0;
            const double audio = qBound(0.3, 0.96 - spike / 1500 - random.uniform(0, 0.1), 1.0);
            const bool failed = random.chance(0.005);
            QByteArray metrics = "{\"audioQuality\": " + QByteArray::number(audio, 'f', 2)
                + ", \"latency\": " + QByteArray::number(qRound(latency + spike))
                + ", \"batteryLevel\": " + QByteArray::number(qRound(battery))
                + ", \"signalStrength\": " + QByteArray::number(qRound(signal))
                + ", \"userEngagement\": " + QByteArray::number(random.uniform(0.4, 1.0), 'f', 2)
                + ", \"cpuUsage\": " + QByteArray::number(random.range(15, 85))
                + ", \"memoryUsage\": " + QByteArray::number(random.range(30, 80));
            // Older firmware does not report temperature: consumers must cope with missing keys.
            if (!random.chance(0.003))
                metrics += ", \"temperature\": " + QByteArray::number(temperature, 'f', 1);
            metrics += '}';
            const QByteArray status = failed ? "error" : (battery < 20 || latency + spike > 300) ? "warning" : "ok";
            heartbeats.text(random.orderedUuid(orderKey(quint64(heartbeats.rows())))).text(session.id).text(status).text(metrics).text(m_children[session.child].deviceId);
            if (failed)
                heartbeats.text(random.pick(errors));
            else
                heartbeats.null();
            heartbeats.text(timestamp(session.startMs + n * stepMs));
            if (!endRow(heartbeats, total, QStringLiteral("heartbeats"), error))
                return false;
        }
    }
    return heartbeats.finish(error);
}

bool DemoDataGenerator::writeMemories(QString *error) const
{
    CopyWriter memories = copyInto(QStringLiteral("memory_contexts"), {QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("sessionId"), QStringLiteral("agentId"), QStringLiteral("memoryType"), QStringLiteral("category"), QStringLiteral("content"), QStringLiteral("summary"), QStringLiteral("metadata"), QStringLiteral("chromaCollectionId"), QStringLiteral("chromaCollectionName"), QStringLiteral("importance"), QStringLiteral("accessCount"), QStringLiteral("lastAccessedAt"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"), QStringLiteral("expiresAt")});
    if (!memories.begin(error))
        return false;
    const qint64 total = qint64(m_children.size()) * m_scale.memoriesPerChild;
    static const QStringList sources = {QStringLiteral("conversation"), QStringLiteral("conversation"),
                                        QStringLiteral("observation"), QStringLiteral("summary")};
    for (int c = 0; c < m_children.size(); ++c) {
        const Child &child = m_children[c];
        const int firstSession = c * m_scale.sessionsPerChild;
        for (int m = 0; m < m_scale.memoriesPerChild; ++m) {
            DemoRandom random = stream(MemoryPlan, quint64(c) * 100000 + quint64(m));
            const QString category = random.pick(MemoryFilter::allCategories());
            const Session *session = m_scale.sessionsPerChild > 0 && random.chance(0.85)
                ? &m_sessions[firstSession + random.range(0, m_scale.sessionsPerChild - 1)]
                : nullptr;
            const QString language = session ? session->language : child.language;
            const QJsonArray bank = m_content.memories(language, category);
            const QJsonObject sample = bank.at(random.range(0, int(bank.size()) - 1)).toObject();
            const int agentIndex = session ? session->agent : random.pick(child.agents);
            const bool shared = random.chance(0.35);
            const QString agentName = m_content.agents().at(m_agents[agentIndex].templateIndex).toObject()
                                          .value(QStringLiteral("name")).toString();
            const qint64 createdMs = session
                ? session->startMs + session->durationSeconds * 1000LL - random.range(5, 120) * 1000LL
                : m_nowMs - random.range(1, m_scale.days * 24 * 60) * msPerMinute;

            QJsonObject metadata{
                {QStringLiteral("tags"), sample.value(QStringLiteral("tags"))},
                {QStringLiteral("emotions"), sample.value(QStringLiteral("emotions"))},
                {QStringLiteral("topics"), sample.value(QStringLiteral("topics"))},
                {QStringLiteral("entities"), sample.value(QStringLiteral("entities"))},
                {QStringLiteral("language"), language},
                {QStringLiteral("confidence"), qRound(random.uniform(0.55, 0.99) * 100) / 100.0},
                {QStringLiteral("source"), random.pick(sources)},
                // A key Nido does not know: it must survive every save Nido makes.
                {QStringLiteral("extractorVersion"), QStringLiteral("2.%1").arg(random.range(0, 4))},
            };
            if (session) {
                metadata.insert(QStringLiteral("messageCount"), session->messageCount);
                metadata.insert(QStringLiteral("durationSeconds"), session->durationSeconds);
            }
            const double importance = qRound(qBound(0.0, random.uniform() * random.uniform(0.6, 1.0) + random.uniform(0, 0.35), 1.0) * 100) / 100.0;
            const int accessCount = random.chance(0.3) ? 0 : random.range(1, 40);

            memories.text(random.orderedUuid(orderKey(quint64(memories.rows())))).text(child.id);
            if (session)
                memories.text(session->id);
            else
                memories.null();
            if (shared)
                memories.null();
            else
                memories.text(m_agents[agentIndex].id);
            memories.text(sample.value(QStringLiteral("type")).toString()).text(category)
                .text(fillIn(sample.value(QStringLiteral("content")).toString(), child.firstName, agentName))
                .text(fillIn(sample.value(QStringLiteral("summary")).toString(), child.firstName, agentName))
                .text(json(metadata)).text("mem_" + child.id.left(8)).text("user_" + child.id + "_memories")
                .number(importance, 2).number(accessCount);
            if (accessCount > 0)
                memories.text(timestamp(qMin(m_nowMs, createdMs + random.range(1, 20 * 24 * 60) * msPerMinute)));
            else
                memories.null();
            memories.text(timestamp(createdMs)).text(timestamp(createdMs));
            if (random.chance(0.1))
                memories.text(timestamp(createdMs + random.range(1, 60) * msPerDay));
            else
                memories.null();
            if (!endRow(memories, total, QStringLiteral("memories"), error))
                return false;
        }
    }
    return memories.finish(error);
}
