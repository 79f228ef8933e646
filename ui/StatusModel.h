#pragma once

#include "sync/EngineStatus.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace mlc::ui {

// The Status page's table: one row per mapping of the engine's latest snapshot (SyncController), the
// columns an admin watches: what it is doing, how changes arrive (webhook live until …, or polling and
// why), last sync, next poll, queue, counts since start and the write pace used of the cap. Snapshots
// arrive a few times a second; a snapshot with the same mappings only refreshes the cells, so selection
// and scrolling stay put.
class StatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MappingColumn,
        StateColumn,
        ChangesColumn,
        LastSyncColumn,
        NextPollColumn,
        QueueColumn,
        CreatedColumn,
        UpdatedColumn,
        UnchangedColumn,
        FailedColumn,
        PaceColumn,
        ColumnCount
    };

    explicit StatusModel(QObject* parent = nullptr);

    void setStatus(const EngineStatus& status);
    const EngineStatus& status() const { return m_status; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const EngineStatus::MappingStatus& mapping, int column) const;
    QString stateText(const EngineStatus::MappingStatus& mapping) const;
    QString changesText(const EngineStatus::MappingStatus& mapping) const;
    QString toolTip(const EngineStatus::MappingStatus& mapping, int column) const;
    static QString timeText(const QDateTime& time);
    static bool sameMappings(const EngineStatus& a, const EngineStatus& b);

    EngineStatus m_status;
};

} // namespace mlc::ui
