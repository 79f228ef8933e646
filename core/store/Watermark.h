#pragma once

#include <QDateTime>
#include <QJsonObject>

namespace mlc {

// How far the delta poll of one mapping (entity, board) has got. Saved in the queue Transaction together with
// the outbox rows of the records it passed (DESIGN §3), so it never gets ahead of what is queued.
struct Watermark
{
    QDateTime lastModified; // BC's lastModifiedDateTime high-water mark; invalid until the first full pass
    // The BC delta reader's own cursor (watermark plus the versions it already delivered near it). Opaque
    // to the store; an empty object is stored as NULL.
    QJsonObject deltaCursor;
    QDateTime lastPolledAt;
    QDateTime updatedAt; // set by the store
};

} // namespace mlc
