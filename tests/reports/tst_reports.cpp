#include "caregiveradmin.h"
#include "childlistmodel.h"
#include "devicehealth.h"
#include "fetchall.h"
#include "formats.h"
#include "reportdata.h"
#include "childdataexport.h"
#include "database.h"
#include "demodatagenerator.h"
#include "reportexport.h"
#include "schemamigrator.h"
#include "sqlconnection.h"
#include "processrun.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QRegularExpression>
#include <QProcessEnvironment>
#include <csignal>
#include <QProcess>

// Reports and the child's data against PostgreSQL: what the files hold is checked by reading them
// back (pdftotext, a JSON and a CSV parser), never by trusting the writer.
class ReportsTest : public QObject
{
    Q_OBJECT

private:
    QStringList m_children;
    QTemporaryDir m_out;
    SqlConnection m_db{QStringLiteral("reports-test")};

    static QString one(const QString &sql) { return TestDatabase::scalar(sql).toString(); }

    static QString pdfText(const QString &file)
    {
        // As a parent copies it: with no ligature (an id's "ff" read as "ﬀ" would be another id).
        return runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")}).out;
    }

    using Run = ProcessRun;
    static Run nido(const QStringList &arguments) { return runProcess(QStringLiteral(NIDO_BINARY), arguments); }

    // RFC 4180 records of a CSV file (quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QByteArray &bytes)
    {
        const QString text = QString::fromUtf8(bytes);
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar ch = text[i];
            if (quoted) {
                if (ch == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else if (ch == u'"') {
                    quoted = false;
                } else {
                    field += ch;
                }
            } else if (ch == u'"') {
                quoted = true;
            } else if (ch == u',') {
                record << field;
                field.clear();
            } else if (ch == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                record << field;
                records << record;
                record.clear();
                field.clear();
                ++i;
            } else {
                field += ch;
            }
        }
        return records;
    }

