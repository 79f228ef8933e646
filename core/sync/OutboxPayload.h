#pragma once

#include "monday/MondayRequestBody.h"
#include "store/OutboxRow.h"
#include "sync/Mapping.h"
#include "sync/RecordPlan.h"

#include <QCoreApplication>

namespace mlc {

struct BcRecord;

// The bridge between a plan and the outbox, and between an outbox row and monday: what a planned write
// stores (payload, planned values, its idempotency key) and the GraphQL request an attempt sends. Kept in
// one place so the stored shape is written and read by the same code.
//
// payload: {"itemName": "...", "groupId": "...", "columnValues": {...}, "createLabels": true}
class OutboxPayload
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPayload)

public:
    // A Create or Update plan as an outbox row. `itemId` is the linked item of an update.
    static OutboxRow rowFor(const Mapping& mapping, const BcRecord& record, const RecordPlan& plan,
                            const QString& itemId);

    // The archive or delete (per `onDelete`) of a linked item whose record left BC. Its key names the item,
    // so a record that comes back and leaves again gets a new key with its new item.
    static OutboxRow removalRowFor(const Mapping& mapping, const QString& bcId, const QString& bcNumber,
                                   const QString& itemId, OnDelete onDelete);

    // The key of one planned write (DESIGN §3): the same plan of the same record version gives the same key,
    // so a record read twice (the poll's overlap) is queued once and a retry is replayed by monday, while a
    // later version with the same values still gets a key of its own.
    static QString idempotencyKey(const Mapping& mapping, const BcRecord& record, const RecordPlan& plan);

    // The key of a create planned again after the item `doneRowId` created was removed: its own, and the
    // same each time that removal is planned for.
    static QString recreationKey(const QString& key, qint64 doneRowId);

    // The request of one attempt; nullopt (with *error) for a row this version cannot send.
    static std::optional<MondayRequestBody> requestFor(const OutboxRow& row, QString* error);

    // The item a create_item answer names; empty when the answer has none.
    static QString createdItemId(const QJsonObject& data);
};

} // namespace mlc
