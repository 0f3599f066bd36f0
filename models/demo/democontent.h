#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The hand-written Spanish and English material demo families are made from (resources/demo).
class DemoContent
{
public:
    [[nodiscard]] static DemoContent load(QString *error);

    [[nodiscard]] QJsonArray agents() const { return m_agents; }
    [[nodiscard]] QJsonArray memories(const QString &language, const QString &category) const;
    [[nodiscard]] QJsonArray dialogues(const QString &language) const;
    [[nodiscard]] QStringList people(const QString &language, const QString &key) const;
    [[nodiscard]] QStringList levels(const QString &key) const;
    [[nodiscard]] QStringList learningStyles() const;

private:
    QJsonArray m_agents;
    QJsonObject m_memories;
    QJsonObject m_conversations;
    QJsonObject m_people;
};
