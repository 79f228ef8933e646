#include "DeletionSweep.h"

#include "bc/BcApiClient.h"
#include "bc/BcCollectionReader.h"
#include "store/AuditLog.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "store/Transaction.h"
#include "sync/OutboxPayload.h"

namespace mlc {

DeletionSweep::DeletionSweep(Database& database, BcApiClient& bc, Mapping mapping, Settings settings,
                             QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_mapping(std::move(mapping))
    , m_settings(settings)
    , m_links(std::make_unique<LinkStore>(database))
    , m_outbox(std::make_unique<Outbox>(database))
    , m_audit(std::make_unique<AuditLog>(database))
{}

DeletionSweep::~DeletionSweep() = default;

void DeletionSweep::start()
{
    m_inBc.clear();
    m_summary = Summary();
    // A mapping without items (its first pass) has nothing to remove: no need to read BC.
    QString error;
    const std::optional<qint64> linked =
        m_links->countOnBoard(BcEntities::toString(m_mapping.entity), m_mapping.boardId, &error);
    if (!linked || *linked == 0) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (error.isEmpty())
                    Q_EMIT finished(m_summary);
                else
                    Q_EMIT failed(error, SyncFailure::LocalState);
            },
            Qt::QueuedConnection);
        return;
    }
    BcQuery query;
    query.select = {QStringLiteral("id")};
    if (m_reader)
        m_reader->deleteLater();
    m_reader = new BcCollectionReader(m_bc, query.appliedTo(m_bc.collectionUrl(m_mapping.entity)),
                                      BcCollectionReader::kMaxPageSize, this);
    connect(m_reader, &BcCollectionReader::pageRead, this, &DeletionSweep::onIds);
    connect(m_reader, &BcCollectionReader::failed, this, [this](const BcError& bcError) {
        Q_EMIT failed(tr("Could not read the ids of %1 to find deleted records: %2")
                          .arg(BcEntities::toString(m_mapping.entity), bcError.summary()),
                      syncFailureOf(bcError));
    });
    m_reader->readNextPage();
}

void DeletionSweep::onIds(const QList<BcRecord>& records)
{
    for (const BcRecord& record : records)
        m_inBc.insert(record.id);
    m_summary.idsRead += int(records.size());
    if (m_reader->hasMorePages()) {
        m_reader->readNextPage();
        return;
    }
    QString error;
    if (!queueRemovals(&error)) {
        Q_EMIT failed(error, error.startsWith(tr("Nothing was removed")) ? SyncFailure::Mapping
                                                                         : SyncFailure::LocalState);
        return;
    }
    if (m_summary.queued > 0)
        Q_EMIT queued();
    Q_EMIT finished(m_summary);
}

// One transaction for the whole mapping: the guard decides on all removals or none.
bool DeletionSweep::queueRemovals(QString* error)
{
    const QString entity = BcEntities::toString(m_mapping.entity);
    QList<LinkIds> gone;
    qint64 linked = 0;
    const bool read = m_links->forEachOnBoard(
        entity, m_mapping.boardId,
        [&](const LinkIds& ids) {
            ++linked;
            if (!m_inBc.contains(ids.bcId))
                gone.append(ids);
        },
        error);
    if (!read)
        return false;
    if (gone.size() > m_settings.alwaysAllowed && gone.size() > linked * m_settings.maxRemovedShare) {
        *error = tr("Nothing was removed from board %1: %2 of its %3 items are no longer among the %4 %5 "
                    "Business Central returned. That looks like the wrong company or a missing permission "
                    "rather than deletions; check the profile and the app's permissions in BC.")
                     .arg(m_mapping.boardId)
                     .arg(gone.size())
                     .arg(linked)
                     .arg(m_summary.idsRead)
                     .arg(entity);
        return false;
    }
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    for (const LinkIds& ids : gone) {
        if (!removeLink(ids.bcId, ids.itemId, error))
            return false;
    }
    return transaction.commit(error);
}

bool DeletionSweep::removeLink(const QString& bcId, const QString& itemId, QString* error)
{
    const QString entity = BcEntities::toString(m_mapping.entity);
    const std::optional<Link> link = m_links->findByRecord(entity, m_mapping.boardId, bcId, error);
    if (!error->isEmpty())
        return false;
    AuditEntry entry;
    entry.entity = entity;
    entry.boardId = m_mapping.boardId;
    entry.bcId = bcId;
    entry.bcNumber = link ? link->bcNumber : QString();
    entry.itemId = itemId;
    if (m_mapping.onDelete == OnDelete::Keep) {
        entry.event = AuditEvent::Deleted;
        entry.detail = reason() + QLatin1Char(' ') + tr("The item stays on the board (onDelete: keep).");
        ++m_summary.kept;
        return m_links->remove(entity, m_mapping.boardId, bcId, error) &&
               m_audit->append(entry, error).has_value();
    }
    const OutboxRow row =
        OutboxPayload::removalRowFor(m_mapping, bcId, entry.bcNumber, itemId, m_mapping.onDelete);
    const std::optional<Outbox::Enqueued> enqueued = m_outbox->enqueue(row, error);
    if (!enqueued)
        return false;
    if (enqueued->outcome == Outbox::EnqueueOutcome::KeyAlreadyQueued ||
        enqueued->outcome == Outbox::EnqueueOutcome::RecordInFlight)
        return true; // already on its way out, or a write in flight: the next sweep sees it again
    entry.event = AuditEvent::Planned;
    entry.outboxId = enqueued->id;
    entry.detail = OutboxRow::operationName(row.operation) + QStringLiteral(": ") + reason();
    ++m_summary.queued;
    return m_audit->append(entry, error).has_value();
}

QString DeletionSweep::reason() const
{
    if (m_mapping.entity == BcEntity::PurchaseOrders || m_mapping.entity == BcEntity::SalesOrders)
        return tr("No longer among Business Central's orders: deleted, or completed (received or shipped "
                  "and invoiced), which BC does not tell apart.");
    return tr("No longer in Business Central: deleted there.");
}

} // namespace mlc
