#include "dberror.h"

DbError DbError::fromSqlState(const QString &sqlState, const QString &detail)
{
    const auto is = [&sqlState](const char *prefix) { return sqlState.startsWith(QLatin1String(prefix)); };
    Kind kind = Kind::Other;
    if (sqlState.isEmpty() || is("08") || is("57P"))
        kind = Kind::ConnectionLost;
    else if (is("42501") || is("28"))
        kind = Kind::PermissionDenied;
    // A row others still point at, or one another connection holds.
    else if (is("23503") || is("2BP01") || is("55006") || is("55P03"))
        kind = Kind::InUse;
    else if (is("40001") || is("40P01"))
        kind = Kind::Conflict;
    return {kind, detail};
}

QString DbError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::PermissionDenied:
        return tr("You are not allowed to see or change this.");
    case Kind::InUse:
        return tr("This is still in use.");
    case Kind::ConnectionLost:
        return tr("The connection to the database was lost. What is shown may be out of date.");
    case Kind::Conflict:
        return tr("Someone else changed this at the same time.");
    case Kind::Other:
        break;
    }
    return tr("This could not be loaded.");
}
