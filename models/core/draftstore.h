#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Unsaved edits kept in the user's data folder, never on the server, so that a crash, a killed
// Nido or a lost connection costs a parent nothing typed. One file per form, record and window:
// each Nido holds a lock file for as long as it runs, so that two windows never offer or delete
// each other's live drafts, and the drafts of a window that was killed are offered by the next.
class DraftStore
{
public:
    struct Draft {
        QString form; // "profile", "routines" or "agent"
        QString childId; // the record: a child's id, or an agent's
        QDateTime savedAt;
        QJsonObject content;
    };

    // This window's draft of the record.
    static bool save(const Draft &draft, QString *error);
    // The newest draft of the record that is this window's or a closed window's.
    [[nodiscard]] static std::optional<Draft> load(const QString &form, const QString &childId);
    // Removes those; a live draft of another window stays.
    static void remove(const QString &form, const QString &childId);
    // Every draft closed windows left behind, newest first.
    [[nodiscard]] static QList<Draft> left();

private:
    struct File {
        QString path;
        QString owner;
    };
    [[nodiscard]] static QString folder();
    [[nodiscard]] static QString ownOwner();
    [[nodiscard]] static bool ownerRuns(const QString &owner);
    // The record's drafts this window may offer or remove: its own and closed windows'.
    [[nodiscard]] static QList<File> files(const QString &form, const QString &childId);
    [[nodiscard]] static std::optional<Draft> read(const QString &path);
};
