#pragma once

#include "dberror.h"
#include "sqlstatement.h"

#include <QAbstractListModel>
#include <QList>
#include <QSqlRecord>
#include <QtQml/qqmlregistration.h>

// A list read from PostgreSQL one page at a time with a keyset (the last row of the previous page),
// never OFFSET and never all rows at once. Pages are read by the database worker and arrive later;
// a page asked for before a reload is dropped. Role names are the column names of the query, so
// data() needs no code in subclasses; timestamps (UTC in the database) come out in local time.
class KeysetListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // How many rows the whole list holds (read with its first page), or -1 when it does not say.
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString errorTitle READ errorTitle NOTIFY errorStringChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit KeysetListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] const DbError &error() const { return m_error; }
    [[nodiscard]] QString errorTitle() const { return m_error.title(); }
    [[nodiscard]] QString errorString() const { return m_error.detail(); }

    // Reads the first page again; the rows shown stay until it arrives.
    Q_INVOKABLE void reload();
    // Reads the first page again on the next turn of the event loop: what a change elsewhere, or
    // the error banner's "Try again", calls.
    Q_INVOKABLE void refresh() { scheduleReload(); }
    // For lists ordered oldest first: reads what arrived after the last row.
    Q_INVOKABLE void fetchNewer();

Q_SIGNALS:
    void loadingChanged();
    void countChanged();
    void errorStringChanged();

protected:
    // Prepares and binds the query for the rows after `last` (nullptr for the first page), at most
    // `limit` rows, ordered by the same key the keyset compares. Returns false when there is
    // nothing to read (e.g. no child chosen).
    virtual bool preparePage(SqlStatement &query, const QSqlRecord *last, int limit) const = 0;
    // A list that says how many rows it holds prepares their count (one value), read with the
    // first page in the same job.
    virtual bool prepareTotal(SqlStatement &query) const
    {
        Q_UNUSED(query)
        return false;
    }

    // What tells one row from another when the list is read again (its first column by default),
    // so that rows that stay are kept in place rather than the whole list reset.
    [[nodiscard]] virtual QString rowKey(const QSqlRecord &record) const { return record.value(0).toString(); }

    [[nodiscard]] const QSqlRecord &recordAt(int row) const { return m_rows.at(row); }
    // Whether `index` is one of the rows now held. QML calls data() with any index: a binding
    // over a view's current row is evaluated while the rows are replaced for another child.
    [[nodiscard]] bool holds(const QModelIndex &index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }
    // One row read again (a rename): it changes in place, and moves on the next reload.
    void replaceRecord(int row, const QSqlRecord &record);
    // Several properties often change together (a QML binding block): read once for all of them.
    // With clear, what is shown goes at once: it belongs to another child or another filter.
    void scheduleReload(bool clear = false);
    void setPageSize(int size) { m_pageSize = size; }

private:
    struct Page {
        QList<QSqlRecord> rows;
        int total = -1;
        DbError error;
        bool ok = false;
    };

    void requestPage(bool firstPage);
    void receivePage(Page page, bool firstPage, int limit);
    // The list read again: rows removed, moved, changed and inserted where they differ. False when
    // the rows cannot be told apart by their keys.
    bool updateInPlace(const QList<QSqlRecord> &rows);
    void clearRows();
    void setLoading(bool loading);
    void setError(const DbError &error);

    QList<QSqlRecord> m_rows;
    int m_total = -1;
    DbError m_error;
    int m_pageSize = 100;
    // Tells a page requested before reload() from one requested after it.
    quint64 m_generation = 0;
    bool m_reloadScheduled = false;
    bool m_atEnd = false;
    bool m_loading = false;
};
