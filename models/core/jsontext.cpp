#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

// A key no JSON the backend writes starts with: the placeholder never reaches the server.
const QString numberKey = QStringLiteral("\u0001number");

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// True when a double holds the number exactly as a reader would expect: finite, and no more
// significant digits than a double keeps.
bool fitsDouble(QByteArrayView token)
{
    bool ok = false;
    const double number = QByteArray(token.data(), token.size()).toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return false;
    int digits = 0;
    bool leading = true;
    for (const char c : token) {
        if (c == 'e' || c == 'E')
            break;
        if (c < '0' || c > '9')
            continue;
        if (c == '0' && leading)
            continue;
        leading = false;
        ++digits;
    }
    return digits <= 15;
}

// The text with every number a double cannot hold replaced by a placeholder object.
QByteArray withPlaceholders(QByteArrayView text, bool *replaced)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            while (end < text.size() && isNumberChar(text[end]))
                ++end;
            const QByteArrayView token = text.sliced(i, end - i);
            if (fitsDouble(token)) {
                out += token;
            } else {
                *replaced = true;
                out += "{\"\\u0001number\":\"" + QByteArray(token.data(), token.size()) + "\"}";
            }
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QJsonValue parsedJson(QByteArrayView text)
{
    if (text.isNull())
        return QJsonValue::Null;
    bool replaced = false;
    const QByteArray safe = withPlaceholders(text, &replaced);
    // Wrapped, so that a bare string, number or boolean parses too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + safe + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue::Undefined;
    return document.array().at(0);
}

QJsonValue parsedJson(const QString &text)
{
    if (text.isNull())
        return QJsonValue::Null;
    const QByteArray utf8 = text.toUtf8();
    return parsedJson(QByteArrayView(utf8));
}

QString jsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    // Inside a JSON string a quote is escaped, so only a placeholder object can match.
    static const QRegularExpression placeholder(QStringLiteral("\\{\"\\\\u0001number\":\"([-+0-9.eE]+)\"\\}"));
    if (text.contains(u'\u0001') || text.contains(QStringLiteral("\\u0001")))
        text.replace(placeholder, QStringLiteral("\\1"));
    return text;
}

QString verbatimNumber(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    return object.size() == 1 && object.value(numberKey).isString() ? object.value(numberKey).toString() : QString();
}
