#include "BoardWriter.h"

#include "common/Clock.h"
#include "monday/MondayItemLookup.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "store/Transaction.h"
#include "sync/OutboxPayload.h"

#include <QLoggingCategory>

namespace mlc {

namespace {

Q_LOGGING_CATEGORY(lcBoardWriter, "mlc.sync.writer")

// How long a failed lookup waits before the row is tried again; the lookup itself already retried.
constexpr qint64 kLookupRetrySeconds = 60;

AuditEvent eventFor(OutboxOperation operation)
{
    switch (operation) {
    case OutboxOperation::Create:
        return AuditEvent::Created;
    case OutboxOperation::Update:
        return AuditEvent::Updated;
    case OutboxOperation::Archive:
        return AuditEvent::Archived;
    case OutboxOperation::Delete:
        return AuditEvent::Deleted;
    }
    return AuditEvent::Updated;
}

AuditEntry entryFor(const OutboxRow& row)
{
    AuditEntry entry;
    entry.entity = row.entity;
    entry.boardId = row.boardId;
    entry.bcId = row.bcId;
    entry.bcNumber = row.bcNumber;
    entry.itemId = row.itemId;
    entry.outboxId = row.id;
    return entry;
}

} // namespace

BoardWriter::BoardWriter(Database& database, MondayClient& client, Clock& clock, Mapping mapping,
                         MondayWriteQueue::Settings settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_clock(clock)
    , m_mapping(std::move(mapping))
    , m_outbox(std::make_unique<Outbox>(database))
    , m_links(std::make_unique<LinkStore>(database))
    , m_audit(std::make_unique<AuditLog>(database))
    , m_queue(client, clock, m_mapping.boardId, settings)
{
    connect(&m_queue, &MondayWriteQueue::sending, this, &BoardWriter::onSending);
    connect(&m_queue, &MondayWriteQueue::attemptFailed, this, &BoardWriter::onAttemptFailed);
    connect(&m_queue, &MondayWriteQueue::settled, this, &BoardWriter::onSettled);
}

BoardWriter::~BoardWriter() = default;

bool BoardWriter::recoverInterrupted(QString* error)
{
    const std::optional<QList<OutboxRow>> rows = m_outbox->inFlightRows(error);
    if (!rows)
        return false;
    for (const OutboxRow& row : *rows) {
        if (row.boardId != m_mapping.boardId)
            continue;
        if (!m_outbox->scheduleRetry(row.id, m_clock.nowUtc(),
                                     tr("The connector stopped before monday.com answered this write."),
                                     QString(), row.requestId, error))
            return false;
    }
    return true;
}

void BoardWriter::wake()
{
    takeNext();
}

void BoardWriter::stopAfterCurrentWrite()
{
    m_draining = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            stopIfDraining(m_busy && m_queue.status().state == MondayWriteQueueStatus::State::Sending);
        },
        Qt::QueuedConnection);
}

// Stops when draining and no attempt is on its way; a row waiting in the queue stays pending in the outbox.
bool BoardWriter::stopIfDraining(bool attemptOnItsWay)
{
    if (!m_draining || m_stopped)
        return m_stopped;
    if (attemptOnItsWay)
        return false;
    m_stopped = true;
    Q_EMIT stopped();
    return true;
}

void BoardWriter::takeNext()
{
    if (stopIfDraining(m_busy) || m_stopped || m_busy)
        return;
    QString error;
    const std::optional<OutboxRow> row = m_outbox->nextDue(m_mapping.boardId, m_clock.nowUtc(), &error);
    if (!error.isEmpty()) {
        storeError(error);
        return;
    }
    if (!row) {
        if (const std::optional<QDateTime> next = m_outbox->nextTryAt(m_mapping.boardId)) {
            const quint64 generation = ++m_wakeGeneration;
            m_clock.callAt(*next, this, [this, generation] {
                if (generation == m_wakeGeneration)
                    takeNext();
            });
        }
        Q_EMIT idle();
        return;
    }
    m_busy = true;
    // An earlier attempt of this create may have landed: look before creating a second item.
    if (row->operation == OutboxOperation::Create && row->attempts > 0)
        lookUpBeforeCreate(*row);
    else
        send(*row);
}

void BoardWriter::send(const OutboxRow& row)
{
    QString error;
    const std::optional<MondayRequestBody> body = OutboxPayload::requestFor(row, &error);
    if (!body) {
        settleFailed(row, error, QStringLiteral("UnsupportedOperation"), QString());
        m_busy = false;
        takeNext();
        return;
    }
    m_queue.enqueue({row.id, row.idempotencyKey, *body});
}

