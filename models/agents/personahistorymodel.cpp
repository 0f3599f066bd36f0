#include "personahistorymodel.h"
#include "agentstore.h"
#include "formeditor.h"
#include "jsontext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace {

const auto versions = QStringLiteral(
    "SELECT version, \"savedAt\", \"savedBy\"::text AS \"savedBy\", \"throughNido\", name, COALESCE(description, '') AS description, "
    "  COALESCE(persona, '{}')::text AS persona, COALESCE(\"voiceSettings\", '{}')::text AS \"voiceSettings\" "
    "FROM nido.agent_versions(current_user, CAST(:agent AS uuid)) WHERE true");

QStringList lines(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    return FormField::displayed(value).split(u'\n', Qt::SkipEmptyParts);
}

// The keys of a version Nido does not edit, as one JSON text.
QString otherKeys(const QVariantMap &version)
{
    const FormSnapshot row = AgentStore::snapshotOf(version);
    QJsonObject rest;
    for (const QString &column : {QStringLiteral("persona"), QStringLiteral("voiceSettings")}) {
        QJsonObject document = row.columns.value(column).toObject();
        for (const FormField &field : AgentStore::fields()) {
            if (field.column() == column)
                document.remove(field.path.section(u'.', 1));
        }
        if (!document.isEmpty())
            rest.insert(column, document);
    }
    return rest.isEmpty() ? QString() : jsonText(rest);
}

// The entries of two versions in order, each kept, added or removed: the longest run they share is
// kept, so that a moved turn shows as removed in one place and added in another.
QVariantList inOrder(const QStringList &was, const QStringList &now)
{
    const qsizetype n = was.size();
    const qsizetype m = now.size();
    std::vector<std::vector<int>> shared(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            shared[i][j] = was[i] == now[j] ? shared[i + 1][j + 1] + 1 : std::max(shared[i + 1][j], shared[i][j + 1]);
    }
    QVariantList items;
    const auto item = [&items](const QString &text, const char *status) {
        items << QVariantMap{{QStringLiteral("text"), text}, {QStringLiteral("status"), QLatin1String(status)}};
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && was[i] == now[j]) {
            item(now[j++], "kept");
            ++i;
        } else if (j >= m || (i < n && shared[i + 1][j] >= shared[i][j + 1])) {
            item(was[i++], "removed");
        } else {
            item(now[j++], "added");
        }
    }
    return items;
}

} // namespace

PersonaHistoryModel::PersonaHistoryModel(QObject *parent)
    : KeysetListModel(parent)
{
}

void PersonaHistoryModel::setAgentId(const QString &agentId)
{
    if (m_agentId == agentId)
        return;
    m_agentId = agentId;
    Q_EMIT agentIdChanged();
    scheduleReload(true);
}

QHash<int, QByteArray> PersonaHistoryModel::roleNames() const
{
    return {{VersionRole, "version"},         {SavedAtRole, "savedAt"}, {SavedByRole, "savedBy"},
            {ThroughNidoRole, "throughNido"}, {NameRole, "name"},       {DescriptionRole, "description"},
            {PersonaRole, "persona"},         {VoiceSettingsRole, "voiceSettings"}};
}

QVariantMap PersonaHistoryModel::versionAt(int row) const
{
    QVariantMap version;
    if (row < 0 || row >= rowCount())
        return version;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        version.insert(QString::fromUtf8(it.value()), data(index(row), it.key()));
    return version;
}

QVariantList PersonaHistoryModel::diff(const QVariantMap &older, const QVariantMap &newer)
{
    const QVariantMap before = FormEditor::formValues(AgentStore::fields(), AgentStore::snapshotOf(older));
    const QVariantMap after = FormEditor::formValues(AgentStore::fields(), AgentStore::snapshotOf(newer));
    QVariantList fields;
    for (const FormField &known : AgentStore::fields()) {
        const QString key = known.path;
        const QVariant a = before.value(key);
        const QVariant b = after.value(key);
        QVariantMap field{{QStringLiteral("key"), key}, {QStringLiteral("label"), known.translatedLabel()},
                          {QStringLiteral("changed"), a != b}};
        if (a.typeId() == QMetaType::QString) {
            field.insert(QStringLiteral("before"), a.toString());
            field.insert(QStringLiteral("after"), b.toString());
        } else {
            const QStringList was = lines(a);
            const QStringList now = lines(b);
            field.insert(QStringLiteral("items"), inOrder(was, now));
            field.insert(QStringLiteral("before"), was.join(u'\n'));
            field.insert(QStringLiteral("after"), now.join(u'\n'));
        }
        fields << field;
    }
    const QString was = otherKeys(older);
    const QString now = otherKeys(newer);
    fields << QVariantMap{{QStringLiteral("key"), QStringLiteral("other")}, {QStringLiteral("label"), QCoreApplication::translate("AgentEditor", "Other settings")},
                          {QStringLiteral("changed"), was != now}, {QStringLiteral("before"), was}, {QStringLiteral("after"), now}};
    return fields;
}

bool PersonaHistoryModel::preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const
{
    if (m_agentId.isEmpty())
        return false;
    query.prepare(versions + (last ? QStringLiteral(" AND version < :version") : QString()) + QStringLiteral(" ORDER BY version DESC LIMIT :limit"));
    query.bindValue(QStringLiteral(":agent"), m_agentId);
    if (last)
        query.bindValue(QStringLiteral(":version"), last->value(QStringLiteral("version")));
    query.bindValue(QStringLiteral(":limit"), limit);
    return true;
}
