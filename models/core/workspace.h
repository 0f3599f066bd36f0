#pragma once

#include "embeddedserver.h"

#include <QSqlDatabase>

#include <memory>

// The database Nido works on for this run: a backend's, given by a libpq connection string, or
// Nido's embedded one, started on demand. It owns the default Qt SQL connection the models use.
class Workspace
{
public:
    Workspace();
    ~Workspace();

    // An empty conninfo means the embedded server, kept under dataDir (or the default place).
    bool open(const QString &conninfo, const QString &dataDir, QString *error);
    void close();

    [[nodiscard]] bool embedded() const { return m_server != nullptr; }
    [[nodiscard]] QString conninfo() const { return m_conninfo; }
    [[nodiscard]] QString location() const;
    [[nodiscard]] QSqlDatabase database() const;

private:
    std::unique_ptr<EmbeddedServer> m_server;
    QString m_conninfo;
};
