#pragma once

#include "bc/BcEntity.h"
#include "sync/ColumnMapping.h"
#include "sync/OnDelete.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

// One BC entity kept in step with one monday board.
struct Mapping
{
    static constexpr int kDefaultPollSeconds = 300;
    // Faster than every 5 s only burns BC's request quota; slower than daily is not a sync any more.
    static constexpr int kMinPollSeconds = 5;
    static constexpr int kMaxPollSeconds = 86400;

    BcEntity entity = BcEntity::Vendors;
    QString boardId;                // digits only; a string because monday ids outgrow 32 bits
    std::optional<QString> groupId; // absent: the board's top group
    QString itemName;               // the BC field that names the item
    QString bcIdColumn;             // text column holding the BC id
    int pollSeconds = kDefaultPollSeconds;
    OnDelete onDelete = OnDelete::Archive;
    QList<ColumnMapping> columns;

    // The board columns the mapping writes, each once.
    QStringList columnIds() const
    {
        QStringList ids;
        for (const ColumnMapping& column : columns) {
            if (!ids.contains(column.column))
                ids.append(column.column);
        }
        return ids;
    }
};

inline bool operator==(const Mapping& a, const Mapping& b)
{
    return a.entity == b.entity && a.boardId == b.boardId && a.groupId == b.groupId &&
           a.itemName == b.itemName && a.bcIdColumn == b.bcIdColumn && a.pollSeconds == b.pollSeconds &&
           a.onDelete == b.onDelete && a.columns == b.columns;
}

inline bool operator!=(const Mapping& a, const Mapping& b)
{
    return !(a == b);
}

} // namespace mlc

Q_DECLARE_METATYPE(mlc::Mapping)
