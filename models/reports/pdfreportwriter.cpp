#include "pdfreportwriter.h"
#include "formats.h"
#include "pdfreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

namespace {

// QtCharts draws only on the GUI thread: from another thread the report is composed there and
// handed back, to be laid out and written on the caller's thread, so that a long report never
// holds the window. A caller that gives up meanwhile leaves it behind.
std::unique_ptr<PdfReport> composedOnTheGuiThread(std::function<std::unique_ptr<PdfReport>()> compose,
                                                  const std::function<bool()> &stillWanted, QString *error)
{
    QThread *caller = QThread::currentThread();
    if (caller == QCoreApplication::instance()->thread())
        return compose();
    struct Handover {
        QMutex mutex;
        QWaitCondition composed;
        std::unique_ptr<PdfReport> report;
        bool done = false;
        bool abandoned = false;
    };
    auto handover = std::make_shared<Handover>();
    QMetaObject::invokeMethod(QCoreApplication::instance(), [handover, caller, compose = std::move(compose)] {
        QMutexLocker lock(&handover->mutex);
        if (handover->abandoned)
            return;
        handover->report = compose();
        handover->report->moveToThread(caller);
        handover->done = true;
        handover->composed.wakeAll();
    });
    QMutexLocker lock(&handover->mutex);
    while (!handover->done) {
        handover->composed.wait(&handover->mutex, 100);
        if (!handover->done && stillWanted && !stillWanted()) {
            handover->abandoned = true;
            *error = QCoreApplication::translate("ReportExport", "The export was cancelled; nothing was written.");
            return nullptr;
        }
    }
    return std::move(handover->report);
}

QString duration(int seconds)
{
    if (seconds < 0)
        return QCoreApplication::translate("PdfReportWriter", "length unknown");
    return QCoreApplication::translate("PdfReportWriter", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString number(const std::optional<double> &value, const QString &unit, int decimals = 0)
{
    return value ? QLocale().toString(*value, 'f', decimals) + unit : QCoreApplication::translate("PdfReportWriter", "not reported");
}

// The policy in words a parent, a teacher or an inspector reads, from the settings as they are.
void retentionSection(PdfReport &report, const QString &childName, const QList<RetentionPolicy::Category> &categories)
{
    const QLocale locale;
    report.heading(QCoreApplication::translate("PdfReportWriter", "How long Nido keeps %1's memories").arg(childName), 2);
    report.paragraph(QCoreApplication::translate("PdfReportWriter",
                                                 "Each memory the AI keeps about %1 is kept for the time set for its category, counted from "
                                                 "the day it was made, and then deleted as a parent's deletion is: the voice service is "
                                                 "told to forget it too, and the deletion is recorded with a receipt. A memory the voice "
                                                 "service set to end sooner keeps its own end. Categories without a time are kept until "
                                                 "a parent deletes them.")
                         .arg(childName));
    QList<QStringList> rows;
    for (const RetentionPolicy::Category &category : categories) {
        rows << QStringList{Formats::category(category.category),
                            category.days == RetentionPolicy::keptForever
                                ? QCoreApplication::translate("PdfReportWriter", "Until a parent deletes them")
                                : QCoreApplication::translate("PdfReportWriter", "%n days", "", category.days),
                            category.changedBy.isEmpty() ? QString()
                                                         : QCoreApplication::translate("PdfReportWriter", "%1, %2")
                                                               .arg(PdfReportWriter::printable(category.changedBy),
                                                                    locale.toString(category.changedAt.toLocalTime().date(), QLocale::ShortFormat))};
    }
    report.table({QCoreApplication::translate("PdfReportWriter", "Category"), QCoreApplication::translate("PdfReportWriter", "Kept"),
                  QCoreApplication::translate("PdfReportWriter", "Set by")},
                 rows);
}

void sessionFigures(PdfReport &report, const ReportData::Session &session)
{
    const QLocale locale;
    report.table({QCoreApplication::translate("PdfReportWriter", "Child"), session.childName, QCoreApplication::translate("PdfReportWriter", "Agent"), Formats::agentName(session.agentName)},
                 {{QCoreApplication::translate("PdfReportWriter", "Started"), Formats::dateTime(session.startedAt), QCoreApplication::translate("PdfReportWriter", "Ended"),
                   session.status == u"active" ? QCoreApplication::translate("PdfReportWriter", "still open") : Formats::dateTime(session.endedAt)},
                  {QCoreApplication::translate("PdfReportWriter", "Duration"), duration(session.durationSeconds), QCoreApplication::translate("PdfReportWriter", "Messages"), locale.toString(session.messageCount)},
                  {QCoreApplication::translate("PdfReportWriter", "Tokens"), locale.toString(session.tokens), QCoreApplication::translate("PdfReportWriter", "Cost"), Formats::dollars(session.cost)}});
}

} // namespace

QString PdfReportWriter::printable(const QString &text)
{
    // Written out in ASCII: the control pictures (U+2400...) are missing from common fonts, and a
    // missing glyph would print nothing.
    QString shown;
    shown.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if ((code < 0x20 && code != u'\n' && code != u'\t') || code == 0x7f)
            shown += QStringLiteral("[U+%1]").arg(QString::number(code, 16).toUpper(), 4, QLatin1Char('0'));
        else
            shown += ch;
    }
    return shown;
}

std::unique_ptr<PdfReport> PdfReportWriter::composeSession(const ReportData::Session &session)
{
    auto composed = std::make_unique<PdfReport>();
    PdfReport &report = *composed;
    const QLocale locale;
    report.heading(QCoreApplication::translate("PdfReportWriter", "Session report: %1").arg(session.childName));
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "Session %1, made by Nido on %2.").arg(session.id, Formats::dateTime(QDateTime::currentDateTime())), true);
    sessionFigures(report, session);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Device health"), 2);
    report.table({QCoreApplication::translate("PdfReportWriter", "Lowest battery"), QCoreApplication::translate("PdfReportWriter", "Mean battery"), QCoreApplication::translate("PdfReportWriter", "Response time (95th percentile)"), QCoreApplication::translate("PdfReportWriter", "Mean audio quality"), QCoreApplication::translate("PdfReportWriter", "Errors"),
                  QCoreApplication::translate("PdfReportWriter", "Heartbeats")},
                 {{number(session.minBattery, QStringLiteral(" %")), number(session.meanBattery, QStringLiteral(" %")),
                   number(session.p95Latency, QStringLiteral(" ms")), number(session.meanAudioQuality, QString(), 2),
                   locale.toString(session.errors), locale.toString(session.heartbeats)}});
    if (session.heartbeats > 0) {
        for (const ReportData::Series &series : session.health)
            report.chartOverTime(series.title, {series});
    }

    report.heading(QCoreApplication::translate("PdfReportWriter", "Memories this session created"), 2);
    if (session.memories.isEmpty())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "None."));
    for (const QString &memory : session.memories)
        report.paragraph(QStringLiteral("• ") + memory);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Transcript"), 2);
    if (session.transcript.isEmpty())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "No messages."));
    report.transcript(session.transcript, session.childName, session.agentName);
    report.setTitle(QCoreApplication::translate("PdfReportWriter", "Session report: %1").arg(session.childName));
    return composed;
}

