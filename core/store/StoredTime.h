#pragma once

#include <QDateTime>
#include <QString>

namespace mlc {

// How the store writes times: ISO-8601 UTC with milliseconds ("2026-01-05T09:00:00.000Z"). The fixed width
// makes text order equal time order, so SQL can compare and sort the columns directly.
class StoredTime
{
public:
    static QString toText(const QDateTime& at);
    // An invalid QDateTime for text that is not a stored time.
    static QDateTime fromText(const QString& text);
};

} // namespace mlc
