#pragma once

#include <QString>

// Database passwords in the system keychain (Secret Service, KWallet) through QtKeychain. Where
// no keychain answers, nothing is stored and Nido asks for the password each time; a password is
// never written anywhere else.
class PasswordStore
{
public:
    static bool write(const QString &key, const QString &password, QString *error);
    // Empty when nothing is stored or no keychain answers.
    [[nodiscard]] static QString read(const QString &key);
    static void remove(const QString &key);
};
