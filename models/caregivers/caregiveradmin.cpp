#include "caregiveradmin.h"
#include "database.h"
#include "schemamigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <libpq-fe.h>

namespace {
constexpr int caregiverMigration = 5;
constexpr int maximumRoleBytes = 63;
// Mistakes of an honest client; a caregiver may change them in its session, so the grants are what
// keep the backend safe from locks.
const QStringList roleTimeouts = {QStringLiteral("lock_timeout = '5s'"), QStringLiteral("statement_timeout = '60s'"),
                                  QStringLiteral("idle_in_transaction_session_timeout = '60s'")};
}

CaregiverAdmin::CaregiverAdmin(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool CaregiverAdmin::parseLink(const QString &text, Link *link, QString *error)
{
    const QString child = text.section(u':', 0, 0).trimmed();
    const QString permission = text.section(u':', 1).trimmed();
    if (QUuid::fromString(child).isNull()) {
        *error = QCoreApplication::translate("CaregiverAdmin", "\"%1\" does not start with a child's id.").arg(text);
        return false;
    }
    if (permission != u"view" && permission != u"edit" && permission != u"manage") {
        *error = QCoreApplication::translate("CaregiverAdmin", "\"%1\": the permission is view, edit or manage.").arg(text);
        return false;
    }
    *link = {child, permission};
    return true;
}

// Identifiers cannot be bound: the server quotes them (format %I, %L) and the result is run.
bool CaregiverAdmin::execute(const QString &sqlBuildingStatement, const QVariantList &values, QString *error)
{
    QSqlQuery build(m_db);
    build.prepare(sqlBuildingStatement);
    for (int i = 0; i < values.size(); ++i)
        build.bindValue(i, values.at(i));
    if (!Database::execute(build) || !build.next()) {
        *error = Database::errorText(build);
        return false;
    }
    QSqlQuery run(m_db);
    if (!run.exec(build.value(0).toString())) {
        *error = Database::errorText(run);
        return false;
    }
    return true;
}

bool CaregiverAdmin::addCaregiver(const QString &role, const QString &displayName, const QList<Link> &links,
                                  const QString &password, QString *error, int maxConnections)
{
    // PostgreSQL cuts names at 63 bytes, not characters: two long names could become one role.
    if (role.trimmed().isEmpty() || role.toUtf8().size() > maximumRoleBytes) {
        *error = QCoreApplication::translate("CaregiverAdmin", "A role name has 1 to %1 bytes (accented letters take two).")
                     .arg(maximumRoleBytes);
        return false;
    }
    if (displayName.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("CaregiverAdmin", "Give the caregiver a display name.");
        return false;
    }
    if (maxConnections < 1 || maxConnections > mostMaxConnections) {
        *error = QCoreApplication::translate("CaregiverAdmin", "A caregiver may hold from 1 to %1 connections at once.").arg(mostMaxConnections);
        return false;
    }
    SchemaMigrator migrator(m_db);
    // As migrate and the window do: not on a schema newer than this build, nor on a broken one.
    if (!migrator.checkCompatible(error))
        return false;
    if (migrator.appliedVersion(error) < caregiverMigration) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("CaregiverAdmin", "Caregiver accounts need Nido's additions: run nido migrate first.");
        return false;
    }
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    const auto fail = [this] {
        m_db.rollback();
        return false;
    };

    // An existing role is taken only when it is already one of Nido's caregivers: never a superuser,
    // the backend's role or any other login that a new password would lock out.
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT r.rolsuper OR r.rolcreaterole OR r.rolbypassrls, "
                                  "  EXISTS (SELECT 1 FROM nido.caregivers c WHERE c.role = r.rolname) "
                                  "FROM pg_roles r WHERE r.rolname = :role"));
    exists.bindValue(QStringLiteral(":role"), role);
    if (!Database::execute(exists)) {
        *error = Database::errorText(exists);
        return fail();
    }
    if (exists.next()) {
        if (exists.value(0).toBool() || !exists.value(1).toBool()) {
            *error = QCoreApplication::translate("CaregiverAdmin", "The role \"%1\" already exists and is not one of Nido's "
                                                                   "caregivers: choose another name.").arg(role);
            return fail();
        }
    } else if (!execute(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN', CAST(? AS text))"), {role}, error)) {
        return fail();
    }
    if (!execute(QStringLiteral("SELECT format('ALTER ROLE %I CONNECTION LIMIT %s', CAST(? AS text), CAST(? AS integer))"),
                 {role, maxConnections}, error))
        return fail();
    for (const QString &timeout : roleTimeouts) {
        if (!execute(QStringLiteral("SELECT format('ALTER ROLE %I SET ', CAST(? AS text)) || CAST(? AS text)"), {role, timeout}, error))
            return fail();
    }
    if (!password.isEmpty()) {
        // Only the hash crosses the wire: a statement log must not hold the password.
        char *hashed = PQencryptPasswordConn(Database::nativeHandle(m_db), password.toUtf8().constData(),
                                             role.toUtf8().constData(), nullptr);
        if (!hashed) {
            *error = QString::fromUtf8(PQerrorMessage(Database::nativeHandle(m_db))).trimmed();
            return fail();
        }
        const QString hash = QString::fromUtf8(hashed);
        PQfreemem(hashed);
        if (!execute(QStringLiteral("SELECT format('ALTER ROLE %I PASSWORD %L', CAST(? AS text), CAST(? AS text))"),
                     {role, hash}, error))
            return fail();
    }
    if (!execute(QStringLiteral("SELECT format('GRANT nido_caregiver TO %I', CAST(? AS text))"), {role}, error))
        return fail();

    QSqlQuery caregiver(m_db);
    caregiver.prepare(QStringLiteral("INSERT INTO nido.caregivers (role, \"displayName\") VALUES (:role, :name) "
                                     "ON CONFLICT (role) DO UPDATE SET \"displayName\" = EXCLUDED.\"displayName\""));
    caregiver.bindValue(QStringLiteral(":role"), role);
    caregiver.bindValue(QStringLiteral(":name"), displayName);
    if (!Database::execute(caregiver)) {
        *error = Database::errorText(caregiver);
        return fail();
    }
    for (const Link &link : links) {
        QSqlQuery child(m_db);
        child.prepare(QStringLiteral(
            "INSERT INTO nido.caregiver_children (role, \"userId\", permission) "
            "SELECT :role, u.id, CAST(:permission AS nido.permission) FROM users u WHERE u.id = CAST(:child AS uuid) "
            "ON CONFLICT (role, \"userId\") DO UPDATE SET permission = EXCLUDED.permission"));
        child.bindValue(QStringLiteral(":role"), role);
        child.bindValue(QStringLiteral(":child"), link.childId);
        child.bindValue(QStringLiteral(":permission"), link.permission);
        if (!Database::execute(child)) {
            *error = Database::errorText(child);
            return fail();
        }
        if (child.numRowsAffected() == 0) {
            *error = QCoreApplication::translate("CaregiverAdmin", "No child has the id %1; nothing was changed.").arg(link.childId);
            return fail();
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        return fail();
    }
    return true;
}
