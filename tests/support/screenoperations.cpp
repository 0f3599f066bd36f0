#include "screenoperations.h"

#include "agentcontextpreview.h"
#include "childprofileeditor.h"
#include "devicehealth.h"
#include "memorytimelinemodel.h"
#include "profileeditor.h"
#include "testdatabase.h"
#include "windowwalk.h"

#include <QDateTime>
#include <QDate>
#include <QDir>
#include <QUrl>
#include <QVariant>

#include <memory>

namespace {

// Another child than `child`, so that choosing `child` loads the page afresh.
int other(int child)
{
    return child == 0 ? 1 : 0;
}

bool fail(QString *error, const QString &why)
{
    *error = why;
    return false;
}

// Opens `page` on another child: choosing the child is then the step measured.
ScreenOperation pageLoad(const QString &name, const QString &page)
{
    return {name, false,
            [page](WindowWalk &walk, int child, QString *) {
                walk.chooseChild(other(child));
                walk.open(page);
                return true;
            },
            [](WindowWalk &walk, int child, QString *) {
                walk.chooseChild(child);
                return true;
            }};
}

MemoryTimelineModel *timelineWithoutFilters(WindowWalk &walk, int child)
{
    walk.open(QStringLiteral("timeline"));
    walk.chooseChild(child);
    auto *timeline = walk.find<MemoryTimelineModel>();
    if (!timeline)
        return nullptr;
    timeline->setMemoryType({});
    timeline->setCategories({});
    timeline->setScope(MemoryTimelineModel::Scope::All);
    timeline->setAgentId({});
    timeline->setImportanceLevel({});
    timeline->setExpiry(MemoryTimelineModel::Expiry::All);
    timeline->setFrom({});
    timeline->setTo({});
    timeline->setSearchText({});
    return timeline;
}

// `lookup` finds the filter's value for the child before the measured step applies it.
using Lookup = std::function<QString(const QString &childId)>;
using Apply = std::function<void(MemoryTimelineModel &, const QString &value)>;

ScreenOperation timelineFilter(const QString &name, const Apply &apply, const Lookup &lookup = {})
{
    auto value = std::make_shared<QString>();
    return {name, false,
            [lookup, value](WindowWalk &walk, int child, QString *error) {
                MemoryTimelineModel *timeline = timelineWithoutFilters(walk, child);
                if (!timeline)
                    return fail(error, QStringLiteral("no timeline"));
                if (lookup)
                    *value = lookup(timeline->childId());
                return true;
            },
            [apply, value](WindowWalk &walk, int, QString *) {
                apply(*walk.find<MemoryTimelineModel>(), *value);
                return true;
            }};
}

// The child's session with the most heartbeats: the heavy child's fourteen hours.
QString busiestSession(const QString &childId)
{
    return TestDatabase::rows(QStringLiteral("SELECT s.id FROM voice_sessions s WHERE s.\"userId\" = CAST(:child AS uuid) "
                                             "ORDER BY (SELECT COUNT(*) FROM session_heartbeats h WHERE h.\"sessionId\" = s.id) DESC, s.id LIMIT 1"),
                              {{QStringLiteral(":child"), childId}})
        .value(0);
}

QObject *sessionsPage(WindowWalk &walk)
{
    return walk.withProperty("openSessionId");
}

} // namespace

