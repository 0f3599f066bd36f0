#include "keysetlistmodel.h"
#include "database.h"

#include <QSqlQuery>

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

QVariant KeysetListModel::valueAt(int row, const QString &column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).value(column);
}

bool KeysetListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

QList<QSqlRecord> KeysetListModel::readPage()
{
    QList<QSqlRecord> page;
    QSqlQuery query;
    query.setForwardOnly(true);
    const QSqlRecord *last = m_rows.isEmpty() ? nullptr : &m_rows.constLast();
    if (!preparePage(query, last, m_pageSize)) {
        m_atEnd = true;
    } else if (!Database::execute(query)) {
        // Stop paging so views do not retry in a loop; reload() tries again.
        m_atEnd = true;
        setErrorString(Database::errorText(query));
    } else {
        while (query.next())
            page.append(query.record());
        m_atEnd = page.size() < m_pageSize;
        setErrorString({});
    }
    return page;
}

void KeysetListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views ask for more while they lay out or while a reset is being announced: the rows are
    // read and inserted from the event loop, never inside someone else's change.
    setLoading(true);
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            if (generation == m_generation)
                appendNextPage();
        },
        Qt::QueuedConnection);
}

void KeysetListModel::appendNextPage()
{
    const QList<QSqlRecord> page = readPage();
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
        Q_EMIT countChanged();
    }
    setLoading(false);
}

void KeysetListModel::fetchNewer()
{
    if (m_loading)
        return;
    m_atEnd = false;
    fetchMore({});
}

void KeysetListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_rows = readPage();
    endResetModel();
    setLoading(false);
    Q_EMIT countChanged();
}

void KeysetListModel::scheduleReload()
{
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

void KeysetListModel::setErrorString(const QString &error)
{
    if (m_errorString == error)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}