    // A figure of /proc/self/status in KiB: VmRSS now, VmHWM the peak since resetPeak().
    static qint64 memoryKiB(const QByteArray &key)
    {
        QFile status(QStringLiteral("/proc/self/status"));
        status.open(QIODevice::ReadOnly);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(QByteArray(key + ':')))
                return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }
    static void resetPeak()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QSqlDatabase db = TestDatabase::create(QStringLiteral("reports"));
        QString error;
        QVERIFY2(SchemaMigrator(db).migrate(&error), qPrintable(error));
        QVERIFY2(DemoDataGenerator(db, DemoDataGenerator::familyScale(2)).generate(&error), qPrintable(error));
        m_children = TestDatabase::rows("SELECT id::text FROM users ORDER BY id");
        m_db.setConninfo(TestDatabase::conninfo("reports"));
        QVERIFY2(m_db.ensureOpen(&error), qPrintable(error));
    }

    void theSessionPdfHoldsTheTranscriptAndFiguresAsText()
    {
        const QString session = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + m_children[0] + "' AND status = 'ended' "
                                    "ORDER BY \"messageCount\" DESC, id LIMIT 1");
        QSqlQuery setup;
        const QString hostile = QString::fromUtf8("<b>no es negrita</b> '); DROP TABLE users;-- \u200Fשלום\u200F bell\u0007end Effie's office ff0f");
        QVERIFY(setup.exec("INSERT INTO ai_conversations (\"sessionId\", \"userId\", \"messageType\", content, \"createdAt\") VALUES ('" + session
                           + "', '" + m_children[0] + "', 'user', '" + QString(hostile).replace("'", "''") + "', "
                           "(SELECT \"startedAt\" + interval '1 second' FROM voice_sessions WHERE id = '" + session + "'))"));
        const QString file = m_out.filePath("session.pdf");
        QString error;
        QVERIFY2(ReportExport::session(m_db, session, ReportExport::Format::Pdf, file, &error), qPrintable(error));
        // Lines joined: a turn begins with the speaker's name, and its words wrap where they fall.
        const QString text = pdfText(file).simplified();
        QVERIFY2(text.contains("<b>no es negrita</b> '); DROP TABLE users;--"), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QString::fromUtf8("שלום")));
        QVERIFY(text.contains("bell[U+0007]end Effie's office ff0f"));
        // Every message of the transcript, and the session's own figures.
        for (const QString &line : TestDatabase::rows("SELECT content FROM ai_conversations WHERE \"sessionId\" = '" + session + "' AND content !~ '[\\x01-\\x1f]'")) {
            const QString start = line.simplified().left(25);
            QVERIFY2(text.simplified().contains(start), qPrintable(start));
        }
        QVERIFY(text.contains(one("SELECT \"totalTokensUsed\" FROM voice_sessions WHERE id = '" + session + "'")));
        QVERIFY(text.contains(one("SELECT COUNT(*) FILTER (WHERE status = 'error' OR \"errorMessage\" IS NOT NULL) FROM session_heartbeats "
                                  "WHERE \"sessionId\" = '" + session + "'")));
        QVERIFY(text.contains("Page 1 of"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'export' AND details->>'session' = '" + session + "'"), QString("1"));

        // JSON and CSV of the same session parse back.
        QVERIFY2(ReportExport::session(m_db, session, ReportExport::Format::Json, m_out.filePath("session.json"), &error), qPrintable(error));
        QFile json(m_out.filePath("session.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject parsed = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(parsed.value("transcript").toArray().size(), one("SELECT COUNT(*) FROM ai_conversations WHERE \"sessionId\" = '" + session + "'").toInt());
        QVERIFY2(ReportExport::session(m_db, session, ReportExport::Format::Csv, m_out.filePath("session.csv"), &error), qPrintable(error));
        QFile csv(m_out.filePath("session.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(csv.readAll());
        QCOMPARE(records.size() - 1, parsed.value("transcript").toArray().size());
        bool found = false;
        for (const QStringList &record : records)
            found |= record.value(2) == hostile;
        QVERIFY(found);
    }

    // One rule each for the screen and the PDF: the health series, money, a child's name, a
    // missing agent.
    void theSessionPdfSaysWhatTheScreenSays()
    {
        const QString child = m_children[1];
        const QString session = one("SELECT vs.id::text FROM voice_sessions vs WHERE vs.\"userId\" = '" + child + "' AND vs.status = 'ended' "
                                    "AND (SELECT COUNT(*) FROM session_heartbeats h WHERE h.\"sessionId\" = vs.id) > 20 ORDER BY vs.id LIMIT 1");
        QVERIFY(!session.isEmpty());
        QString error;
        const auto report = ReportData::readSession(m_db, session, true, &error);
        QVERIFY2(report, qPrintable(error));
        DeviceHealth health;
        health.setChildId(child);
        health.setSessionId(session);
        QVERIFY(TestDatabase::settle());
        QVERIFY2(health.loaded(), qPrintable(health.errorString()));
        QCOMPARE(report->health.size(), 2);
        const QStringList metrics = {"batteryLevel", "latency"};
        for (int i = 0; i < metrics.size(); ++i) {
            const QList<QPointF> screen = health.points(metrics[i]);
            const QList<QPointF> pdf = report->health[i].points;
            QVERIFY(screen.size() > 1);
            QCOMPARE(pdf.size(), screen.size());
            for (int p = 0; p < screen.size(); ++p) {
                QCOMPARE(pdf[p].y(), screen[p].y());
                QCOMPARE(pdf[p].x(), screen[p].x());
            }
        }

        // A fraction of a cent, a child known only by a last name, a session without an agent.
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE voice_sessions SET \"totalCost\" = 0.0018, metadata = metadata - 'agentId' WHERE id = '" + session + "'"));
        QVERIFY(setup.exec("UPDATE users SET \"firstName\" = ' ', \"lastName\" = 'Pérez' WHERE id = '" + child + "'"));
        const QString file = m_out.filePath("rules.pdf");
        QVERIFY2(ReportExport::session(m_db, session, ReportExport::Format::Pdf, file, &error), qPrintable(error));
        const QString text = pdfText(file);
        QCOMPARE(Formats::dollars(0.0018), QLocale().toCurrencyString(0.0018, "$", 4));
        QVERIFY2(text.contains(Formats::dollars(0.0018)), qPrintable(text.left(1500)));
        QVERIFY2(text.contains("Session report: Pérez\n"), qPrintable(text.left(300)));
        QVERIFY(text.contains(Formats::agentName({})));
        ChildListModel children;
        QVERIFY(TestDatabase::settle());
        QVERIFY(fetchAll(children));
        QStringList names;
        for (int row = 0; row < children.rowCount(); ++row)
            names << children.data(children.index(row), ChildListModel::DisplayNameRole).toString();
        QVERIFY2(names.contains("Pérez"), qPrintable(names.join(", ")));
    }

    // The session report's figures, read from the minute roll-ups and the heartbeats, are those of
    // every heartbeat the session has, the backend's odd values and late arrivals included.
    void aSessionsFiguresAreItsHeartbeats()
    {
        const QString session = one("SELECT vs.id::text FROM voice_sessions vs WHERE vs.\"userId\" = '" + m_children[0]
                                    + "' AND vs.status = 'ended' AND (SELECT COUNT(*) FROM session_heartbeats h WHERE h.\"sessionId\" = vs.id) > 20 "
                                      "ORDER BY vs.id LIMIT 1");
        QVERIFY(!session.isEmpty());
        QString error;
        // Counted once, so that what follows arrives late, as the backend's heartbeats do.
        QVERIFY2(ReportData::readSession(m_db, session, true, &error), qPrintable(error));
        QSqlQuery late;
        QVERIFY2(late.exec("INSERT INTO session_heartbeats (\"sessionId\", status, metrics, \"errorMessage\", timestamp) "
                           "SELECT '" + session + "', v.status, CAST(v.metrics AS jsonb), v.message, vs.\"startedAt\" + v.after "
                           "FROM voice_sessions vs, (VALUES "
                           "  ('ok', '{\"batteryLevel\": \"2\", \"latency\": 1e300, \"audioQuality\": 0.1}', NULL, interval '1 second'), "
                           "  ('error', '{\"batteryLevel\": 0.5, \"latency\": 9000}', NULL, interval '2 seconds'), "
                           "  ('ok', '{\"latency\": [1], \"audioQuality\": true}', 'Wi-Fi reconnecting', interval '3 seconds'), "
                           "  ('warning', '{}', NULL, interval '4 seconds')) v(status, metrics, message, after) "
                           "WHERE vs.id = '" + session + "'"),
                 qPrintable(late.lastError().text()));
        const auto report = ReportData::readSession(m_db, session, true, &error);
        QVERIFY2(report, qPrintable(error));
        QSqlQuery direct;
        QVERIFY2(direct.exec("SELECT MIN(nido.heartbeat_value(metrics, 'batteryLevel')), AVG(nido.heartbeat_value(metrics, 'batteryLevel')), "
                             "  percentile_cont(0.95) WITHIN GROUP (ORDER BY nido.heartbeat_value(metrics, 'latency')), "
                             "  AVG(nido.heartbeat_value(metrics, 'audioQuality')), "
                             "  COUNT(*) FILTER (WHERE status = 'error' OR \"errorMessage\" IS NOT NULL), COUNT(*) "
                             "FROM session_heartbeats WHERE \"sessionId\" = '" + session + "'")
                     && direct.next(),
                 qPrintable(direct.lastError().text()));
        QCOMPARE(*report->minBattery, 0.5);
        QCOMPARE(*report->minBattery, direct.value(0).toDouble());
        QVERIFY2(qFuzzyCompare(*report->meanBattery, direct.value(1).toDouble()), qPrintable(QString::number(*report->meanBattery)));
        QCOMPARE(*report->p95Latency, direct.value(2).toDouble());
        QVERIFY2(qFuzzyCompare(*report->meanAudioQuality, direct.value(3).toDouble()), qPrintable(QString::number(*report->meanAudioQuality)));
        QCOMPARE(report->errors, direct.value(4).toInt());
        QVERIFY(report->errors >= 2);
        QCOMPARE(report->heartbeats, direct.value(5).toInt());
        QVERIFY(late.exec("DELETE FROM session_heartbeats WHERE \"sessionId\" = '" + session + "' AND metrics ->> 'cpuUsage' IS NULL"));
    }

    void thePeriodPdfWithAndWithoutTranscripts()
    {
        const QDate to = QDate::currentDate();
        const QDate from = to.addDays(-13);
        const QString message = one("SELECT c.content FROM ai_conversations c JOIN voice_sessions vs ON vs.id = c.\"sessionId\" WHERE vs.\"userId\" = '"
                                    + m_children[1] + "' AND vs.\"startedAt\" >= now() - interval '10 days' AND c.content !~ '[\\x01-\\x1f]' ORDER BY c.id LIMIT 1");
        QVERIFY(!message.isEmpty());
        QString error;
        const QString with = m_out.filePath("period.pdf");
        QVERIFY2(ReportExport::period(m_db, m_children[1], from, to, true, with, &error), qPrintable(error));
        const QString text = pdfText(with).simplified();
        QVERIFY(text.contains(one("SELECT \"firstName\" FROM users WHERE id = '" + m_children[1] + "'")));
        QVERIFY2(text.contains(message.simplified().left(25)), qPrintable(message));
        QVERIFY(text.contains("Time per agent"));
        // The memory policy, as set (here: nothing set, so every category until a parent deletes it).
        QVERIFY2(text.contains("How long Nido keeps") && text.contains("Until a parent deletes them"), qPrintable(text.right(3000)));
        const QString without = m_out.filePath("period-short.pdf");
        QVERIFY2(ReportExport::period(m_db, m_children[1], from, to, false, without, &error), qPrintable(error));
        QVERIFY(!pdfText(without).simplified().contains(message.simplified().left(25)));
    }

    // A Spanish parent's report has no English in it: no message of the PDF's writer appears in its
    // English form (nido_es.ts says which ones read differently in Spanish).
    void aSpanishReportHasNoEnglish()
    {
        QFile catalogue(QStringLiteral(NIDO_SOURCE_DIR "/translations/nido_es.ts"));
        QVERIFY(catalogue.open(QIODevice::ReadOnly));
        QStringList english;
        QXmlStreamReader xml(&catalogue);
        QString context, source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation" && QStringList{"PdfReportWriter", "ReportData", "Formats"}.contains(context)) {
                const QString spanish = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // The longest run of words between placeholders, when it is not the same in Spanish.
                QString words;
                for (const QString &part : source.split(QRegularExpression("%[Ln]?\\d?|\\n")))
                    words = part.trimmed().size() > words.size() ? part.trimmed() : words;
                if (words.size() >= 6 && words.contains(u' ') && !spanish.contains(words))
                    english << words;
            }
        }
        QVERIFY2(english.size() > 20, qPrintable(english.join(" | ")));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LANGUAGE", "es");
        env.remove("DISPLAY");
        const QString file = m_out.filePath("informe.pdf");
        const QDate to = QDate::currentDate();
        const Run run = runProcess(QStringLiteral(NIDO_BINARY), {"export", "report", "--child", m_children[1], "--from", to.addDays(-13).toString(Qt::ISODate),
                                                                 "--to", to.toString(Qt::ISODate), "-o", file, "--database", TestDatabase::conninfo("reports")}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(file).simplified();
        QVERIFY2(text.contains(QString::fromUtf8("Página 1 de")), qPrintable(text.left(1500)));
        QStringList found;
        for (const QString &words : std::as_const(english)) {
            if (text.contains(words))
                found << words;
        }
        QVERIFY2(found.isEmpty(), qPrintable("English in a Spanish report: " + found.join(" | ")));
    }

    void theChildsDataReconcilesInBothFormats()
    {
        const QString child = m_children[0];
        QSqlQuery setup;
        QVERIFY(setup.exec("UPDATE memory_contexts SET content = '=HYPERLINK(\"http://evil\")' WHERE id = (SELECT id FROM memory_contexts WHERE \"userId\" = '"
                           + child + "' ORDER BY id LIMIT 1)"));
        for (const auto format : {ChildDataExport::Format::Json, ChildDataExport::Format::Csv}) {
            const bool json = format == ChildDataExport::Format::Json;
            const QString folder = m_out.filePath(json ? "child-json" : "child-csv");
            QString error;
            QVERIFY2(ReportExport::child(m_db, child, json ? ReportExport::Format::Json : ReportExport::Format::Csv, folder, {}, &error),
                     qPrintable(error));
            // Recorded once written, with what was written.
            QVERIFY(one("SELECT (details->>'bytes')::bigint FROM nido.caregiver_audit WHERE action = 'export' AND details->>'folder' = '"
                        + QFileInfo(folder).absoluteFilePath() + "'").toLongLong() > 1000);
            QFile manifestFile(folder + "/manifest.json");
            QVERIFY(manifestFile.open(QIODevice::ReadOnly));
            const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
            QCOMPARE(manifest.value("schemaVersion").toInt(), SchemaMigrator::latestVersion());
            const QJsonObject rows = manifest.value("rows").toObject();
            for (const ChildDataExport::Table &table : ChildDataExport::tables()) {
                // The log's record of this very export is made once it is written: it is not in it.
                const QString ownRecord = table.name == "nido_caregiver_audit"
                    ? " AND NOT (t.action = 'export' AND COALESCE(t.details->>'folder' = '" + QFileInfo(folder).absoluteFilePath() + "', false))" : QString();
                const auto bound = [&child](QString sql) {
                    return sql.replace(":child", "CAST('" + child + "' AS uuid)").replace("CAST(CAST(", "CAST(").replace("' AS uuid) AS uuid)", "' AS uuid)");
                };
                const int expected = one("SELECT COUNT(*) FROM " + bound(table.source) + " t WHERE " + bound(table.scope) + ownRecord).toInt();
                QCOMPARE(rows.value(table.name).toInt(), expected);
                QFile file(folder + "/" + table.name + (json ? ".json" : ".csv"));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QByteArray bytes = file.readAll();
                if (json) {
                    QJsonParseError parseError;
                    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
                    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(table.name + ": " + parseError.errorString()));
                    QCOMPARE(document.array().size(), expected);
                } else {
                    const QList<QStringList> records = parseCsv(bytes);
                    QCOMPARE(records.size(), expected + 1); // the header, even for an empty table
                }
            }
            QVERIFY(QFile::exists(folder + "/ai_conversations" + (json ? ".json" : ".csv")));
            if (!json) {
                // The paged tables' keys, read after each row, are not written.
                for (const QString &table : {QStringLiteral("session_heartbeats"), QStringLiteral("memory_contexts")}) {
                    QFile paged(folder + "/" + table + ".csv");
                    QVERIFY(paged.open(QIODevice::ReadOnly));
                    QCOMPARE(parseCsv(paged.readAll()).value(0).join(','),
                             one("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns "
                                 "WHERE table_schema = 'public' AND table_name = '" + table + "'"));
                }
                QFile memories(folder + "/memory_contexts.csv");
                QVERIFY(memories.open(QIODevice::ReadOnly));
                QVERIFY(memories.readAll().contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
                // NULL is an empty field and an empty text "" ; an empty table still names its columns.
                const QList<QStringList> users = parseCsv([&] { QFile f(folder + "/users.csv"); f.open(QIODevice::ReadOnly); return f.readAll(); }());
                QVERIFY(users.value(0).contains("lastName"));
                QFile outbox(folder + "/nido_memory_deletion_outbox.csv");
                QVERIFY(outbox.open(QIODevice::ReadOnly));
                if (rows.value("nido_memory_deletion_outbox").toInt() == 0)
                    QVERIFY(outbox.readAll().startsWith("id,"));
            }
        }
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'export' AND \"userId\" = '" + child + "' AND details ? 'data'"), QString("2"));
    }

    void csvCellsKeepNullsTextsAndNumbersApart()
    {
        QCOMPARE(ChildDataExport::csvCell(""), QByteArray("\"\""));
        QCOMPARE(ChildDataExport::csvCell("\t=1+1"), QByteArray("\"'\t=1+1\""));
        QCOMPARE(ChildDataExport::csvCell("\r=1+1"), QByteArray("\"'\r=1+1\""));
        QCOMPARE(ChildDataExport::csvCell("-3", false), QByteArray("-3"));
        QCOMPARE(ChildDataExport::csvCell("-3"), QByteArray("\"'-3\""));
        QCOMPARE(ChildDataExport::csvCell("a,\"b\""), QByteArray("\"a,\"\"b\"\"\""));
    }

    void aKilledExportsLeftoversAreRemoved()
    {
        const QString folder = m_out.filePath("after-a-crash");
        QVERIFY(QDir().mkpath(folder + ".partial-999999"));
        QFile(folder + ".partial-999999/users.json").open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(ReportExport::child(m_db, m_children[0], ReportExport::Format::Json, folder, {}, &error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder + ".partial-999999"));
        QVERIFY(QFileInfo::exists(folder + "/manifest.json"));
    }

    void aCancelledExportLeavesNothing()
    {
        const QString folder = m_out.filePath("cancelled");
        QString error;
        QVERIFY(!ReportExport::child(m_db, m_children[0], ReportExport::Format::Json, folder, [](qint64, qint64) { return false; }, &error));
        QVERIFY2(error.contains("cancelled"), qPrintable(error));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(m_out.path()).entryList({"cancelled*"}, QDir::AllEntries).size(), 0);
    }

    // 200,000 heartbeats stream through in batches: the export's memory stays under a bound. They
    // and 2,500 memories come in pages: each row once, three heartbeats to a time, so that pages
    // end between rows of one time.
    void aLargeExportStaysWithinItsMemory()
    {
        const QString child = m_children[1];
        QSqlQuery setup;
        QVERIFY(setup.exec("INSERT INTO session_heartbeats (\"sessionId\", status, metrics, \"deviceId\", timestamp) "
                           "SELECT (SELECT id FROM voice_sessions WHERE \"userId\" = '" + child + "' ORDER BY id LIMIT 1), 'ok', "
                           "jsonb_build_object('batteryLevel', 50 + g % 50, 'latency', 100 + g % 200, 'audioQuality', 0.9), 'bench-device', "
                           "date_trunc('second', now() AT TIME ZONE 'UTC') - make_interval(secs => g / 3) FROM generate_series(1, 200000) g"));
        QVERIFY(setup.exec("INSERT INTO memory_contexts (\"userId\", \"memoryType\", content) "
                           "SELECT '" + child + "', 'episodic', 'page ' || g FROM generate_series(1, 2500) g"));
        resetPeak();
        const qint64 before = memoryKiB("VmRSS");
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(ReportExport::child(m_db, child, ReportExport::Format::Json, m_out.filePath("large"), {}, &error), qPrintable(error));
        const qint64 grown = memoryKiB("VmHWM") - before;
        qInfo("exported %s heartbeats in %lld ms; peak memory grew by %lld KiB",
              qPrintable(one("SELECT COUNT(*) FROM session_heartbeats h JOIN voice_sessions vs ON vs.id = h.\"sessionId\" WHERE vs.\"userId\" = '" + child + "'")),
              timer.elapsed(), grown);
        // The bound: 32 MiB over what the process had used before, whatever the number of rows.
        QVERIFY2(grown < 32 * 1024, qPrintable(QString::number(grown)));
        QVERIFY(QFileInfo(m_out.filePath("large/session_heartbeats.json")).size() > 20 * 1000 * 1000);
        for (const QString &table : {QStringLiteral("session_heartbeats"), QStringLiteral("memory_contexts")}) {
            QFile file(m_out.filePath("large/" + table + ".json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            // A row a line, as to_jsonb writes it: its shortest key, "id", first.
            QSet<QByteArray> ids;
            qint64 rows = 0;
            while (!file.atEnd()) {
                const QByteArray line = file.readLine();
                if (line.startsWith("  {\"id\": \"")) {
                    ++rows;
                    ids.insert(line.mid(10, 36));
                }
            }
            const QString holds = table == "memory_contexts"
                ? one("SELECT COUNT(*) FROM memory_contexts WHERE \"userId\" = '" + child + "'")
                : one("SELECT COUNT(*) FROM session_heartbeats h JOIN voice_sessions vs ON vs.id = h.\"sessionId\" WHERE vs.\"userId\" = '" + child + "'");
            QCOMPARE(rows, holds.toLongLong());
            QCOMPARE(qint64(ids.size()), rows);
        }
    }

    // After aLargeExportStaysWithinItsMemory: the second child's data takes seconds to write.
    void anInterruptedExportLeavesNothing_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("Ctrl+C") << int(SIGINT) << 130;
        QTest::newRow("kill") << int(SIGTERM) << 143;
    }

    void anInterruptedExportLeavesNothing()
    {
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        const QString folder = m_out.filePath(QStringLiteral("interrupted-%1").arg(signal));
        const QString exports = "SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'export'";
        const QString before = one(exports);
        QProcess nido;
        nido.start(QStringLiteral(NIDO_BINARY), {"export", "child", m_children[1], "--format", "json", "-o", folder, "--database",
                                                 TestDatabase::conninfo("reports")});
        QVERIFY(nido.waitForStarted());
        // Once it is writing rows, as a parent who changed their mind would.
        QByteArray progress;
        QVERIFY(QTest::qWaitFor([&] {
            progress += nido.readAllStandardError();
            return progress.contains("exported") || nido.state() == QProcess::NotRunning;
        }, 60000));
        QVERIFY2(nido.state() == QProcess::Running, "the export ended before it could be interrupted");
        QVERIFY(QFileInfo::exists(folder + ".partial-" + QString::number(nido.processId())));
        ::kill(pid_t(nido.processId()), signal);
        QVERIFY(nido.waitForFinished(30000));
        QCOMPARE(nido.exitStatus(), QProcess::NormalExit);
        QCOMPARE(nido.exitCode(), exitCode);
        QVERIFY2(nido.readAllStandardError().contains("cancelled"), "it says it was cancelled");
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(m_out.path()).entryList({QFileInfo(folder).fileName() + "*"}, QDir::AllEntries).size(), 0);
        QCOMPARE(one(exports), before);
    }

    void badInputGetsItsMessage()
    {
        const QString database = TestDatabase::conninfo("reports");
        Run run = nido({"export", "session", "3f1e4a8c-1b2d-4c5e-9f00-123456789abc", "-o", m_out.filePath("x.pdf"), "--database", database});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("No session has the id"), qPrintable(run.err));
        // A report that could not be written is not in the caregivers' log.
        const QString exports = "SELECT COUNT(*) FROM nido.caregiver_audit WHERE action = 'export'";
        const QString before = one(exports);
        const QString session = one("SELECT id::text FROM voice_sessions WHERE \"userId\" = '" + m_children[0] + "' ORDER BY id LIMIT 1");
        for (const char *format : {"pdf", "json"}) {
            run = nido({"export", "session", session, "--format", format, "-o", m_out.path(), "--database", database});
            QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        }
        QCOMPARE(one(exports), before);
        run = nido({"export", "session", "not-an-id", "-o", m_out.filePath("x.pdf"), "--database", database});
        QVERIFY2(run.exitCode != 0 && run.err.contains("is not a session id"), qPrintable(run.err));
        run = nido({"export", "report", "--child", m_children[0], "--from", "2026-02-30", "--to", "2026-03-10", "-o", m_out.filePath("r.pdf"), "--database", database});
        QVERIFY2(run.exitCode != 0 && run.err.contains("YYYY-MM-DD"), qPrintable(run.err));
        run = nido({"export", "report", "--child", m_children[0], "--from", "2026-03-10", "--to", "2026-03-01", "-o", m_out.filePath("r.pdf"), "--database", database});
        QVERIFY2(run.exitCode != 0 && run.err.contains("same or a later"), qPrintable(run.err));
        run = nido({"export", "child", m_children[0], "--format", "json", "-o", "/nonexistent/folder/x", "--database", database});
        QVERIFY2(run.exitCode != 0 && run.err.contains("does not exist"), qPrintable(run.err));
        run = nido({"export", "child", m_children[0], "--format", "xml", "-o", m_out.filePath("y"), "--database", database});
        QVERIFY2(run.exitCode != 0 && run.err.contains("unknown format"), qPrintable(run.err));
        QVERIFY(QDir().mkpath(m_out.filePath("full")));
        QFile(m_out.filePath("full/keep.txt")).open(QIODevice::WriteOnly);
        run = nido({"export", "child", m_children[0], "--format", "csv", "-o", m_out.filePath("full"), "--database", database});
        QVERIFY2(run.exitCode != 0 && run.err.contains("already exists"), qPrintable(run.err));

        // --without-transcripts leaves them out; without it they are in.
        const QString message = one("SELECT c.content FROM ai_conversations c JOIN voice_sessions vs ON vs.id = c.\"sessionId\" WHERE vs.\"userId\" = '"
                                    + m_children[0] + "' AND vs.\"startedAt\" >= now() - interval '5 days' AND c.content !~ '[\\x01-\\x1f]' ORDER BY c.id LIMIT 1");
        QVERIFY(!message.isEmpty());
        for (const bool without : {true, false}) {
            QStringList arguments{"export", "report", "--child", m_children[0], "--from", QDate::currentDate().addDays(-6).toString(Qt::ISODate),
                                  "--to", QDate::currentDate().toString(Qt::ISODate), "-o", m_out.filePath("cli.pdf"), "--database", database};
            if (without)
                arguments << "--without-transcripts";
            run = nido(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(pdfText(m_out.filePath("cli.pdf")).simplified().contains(message.simplified().left(25)), !without);
        }

        // From the command line, a report that works: its file is there.
        run = nido({"export", "report", "--child", m_children[0], "--from", QDate::currentDate().addDays(-6).toString(Qt::ISODate), "--to",
                    QDate::currentDate().toString(Qt::ISODate), "-o", m_out.filePath("week.pdf"), "--database", database});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(pdfText(m_out.filePath("week.pdf")).contains("Time talked each day"));
    }

    // A period with more sessions than the report lists says where it stops.
    void aLongPeriodSaysWhereItsListStops()
    {
        const QString child = m_children[0];
        QSqlQuery setup;
        QVERIFY2(setup.exec("INSERT INTO voice_sessions (\"userId\", \"sessionToken\", \"roomName\", status, \"startedAt\", \"endedAt\", \"durationSeconds\") "
                            "SELECT '" + child + "', 'many-' || g, 'room-many-' || g, 'ended', TIMESTAMP '2020-03-02 08:00' + make_interval(secs => g * 30), "
                            "TIMESTAMP '2020-03-02 08:00' + make_interval(secs => g * 30 + 20), 20 FROM generate_series(1, 1234) g"),
                 qPrintable(setup.lastError().text()));
        const QString file = m_out.filePath("long.pdf");
        QString error;
        QVERIFY2(ReportExport::period(m_db, child, QDate(2020, 3, 1), QDate(2020, 3, 3), false, file, &error), qPrintable(error));
        const QString text = pdfText(file).simplified();
        const QLocale locale;
        QVERIFY2(text.contains(QString("The first %1 of the period's %2 sessions").arg(locale.toString(1000), locale.toString(1234))),
                 qPrintable(text.left(3000)));
        // A period that fits lists them all and says nothing of the kind.
        QVERIFY2(ReportExport::period(m_db, child, QDate(2020, 3, 4), QDate(2020, 3, 5), false, file, &error), qPrintable(error));
        QVERIFY(!pdfText(file).contains("The first"));
    }

    void aCaregiverExportsOnlyWithManage()
    {
        QSqlQuery setup;
        for (const char *role : {"r_viewer", "r_manager"}) {
            setup.exec(QString("DROP OWNED BY %1").arg(QLatin1String(role)));
            setup.exec(QString("DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        }
        QString error;
        CaregiverAdmin admin(QSqlDatabase::database());
        QVERIFY2(admin.addCaregiver("r_viewer", "Viewer", {{m_children[0], "view"}}, {}, &error), qPrintable(error));
        QVERIFY2(admin.addCaregiver("r_manager", "Manager", {{m_children[0], "manage"}}, {}, &error), qPrintable(error));
        const QString database = TestDatabase::conninfo("reports");
        Run run = nido({"export", "child", m_children[0], "--format", "json", "-o", m_out.filePath("viewer"), "--database", database + " user=r_viewer"});
        QVERIFY2(run.exitCode != 0 && run.err.contains("\"manage\" permission"), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_out.filePath("viewer")));
        run = nido({"export", "child", m_children[1], "--format", "json", "-o", m_out.filePath("other"), "--database", database + " user=r_manager"});
        QVERIFY2(run.exitCode != 0 && run.err.contains("manage"), qPrintable(run.err));
        run = nido({"export", "child", m_children[0], "--format", "json", "-o", m_out.filePath("manager"), "--database", database + " user=r_manager"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'r_manager' AND action = 'export'"), QString("1"));

        // Acting as the caregivers' group, or asking about an unknown child, is refused the same way.
        for (const QString &child : {m_children[1], QStringLiteral("3f1e4a8c-1b2d-4c5e-9f00-123456789abc")})
            QCOMPARE(TestDatabase::attemptAs("reports", "r_viewer", "SELECT nido.record_export('nido_caregiver', '" + child + "', '{}')"), QString("42501"));
        QCOMPARE(one("SELECT COUNT(*) FROM nido.caregiver_audit WHERE role = 'nido_caregiver'"), QString("0"));
    }
};

int main(int argc, char *argv[])
{
    // QtCharts draws the reports' charts: it needs a QApplication.
    QApplication app(argc, argv);
    ReportsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reports.moc"
