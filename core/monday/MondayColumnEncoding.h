#pragma once

#include "monday/MondayColumnError.h"

#include <QJsonValue>

#include <optional>

namespace mlc {

// The result of encoding one BC value for one monday column: either the JSON value to put under the
// column's id in `column_values` (create_item, change_multiple_column_values), or why it cannot be written.
struct MondayColumnEncoding
{
    // The column's entry in `column_values`, before the whole object is stringified once (monday.md §4).
    // JSON null clears the column: the one clearing form monday accepts for every type (§5.2; for numbers,
    // "" would write 0).
    QJsonValue value;

    // Set when the value cannot be written; `value` is then undefined.
    std::optional<MondayColumnError> error;

    // The value names a label the board lacks and the caller allowed creating it: the mutation must then
    // carry create_labels_if_missing: true.
    bool createsLabel = false;

    bool ok() const { return !error.has_value(); }
    bool clears() const { return ok() && value.isNull(); }
};

} // namespace mlc
