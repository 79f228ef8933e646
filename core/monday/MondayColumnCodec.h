#pragma once

#include "monday/MondayColumn.h"
#include "monday/MondayColumnEncoding.h"
#include "monday/MondayColumnInput.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace mlc {

// Turns a BC value into what a monday column takes (monday.md §5.2), and what monday holds back into a form
// that can be compared with it (§5.3), so the planner writes only the columns that changed:
//
//     MondayColumnEncoding e = MondayColumnCodec::encode(column, input);
//     if (e.ok() && MondayColumnCodec::comparable(column, e.value) != MondayColumnCodec::readBack(column,
//     cv))
//         columnValues.insert(column.id(), e.value);
class MondayColumnCodec
{
    Q_DECLARE_TR_FUNCTIONS(MondayColumnCodec)

public:
    // The column's entry for `column_values` in create_item / change_multiple_column_values, or a permanent
    // error naming the column and the reason. Clearing is JSON null.
    static MondayColumnEncoding encode(const MondayColumn& column, const MondayColumnInput& input);

    // The normal form of an encoded value (see MondayColumnNormalForm); empty is null.
    static QJsonValue comparable(const MondayColumn& column, const QJsonValue& encoded);

    // The normal form of one element of an item's `column_values`, read with the typed fragments
    // (`... on StatusValue { index label }`, `... on DateValue { date }`, ...) and `value`.
    static QJsonValue readBack(const MondayColumn& column, const QJsonObject& columnValue);
};

} // namespace mlc
