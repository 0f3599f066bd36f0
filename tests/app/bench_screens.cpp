#include "connectionstatus.h"
#include "databaseworker.h"
#include "delayproxy.h"
#include "guistallmeter.h"
#include "memorytimelinemodel.h"
#include "rawconnection.h"
#include "screenoperations.h"
#include "seedscale.h"
#include "sqlconnection.h"
#include "statementtrace.h"
#include "testdatabase.h"
#include "upkeep.h"
#include "windowwalk.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Nido_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Nido_UiPlugin)

// Every screen of the window at the seed's scale, timed as Nido does it (query, model, delegates
// and a drawn frame) against the same statements run bare through libpq, for 20 children (the
// heavy one first). Prints a table and writes it as JSON (`bench_screens.json`, or the first argument).
namespace {

constexpr int childrenMeasured = 20;
const auto databaseName = QStringLiteral("bench_screens");

struct Samples {
    QList<double> nido;
    QList<double> sql;
    QList<double> peer;
    int statements = 0;
    // How much this operation raised the walk's peak resident set: where issue 26's peak comes from.
    qint64 peakRiseKb = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5)));
}

double milliseconds(const QElapsedTimer &clock)
{
    return clock.nsecsElapsed() / 1e6;
}

bool isRead(const QString &sql)
{
    const QString start = sql.trimmed().section(u' ', 0, 0).toUpper();
    return start == QLatin1String("SELECT") || start == QLatin1String("WITH") || start == QLatin1String("INSERT")
        || start == QLatin1String("UPDATE") || start == QLatin1String("DELETE");
}

struct SlowStatement {
    double ms = 0;
    TracedStatement statement;
};

// The statements a step ran, bare through libpq, in a transaction rolled back (a save is not made
// twice). The slowest run of each statement is kept in `slowest`.
double replay(RawConnection &raw, const QList<TracedStatement> &statements, QHash<QString, SlowStatement> *slowest, QString *error)
{
    raw.exec("BEGIN");
    double total = 0;
    for (const TracedStatement &statement : statements) {
        if (!isRead(statement.sql))
            continue;
        QElapsedTimer clock;
        clock.start();
        if (!raw.exec(statement)) {
            *error = raw.errorString();
            raw.exec("ROLLBACK");
            return -1;
        }
        const double ms = milliseconds(clock);
        total += ms;
        SlowStatement &slow = (*slowest)[statement.sql];
        if (ms > slow.ms)
            slow = {ms, statement};
    }
    raw.exec("ROLLBACK");
    return total;
}

// Qt's chattutorial way: a QSqlTableModel that selects all of the child's memories.
double peerTimeline(const QString &childId)
{
    QSqlTableModel model(nullptr, QSqlDatabase::database());
    model.setTable(QStringLiteral("memory_contexts"));
    QElapsedTimer clock;
    clock.start();
    model.setFilter(QStringLiteral("\"userId\" = '%1'").arg(childId));
    model.setSort(model.fieldIndex(QStringLiteral("createdAt")), Qt::DescendingOrder);
    if (!model.select())
        qFatal("peer select failed: %s", qPrintable(model.lastError().text()));
    while (model.canFetchMore())
        model.fetchMore();
    return milliseconds(clock);
}

// A line of /proc/self/status in kB: "VmHWM" (the peak) or "VmRSS" (now).
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 peakRssKb()
{
    return statusKb("VmHWM");
}

// `nido` started until its first frame is drawn; the database given, or the embedded one in `home`.
double coldStartMs(const QStringList &arguments, const QString &home)
{
    QProcess nido;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nido.startup.info=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    nido.setProcessEnvironment(environment);
    nido.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    nido.start(QStringLiteral(NIDO_BINARY), arguments);
    QByteArray output;
    double shownAfter = -1;
    while (clock.elapsed() < 60000 && nido.state() != QProcess::NotRunning) {
        nido.waitForReadyRead(20);
        output += nido.readAll();
        if (output.contains("first frame shown")) {
            shownAfter = milliseconds(clock);
            break;
        }
    }
    nido.terminate();
    if (!nido.waitForFinished(20000))
        nido.kill();
    nido.waitForFinished();
    if (shownAfter < 0)
        qWarning("nido %s drew no frame: %s", qPrintable(arguments.join(u' ')), output.constData());
    return shownAfter;
}

} // namespace

