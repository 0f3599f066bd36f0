#include "passwordstore.h"
#include "logging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

const auto service = QStringLiteral("org.nido.Nido");

} // namespace

void PasswordStore::write(const QString &key, const QString &password, QObject *context,
                          const std::function<void(const QString &refusal)> &done)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        const QString refusal = job->error() == QKeychain::NoError ? QString() : job->errorString();
        if (!refusal.isEmpty())
            qCWarning(lcDatabase) << "keychain refused the password:" << refusal;
        done(refusal);
    });
    job->start();
}

void PasswordStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(service);
    job->setKey(key);
    job->start();
}

QString PasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}