QList<ScreenOperation> screenOperations(const QString &outputFolder)
{
    QList<ScreenOperation> operations;
    operations << pageLoad(QStringLiteral("overview"), QStringLiteral("overview"));
    operations << pageLoad(QStringLiteral("timeline, first page"), QStringLiteral("timeline"));
    operations << ScreenOperation{
        QStringLiteral("timeline, page 100"), true,
        [](WindowWalk &walk, int child, QString *error) {
            MemoryTimelineModel *timeline = timelineWithoutFilters(walk, child);
            if (!timeline || !walk.settle())
                return fail(error, QStringLiteral("no timeline"));
            while (timeline->rowCount() < 99 * 60 && timeline->canFetchMore({})) {
                timeline->fetchMore({});
                if (!walk.settle())
                    return fail(error, QStringLiteral("a page did not load"));
            }
            return timeline->rowCount() >= 99 * 60 || fail(error, QStringLiteral("fewer than 100 pages"));
        },
        [](WindowWalk &walk, int, QString *error) {
            auto *timeline = walk.find<MemoryTimelineModel>();
            if (!timeline->canFetchMore({}))
                return fail(error, QStringLiteral("no page 100"));
            timeline->fetchMore({});
            return true;
        }};
    const auto session = std::make_shared<QString>();
    operations << timelineFilter(QStringLiteral("filter: memory type"), [](MemoryTimelineModel &m, const QString &) { m.setMemoryType(QStringLiteral("semantic")); });
    operations << timelineFilter(QStringLiteral("filter: category"), [](MemoryTimelineModel &m, const QString &) { m.setCategories({QStringLiteral("interest")}); });
    operations << timelineFilter(QStringLiteral("filter: shared by all agents"), [](MemoryTimelineModel &m, const QString &) { m.setScope(MemoryTimelineModel::Scope::Shared); });
    operations << timelineFilter(
        QStringLiteral("filter: agent"),
        [](MemoryTimelineModel &m, const QString &agentId) {
            m.setScope(MemoryTimelineModel::Scope::Agent);
            m.setAgentId(agentId);
        },
        [](const QString &childId) {
            return TestDatabase::rows(QStringLiteral("SELECT \"agentId\" FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) "
                                                     "AND \"agentId\" IS NOT NULL ORDER BY \"createdAt\" DESC LIMIT 1"),
                                      {{QStringLiteral(":child"), childId}})
                .value(0);
        });
    operations << timelineFilter(QStringLiteral("filter: importance"), [](MemoryTimelineModel &m, const QString &) { m.setImportanceLevel(QStringLiteral("high")); });
    operations << timelineFilter(QStringLiteral("filter: expired"), [](MemoryTimelineModel &m, const QString &) { m.setExpiry(MemoryTimelineModel::Expiry::Expired); });
    operations << timelineFilter(QStringLiteral("filter: last 7 days"), [](MemoryTimelineModel &m, const QString &) { m.showLastDays(7); });
    operations << timelineFilter(
        QStringLiteral("search"), [](MemoryTimelineModel &m, const QString &word) { m.setSearchText(word); },
        [](const QString &childId) {
        // A word the child's companions really remembered.
        const QString content = TestDatabase::rows(QStringLiteral("SELECT content FROM memory_contexts WHERE \"userId\" = CAST(:child AS uuid) "
                                                                  "ORDER BY \"createdAt\" DESC LIMIT 1"),
                                                   {{QStringLiteral(":child"), childId}})
                                    .value(0);
        QString word;
        for (const QString &candidate : content.split(u' ', Qt::SkipEmptyParts)) {
            if (candidate.size() > word.size())
                word = candidate;
        }
        return word.left(8);
    });
    operations << ScreenOperation{QStringLiteral("memory statistics"), false,
                                  [](WindowWalk &walk, int child, QString *) {
                                      walk.chooseChild(other(child));
                                      walk.open(QStringLiteral("timeline"));
                                      walk.named(QStringLiteral("timelineTabs"))->setProperty("currentIndex", 1);
                                      return true;
                                  },
                                  [](WindowWalk &walk, int child, QString *) {
                                      walk.chooseChild(child);
                                      return true;
                                  }};
    operations << pageLoad(QStringLiteral("agents"), QStringLiteral("agents"));
    operations << ScreenOperation{QStringLiteral("context preview"), false,
                                  [](WindowWalk &walk, int child, QString *error) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("agents"));
                                      walk.named(QStringLiteral("agentTabs"))->setProperty("currentIndex", 2);
                                      if (!walk.settle())
                                          return false;
                                      QObject *list = walk.named(QStringLiteral("agentList"));
                                      list->setProperty("currentIndex", 0);
                                      return list->property("count").toInt() > 1 || fail(error, QStringLiteral("fewer than two agents"));
                                  },
                                  [](WindowWalk &walk, int, QString *) {
                                      walk.named(QStringLiteral("agentList"))->setProperty("currentIndex", 1);
                                      return true;
                                  }};
    operations << pageLoad(QStringLiteral("sessions list"), QStringLiteral("sessions"));
    operations << ScreenOperation{QStringLiteral("session detail"), false,
                                  [session](WindowWalk &walk, int child, QString *error) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("sessions"));
                                      if (!walk.settle() || !sessionsPage(walk))
                                          return fail(error, QStringLiteral("no sessions page"));
                                      sessionsPage(walk)->setProperty("openSessionId", QString());
                                      *session = busiestSession(walk.childId());
                                      return true;
                                  },
                                  [session](WindowWalk &walk, int, QString *) {
                                      sessionsPage(walk)->setProperty("openSessionId", *session);
                                      return true;
                                  }};
    operations << ScreenOperation{QStringLiteral("session health chart"), false,
                                  [](WindowWalk &walk, int child, QString *error) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("sessions"));
                                      if (!walk.settle() || !sessionsPage(walk))
                                          return fail(error, QStringLiteral("no sessions page"));
                                      sessionsPage(walk)->setProperty("openSessionId", busiestSession(walk.childId()));
                                      walk.named(QStringLiteral("sessionTabs"))->setProperty("currentIndex", 1);
                                      return true;
                                  },
                                  [](WindowWalk &walk, int, QString *error) {
                                      for (auto *health : walk.window()->findChildren<DeviceHealth *>()) {
                                          if (!health->sessionId().isEmpty()) {
                                              health->refresh();
                                              return true;
                                          }
                                      }
                                      return fail(error, QStringLiteral("no session health chart"));
                                  }};
    operations << pageLoad(QStringLiteral("30-day activity chart"), QStringLiteral("activity"));
    operations << pageLoad(QStringLiteral("profile load"), QStringLiteral("profile"));
    operations << ScreenOperation{QStringLiteral("profile save"), false,
                                  [](WindowWalk &walk, int child, QString *error) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("profile"));
                                      if (!walk.settle())
                                          return false;
                                      auto *profile = walk.find<ProfileEditor>();
                                      if (!profile || !profile->loaded())
                                          return fail(error, QStringLiteral("the profile did not load"));
                                      // A name it never had, whatever earlier runs left.
                                      profile->setValue(QStringLiteral("lastName"),
                                                        QStringLiteral("Benchmark %1").arg(QDateTime::currentMSecsSinceEpoch()));
                                      return profile->canSave() || fail(error, QStringLiteral("the edit cannot be saved"));
                                  },
                                  [](WindowWalk &walk, int, QString *) {
                                      walk.find<ProfileEditor>()->save();
                                      return true;
                                  }};
    operations << ScreenOperation{QStringLiteral("session PDF"), false,
                                  [session](WindowWalk &walk, int child, QString *) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("reports"));
                                      *session = busiestSession(walk.childId());
                                      return true;
                                  },
                                  [outputFolder, session](WindowWalk &walk, int child, QString *) {
                                      const QString file = QDir(outputFolder).filePath(QStringLiteral("session-%1.pdf").arg(child));
                                      return QMetaObject::invokeMethod(walk.named(QStringLiteral("exportJob")), "exportSession",
                                                                       Q_ARG(QString, *session),
                                                                       Q_ARG(QString, QStringLiteral("pdf")), Q_ARG(QUrl, QUrl::fromLocalFile(file)));
                                  }};
    // Laid out and written off the GUI thread: the stall measured is the charts' drawing alone.
    operations << ScreenOperation{QStringLiteral("period PDF, a year"), false,
                                  [](WindowWalk &walk, int child, QString *) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("reports"));
                                      return true;
                                  },
                                  [outputFolder](WindowWalk &walk, int child, QString *) {
                                      const QString file = QDir(outputFolder).filePath(QStringLiteral("year-%1.pdf").arg(child));
                                      const QDate today = QDate::currentDate();
                                      return QMetaObject::invokeMethod(walk.named(QStringLiteral("exportJob")), "exportPeriod",
                                                                       Q_ARG(QString, walk.childId()),
                                                                       Q_ARG(QString, today.addDays(-365).toString(Qt::ISODate)),
                                                                       Q_ARG(QString, today.toString(Qt::ISODate)), Q_ARG(bool, false),
                                                                       Q_ARG(QUrl, QUrl::fromLocalFile(file)));
                                  }};
    operations << ScreenOperation{QStringLiteral("child export"), false,
                                  [](WindowWalk &walk, int child, QString *) {
                                      walk.chooseChild(child);
                                      walk.open(QStringLiteral("reports"));
                                      return true;
                                  },
                                  [outputFolder](WindowWalk &walk, int, QString *) {
                                      static int exports = 0;
                                      return QMetaObject::invokeMethod(walk.named(QStringLiteral("exportJob")), "exportChild",
                                                                       Q_ARG(QString, walk.childId()), Q_ARG(QString, QStringLiteral("json")),
                                                                       Q_ARG(QUrl, QUrl::fromLocalFile(outputFolder)),
                                                                       Q_ARG(QString, QStringLiteral("child-%1").arg(++exports)));
                                  }};
    return operations;
}