class ScreenBenchmark
{
public:
    // `quick`: only the operations `only` matches, and their table alone, nothing written.
    int run(const QString &jsonPath, bool reuse, const QRegularExpression &only, bool quick)
    {
        m_only = only;
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QElapsedTimer clock;
        clock.start();
        if (!(reuse ? m_seed.reuse(databaseName, &error) : m_seed.build(databaseName, &error)))
            qFatal("%s", qPrintable(error));
        qInfo("seed scale with the heavy child: demo-data %.1f s, everything %.1f s", m_seed.demoDataSeconds, clock.elapsed() / 1000.0);
        if (!reuse)
            countMinutesAsTheUpkeep();
        ConnectionStatus::instance()->set(false, QStringLiteral("seed"), true);
        if (!m_walk.load(&error))
            qFatal("%s", qPrintable(error));
        walkEveryScreen();
        const qint64 rssKb = peakRssKb();
        if (quick) {
            QTextStream out(stdout);
            printOperations(out, {});
            printPeak(out, rssKb, {});
            return 0;
        }
        measureGrowth();
        measurePeer();
        measureStalls();
        const double coldExternal = coldStartMs({QStringLiteral("--database"), TestDatabase::conninfo(databaseName)}, m_home.path());
        // The embedded database made once (first start), then the start measured.
        coldStartMs({}, m_home.path());
        const double coldEmbedded = coldStartMs({}, m_home.path());
        printSlowestStatements(QFileInfo(jsonPath).path() + QStringLiteral("/bench_screens-plans.txt"));
        const bool reported = report(jsonPath, rssKb, coldExternal, coldEmbedded);
        // Last: it deletes a hundred thousand of the seed's memories.
        measurePurge();
        return reported ? 0 : 1;
    }

    int growthOnly(bool reuse)
    {
        openSeed(reuse);
        measureGrowth();
        return 0;
    }

