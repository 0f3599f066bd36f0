#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Unsaved edits kept in the user's data folder, never on the server, so that a crash, a killed
// Nido or a lost connection costs a parent nothing typed. One file per form and child.
class DraftStore
{
public:
    struct Draft {
        QString form; // "profile" or "routines"
        QString childId;
        QDateTime savedAt;
        QJsonObject content;
    };

    static bool save(const Draft &draft, QString *error);
    [[nodiscard]] static std::optional<Draft> load(const QString &form, const QString &childId);
    static void remove(const QString &form, const QString &childId);
    // Every draft left behind, newest first.
    [[nodiscard]] static QList<Draft> all();

private:
    [[nodiscard]] static QString folder();
    [[nodiscard]] static QString fileName(const QString &form, const QString &childId);
    [[nodiscard]] static std::optional<Draft> read(const QString &path);
};
