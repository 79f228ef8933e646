#pragma once

#include "bc/BcEntity.h"

#include <QMap>
#include <QString>

#include <optional>

namespace mlc {

// One BC field written into one monday column.
struct ColumnMapping
{
    QString field;                  // BC field name, e.g. "dueDate"
    QString column;                 // monday column id, e.g. "date_due"
    QMap<QString, QString> values;  // BC wire value ("In_x0020_Review") -> monday label; empty: none
    std::optional<BcEntity> linkTo; // board_relation columns: the mapping whose items `field` points to
    // status and dropdown columns: a label the board lacks is created by the write (monday's
    // create_labels_if_missing, which needs permission to change the board) instead of failing the record.
    bool createLabels = false;
};

inline bool operator==(const ColumnMapping& a, const ColumnMapping& b)
{
    return a.field == b.field && a.column == b.column && a.values == b.values && a.linkTo == b.linkTo &&
           a.createLabels == b.createLabels;
}

inline bool operator!=(const ColumnMapping& a, const ColumnMapping& b)
{
    return !(a == b);
}

} // namespace mlc
