#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

// What the caller (core/sync) hands the codec for one mapped column of one BC record. core/monday knows
// nothing about BC, so whatever needs BC knowledge is decided by the caller and passed in ready-made:
// the decoded enum text, the label from the mapping's `values` map, the linked items' monday ids.
struct MondayColumnInput
{
    // The BC field's value as it arrived on the wire: a string (text, GUID, encoded enum member such as
    // "In_x0020_Review", date "YYYY-MM-DD" with "0001-01-01" for no date), a number, a boolean or null.
    // numbers, date and checkbox columns read this value.
    QJsonValue bcValue;

    // The value as people should read it, for text-like columns (text, long_text, email, phone, link) and
    // for status/dropdown when no label was mapped: for an enum the decoded member ("In Review"). Left null,
    // the codec takes a string bcValue as it is and writes a number or boolean in its JSON spelling.
    QString text;

    // The label the mapping's `values` map gives for bcValue, when it has an entry; status and dropdown
    // columns write it in place of `text`.
    std::optional<QString> mappedLabel;

    // board_relation columns: the monday item ids the BC value links to, already resolved by the caller.
    // Empty clears the column.
    QStringList linkedItemIds;

    // phone columns: the number's ISO 3166-1 alpha-2 country ("US"), when the caller knows it.
    QString phoneCountry;

    // status/dropdown columns: write a missing label (monday creates it, which needs board-structure
    // permission) instead of failing the record.
    bool createLabelsIfMissing = false;
};

} // namespace mlc
