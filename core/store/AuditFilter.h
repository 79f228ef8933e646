#pragma once

#include "store/AuditEvent.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mlc {

// Which audit entries to read, newest first. Empty fields do not filter. Paging goes by id, not by offset,
// so a page stays right while the engine keeps appending: pass the last id of one page as beforeId of the
// next.
struct AuditFilter
{
    static constexpr int defaultLimit = 200;
    static constexpr int maximumLimit = 10000;

    QString entity;
    QString boardId;
    std::optional<AuditEvent> event;
    QString record; // a BC id or a BC number (document number, vendor number, ...)
    QString itemId;
    QString text;    // a BC id, a BC number or a monday item id: the audit browser's one search box
    QDateTime since; // inclusive
    QDateTime until; // exclusive
    qint64 beforeId = 0;
    qint64 afterId = 0;       // only entries newer than this one: what a live view adds at its top
    int limit = defaultLimit; // clamped to 1..maximumLimit
};

} // namespace mlc
