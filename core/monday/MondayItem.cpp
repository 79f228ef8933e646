#include "MondayItem.h"

#include <QJsonArray>

namespace mlc {

QString MondayItem::columnText(const QString& columnId) const
{
    return columnValues.value(columnId).value(QStringLiteral("text")).toString();
}

std::optional<MondayItem> MondayItem::fromJson(const QJsonObject& item)
{
    MondayItem result;
    result.id = item.value(QStringLiteral("id")).toVariant().toString();
    if (result.id.isEmpty())
        return std::nullopt;
    result.name = item.value(QStringLiteral("name")).toString();
    result.state = item.value(QStringLiteral("state")).toString();
    result.groupId = item.value(QStringLiteral("group")).toObject().value(QStringLiteral("id")).toString();
    result.updatedAt =
        QDateTime::fromString(item.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    const QJsonArray values = item.value(QStringLiteral("column_values")).toArray();
    for (const QJsonValue& value : values) {
        const QJsonObject columnValue = value.toObject();
        const QString columnId = columnValue.value(QStringLiteral("id")).toString();
        if (!columnId.isEmpty())
            result.columnValues.insert(columnId, columnValue);
    }
    return result;
}

std::optional<MondayItemsPage> MondayItemsPage::fromJson(const QJsonValue& page)
{
    const QJsonObject object = page.toObject();
    const QJsonValue items = object.value(QStringLiteral("items"));
    if (!items.isArray())
        return std::nullopt;
    MondayItemsPage result;
    result.cursor = object.value(QStringLiteral("cursor")).toString();
    const QJsonArray array = items.toArray();
    for (const QJsonValue& element : array) {
        if (std::optional<MondayItem> item = MondayItem::fromJson(element.toObject()))
            result.items.append(*item);
        else
            ++result.unreadableItems;
    }
    return result;
}

} // namespace mlc
