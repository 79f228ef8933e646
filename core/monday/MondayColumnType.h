#pragma once

#include <QString>

namespace mlc {

// The monday column types the connector can write (monday.md §5.1). Every other type monday reports
// (people, formula, mirror, ...) is Unsupported: the connector neither writes nor diffs it.
enum class MondayColumnType
{
    Text,
    LongText,
    Numbers,
    Status,
    Date,
    Dropdown,
    BoardRelation,
    Email,
    Phone,
    Link,
    Checkbox,
    Unsupported
};

// monday's name ("numbers", "board_relation", ...) to the enum; unknown names are Unsupported.
MondayColumnType mondayColumnTypeFromString(const QString& name);

// The enum back to monday's name; Unsupported becomes "unsupported", which is also a monday type name.
QString mondayColumnTypeName(MondayColumnType type);

} // namespace mlc
