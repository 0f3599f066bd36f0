#include "statementtrace.h"

#include "sqlconnection.h"

#include <QDateTime>
#include <QMutex>
#include <QUuid>

namespace {

QMutex mutex;
QList<TracedStatement> recorded;

void record(const QString &sql, const QVariantList &values)
{
    QMutexLocker lock(&mutex);
    recorded.append({sql, values, QDateTime::currentMSecsSinceEpoch()});
}

} // namespace

StatementTrace::StatementTrace()
{
    {
        QMutexLocker lock(&mutex);
        recorded.clear();
    }
    SqlConnection::setObserver(record);
}

StatementTrace::~StatementTrace()
{
    SqlConnection::setObserver(nullptr);
}

QList<TracedStatement> StatementTrace::take()
{
    QMutexLocker lock(&mutex);
    return std::exchange(recorded, {});
}

QByteArray TracedStatement::positionalSql() const
{
    QStringList placeholders;
    return SqlConnection::positionalSql(sql, &placeholders).toUtf8();
}

QList<QByteArray> TracedStatement::textValues() const
{
    QList<QByteArray> texts;
    for (const QVariant &value : values) {
        if (value.isNull()) {
            texts.append(QByteArray());
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QDateTime:
            texts.append(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
            break;
        case QMetaType::QDate:
            texts.append(value.toDate().toString(Qt::ISODate).toUtf8());
            break;
        case QMetaType::Bool:
            texts.append(value.toBool() ? "true" : "false");
            break;
        case QMetaType::QUuid:
            texts.append(value.toUuid().toString(QUuid::WithoutBraces).toUtf8());
            break;
        case QMetaType::QStringList:
            texts.append(("{" + value.toStringList().join(u',') + "}").toUtf8());
            break;
        default:
            texts.append(value.toString().toUtf8());
        }
    }
    return texts;
}
