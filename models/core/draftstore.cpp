#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {

// Names come from the database: only an id's own characters reach the file system.
QString safe(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^0-9A-Za-z-]"));
    return QString(name).remove(unsafe);
}

QString lockName(const QString &folder, const QString &owner)
{
    return folder + QStringLiteral("/window-") + owner + QStringLiteral(".lock");
}

} // namespace

QString DraftStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::ownOwner()
{
    const QString owner = QString::number(QCoreApplication::applicationPid());
    // Held until this Nido ends, however it ends: the kernel's end of the process is what makes
    // the lock stale for the next one.
    static QLockFile lock(lockName(folder(), owner));
    static const bool held = [] {
        QDir().mkpath(folder());
        lock.setStaleLockTime(0);
        return lock.tryLock(0);
    }();
    Q_UNUSED(held)
    return owner;
}

bool DraftStore::ownerRuns(const QString &owner)
{
    if (owner == ownOwner())
        return true;
    QLockFile lock(lockName(folder(), owner));
    // Only a lock whose process is gone is stale, however old it is.
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

QList<DraftStore::File> DraftStore::files(const QString &form, const QString &childId)
{
    // form-record.owner.json; a draft of an earlier Nido without an owner is a closed window's.
    static const QRegularExpression named(QStringLiteral("^([0-9A-Za-z]+)-([0-9A-Za-z-]+?)(?:\\.([0-9]+))?\\.json$"));
    QList<File> found;
    const QStringList names = QDir(folder()).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = named.match(name);
        if (!match.hasMatch() || (!form.isEmpty() && (match.captured(1) != safe(form) || match.captured(2) != safe(childId))))
            continue;
        if (ownerRuns(match.captured(3)) && match.captured(3) != ownOwner())
            continue;
        found << File{folder() + u'/' + name, match.captured(3)};
    }
    return found;
}

bool DraftStore::save(const Draft &draft, QString *error)
{
    if (!QDir().mkpath(folder())) {
        *error = QCoreApplication::translate("DraftStore", "Cannot create the drafts folder %1.").arg(folder());
        return false;
    }
    // Written whole or not at all: a crash while saving keeps the previous draft.
    QSaveFile file(folder() + u'/' + safe(draft.form) + u'-' + safe(draft.childId) + u'.' + ownOwner() + QStringLiteral(".json"));
    const QJsonObject json{{QStringLiteral("form"), draft.form},
                           {QStringLiteral("childId"), draft.childId},
                           {QStringLiteral("savedAt"), draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("content"), draft.content}};
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("DraftStore", "Cannot keep the draft in %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<DraftStore::Draft> DraftStore::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Draft draft{json.value(QStringLiteral("form")).toString(), json.value(QStringLiteral("childId")).toString(),
                QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs),
                json.value(QStringLiteral("content")).toObject()};
    if (draft.form.isEmpty() || draft.childId.isEmpty() || draft.content.isEmpty())
        return std::nullopt;
    return draft;
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &form, const QString &childId)
{
    std::optional<Draft> newest;
    for (const File &file : files(form, childId)) {
        auto draft = read(file.path);
        if (draft && (!newest || draft->savedAt > newest->savedAt))
            newest = std::move(draft);
    }
    return newest;
}

void DraftStore::remove(const QString &form, const QString &childId)
{
    for (const File &file : files(form, childId))
        QFile::remove(file.path);
}

QList<DraftStore::Draft> DraftStore::left()
{
    QList<Draft> drafts;
    for (const File &file : files({}, {})) {
        if (file.owner == ownOwner())
            continue;
        if (auto draft = read(file.path))
            drafts << *draft;
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}