std::unique_ptr<PdfReport> PdfReportWriter::composePeriod(const ReportData::Period &period)
{
    auto composed = std::make_unique<PdfReport>();
    PdfReport &report = *composed;
    const QLocale locale;
    report.heading(QCoreApplication::translate("PdfReportWriter", "Report for %1").arg(period.childName));
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "From %1 to %2, made by Nido on %3.")
                         .arg(locale.toString(period.from, QLocale::ShortFormat), locale.toString(period.to, QLocale::ShortFormat),
                              Formats::dateTime(QDateTime::currentDateTime())),
                     true);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Time talked each day"), 2);
    LimitSplit minutes;
    minutes.limit = period.limitMinutes;
    QList<QStringList> days;
    double total = 0;
    for (int day = 0; day < period.minutesPerDay.size(); ++day) {
        minutes.append(period.minutesPerDay[day]);
        total += period.minutesPerDay[day];
        const double overBy = minutes.overBy.constLast();
        days << QStringList{period.dayLabels.value(day), locale.toString(period.minutesPerDay[day], 'f', 0),
                            overBy > 0 ? QCoreApplication::translate("PdfReportWriter", "over by %1").arg(Formats::minutes(overBy)) : QString(),
                            locale.toString(period.alertsPerDay.value(day))};
    }
    report.paragraph(period.limitMinutes >= 0 ? QCoreApplication::translate("PdfReportWriter", "%1 minutes in all; the daily limit is %2 minutes.").arg(locale.toString(total, 'f', 0)).arg(period.limitMinutes)
                                              : QCoreApplication::translate("PdfReportWriter", "%1 minutes in all; no daily limit is set.").arg(locale.toString(total, 'f', 0)));
    report.chartOfDays(QCoreApplication::translate("PdfReportWriter", "Minutes talked per day"), period.dayLabels, minutes);
    report.table({QCoreApplication::translate("PdfReportWriter", "Day"), QCoreApplication::translate("PdfReportWriter", "Minutes"), QCoreApplication::translate("PdfReportWriter", "Limit"), QCoreApplication::translate("PdfReportWriter", "Device alerts")}, days);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Time per agent"), 2);
    QList<QStringList> agents;
    for (const auto &[agent, agentMinutes] : period.minutesPerAgent)
        agents << QStringList{Formats::agentName(agent), locale.toString(agentMinutes, 'f', 0)};
    report.table({QCoreApplication::translate("PdfReportWriter", "Agent"), QCoreApplication::translate("PdfReportWriter", "Minutes")}, agents);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Memories"), 2);
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "Created in the period: %1. Deleted in the period: %2.").arg(period.memoriesCreated).arg(period.memoriesDeleted));
    report.heading(QCoreApplication::translate("PdfReportWriter", "The most important ones"), 2);
    for (const QString &memory : period.topMemories)
        report.paragraph(QStringLiteral("• ") + memory);

    retentionSection(report, period.childName, period.retention);

    report.heading(QCoreApplication::translate("PdfReportWriter", "Sessions"), 2);
    if (period.sessionsTotal > period.sessions.size())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "The first %1 of the period's %2 sessions, by when they started; "
                                                                        "a shorter period lists them all.")
                             .arg(locale.toString(period.sessions.size()), locale.toString(period.sessionsTotal)));
    QList<QStringList> rows;
    for (const ReportData::Session &session : period.sessions) {
        rows << QStringList{Formats::dateTime(session.startedAt), Formats::agentName(session.agentName), duration(session.durationSeconds),
                            locale.toString(session.messageCount)};
    }
    report.table({QCoreApplication::translate("PdfReportWriter", "Started"), QCoreApplication::translate("PdfReportWriter", "Agent"), QCoreApplication::translate("PdfReportWriter", "Duration"), QCoreApplication::translate("PdfReportWriter", "Messages")}, rows);
    for (const ReportData::Session &session : period.sessions) {
        if (session.transcript.isEmpty())
            continue;
        report.heading(QCoreApplication::translate("PdfReportWriter", "%1 with %2").arg(Formats::dateTime(session.startedAt), Formats::agentName(session.agentName)), 2);
        report.transcript(session.transcript, period.childName, session.agentName);
    }
    report.setTitle(QCoreApplication::translate("PdfReportWriter", "Report for %1").arg(period.childName));
    return composed;
}