void BoardWriter::lookUpBeforeCreate(const OutboxRow& row)
{
    if (m_lookup)
        m_lookup->deleteLater();
    m_lookup = new MondayItemLookup(m_client, m_clock, row.boardId, m_mapping.bcIdColumn, row.bcId, {},
                                    MondayRetrySettings(), this);
    connect(m_lookup, &MondayItemLookup::found, this,
            [this, row](const QList<MondayItem>& items) { onLookedUp(row, items); });
    connect(m_lookup, &MondayItemLookup::failed, this, [this, row](const MondayOutcome& outcome) {
        if (retryLater(row, outcome.summary())) {
            m_busy = false;
            takeNext();
        }
    });
    m_lookup->start();
}

void BoardWriter::onLookedUp(const OutboxRow& row, const QList<MondayItem>& items)
{
    bool stored = true;
    if (items.size() == 1) {
        // The unanswered create did land: link that item rather than make another.
        stored = (row.state == OutboxState::InFlight || m_outbox->markInFlight(row.id, nullptr)) &&
                 settleWritten(row, items.first().id, row.requestId, row.attempts, AuditEvent::Adopted,
                               tr("Found on the board by its BC id after a create that was not answered."));
    } else if (items.size() > 1) {
        stored = settleFailed(row,
                              tr("%n items on the board carry this BC id in column \"%1\"; delete the "
                                 "duplicates on monday.com, then replay this write.",
                                 nullptr, int(items.size()))
                                  .arg(m_mapping.bcIdColumn),
                              QStringLiteral("DuplicateItems"), row.requestId);
    } else {
        if (row.state == OutboxState::InFlight &&
            !m_outbox->scheduleRetry(row.id, m_clock.nowUtc(), row.lastError, row.lastErrorCode,
                                     row.requestId, nullptr)) {
            storeError(tr("Could not put write %1 back on the queue.").arg(row.id));
            return;
        }
        send(row);
        return;
    }
    if (!stored)
        return;
    m_busy = false;
    takeNext();
}

void BoardWriter::onSending(const MondayWrite& write, int attempt)
{
    Q_UNUSED(attempt)
    QString error;
    if (!m_outbox->markInFlight(write.outboxId, &error))
        storeError(error);
}

void BoardWriter::onAttemptFailed(const MondayWriteResult& result, const QDateTime& nextTryAt)
{
    const std::optional<OutboxRow> row = m_outbox->row(result.write.outboxId);
    if (!row)
        return;
    Transaction transaction(m_database);
    QString error;
    AuditEntry entry = entryFor(*row);
    entry.event = AuditEvent::Retried;
    entry.requestId = result.outcome.requestId;
    entry.attempt = result.attempts;
    entry.error = result.outcome.summary();
    entry.detail =
        tr("Trying again at %1 UTC.").arg(nextTryAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!transaction.begin(&error) ||
        !m_outbox->scheduleRetry(row->id, nextTryAt, result.outcome.message, result.outcome.code,
                                 result.outcome.requestId, &error) ||
        !m_audit->append(entry, &error) || !transaction.commit(&error)) {
        storeError(error);
        return;
    }
    stopIfDraining(false); // this attempt is over; the retry waits stored in the outbox
}

void BoardWriter::onSettled(const MondayWriteResult& result)
{
    QString error;
    const std::optional<OutboxRow> row = m_outbox->row(result.write.outboxId, &error);
    if (!row) {
        storeError(error);
        return;
    }
    bool stored = true;
    const QString requestId = result.outcome.requestId;
    switch (result.status) {
    case MondayWriteResult::Status::Written: {
        const QString itemId = row->operation == OutboxOperation::Create
                                   ? OutboxPayload::createdItemId(result.outcome.data)
                                   : row->itemId;
        if (itemId.isEmpty()) {
            stored = settleFailed(*row, tr("monday.com accepted the new item but did not say its id."),
                                  QStringLiteral("MalformedResponse"), requestId);
            break;
        }
        const QString detail =
            result.outcome.replayed
                ? tr("monday.com replayed the answer to an earlier attempt with the same key.")
                : QString();
        stored = settleWritten(*row, itemId, requestId, result.attempts, eventFor(row->operation), detail);
        break;
    }
    case MondayWriteResult::Status::Failed:
        // Archiving or deleting an item someone already removed by hand has the outcome it wanted.
        if (result.outcome.reason == MondayOutcome::Reason::NotFound &&
            result.outcome.code != QLatin1String("InvalidBoardIdException") &&
            (row->operation == OutboxOperation::Archive || row->operation == OutboxOperation::Delete)) {
            stored = settleWritten(*row, row->itemId, requestId, result.attempts, eventFor(row->operation),
                                   tr("The item was no longer on the board."));
            break;
        }
        stored = settleFailed(*row, result.outcome.summary(), result.outcome.code, requestId);
        break;
    case MondayWriteResult::Status::Unresolved:
        lookUpBeforeCreate(*row);
        return;
    }
    if (!stored)
        return;
    m_busy = false;
    takeNext();
}

