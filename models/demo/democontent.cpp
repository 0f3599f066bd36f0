#include "democontent.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

namespace {

QJsonDocument readJson(const QString &name, QString *error)
{
    QFile file(QStringLiteral(":/demo/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DemoContent", "Demo material %1 is missing.").arg(file.fileName());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = QCoreApplication::translate("DemoContent", "Demo material %1 is not valid JSON: %2")
                     .arg(file.fileName(), parseError.errorString());
    return document;
}

QStringList toStringList(const QJsonValue &value)
{
    return value.toVariant().toStringList();
}

} // namespace

DemoContent DemoContent::load(QString *error)
{
    DemoContent content;
    content.m_agents = readJson(QStringLiteral("agents"), error).array();
    content.m_memories = readJson(QStringLiteral("memories"), error).object();
    content.m_conversations = readJson(QStringLiteral("conversations"), error).object();
    content.m_people = readJson(QStringLiteral("people"), error).object();
    return content;
}

QJsonArray DemoContent::memories(const QString &language, const QString &category) const
{
    return m_memories.value(language).toObject().value(category).toArray();
}

QJsonArray DemoContent::dialogues(const QString &language) const
{
    return m_conversations.value(language).toArray();
}

QStringList DemoContent::people(const QString &language, const QString &key) const
{
    return toStringList(m_people.value(language).toObject().value(key));
}

QStringList DemoContent::levels(const QString &key) const
{
    return toStringList(m_people.value(QStringLiteral("levels")).toObject().value(key));
}

QStringList DemoContent::learningStyles() const
{
    return toStringList(m_people.value(QStringLiteral("learningStyles")));
}
