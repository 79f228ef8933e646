#include "ColumnCompatibility.h"

namespace mlc {

namespace {

QString fieldTypeText(BcFieldType type)
{
    switch (type) {
    case BcFieldType::Guid:
        return ColumnCompatibility::tr("an id (GUID)");
    case BcFieldType::String:
        return ColumnCompatibility::tr("text");
    case BcFieldType::Decimal:
        return ColumnCompatibility::tr("a number");
    case BcFieldType::Boolean:
        return ColumnCompatibility::tr("yes/no");
    case BcFieldType::Date:
        return ColumnCompatibility::tr("a date");
    case BcFieldType::DateTime:
        return ColumnCompatibility::tr("a date and time");
    case BcFieldType::Enum:
        return ColumnCompatibility::tr("a choice (enum)");
    }
    return {};
}

} // namespace

bool ColumnCompatibility::compatible(BcFieldType field, MondayColumnType column)
{
    switch (column) {
    case MondayColumnType::Text:
    case MondayColumnType::LongText:
        return true;
    case MondayColumnType::Numbers:
        return field == BcFieldType::Decimal;
    case MondayColumnType::Status:
    case MondayColumnType::Dropdown:
        return field == BcFieldType::Enum || field == BcFieldType::String;
    case MondayColumnType::Date:
        return field == BcFieldType::Date || field == BcFieldType::DateTime;
    case MondayColumnType::BoardRelation:
        return field == BcFieldType::Guid;
    case MondayColumnType::Email:
    case MondayColumnType::Phone:
    case MondayColumnType::Link:
        return field == BcFieldType::String;
    case MondayColumnType::Checkbox:
        return field == BcFieldType::Boolean;
    case MondayColumnType::Unsupported:
        return false;
    }
    return false;
}

QString ColumnCompatibility::whyNot(BcFieldType field, MondayColumnType column, const QString& columnTypeName)
{
    if (compatible(field, column))
        return {};
    if (column == MondayColumnType::Unsupported)
        return tr("the connector cannot write %1 columns").arg(columnTypeName);
    return tr("a %1 column cannot hold %2").arg(columnTypeName, fieldTypeText(field));
}

} // namespace mlc
