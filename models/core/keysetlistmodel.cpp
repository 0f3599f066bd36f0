#include "keysetlistmodel.h"
#include "database.h"
#include "databaseworker.h"

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
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
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
    if (!preparePage(statement, last, m_pageSize)) {
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
    DatabaseWorker::instance()->run<Page>(
        this,
        [statement, total](SqlConnection &db) {
            Page page;
            QString text;
            QList<QSqlRecord> counted;
            page.ok = db.exec(statement, &page.rows, &text) && (total.isEmpty() || db.exec(total, &counted, &text));
            if (!page.ok)
                page.error = db.failure(text);
            else if (!counted.isEmpty())
                page.total = counted.constFirst().value(0).toInt();
            return page;
        },
        [this, generation, firstPage](Page page) {
            if (generation == m_generation)
                receivePage(std::move(page), firstPage);
        });
}

void KeysetListModel::receivePage(Page page, bool firstPage)
{
    if (!page.ok) {
        // Stop paging so views do not retry in a loop; reload() tries again.
        m_atEnd = true;
        setError(page.error);
        setLoading(false);
        return;
    }
    setError({});
    m_atEnd = page.rows.size() < m_pageSize;
    if (firstPage) {
        beginResetModel();
        m_rows = std::move(page.rows);
        m_total = page.total;
        endResetModel();
        Q_EMIT countChanged();
    } else if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
        m_rows.append(page.rows);
        endInsertRows();
        Q_EMIT countChanged();
    }
    setLoading(false);
}

void KeysetListModel::clearRows()
{
    if (m_rows.isEmpty() && m_total < 0)
        return;
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    endResetModel();
    Q_EMIT countChanged();
}

void KeysetListModel::scheduleReload(bool clear)
{
    if (clear) {
        // Nothing of the previous child stays on screen while the new rows load.
        ++m_generation;
        clearRows();
        setError({});
        setLoading(true);
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
