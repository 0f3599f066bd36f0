#include "passwordstore.h"
#include "logging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

const auto service = QStringLiteral("org.nido.Nido");

// QtKeychain works asynchronously; the few calls Nido makes wait for their answer.
template<typename Job>
void runToEnd(Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

bool PasswordStore::write(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() == QKeychain::NoError)
        return true;
    *error = job.errorString();
    qCWarning(lcDatabase) << "keychain refused the password:" << *error;
    return false;
}

QString PasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(key);
    runToEnd(job);
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

void PasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(key);
    runToEnd(job);
}
