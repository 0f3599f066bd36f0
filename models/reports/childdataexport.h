#pragma once

#include <QStringList>

#include <atomic>
#include <functional>

class SqlConnection;

// Everything stored about one child, for the parent to take away (GDPR art. 20): the user row, the
// profile, sessions, messages, heartbeats, memories, their access log, and Nido's own rows for the
// child (caregivers' audit, deletion outbox, persona versions of the child's agents). One file per
// table, JSON or CSV, and a manifest with the row count of each table and the schema version.
//
// Rows stream one at a time from the server (libpq's single-row mode), all tables in one snapshot,
// so memory does not grow with the data; the biggest tables come in pages of rows, so that no
// statement holds the server for long.
// The folder is written beside its destination and renamed into place at the end: an interrupted
// or cancelled export leaves nothing behind.
class ChildDataExport
{
public:
    enum class Format { Json, Csv };

    struct Table {
        QString name;   // the file's name
        QString source; // the SQL table, or the server's function that reads it for a caller, binding :child
        QString scope;  // WHERE clause on alias t, binding :child
        QString needs = {}; // a relation the server's function reads, which a backend's database may lack
        // A table too big for one statement: the server's function that reads it a page at a time,
        // binding :child, :after (the last row's key as text[], NULL first) and :rows, and the
        // key's expressions on alias t, in the order the pages follow.
        QString pages = {};
        QStringList key = {};
    };
    [[nodiscard]] static QList<Table> tables();

    // progress(done, total) is called between batches; returning false cancels.
    static bool run(SqlConnection &db, const QString &childId, Format format, const QString &folder, int schemaVersion,
                    const std::function<bool(qint64, qint64)> &progress, QString *error);

    // A cell as RFC 4180 writes it. A text with a leading =, +, -, @, tab or carriage return is
    // neutralised so that a spreadsheet shows it as text instead of running it as a formula; a
    // number is not (-3 stays -3).
    [[nodiscard]] static QByteArray csvCell(const QString &value, bool text = true);
};
