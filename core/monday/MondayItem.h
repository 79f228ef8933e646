#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace mlc {

// An item as the item documents of MondayDocuments read it: name, state, group and the column values with
// their typed fragments, kept as monday sent them for MondayColumnCodec::readBack().
struct MondayItem
{
    QString id;
    QString name;
    QString state;
    QString groupId;
    QDateTime updatedAt;
    QHash<QString, QJsonObject> columnValues; // by column id

    // The item's element of `column_values` for the column, or an empty object when it was not read.
    QJsonObject columnValue(const QString& columnId) const { return columnValues.value(columnId); }
    // What the column shows (`text`), e.g. the BC id in the bcIdColumn.
    QString columnText(const QString& columnId) const;

    // nullopt when the object has no id.
    static std::optional<MondayItem> fromJson(const QJsonObject& item);
};

// One page of items and the cursor to the next (null on the last page), from `items_page`,
// `next_items_page` or `items_page_by_column_values`.
struct MondayItemsPage
{
    QString cursor;
    QList<MondayItem> items;
    int unreadableItems = 0; // elements without an id, skipped

    // nullopt when `page` is not an object with an `items` array: an answer of the wrong shape.
    static std::optional<MondayItemsPage> fromJson(const QJsonValue& page);
};

} // namespace mlc
