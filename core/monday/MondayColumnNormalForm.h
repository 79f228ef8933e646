#pragma once

#include "monday/MondayColumn.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace mlc {

// One comparable form for a column's content, whether it comes from what the connector would write or from
// what monday reads back, so the planner can write only the columns that differ. Empty is always JSON null.
//   text, long_text: the string          numbers: the shortest '.'-decimal spelling ("1234.5")
//   status: the label text               date: "YYYY-MM-DD", or "YYYY-MM-DD HH:MM:SS" with a UTC time
//   dropdown: sorted array of labels     board_relation: sorted array of item ids (strings)
//   email: {"email", "text"}             link: {"url", "text"} — text falls back to the address
//   phone: the number without spaces or punctuation (monday fills in a country itself, so it is left out)
//   checkbox: true, or null when unchecked
class MondayColumnNormalForm
{
public:
    // The normal form of a value MondayColumnCodec::encode produced for `column`.
    static QJsonValue ofWrite(const MondayColumn& column, const QJsonValue& encoded);

    // The normal form of one `column_values` element monday returned for `column`. Reads the typed fragment
    // fields (StatusValue.label, DateValue.date, NumbersValue.number, ...) and the `value` JSON, never the
    // localised `text` except for plain text columns (monday.md §5.3).
    static QJsonValue ofReadBack(const MondayColumn& column, const QJsonObject& columnValue);

    // A number written locale-independently with the fewest digits that read back as the same double:
    // "1234.5", "42", "0.1". Never an exponent, which monday's numbers column does not take.
    static QString numberText(double number);

    // `text` as a number in numberText's form; none when it is not a plain decimal number.
    static std::optional<QString> normalNumber(const QString& text);
};

} // namespace mlc
