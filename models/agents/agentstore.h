#pragma once

#include "formfield.h"
#include "formwriter.h"

#include <QVariantMap>

// An agent's row as the persona editor edits it (name, description, and the persona and
// voiceSettings documents), and the agent's other changes: a copy, a new agent, a deletion.
// Public agents and other children's are read, never written; isPublic is never written.
class AgentStore
{
public:
    [[nodiscard]] static const FormWriter::Store &store();
    [[nodiscard]] static const QList<FormField> &fields();
    // A version of the persona history as a row.
    [[nodiscard]] static FormSnapshot snapshotOf(const QVariantMap &version);

    struct Outcome {
        bool ok = false;
        QString error;
        QString agentId;
        int memories = 0;
        int sessions = 0;
        bool usedByOthers = false;
    };
    static Outcome duplicate(SqlConnection &db, const QString &agentId, const QString &childId, const QString &name);
    static Outcome create(SqlConnection &db, const QString &childId, const QString &name, const QString &instructions);
    // What a deletion would change, asked of the server by trying it and rolling back.
    static Outcome checkDeletion(SqlConnection &db, const QString &agentId, const QString &ownerId);
    static Outcome remove(SqlConnection &db, const QString &agentId, bool forgetMemories);

private:
    static QList<SqlStatement> statements(const QString &agentId, bool forUpdate);
    static std::optional<FormSnapshot> snapshot(const QList<QList<QSqlRecord>> &rows, bool forUpdate, QString *error);
    static QString refused();
    static bool write(SqlConnection &db, const QString &agentId, const FormSnapshot &current, const QList<FormWriter::Edit> &edits,
                      bool *raced, QString *error);
};
