#include "MondayColumnType.h"

#include <array>

namespace mlc {

namespace {

struct TypeName
{
    MondayColumnType type;
    QLatin1String name;
};

// Exactly monday's spelling: note "numbers" is plural and connect-boards columns are "board_relation".
constexpr std::array<TypeName, 11> kTypeNames{{
    {MondayColumnType::Text, QLatin1String("text")},
    {MondayColumnType::LongText, QLatin1String("long_text")},
    {MondayColumnType::Numbers, QLatin1String("numbers")},
    {MondayColumnType::Status, QLatin1String("status")},
    {MondayColumnType::Date, QLatin1String("date")},
    {MondayColumnType::Dropdown, QLatin1String("dropdown")},
    {MondayColumnType::BoardRelation, QLatin1String("board_relation")},
    {MondayColumnType::Email, QLatin1String("email")},
    {MondayColumnType::Phone, QLatin1String("phone")},
    {MondayColumnType::Link, QLatin1String("link")},
    {MondayColumnType::Checkbox, QLatin1String("checkbox")},
}};

} // namespace

MondayColumnType mondayColumnTypeFromString(const QString& name)
{
    for (const TypeName& entry : kTypeNames) {
        if (name == entry.name)
            return entry.type;
    }
    return MondayColumnType::Unsupported;
}

QString mondayColumnTypeName(MondayColumnType type)
{
    for (const TypeName& entry : kTypeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return QStringLiteral("unsupported");
}

} // namespace mlc
