#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QTime>

#include <optional>

namespace mlc::sandbox {

// One column value of an item exactly as monday reads it back (monday.md §5.3): `text` (a string or null),
// `value` (a JSON-encoded string or null) and the typed fields of the column's value type (StatusValue.index,
// BoardRelationValue.linked_item_ids, ...). The factories hold the read-back rules, so the seed and, later,
// the mutations store the same shapes.
struct MondayCellValue
{
    QJsonValue text;
    QJsonValue value;
    QJsonObject typed;

    // The cell of a column that holds nothing, per type (text "" or null, typed fields empty).
    static MondayCellValue empty(const QString& columnType);

    static MondayCellValue plainText(const QString& content);
    static MondayCellValue longText(const QString& content, const QDateTime& changedAt);
    // `formatted` is the number as monday shows it ("4.50"); both text and value carry it.
    static MondayCellValue numbers(const QString& formatted);
    static MondayCellValue status(int labelId, const QString& label, bool isDone);
    static MondayCellValue date(const QDate& day, std::optional<QTime> utcTime, const QDateTime& changedAt);
    static MondayCellValue dropdown(const QList<QPair<int, QString>>& labels);
    static MondayCellValue boardRelation(const QStringList& itemIds, const QStringList& itemNames);
    static MondayCellValue checkbox(bool checked, const QDateTime& changedAt);
    static MondayCellValue email(const QString& address, const QString& label);
    static MondayCellValue phone(const QString& number, const QString& countryShortName);
    static MondayCellValue link(const QString& url, const QString& label);

    // GraphQL's implementation type of ColumnValue for a column type: "StatusValue", "TextValue", ...
    static QString valueTypeName(const QString& columnType);
    // monday's timestamps inside `value`: UTC, seconds, a trailing Z.
    static QString timestamp(const QDateTime& utc);
};

} // namespace mlc::sandbox
