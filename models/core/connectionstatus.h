#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

// What the window shows about the database it is connected to; filled in at start-up.
class ConnectionStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool embedded READ embedded NOTIFY changed)
    Q_PROPERTY(QString location READ location NOTIFY changed)
    Q_PROPERTY(bool additionsInstalled READ additionsInstalled NOTIFY changed)
    Q_PROPERTY(QStringList missingExtras READ missingExtras NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
    Q_PROPERTY(QString connectionError READ connectionError NOTIFY connectedChanged)

public:
    [[nodiscard]] static ConnectionStatus *instance();
    [[nodiscard]] static ConnectionStatus *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] bool embedded() const { return m_embedded; }
    [[nodiscard]] QString location() const { return m_location; }
    [[nodiscard]] bool additionsInstalled() const { return m_additionsInstalled; }
    // The schema document's recommended parts this database lacks, which nido migrate would add.
    [[nodiscard]] QStringList missingExtras() const { return m_missingExtras; }
    // False from the moment the database worker lost its connection until it has it again.
    [[nodiscard]] bool connected() const { return m_connected; }
    [[nodiscard]] QString connectionError() const { return m_connectionError; }

    void set(bool embedded, const QString &location, bool additionsInstalled, const QStringList &missingExtras = {});

Q_SIGNALS:
    void changed();
    void connectedChanged();

private:
    explicit ConnectionStatus(QObject *parent = nullptr);

    bool m_embedded = true;
    QString m_location;
    bool m_additionsInstalled = true;
    QStringList m_missingExtras;
    bool m_connected = true;
    QString m_connectionError;
};
