#pragma once

#include "formfield.h"
#include "formwriter.h"

// The child's row as the profile and routines forms edit it: the names from users, and age and the
// four JSON documents from user_profiles (any of them may be NULL on a backend's database, and the
// profile row may be missing until the first save creates it).
class ProfileStore
{
public:
    [[nodiscard]] static const FormWriter::Store &store();
    // The child's profile page, and the routines page.
    [[nodiscard]] static const QList<FormField> &profileFields();
    [[nodiscard]] static const QList<FormField> &routineFields();

private:
    static QList<SqlStatement> statements(const QString &childId, bool forUpdate);
    static std::optional<FormSnapshot> snapshot(const QList<QList<QSqlRecord>> &rows, bool forUpdate, QString *error);
    static bool write(SqlConnection &db, const QString &childId, const FormSnapshot &current, const QList<FormWriter::Edit> &edits,
                      bool *raced, QString *error);
};
