#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace mlc {

// lastModifiedDateTime as BC writes it, "2020-08-21T07:38:46.53Z": UTC with 0 to 7 fractional digits.
// Qt's ISO parser reads ".53" as 53 ms, not 530, so the fraction is read here.
namespace BcTimestamp {

std::optional<QDateTime> parse(const QString& text);
// The literal for $filter: unquoted, UTC, milliseconds and a trailing Z (spec §4.1).
QString filterLiteral(const QDateTime& utc);

} // namespace BcTimestamp

} // namespace mlc
