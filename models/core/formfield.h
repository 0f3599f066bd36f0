#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// One field of a form over a database row, addressed by a path of JSON keys from the row
// ("preferences.avoidTopics", "persona.tone"). The first key is a column; everything else in a
// JSON column is the backend's, kept as it is. The form holds a value as the parent types it:
// text, a list of texts, or turns of dialogue. A stored value the field cannot edit (an object
// where it expects text, 1e400) is shown as its JSON text and, while the parent leaves it, written
// back exactly as it was.
struct FormField {
    enum Kind {
        Text,      // a string of at most maximumLength
        Number,    // a whole number within [minimum, maximum]
        Decimal,   // a number within [minimum, maximum]
        List,      // a list of strings, shown as chips
        Choice,    // one of `choices`; an unknown value the backend wrote is kept and offered too
        Time,      // 24-hour "HH:MM"
        TimeList,  // a list of "HH:MM"
        Turns,     // example dialogue: {role, text} maps stored as "user: ..." / "assistant: ..." lines
        ReadOnly,  // shown, never written
    };

    QString path;
    Kind kind = Text;
    const char *label = nullptr; // translated in `context`
    QStringList choices = {};
    double minimum = 0;
    double maximum = 0;
    int maximumLength = 100;
    // Why an empty value cannot be saved (translated in `context`); null when it can.
    const char *requiredReason = nullptr;
    // An emptied list removes its key instead of storing [].
    bool absentWhenEmpty = false;
    const char *context = "FormField";
    // At most this many entries in a list or turns in a dialogue.
    int maximumItems = 50;

    [[nodiscard]] QString column() const { return path.section(u'.', 0, 0); }
    [[nodiscard]] bool isList() const { return kind == List || kind == TimeList || kind == Turns; }
    [[nodiscard]] QString translatedLabel() const;

    // The form value of a stored one, and the stored value of a form one (Undefined: not set).
    // `before` is what was stored: entries the parent left go back exactly as they were.
    [[nodiscard]] QVariant formValue(const QJsonValue &stored) const;
    [[nodiscard]] QJsonValue storedValue(const QVariant &typed, const QJsonValue &before) const;
    // A value as QML or a draft gives it, in the form's own type.
    [[nodiscard]] QVariant typed(const QVariant &value) const;
    // Why `value` cannot be saved, or an empty string. Entries already stored (`stored`) are not
    // held to Nido's rules: the backend may write what it likes.
    [[nodiscard]] QString problemWith(const QVariant &value, const QJsonValue &stored) const;
    // The form value as one line of text (conflicts, diffs).
    [[nodiscard]] static QString displayed(const QVariant &value);
    [[nodiscard]] static QString shownTurn(const QString &role, const QString &text);

    // "H:MM" or "HH:MM" within a day, as minutes since midnight; -1 otherwise.
    [[nodiscard]] static int minutesOfDay(const QString &clock);
    // A line of example dialogue of a role ("user", "assistant", or none).
    [[nodiscard]] static QString turnText(const QString &role, const QString &text);
};