    int stallsOnly(bool reuse)
    {
        openSeed(reuse);
        measureStalls();
        QTextStream out(stdout);
        printStalls(out);
        return 0;
    }

private:
    // The seed's database, built or one an earlier run built, and the window on it.
    void openSeed(bool reuse)
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        if (!(reuse ? m_seed.reuse(databaseName, &error) : m_seed.build(databaseName, &error)))
            qFatal("%s", qPrintable(error));
        ConnectionStatus::instance()->set(false, QStringLiteral("seed"), true);
        if (!m_walk.load(&error))
            qFatal("%s", qPrintable(error));
    }

    // What the window's upkeep does a minute after it opens (migration 26): the pages are measured
    // on minutes counted, as a parent meets them. The load's split: rows, then this count.
    void countMinutesAsTheUpkeep()
    {
        SqlConnection db(QStringLiteral("bench-upkeep"));
        db.setConninfo(TestDatabase::conninfo(databaseName));
        QString error;
        QElapsedTimer clock;
        clock.start();
        if (!db.ensureOpen(&error) || !Upkeep::countRecentMinutes(db, &error))
            qFatal("counting the minutes: %s", qPrintable(error));
        m_minutesCountedSeconds = clock.elapsed() / 1000.0;
    }

    void walkEveryScreen()
    {
        RawConnection raw(TestDatabase::conninfo(databaseName));
        if (!raw.isOpen())
            qFatal("%s", qPrintable(raw.errorString()));
        StatementTrace trace;
        m_peakBeforeWalkKb = peakRssKb();
        const QList<ScreenOperation> operations = screenOperations(m_output.path());
        for (const ScreenOperation &operation : operations) {
            if (!m_only.match(operation.name).hasMatch())
                continue;
            m_order << operation.name;
            const qint64 peakBefore = peakRssKb();
            for (int i = 0; i < childrenMeasured; ++i) {
                const int child = operation.heavyChildOnly ? 0 : i;
                QString error;
                if (!operation.prepare(m_walk, child, &error) || !m_walk.settle())
                    qFatal("%s: %s", qPrintable(operation.name), qPrintable(error));
                (void)trace.take();
                QElapsedTimer clock;
                clock.start();
                if (!operation.act(m_walk, child, &error) || !m_walk.settle())
                    qFatal("%s: %s", qPrintable(operation.name), qPrintable(error));
                const double nido = milliseconds(clock);
                if (!m_walk.modelError().isEmpty())
                    qFatal("%s: %s", qPrintable(operation.name), qPrintable(m_walk.modelError()));
                const QList<TracedStatement> statements = trace.take();
                const double sql = replay(raw, statements, &m_slowest, &error);
                if (sql < 0)
                    qFatal("%s: %s", qPrintable(operation.name), qPrintable(error));
                Samples &samples = m_samples[operation.name];
                samples.nido << nido;
                samples.sql << sql;
                samples.statements = qMax(samples.statements, int(statements.size()));
            }
            m_samples[operation.name].peakRiseKb = peakRssKb() - peakBefore;
        }
    }

    // `nido purge-expired` on 100,000 expired memories at the seed's scale: the rate, batches of
    // 1,000 through the parent's deletion path (outbox and audit rows), each its own transaction.
    void measurePurge()
    {
        QSqlQuery expire(TestDatabase::use(databaseName));
        if (!expire.exec(QStringLiteral("UPDATE memory_contexts SET \"expiresAt\" = LOCALTIMESTAMP - interval '1 minute' "
                                         "WHERE id IN (SELECT id FROM memory_contexts ORDER BY id LIMIT 100000)")))
            qFatal("cannot expire memories: %s", qPrintable(expire.lastError().text()));
        const int expired = expire.numRowsAffected();
        QProcess purge;
        QElapsedTimer clock;
        clock.start();
        purge.start(QStringLiteral(NIDO_BINARY), {QStringLiteral("purge-expired"), QStringLiteral("--database"), TestDatabase::conninfo(databaseName)});
        if (!purge.waitForFinished(30 * 60 * 1000) || purge.exitCode() != 0)
            qFatal("purge-expired failed: %s", purge.readAllStandardError().constData());
        const double seconds = clock.elapsed() / 1000.0;
        qInfo("purge-expired at seed scale: %d memories in %.1f s, %.0f memories/s", expired, seconds, expired / seconds);
    }

    void measurePeer()
    {
        Samples &samples = m_samples[QStringLiteral("timeline, first page")];
        for (int child = 0; child < childrenMeasured; ++child)
            samples.peer << peerTimeline(m_walk.chooseChild(child));
    }

    // Memory that stays: 200 of each action a parent repeats, and how much the resident set grew
    // across them (issue 26: under 10 MB each). A first round warms what is cached on purpose.
    void measureGrowth()
    {
        const QStringList pages = {QStringLiteral("overview"), QStringLiteral("timeline"), QStringLiteral("sessions"),
                                   QStringLiteral("activity"), QStringLiteral("agents"), QStringLiteral("profile")};
        const QStringList levels = {QString(), QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
        const int children = qMin(4, int(m_walk.named(QStringLiteral("childSwitcher"))->property("count").toInt()));
        const QList<std::pair<QString, std::function<void(int)>>> actions = {
            {QStringLiteral("filter changes"),
             [&](int i) {
                 if (i == 0) {
                     m_walk.chooseChild(1);
                     m_walk.open(QStringLiteral("timeline"));
                 }
                 m_walk.find<MemoryTimelineModel>()->setImportanceLevel(levels[i % levels.size()]);
             }},
            {QStringLiteral("child switches"),
             [&](int i) {
                 if (i == 0)
                     m_walk.open(QStringLiteral("overview"));
                 // The heavy child is the first: every fourth switch.
                 m_walk.chooseChild(i % children);
             }},
            {QStringLiteral("page changes"),
             [&](int i) {
                 if (i == 0)
                     m_walk.chooseChild(1);
                 m_walk.open(pages[i % pages.size()]);
             }},
        };
        QJsonObject growth;
        for (const auto &[name, act] : actions) {
            for (int i = 0; i < 20; ++i) {
                act(i);
                m_walk.settle();
            }
            const qint64 before = statusKb("VmRSS");
            for (int i = 0; i < 200; ++i) {
                act(i);
                m_walk.settle();
                if (qEnvironmentVariableIsSet("NIDO_BENCH_GROWTH_TRACE") && i % 20 == 19)
                    qInfo("  %s %d: %.1f MB", qPrintable(name), i + 1, (statusKb("VmRSS") - before) / 1024.0);
            }
            const double grownMb = (statusKb("VmRSS") - before) / 1024.0;
            // What the JavaScript engine's garbage holds until its next collection, apart.
            qmlEngine(m_walk.window()->contentItem())->collectGarbage();
            QCoreApplication::processEvents();
            const double keptMb = (statusKb("VmRSS") - before) / 1024.0;
            qInfo("200 %s: the resident set grew by %.1f MB, %.1f MB after a garbage collection (target under 10)",
                  qPrintable(name), grownMb, keptMb);
            growth.insert(name, keptMb);
        }
        m_growth = growth;
    }

    void printStalls(QTextStream &out) const
    {
        for (const QJsonValue &stall : m_stalls) {
            const QJsonObject o = stall.toObject();
            out << QStringLiteral("  %1 ms round trip, %2: longest stall %3 ms, switch complete after %4 ms (median), %5 ms (slowest), "
                                  "%6 statements in %7 round trips\n")
                       .arg(o.value(QStringLiteral("roundTripMs")).toInt())
                       .arg(o.value(QStringLiteral("page")).toString(), -9)
                       .arg(o.value(QStringLiteral("longestStallMs")).toDouble(), 0, 'f', 0)
                       .arg(o.value(QStringLiteral("medianSwitchMs")).toDouble(), 0, 'f', 0)
                       .arg(o.value(QStringLiteral("slowestSwitchMs")).toDouble(), 0, 'f', 0)
                       .arg(o.value(QStringLiteral("statements")).toInt())
                       .arg(o.value(QStringLiteral("roundTrips")).toInt());
        }
    }

    // The worker issue's figures: the longest GUI stall while the heavy child and others are chosen.
    void measureStalls()
    {
        DelayProxy proxy(TestDatabase::socketDir() + QStringLiteral("/.s.PGSQL.5432"), 25);
        QString error;
        if (!proxy.start(&error))
            qFatal("%s", qPrintable(error));
        DatabaseWorker::instance()->setConninfo(
            QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=nido").arg(proxy.port()).arg(databaseName));
        m_walk.open(QStringLiteral("overview"));
        for (const int roundTrip : {50, 0}) {
            proxy.setDelay(roundTrip / 2);
            for (const QString &page : {QStringLiteral("overview"), QStringLiteral("timeline"), QStringLiteral("sessions"),
                                        QStringLiteral("activity")}) {
                m_walk.open(page);
                // The timeline's list of memories, as a parent first sees it.
                if (page == u"timeline")
                    m_walk.named(QStringLiteral("timelineTabs"))->setProperty("currentIndex", 0);
                m_walk.settle();
                GuiStallMeter meter;
                double longest = 0;
                QList<double> switches;
                int statements = 0;
                int roundTrips = 0;
                StatementTrace trace;
                for (int child = 0; child < 4; ++child) {
                    (void)trace.take();
                    const quint64 tripsBefore = DatabaseWorker::instance()->roundTrips();
                    meter.start();
                    QElapsedTimer clock;
                    clock.start();
                    m_walk.chooseChild(child);
                    m_walk.settle();
                    switches << milliseconds(clock);
                    const QList<TracedStatement> sent = trace.take();
                    statements = qMax(statements, int(sent.size()));
                    roundTrips = qMax(roundTrips, int(DatabaseWorker::instance()->roundTrips() - tripsBefore));
                    if (qEnvironmentVariableIsSet("NIDO_BENCH_STALLS_TRACE")) {
                        const qint64 started = QDateTime::currentMSecsSinceEpoch() - qint64(switches.constLast());
                        for (const TracedStatement &s : sent)
                            qInfo("  %s +%lld ms: %s", qPrintable(page), s.sentAtMs - started, qPrintable(s.sql.simplified().left(110)));
                    }
                    meter.stop();
                    longest = qMax(longest, double(meter.longestStallMs()));
                    meter.reset();
                }
                m_stalls.append(QJsonObject{{QStringLiteral("roundTripMs"), roundTrip}, {QStringLiteral("page"), page},
                                            {QStringLiteral("longestStallMs"), longest},
                                            {QStringLiteral("slowestSwitchMs"), percentile(switches, 1)},
                                            {QStringLiteral("medianSwitchMs"), percentile(switches, 0.5)},
                                            {QStringLiteral("statements"), statements}, {QStringLiteral("roundTrips"), roundTrips}});
            }
        }
        DatabaseWorker::instance()->setConninfo(TestDatabase::conninfo(databaseName));
    }

    // Where the time goes: the slowest statements, and in `plansPath` each with its whole text,
    // values and the plan PostgreSQL used.
    void printSlowestStatements(const QString &plansPath)
    {
        QList<SlowStatement> slow = m_slowest.values();
        std::sort(slow.begin(), slow.end(), [](const SlowStatement &a, const SlowStatement &b) { return a.ms > b.ms; });
        RawConnection raw(TestDatabase::conninfo(databaseName));
        QFile plans(plansPath);
        if (!plans.open(QIODevice::WriteOnly | QIODevice::Text))
            qWarning("cannot write %s", qPrintable(plansPath));
        QTextStream out(stdout);
        QTextStream file(&plans);
        out << "\nslowest statements (plans in " << plansPath << "):\n";
        for (const SlowStatement &s : slow.mid(0, 12)) {
            out << QStringLiteral("%1 ms: %2\n").arg(s.ms, 8, 'f', 1).arg(s.statement.sql.simplified().left(150));
            TracedStatement analyze = s.statement;
            analyze.sql.prepend(QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) "));
            QStringList values;
            for (const QByteArray &value : s.statement.textValues())
                values << QString::fromUtf8(value.left(80));
            file << QStringLiteral("%1 ms: %2\nvalues: %3\n").arg(s.ms, 0, 'f', 1).arg(s.statement.sql, values.join(QStringLiteral(" | ")))
                 << raw.lines(analyze).join(u'\n') << "\n\n";
        }
    }

    // The run before this one (its JSON where this one goes), or the first baseline (issue 26's
    // table, packaging/benchmark-baseline.json): what each figure is printed beside.
    static QJsonObject runBefore(const QString &jsonPath, QString *source)
    {
        for (const QString &path : {jsonPath, QStringLiteral(NIDO_SOURCE_DIR "/packaging/benchmark-baseline.json")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QJsonObject figures = QJsonDocument::fromJson(file.readAll()).object();
                if (!figures.isEmpty()) {
                    *source = QFileInfo(file).absoluteFilePath();
                    return figures;
                }
            }
        }
        return {};
    }

    // "24.5 (was 23.6, +4 %)", or the figure alone when the run before had none.
    static QString beside(double now, const QJsonValue &before, int decimals)
    {
        if (!before.isDouble() || before.toDouble() <= 0)
            return QString::number(now, 'f', decimals);
        return QStringLiteral("%1 (was %2, %3%4 %)")
            .arg(now, 0, 'f', decimals)
            .arg(before.toDouble(), 0, 'f', decimals)
            .arg(now >= before.toDouble() ? QStringLiteral("+") : QString())
            .arg(100.0 * (now - before.toDouble()) / before.toDouble(), 0, 'f', 0);
    }

    // The table of the operations walked, each beside the run before; their figures as JSON.
    QJsonArray printOperations(QTextStream &out, const QHash<QString, QJsonObject> &beforeOperations) const
    {
        out << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(QStringLiteral("operation"), -30)
                   .arg(QStringLiteral("n"), 3)
                   .arg(QStringLiteral("stmts"), 5)
                   .arg(QStringLiteral("Nido med"), 26)
                   .arg(QStringLiteral("Nido p95"), 9)
                   .arg(QStringLiteral("SQL med"), 8)
                   .arg(QStringLiteral("Nido/SQL"), 8)
                   .arg(QStringLiteral("Nido/peer"), 9);
        QJsonArray operations;
        int within = 0;
        for (const QString &name : m_order) {
            const Samples &s = m_samples.value(name);
            const double nido = percentile(s.nido, 0.5);
            const double sql = percentile(s.sql, 0.5);
            const double peer = percentile(s.peer, 0.5);
            const double ratio = sql > 0 ? nido / sql : 0;
            // Issue 26, item 2: within a frame of its SQL, median <= max(16 ms, 3 x SQL).
            const bool withinFrame = nido <= qMax(16.0, 3 * sql);
            within += withinFrame ? 1 : 0;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8%9\n")
                       .arg(name, -30)
                       .arg(s.nido.size(), 3)
                       .arg(s.statements, 5)
                       .arg(beside(nido, beforeOperations.value(name).value(QStringLiteral("nidoMedianMs")), 1), 26)
                       .arg(percentile(s.nido, 0.95), 9, 'f', 1)
                       .arg(sql, 8, 'f', 2)
                       .arg(ratio, 8, 'f', 1)
                       .arg(peer > 0 ? QString::number(nido / peer, 'f', 2) : QStringLiteral("-"), 9)
                       .arg(withinFrame ? QString() : QStringLiteral("  (misses)"));
            operations.append(QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("samples"), s.nido.size()},
                                          {QStringLiteral("statements"), s.statements},
                                          {QStringLiteral("nidoMedianMs"), nido},
                                          {QStringLiteral("nidoP95Ms"), percentile(s.nido, 0.95)},
                                          {QStringLiteral("sqlMedianMs"), sql},
                                          {QStringLiteral("sqlP95Ms"), percentile(s.sql, 0.95)},
                                          {QStringLiteral("peerMedianMs"), peer},
                                          {QStringLiteral("peerP95Ms"), percentile(s.peer, 0.95)},
                                          {QStringLiteral("peakRiseMb"), s.peakRiseKb / 1024.0}});
        }
        out << QStringLiteral("%1 of %2 operations within a frame of their SQL: median at most max(16 ms, 3 x SQL)\n")
                   .arg(within)
                   .arg(m_order.size());
        return operations;
    }

    void printPeak(QTextStream &out, qint64 rssKb, const QJsonValue &before) const
    {
        out << QStringLiteral("peak RSS after browsing every page: %1 MB (target 150): %2 MB before the walk, raised most by")
                   .arg(beside(rssKb / 1024.0, before, 0))
                   .arg(m_peakBeforeWalkKb / 1024.0, 0, 'f', 0);
        QStringList raisers = m_order;
        std::sort(raisers.begin(), raisers.end(),
                  [this](const QString &a, const QString &b) { return m_samples.value(a).peakRiseKb > m_samples.value(b).peakRiseKb; });
        for (const QString &name : raisers.mid(0, 4))
            out << QStringLiteral(" %1 +%2 MB;").arg(name).arg(m_samples.value(name).peakRiseKb / 1024.0, 0, 'f', 1);
        out << u'\n';
    }

    bool report(const QString &jsonPath, qint64 rssKb, double coldExternal, double coldEmbedded)
    {
        QTextStream out(stdout);
        QString beforeSource;
        const QJsonObject before = runBefore(jsonPath, &beforeSource);
        QHash<QString, QJsonObject> beforeOperations;
        for (const QJsonValue &operation : before.value(QStringLiteral("operations")).toArray())
            beforeOperations.insert(operation.toObject().value(QStringLiteral("name")).toString(), operation.toObject());
        if (!beforeSource.isEmpty())
            out << QStringLiteral("\nEach figure beside the run before: %1\n").arg(beforeSource);
        const QJsonArray operations = printOperations(out, beforeOperations);
        out << QStringLiteral("\nGUI stalls on child switches (4 children, heavy one first):\n");
        printStalls(out);
        const QJsonObject coldBefore = before.value(QStringLiteral("coldStartMs")).toObject();
        printPeak(out, rssKb, before.value(QStringLiteral("peakRssMb")));
        const QJsonObject growthBefore = before.value(QStringLiteral("growthMb")).toObject();
        for (auto it = m_growth.constBegin(); it != m_growth.constEnd(); ++it)
            out << QStringLiteral("200 %1: the resident set kept %2 MB once the JavaScript garbage was collected (target under 10)\n")
                       .arg(it.key(), beside(it.value().toDouble(), growthBefore.value(it.key()), 1));
        out << QStringLiteral("cold start to the first frame: %1 ms with --database, %2 ms on the embedded database (target 1000)\n")
                   .arg(beside(coldExternal, coldBefore.value(QStringLiteral("database")), 0),
                        beside(coldEmbedded, coldBefore.value(QStringLiteral("embedded")), 0));
        out << QStringLiteral("nido demo-data --scale seed: %1 s (target 40), with nothing counted at its end; the upkeep then counted "
                              "the last 31 days' heartbeat minutes in %2 s, in the window's own time\n")
                   .arg(beside(m_seed.demoDataSeconds, before.value(QStringLiteral("demoDataSeconds")), 1),
                        beside(m_minutesCountedSeconds, before.value(QStringLiteral("minutesCountedSeconds")), 1));
        out.flush();

        const QJsonObject json{{QStringLiteral("operations"), operations},
                               {QStringLiteral("stalls"), m_stalls},
                               {QStringLiteral("peakRssMb"), rssKb / 1024.0},
                               {QStringLiteral("growthMb"), m_growth},
                               {QStringLiteral("coldStartMs"), QJsonObject{{QStringLiteral("database"), coldExternal},
                                                                           {QStringLiteral("embedded"), coldEmbedded}}},
                               {QStringLiteral("demoDataSeconds"), m_seed.demoDataSeconds},
                               {QStringLiteral("minutesCountedSeconds"), m_minutesCountedSeconds}};
        QFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0) {
            qWarning("cannot write %s", qPrintable(jsonPath));
            return false;
        }
        out << QStringLiteral("written to %1\n").arg(QFileInfo(file).absoluteFilePath());
        return true;
    }

    SeedScale m_seed;
    double m_minutesCountedSeconds = 0;
    qint64 m_peakBeforeWalkKb = 0;
    WindowWalk m_walk;
    QTemporaryDir m_output;
    QTemporaryDir m_home;
    QStringList m_order;
    QHash<QString, Samples> m_samples;
    QHash<QString, SlowStatement> m_slowest;
    QRegularExpression m_only;
    QJsonArray m_stalls;
    QJsonObject m_growth;
};

