#pragma once

#include <QString>

#include <optional>

namespace mlc {

// What happened to a record, as the audit trail names it. The wire names are stored in the audit table and
// shown by `ml-connector-cli audit --json`, so they never change once released.
enum class AuditEvent
{
    Fetched,   // read from BC
    Planned,   // a write was queued in the outbox
    Created,   // a new item on the board
    Updated,   // changed columns written
    Unchanged, // nothing to write
    Deferred,  // waits for something else first (a linked record not yet synced)
    Failed,    // the write failed; a permanent failure stays replayable
    Replayed,  // a failed write was queued again, or a record whose plan failed read again
    Archived,  // the record is gone in BC; its item archived
    Deleted,   // the record is gone in BC; its item deleted
    Adopted,   // an item already on the board was linked instead of creating a duplicate
    Rejected,  // malformed or unexpected input; nothing was written
    Retried,   // a transient failure; the same write is tried again later
    Drifted,   // a mapped column was changed on the board by hand, or the item removed; to be restored
    Unknown,   // only read back: a name this version does not know (never appended)
};

class AuditEvents
{
public:
    static QString wireName(AuditEvent event);
    // No value for a name this version does not know.
    static std::optional<AuditEvent> fromWireName(const QString& name);
};

} // namespace mlc