bool BoardWriter::settleWritten(const OutboxRow& row, const QString& itemId, const QString& requestId,
                                int attempts, AuditEvent event, const QString& detail)
{
    Transaction transaction(m_database);
    QString error;
    if (!transaction.begin(&error)) {
        storeError(error);
        return false;
    }
    const std::optional<Link> previous = m_links->findByRecord(row.entity, row.boardId, row.bcId, &error);
    if (!error.isEmpty()) {
        storeError(error);
        return false;
    }
    // An update of an item no link named yet: an item found on the board by the first pass (BoardAdoption).
    if (event == AuditEvent::Updated && !previous)
        event = AuditEvent::Adopted;
    Link link = previous.value_or(Link());
    link.entity = row.entity;
    link.boardId = row.boardId;
    link.bcId = row.bcId;
    link.itemId = itemId;
    link.bcNumber = row.bcNumber;
    AuditEntry entry = entryFor(row);
    entry.itemId = itemId;
    entry.event = event;
    entry.requestId = requestId;
    entry.attempt = attempts;
    entry.detail = detail;
    for (auto it = row.plannedValues.constBegin(); it != row.plannedValues.constEnd(); ++it) {
        const QJsonValue old = previous ? previous->writtenValues.value(it.key()) : QJsonValue();
        if (old != it.value() && !(old.isUndefined() && it.value().isNull()))
            entry.changes.insert(it.key(),
                                 AuditEntry::change(old.isUndefined() ? QJsonValue() : old, it.value()));
        link.writtenValues.insert(it.key(), it.value());
    }
    const bool removed =
        row.operation == OutboxOperation::Archive || row.operation == OutboxOperation::Delete;
    const bool linked =
        removed ? m_links->remove(row.entity, row.boardId, row.bcId, &error) : m_links->upsert(link, &error);
    if (!m_outbox->markDone(row.id, requestId, &error) || !linked || !m_audit->append(entry, &error) ||
        !transaction.commit(&error)) {
        storeError(error);
        return false;
    }
    Q_EMIT settled(entry);
    return true;
}

bool BoardWriter::settleFailed(const OutboxRow& row, const QString& message, const QString& code,
                               const QString& requestId)
{
    Transaction transaction(m_database);
    QString error;
    AuditEntry entry = entryFor(row);
    entry.event = AuditEvent::Failed;
    entry.requestId = requestId;
    entry.attempt = row.attempts;
    entry.error = message;
    if (!transaction.begin(&error) || !m_outbox->markFailed(row.id, message, code, requestId, &error) ||
        !m_audit->append(entry, &error) || !transaction.commit(&error)) {
        storeError(error);
        return false;
    }
    qCInfo(lcBoardWriter, "Write %lld to board %s failed: %s", static_cast<long long>(row.id),
           qUtf8Printable(row.boardId), qUtf8Printable(message));
    Q_EMIT settled(entry);
    return true;
}

bool BoardWriter::retryLater(const OutboxRow& row, const QString& reason)
{
    const QDateTime at = m_clock.nowUtc().addSecs(kLookupRetrySeconds);
    QString error;
    if (row.state == OutboxState::InFlight &&
        !m_outbox->scheduleRetry(row.id, at, reason, QString(), row.requestId, &error)) {
        storeError(error);
        return false;
    }
    qCInfo(lcBoardWriter, "Board %s: could not look up write %lld before creating it: %s",
           qUtf8Printable(row.boardId), static_cast<long long>(row.id), qUtf8Printable(reason));
    return true;
}

void BoardWriter::storeError(const QString& error)
{
    m_stopped = true;
    qCCritical(lcBoardWriter, "Board %s: writes stopped: %s", qUtf8Printable(m_mapping.boardId),
               qUtf8Printable(error));
    Q_EMIT storeFailed(error);
}

} // namespace mlc
