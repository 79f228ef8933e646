#include "FailedWriteReplay.h"

#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Transaction.h"
#include "sync/PollState.h"

namespace mlc {

FailedWriteReplay::FailedWriteReplay(Database& database, QList<Mapping> mappings)
    : m_database(database)
    , m_mappings(std::move(mappings))
    , m_outbox(std::make_unique<Outbox>(database))
    , m_audit(std::make_unique<AuditLog>(database))
{}

FailedWriteReplay::~FailedWriteReplay() = default;

std::nullopt_t FailedWriteReplay::refuse(QString* error, const QString& message)
{
    m_refused = true;
    *error = message;
    return std::nullopt;
}

std::optional<FailedWriteReplay::Outcome> FailedWriteReplay::replayAll(QString* error)
{
    m_refused = false;
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    const std::optional<QList<OutboxRow>> failed = m_outbox->replayableFailedRows(error);
    if (!failed)
        return std::nullopt;
    Outcome outcome;
    for (const OutboxRow& row : *failed) {
        // A write of a mapping no longer in the profile has no writer to send it: it stays failed.
        if (isMapped(row.entity, row.boardId) && !replayWrite(row, &outcome, error))
            return std::nullopt;
    }
    for (const Mapping& mapping : std::as_const(m_mappings)) {
        if (!askAgain(BcEntities::toString(mapping.entity), mapping.boardId, QString(), &outcome, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return outcome;
}

std::optional<FailedWriteReplay::Outcome> FailedWriteReplay::replayEntry(qint64 auditId, QString* error)
{
    m_refused = false;
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return std::nullopt;
    QString readError;
    const std::optional<AuditEntry> entry = m_audit->entry(auditId, &readError);
    if (!entry && !readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    if (!entry)
        return refuse(error, tr("There is no audit entry %1.").arg(auditId));
    if (entry->event != AuditEvent::Failed) {
        return refuse(error,
                      tr("Audit entry %1 is \"%2\", not a failed write; only failed ones can be replayed.")
                          .arg(auditId)
                          .arg(AuditEvents::wireName(entry->event)));
    }
    if (!isMapped(entry->entity, entry->boardId)) {
        return refuse(error, tr("Audit entry %1 belongs to %2 on board %3, which the profile no longer maps.")
                                 .arg(auditId)
                                 .arg(entry->entity, entry->boardId));
    }
    Outcome outcome;
    if (entry->outboxId > 0) {
        const std::optional<OutboxRow> row = m_outbox->row(entry->outboxId, error);
        if (!row || !replayWrite(*row, &outcome, error))
            return std::nullopt;
    } else {
        if (!askAgain(entry->entity, entry->boardId, entry->bcId, &outcome, error))
            return std::nullopt;
        if (outcome.records == 0) {
            return refuse(error,
                          tr("%1 %2 of audit entry %3 is no longer failed: it was replayed or written since.")
                              .arg(entry->entity, entry->bcNumber.isEmpty() ? entry->bcId : entry->bcNumber)
                              .arg(auditId));
        }
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return outcome;
}

bool FailedWriteReplay::replayWrite(const OutboxRow& row, Outcome* outcome, QString* error)
{
    if (!m_outbox->replay(row.id, error, &m_refused))
        return false;
    AuditEntry entry;
    entry.entity = row.entity;
    entry.boardId = row.boardId;
    entry.bcId = row.bcId;
    entry.bcNumber = row.bcNumber;
    entry.itemId = row.itemId;
    entry.event = AuditEvent::Replayed;
    entry.outboxId = row.id;
    entry.attempt = row.attempts;
    entry.detail = tr("%1 back on the queue with its key, after: %2")
                       .arg(OutboxRow::operationName(row.operation), row.lastError);
    if (!m_audit->append(entry, error))
        return false;
    ++outcome->writes;
    outcome->boardIds.insert(row.boardId);
    return true;
}

bool FailedWriteReplay::askAgain(const QString& entity, const QString& boardId, const QString& bcId,
                                 Outcome* outcome, QString* error)
{
    const std::optional<QStringList> ids = PollState::askAgain(m_database, entity, boardId, bcId, error);
    if (!ids)
        return false;
    for (const QString& id : *ids) {
        AuditEntry entry;
        entry.entity = entity;
        entry.boardId = boardId;
        entry.bcId = id;
        entry.event = AuditEvent::Replayed;
        entry.detail = tr("read again from Business Central and planned by the next pass");
        if (!m_audit->append(entry, error))
            return false;
        ++outcome->records;
        outcome->boardIds.insert(boardId);
    }
    return true;
}

bool FailedWriteReplay::isMapped(const QString& entity, const QString& boardId) const
{
    for (const Mapping& mapping : m_mappings) {
        if (BcEntities::toString(mapping.entity) == entity && mapping.boardId == boardId)
            return true;
    }
    return false;
}

} // namespace mlc
