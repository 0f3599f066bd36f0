#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// JSON as the backend's jsonb holds it, read and written without loss. Qt's parser refuses a
// number beyond a double (1e400) and so blanks the whole document, and it rounds an integer beyond
// 2^53: such a number is read as a placeholder that jsonText() writes back exactly as it came, and
// that a form shows as text. Any other value reads as Qt reads it.

// Any JSON text (a bare string, number or boolean too); Undefined when it is not JSON at all, Null
// for SQL NULL (an empty view).
[[nodiscard]] QJsonValue parsedJson(QByteArrayView text);
[[nodiscard]] QJsonValue parsedJson(const QString &text);
// Compact JSON text of any value, numbers kept as written.
[[nodiscard]] QString jsonText(const QJsonValue &value);
// A number Qt cannot hold, as written ("1e400"); empty for every other value.
[[nodiscard]] QString verbatimNumber(const QJsonValue &value);