int main(int argc, char *argv[])
{
    // QtCharts' QML types need a QApplication.
    QApplication app(argc, argv);
    ScreenBenchmark benchmark;
    // --reuse: the database a previous run built; --only REGEX: those operations. To try a change quickly.
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("reuse"), QStringLiteral("Use the database an earlier run built.")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Only the operations matching this, and their table alone."), QStringLiteral("regex"), QStringLiteral(".")});
    parser.addOption({QStringLiteral("growth"), QStringLiteral("Only the memory that stays over 200 of each action (under heaptrack, say).")});
    parser.addOption({QStringLiteral("stalls"), QStringLiteral("Only the child switches at 0 and 50 ms round trips.")});
    parser.addPositionalArgument(QStringLiteral("json"), QStringLiteral("Where the figures go."));
    parser.process(app);
    if (parser.isSet(QStringLiteral("growth")))
        return benchmark.growthOnly(parser.isSet(QStringLiteral("reuse")));
    if (parser.isSet(QStringLiteral("stalls")))
        return benchmark.stallsOnly(parser.isSet(QStringLiteral("reuse")));
    return benchmark.run(parser.positionalArguments().value(0, QStringLiteral("bench_screens.json")), parser.isSet(QStringLiteral("reuse")),
                         QRegularExpression(parser.value(QStringLiteral("only"))), parser.isSet(QStringLiteral("only")));
}
