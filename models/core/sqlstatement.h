#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

// A statement and its bound values, built on the GUI thread and run by the database worker. It
// reads like QSqlQuery so that a model writes its query the same way on either side.
class SqlStatement
{
public:
    void prepare(const QString &sql)
    {
        m_sql = sql;
        m_values.clear();
    }
    void bindValue(const QString &placeholder, const QVariant &value) { m_values.append({placeholder, value}); }

    [[nodiscard]] bool isEmpty() const { return m_sql.isEmpty(); }
    [[nodiscard]] const QString &sql() const { return m_sql; }
    [[nodiscard]] const QList<QPair<QString, QVariant>> &values() const { return m_values; }

private:
    QString m_sql;
    QList<QPair<QString, QVariant>> m_values;
};
