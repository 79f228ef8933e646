#include "AuditModel.h"

#include "store/AuditLog.h"

#include <QLocale>

namespace mlc::ui {

AuditModel::AuditModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{}

void AuditModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    refresh();
}

void AuditModel::refresh()
{
    // Views ask for more from within the reset's signal; the first page is all a reset brings.
    m_fetching = true;
    beginResetModel();
    m_entries = readPage(0);
    endResetModel();
    m_fetching = false;
}

void AuditModel::fetchNewer()
{
    if (m_entries.isEmpty()) {
        refresh();
        return;
    }
    AuditFilter newer = m_filter;
    newer.afterId = m_entries.first().id;
    newer.limit = kPageSize;
    m_lastError.clear();
    const std::optional<QList<AuditEntry>> entries = AuditLog(m_database).query(newer, &m_lastError);
    if (!entries || entries->isEmpty())
        return;
    if (entries->size() == kPageSize) {
        refresh();
        return;
    }
    beginInsertRows(QModelIndex(), 0, int(entries->size()) - 1);
    m_entries = *entries + m_entries;
    endInsertRows();
}

QList<AuditEntry> AuditModel::readPage(qint64 beforeId)
{
    AuditFilter page = m_filter;
    page.beforeId = beforeId;
    page.limit = kPageSize;
    m_lastError.clear();
    const std::optional<QList<AuditEntry>> entries = AuditLog(m_database).query(page, &m_lastError);
    m_complete = !entries || entries->size() < kPageSize;
    return entries.value_or(QList<AuditEntry>());
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching && !m_entries.isEmpty();
}

void AuditModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<AuditEntry> more = readPage(m_entries.last().id);
    if (more.isEmpty())
        return;
    // Views ask for more from within the insertion's signal; one page per call is the answer.
    m_fetching = true;
    beginInsertRows(QModelIndex(), int(m_entries.size()), int(m_entries.size() + more.size() - 1));
    m_entries.append(more);
    endInsertRows();
    m_fetching = false;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !entry.error.isEmpty())
        return entry.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case MappingColumn:
        return entry.entity;
    case EventColumn:
        return AuditEvents::wireName(entry.event);
    case RecordColumn:
        return entry.bcNumber.isEmpty() ? entry.bcId : entry.bcNumber;
    case ItemColumn:
        return entry.itemId;
    case ErrorColumn:
        return entry.error.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MappingColumn:
        return tr("Entity");
    case EventColumn:
        return tr("Event");
    case RecordColumn:
        return tr("BC record");
    case ItemColumn:
        return tr("Item");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace mlc::ui
