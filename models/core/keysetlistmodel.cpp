#include "keysetlistmodel.h"
#include "database.h"
#include "databaseworker.h"

#include <QHash>
#include <QSet>

KeysetListModel::KeysetListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int KeysetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KeysetListModel::data(const QModelIndex &index, int role) const
{
    if (!holds(index))
        return {};
    const QByteArray name = roleNames().value(role);
    if (name.isEmpty())
        return {};
    const QVariant value = m_rows.at(index.row()).value(QString::fromUtf8(name));
    // Every timestamp Nido reads has no time zone and holds UTC: views get local time.
    if (value.metaType().id() == QMetaType::QDateTime)
        return Database::fromUtcTimestamp(value);
    return value;
}

bool KeysetListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void KeysetListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void KeysetListModel::fetchNewer()
{
    if (m_loading)
        return;
    m_atEnd = false;
    requestPage(false);
}

void KeysetListModel::reload()
{
    ++m_generation;
    m_atEnd = false;
    requestPage(true);
}

void KeysetListModel::requestPage(bool firstPage)
{
    SqlStatement statement;
    const QSqlRecord *last = firstPage || m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    // Read again, a list keeps as many rows as it shows: where the parent has scrolled to stays.
    const int limit = firstPage ? qMax(m_pageSize, int(m_rows.size())) : m_pageSize;
    if (!preparePage(statement, last, limit)) {
        if (firstPage)
            clearRows();
        m_atEnd = true;
        setLoading(false);
        return;
    }
    setLoading(true);
    const quint64 generation = m_generation;
    SqlStatement total;
    if (!firstPage || !prepareTotal(total))
        total = {};
    // The rows and their count in one round trip, with the page's other reads.
    DatabaseWorker::instance()->runBatch<Page>(
        this, total.isEmpty() ? QList<SqlStatement>{statement} : QList<SqlStatement>{statement, total},
        [](SqlConnection &, QList<QList<QSqlRecord>> &results) {
            Page page;
            page.ok = true;
            page.rows = results.takeFirst();
            if (!results.isEmpty() && !results.constFirst().isEmpty())
                page.total = results.constFirst().constFirst().value(0).toInt();
            return page;
        },
        [](const DbError &error) {
            Page page;
            page.error = error;
            return page;
        },
        [this, generation, firstPage, limit](Page page) {
            if (generation == m_generation)
                receivePage(std::move(page), firstPage, limit);
        });
}

void KeysetListModel::receivePage(Page page, bool firstPage, int limit)
{
    if (!page.ok) {
        // Stop paging so views do not retry in a loop; reload() tries again.
        m_atEnd = true;
        setError(page.error);
        setLoading(false);
        return;
    }
    setError({});
    m_atEnd = page.rows.size() < limit;
    if (firstPage && !m_rows.isEmpty() && updateInPlace(page.rows)) {
        m_total = page.total;
        Q_EMIT countChanged();
    } else if (firstPage && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows = std::move(page.rows);
        m_total = page.total;
        endResetModel();
        Q_EMIT countChanged();
    } else if (firstPage) {
        m_total = page.total;
        if (!page.rows.isEmpty()) {
            beginInsertRows({}, 0, int(page.rows.size()) - 1);
            m_rows = std::move(page.rows);
            endInsertRows();
        }
        Q_EMIT countChanged();
    } else if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
        Q_EMIT countChanged();
    }
    setLoading(false);
}

bool KeysetListModel::updateInPlace(const QList<QSqlRecord> &rows)
{
    QHash<QString, int> wanted;
    for (const QSqlRecord &row : rows)
        wanted.insert(rowKey(row), 0);
    QSet<QString> shown;
    for (const QSqlRecord &row : std::as_const(m_rows))
        shown.insert(rowKey(row));
    // Rows told apart by their key only: a list whose keys repeat is read again whole.
    if (wanted.size() != rows.size() || shown.size() != m_rows.size())
        return false;
    // What went, a block at a time from the end.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (wanted.contains(rowKey(m_rows.at(i)))) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !wanted.contains(rowKey(m_rows.at(i))))
            --i;
        beginRemoveRows({}, i + 1, last);
        m_rows.remove(i + 1, last - i);
        endRemoveRows();
    }
    // Then each row in its place: kept (changed if it did), moved there, or new.
    for (int i = 0; i < rows.size(); ++i) {
        const QString key = rowKey(rows.at(i));
        if (i < m_rows.size() && rowKey(m_rows.at(i)) == key) {
            if (m_rows.at(i) != rows.at(i)) {
                m_rows[i] = rows.at(i);
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size() && from < 0; ++j) {
            if (rowKey(m_rows.at(j)) == key)
                from = j;
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i), index(i));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, rows.at(i));
            endInsertRows();
        }
    }
    return true;
}

void KeysetListModel::clearRows()
{
    if (m_rows.isEmpty() && m_total < 0)
        return;
    // Removed rather than reset: a view cancels the delegates it was still making for them by
    // their rows, which a reset leaves out of range (DelegateModel::cancel warnings).
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_total = -1;
    Q_EMIT countChanged();
}

void KeysetListModel::scheduleReload(bool clear)
{
    if (clear) {
        // Nothing of the previous child stays on screen while the new rows load. Loading first: a
        // view asks for more rows when the list is emptied, and the first page is the reload's.
        ++m_generation;
        setLoading(true);
        clearRows();
        setError({});
    }
    if (m_reloadScheduled)
        return;
    m_reloadScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reloadScheduled = false;
            reload();
        },
        Qt::QueuedConnection);
}

void KeysetListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void KeysetListModel::setError(const DbError &error)
{
    if (m_error.kind() == error.kind() && m_error.detail() == error.detail())
        return;
    m_error = error;
    Q_EMIT errorStringChanged();
}

void KeysetListModel::replaceRecord(int row, const QSqlRecord &record)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row] = record;
    Q_EMIT dataChanged(index(row), index(row));
}
