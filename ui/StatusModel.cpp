#include "StatusModel.h"

#include <QLocale>

namespace mlc::ui {

StatusModel::StatusModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StatusModel::setStatus(const EngineStatus& status)
{
    if (!sameMappings(m_status, status)) {
        beginResetModel();
        m_status = status;
        endResetModel();
        return;
    }
    m_status = status;
    if (!m_status.mappings.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StatusModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_status.mappings.size());
}

int StatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineStatus::MappingStatus& mapping = m_status.mappings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(mapping, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(mapping, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        return index.column() >= QueueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant StatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MappingColumn:
        return tr("Entity → board");
    case StateColumn:
        return tr("State");
    case ChangesColumn:
        return tr("Changes by");
    case LastSyncColumn:
        return tr("Last sync");
    case NextPollColumn:
        return tr("Next poll");
    case QueueColumn:
        return tr("Queue");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case UnchangedColumn:
        return tr("Unchanged");
    case FailedColumn:
        return tr("Failed");
    case PaceColumn:
        return tr("Pace");
    default:
        return {};
    }
}

QString StatusModel::text(const EngineStatus::MappingStatus& mapping, int column) const
{
    switch (column) {
    case MappingColumn:
        return tr("%1 → %2").arg(BcEntities::toString(mapping.entity), mapping.boardId);
    case StateColumn:
        return stateText(mapping);
    case ChangesColumn:
        return changesText(mapping);
    case LastSyncColumn:
        return mapping.lastSyncAt.isValid() ? timeText(mapping.lastSyncAt) : tr("not yet");
    case NextPollColumn:
        return mapping.nextPollAt.isValid() ? timeText(mapping.nextPollAt) : QString();
    case QueueColumn:
        return QLocale().toString(mapping.pending);
    case CreatedColumn:
        return QLocale().toString(mapping.created);
    case UpdatedColumn:
        return QLocale().toString(mapping.updated);
    case UnchangedColumn:
        return QLocale().toString(mapping.unchanged);
    case FailedColumn:
        return QLocale().toString(mapping.failed);
    case PaceColumn:
        return mapping.writes && mapping.writes->mutationsPerMinute > 0
                   ? tr("%1 of %2/min")
                         .arg(mapping.writes->sentInLastMinute)
                         .arg(mapping.writes->mutationsPerMinute)
                   : QString();
    default:
        return {};
    }
}

QString StatusModel::stateText(const EngineStatus::MappingStatus& mapping) const
{
    switch (m_status.state) {
    case EngineStatus::State::Starting:
        return tr("Starting");
    case EngineStatus::State::Paused:
        return tr("Paused");
    case EngineStatus::State::Stopping:
        return tr("Stopping");
    case EngineStatus::State::Stopped:
        return tr("Stopped");
    case EngineStatus::State::Failed:
        return tr("Failed");
    case EngineStatus::State::Running:
        break;
    }
    if (mapping.writes && mapping.writes->state == MondayWriteQueueStatus::State::Waiting &&
        mapping.writes->waitingUntil.isValid())
        return tr("Backing off until %1").arg(timeText(mapping.writes->waitingUntil));
    if (mapping.writes && mapping.writes->state == MondayWriteQueueStatus::State::Stopped)
        return tr("Writes stopped");
    if (mapping.syncing)
        return tr("Syncing");
    if (!mapping.lastError.isEmpty())
        return tr("Error");
    return tr("Waiting");
}

QString StatusModel::changesText(const EngineStatus::MappingStatus& mapping) const
{
    if (!mapping.webhook)
        return tr("Polling");
    switch (mapping.webhook->state) {
    case SubscriptionStatus::State::Live:
        return tr("Webhook (until %1)").arg(timeText(mapping.webhook->expiresAt));
    case SubscriptionStatus::State::Subscribing:
        return tr("Polling (subscribing…)");
    case SubscriptionStatus::State::Failing:
        return tr("Polling (webhook failing)");
    case SubscriptionStatus::State::Polled:
        return tr("Polling");
    }
    return {};
}

QString StatusModel::toolTip(const EngineStatus::MappingStatus& mapping, int column) const
{
    if (column == StateColumn) {
        if (mapping.writes && !mapping.writes->reason.isEmpty())
            return mapping.writes->reason;
        return !mapping.lastError.isEmpty() ? mapping.lastError : m_status.error;
    }
    if (column == ChangesColumn && mapping.webhook)
        return mapping.webhook->reason;
    if (column == FailedColumn && mapping.failed > 0)
        return tr("Failed writes can be replayed from the Audit page.");
    return {};
}

QString StatusModel::timeText(const QDateTime& time)
{
    // Day, month and minutes are what a glance needs; the column stays narrow enough for the window.
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM HH:mm"));
}

bool StatusModel::sameMappings(const EngineStatus& a, const EngineStatus& b)
{
    if (a.mappings.size() != b.mappings.size())
        return false;
    for (qsizetype i = 0; i < a.mappings.size(); ++i) {
        if (a.mappings.at(i).entity != b.mappings.at(i).entity ||
            a.mappings.at(i).boardId != b.mappings.at(i).boardId)
            return false;
    }
    return true;
}

} // namespace mlc::ui
