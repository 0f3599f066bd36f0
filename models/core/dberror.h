#pragma once

#include <QCoreApplication>
#include <QString>

// Why a database job failed, classified once where statements run, so that every page says it the
// same way: a refusal is not an empty result, and a lost connection is not "nothing found".
class DbError
{
    Q_DECLARE_TR_FUNCTIONS(DbError)

public:
    enum class Kind { None, PermissionDenied, InUse, ConnectionLost, Conflict, Other };

    DbError() = default;
    DbError(Kind kind, const QString &detail)
        : m_kind(kind)
        , m_detail(detail)
    {
    }
    // From the server's SQLSTATE; an empty state is a connection that never answered.
    [[nodiscard]] static DbError fromSqlState(const QString &sqlState, const QString &detail);

    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString detail() const { return m_detail; }
    // The banner's heading: what happened, in the parent's words.
    [[nodiscard]] QString title() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};