bool PdfReportWriter::writeSession(const ReportData::Session &session, const QString &fileName, QString *error,
                                   const std::function<bool()> &stillWanted)
{
    auto report = composedOnTheGuiThread([session] { return composeSession(session); }, stillWanted, error);
    return report && report->write(fileName, error);
}

bool PdfReportWriter::writePeriod(const ReportData::Period &period, const QString &fileName, QString *error,
                                  const std::function<bool()> &stillWanted)
{
    auto report = composedOnTheGuiThread([period] { return composePeriod(period); }, stillWanted, error);
    return report && report->write(fileName, error);
}

std::unique_ptr<PdfReport> PdfReportWriter::composeReceipt(const QJsonObject &receipt)
{
    auto composed = std::make_unique<PdfReport>();
    PdfReport &report = *composed;
    const QLocale locale;
    const auto when = [&locale](const QJsonValue &value) {
        return locale.toString(QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
    };
    const QString reason = receipt.value(QStringLiteral("reason")).toString();
    const QString by = receipt.value(QStringLiteral("byName")).toString().isEmpty() ? receipt.value(QStringLiteral("by")).toString()
                                                                                    : receipt.value(QStringLiteral("byName")).toString();
    const QJsonArray ids = receipt.value(QStringLiteral("memoryIds")).toArray();
    report.heading(QCoreApplication::translate("PdfReportWriter", "Deletion receipt"));
    report.paragraph(reason == u"expired"
                         ? QCoreApplication::translate("PdfReportWriter", "On %1 Nido deleted %n memories whose time was up, as %2.", "", int(ids.size()))
                               .arg(when(receipt.value(QStringLiteral("deletedAt"))), printable(by))
                         : QCoreApplication::translate("PdfReportWriter", "On %1 %2 deleted %n memories.", "", int(ids.size()))
                               .arg(when(receipt.value(QStringLiteral("deletedAt"))), printable(by)));
    if (!receipt.value(QStringLiteral("agentId")).toString().isEmpty())
        report.paragraph(QCoreApplication::translate("PdfReportWriter", "The agent %1 was deleted with them.").arg(receipt.value(QStringLiteral("agentId")).toString()));
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "Child: %1. Deletion number %2 in Nido's log. This receipt holds no words of "
                                                                    "the memories: their ids, categories and counts only.")
                         .arg(receipt.value(QStringLiteral("childName")).toString().isEmpty()
                                  ? receipt.value(QStringLiteral("child")).toString()
                                  : QStringLiteral("%1 (%2)").arg(printable(receipt.value(QStringLiteral("childName")).toString()),
                                                                  receipt.value(QStringLiteral("child")).toString()),
                              locale.toString(receipt.value(QStringLiteral("entry")).toInteger())));

    report.heading(QCoreApplication::translate("PdfReportWriter", "Checked on %1").arg(when(receipt.value(QStringLiteral("checkedAt")))), 2);
    QList<QStringList> checks;
    int left = 0;
    for (const QJsonValue &check : receipt.value(QStringLiteral("remaining")).toArray()) {
        const qint64 rows = check.toObject().value(QStringLiteral("rows")).toInteger();
        left += int(rows);
        checks << QStringList{check.toObject().value(QStringLiteral("relation")).toString(), locale.toString(rows)};
    }
    report.paragraph(left == 0 ? QCoreApplication::translate("PdfReportWriter", "No row of these ids is left in any table or view that holds memories.")
                               : QCoreApplication::translate("PdfReportWriter", "%n rows of these ids are still there: the deletion is not complete.", "", left));
    report.table({QCoreApplication::translate("PdfReportWriter", "Table or view"), QCoreApplication::translate("PdfReportWriter", "Rows left")}, checks);
    const QJsonObject vectors = receipt.value(QStringLiteral("vectorStore")).toObject();
    report.paragraph(QCoreApplication::translate("PdfReportWriter", "The voice service's search copies (the vector store): %1 purged, %2 waiting "
                                                                    "for the service, %3 never queued.")
                         .arg(locale.toString(vectors.value(QStringLiteral("purged")).toInteger()),
                              locale.toString(vectors.value(QStringLiteral("pending")).toInteger()),
                              locale.toString(vectors.value(QStringLiteral("notQueued")).toInteger())));

    report.heading(QCoreApplication::translate("PdfReportWriter", "What was deleted"), 2);
    QList<QStringList> categories;
    const QJsonObject counts = receipt.value(QStringLiteral("categories")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        categories << QStringList{Formats::category(it.key()), locale.toString(it.value().toInteger())};
    if (!categories.isEmpty())
        report.table({QCoreApplication::translate("PdfReportWriter", "Category"), QCoreApplication::translate("PdfReportWriter", "Memories")}, categories);
    QList<QStringList> idRows;
    for (const QJsonValue &id : ids)
        idRows << QStringList{id.toString()};
    if (!idRows.isEmpty())
        report.table({QCoreApplication::translate("PdfReportWriter", "Memory id")}, idRows);
    report.setTitle(QCoreApplication::translate("PdfReportWriter", "Deletion receipt %1").arg(receipt.value(QStringLiteral("entry")).toInteger()));
    return composed;
}

bool PdfReportWriter::writeReceipt(const QJsonObject &receipt, const QString &fileName, QString *error)
{
    auto report = composedOnTheGuiThread([receipt] { return composeReceipt(receipt); }, {}, error);
    return report && report->write(fileName, error);
}

std::unique_ptr<PdfReport> PdfReportWriter::composePolicy(const QString &childName, const QList<RetentionPolicy::Category> &categories)
{
    auto composed = std::make_unique<PdfReport>();
    composed->heading(QCoreApplication::translate("PdfReportWriter", "Nido's memory policy for %1").arg(childName));
    composed->paragraph(QCoreApplication::translate("PdfReportWriter", "As set on %1.")
                            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
                        true);
    retentionSection(*composed, childName, categories);
    composed->setTitle(QCoreApplication::translate("PdfReportWriter", "Nido's memory policy for %1").arg(childName));
    return composed;
}

bool PdfReportWriter::writePolicy(const QString &childName, const QList<RetentionPolicy::Category> &categories, const QString &fileName,
                                  QString *error)
{
    auto report = composedOnTheGuiThread([childName, categories] { return composePolicy(childName, categories); }, {}, error);
    return report && report->write(fileName, error);
}
