#include "reviewcall.h"
#include "changehub.h"
#include "databaseworker.h"

void ReviewCall::run(QObject *context, const QString &childId, const SqlStatement &call, std::function<void(const DbError &)> done)
{
    DatabaseWorker::instance()->run<DbError>(
        context, DatabaseWorker::Retry::Never,
        [call](SqlConnection &db) {
            QList<QSqlRecord> rows;
            QString error;
            return db.exec(call, &rows, &error) ? DbError() : db.failure(error);
        },
        [childId, done = std::move(done)](const DbError &error) {
            if (!error.isError())
                Q_EMIT ChangeHub::instance()->attentionChanged(childId);
            done(error);
        });
}
