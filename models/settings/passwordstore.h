#pragma once

#include <QString>

#include <functional>

class QObject;

// Database passwords in the system keychain (Secret Service, KWallet) through QtKeychain. Where
// no keychain answers, nothing is stored and Nido asks for the password each time; a password is
// never written anywhere else.
class PasswordStore
{
public:
    // A keychain may take a D-Bus timeout to answer, so the window never waits for one: done runs
    // with the keychain's refusal, or an empty string, once it answers (and not if context is gone).
    static void write(const QString &key, const QString &password, QObject *context,
                      const std::function<void(const QString &refusal)> &done);
    static void remove(const QString &key);
    // Waits for the answer: only for the start, before any window is shown. Empty when nothing is
    // stored or no keychain answers.
    [[nodiscard]] static QString read(const QString &key);
};
