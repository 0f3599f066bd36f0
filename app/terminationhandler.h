#pragma once

#include <QObject>

// Turns SIGTERM, SIGINT and SIGHUP into an orderly QCoreApplication::quit(), so that the embedded
// server is stopped by Nido instead of being left running without it.
class TerminationHandler : public QObject
{
    Q_OBJECT

public:
    explicit TerminationHandler(QObject *parent = nullptr);
    ~TerminationHandler() override;

private:
    static void onSignal(int signal);
    static int s_pipe[2];
};
