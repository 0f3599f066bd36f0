#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

QString DraftStore::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

QString DraftStore::fileName(const QString &form, const QString &childId)
{
    // Names come from the database: only an id's own characters reach the file system.
    static const QRegularExpression unsafe(QStringLiteral("[^0-9A-Za-z-]"));
    return folder() + u'/' + QString(form).remove(unsafe) + u'-' + QString(childId).remove(unsafe) + QStringLiteral(".json");
}

bool DraftStore::save(const Draft &draft, QString *error)
{
    if (!QDir().mkpath(folder())) {
        *error = QCoreApplication::translate("DraftStore", "Cannot create the drafts folder %1.").arg(folder());
        return false;
    }
    // Written whole or not at all: a crash while saving keeps the previous draft.
    QSaveFile file(fileName(draft.form, draft.childId));
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
    return read(fileName(form, childId));
}

void DraftStore::remove(const QString &form, const QString &childId)
{
    QFile::remove(fileName(form, childId));
}

QList<DraftStore::Draft> DraftStore::all()
{
    QList<Draft> drafts;
    const QStringList files = QDir(folder()).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        if (auto draft = read(folder() + u'/' + name))
            drafts << *draft;
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return drafts;
}
