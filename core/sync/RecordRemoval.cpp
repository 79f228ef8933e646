#include "RecordRemoval.h"

#include "store/AuditLog.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "sync/OutboxPayload.h"

namespace mlc {

RecordRemoval::RecordRemoval(Database& database, Mapping mapping)
    : m_mapping(std::move(mapping))
    , m_links(std::make_unique<LinkStore>(database))
    , m_outbox(std::make_unique<Outbox>(database))
    , m_audit(std::make_unique<AuditLog>(database))
{}

RecordRemoval::~RecordRemoval() = default;

std::optional<RecordRemoval::Outcome> RecordRemoval::remove(const QString& bcId, QString* error)
{
    const QString entity = BcEntities::toString(m_mapping.entity);
    QString readError;
    const std::optional<Link> link = m_links->findByRecord(entity, m_mapping.boardId, bcId, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    if (!link)
        return Outcome::Nothing;
    AuditEntry entry;
    entry.entity = entity;
    entry.boardId = m_mapping.boardId;
    entry.bcId = bcId;
    entry.bcNumber = link->bcNumber;
    entry.itemId = link->itemId;
    if (m_mapping.onDelete == OnDelete::Keep) {
        entry.event = AuditEvent::Deleted;
        entry.detail = reason() + QLatin1Char(' ') + tr("The item stays on the board (onDelete: keep).");
        if (!m_links->remove(entity, m_mapping.boardId, bcId, error) || !m_audit->append(entry, error))
            return std::nullopt;
        return Outcome::Kept;
    }
    const OutboxRow row =
        OutboxPayload::removalRowFor(m_mapping, bcId, link->bcNumber, link->itemId, m_mapping.onDelete);
    const std::optional<Outbox::Enqueued> enqueued = m_outbox->enqueue(row, error);
    if (!enqueued)
        return std::nullopt;
    if (enqueued->outcome == Outbox::EnqueueOutcome::KeyAlreadyQueued ||
        enqueued->outcome == Outbox::EnqueueOutcome::RecordInFlight)
        return Outcome::Nothing;
    entry.event = AuditEvent::Planned;
    entry.outboxId = enqueued->id;
    entry.detail = OutboxRow::operationName(row.operation) + QStringLiteral(": ") + reason();
    if (!m_audit->append(entry, error))
        return std::nullopt;
    return Outcome::Queued;
}

QString RecordRemoval::reason() const
{
    if (m_mapping.entity == BcEntity::PurchaseOrders || m_mapping.entity == BcEntity::SalesOrders)
        return tr("No longer among Business Central's orders: deleted, or completed (received or shipped "
                  "and invoiced), which BC does not tell apart.");
    return tr("No longer in Business Central: deleted there.");
}

} // namespace mlc
