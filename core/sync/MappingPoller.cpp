#include "MappingPoller.h"

#include "bc/BcApiClient.h"
#include "bc/BcEntityCatalogue.h"
#include "bc/BcRequest.h"
#include "common/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "store/Transaction.h"
#include "store/WatermarkStore.h"
#include "sync/OutboxPayload.h"
#include "sync/PollState.h"

#include <QJsonArray>

#include <algorithm>

namespace mlc {

namespace {

QStringList fieldsInUse(const Mapping& mapping)
{
    QStringList fields{mapping.itemName, BcEntityCatalogue::info(mapping.entity).nameField};
    for (const ColumnMapping& column : mapping.columns)
        fields.append(column.field);
    // The planner gives phone numbers their country (monday checks a number against it).
    if (BcEntityCatalogue::field(mapping.entity, QStringLiteral("country")))
        fields.append(QStringLiteral("country"));
    fields.removeDuplicates();
    return fields;
}

} // namespace

MappingPoller::MappingPoller(Database& database, BcApiClient& bc, Mapping mapping, RecordPlanner planner,
                             Settings settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_mapping(std::move(mapping))
    , m_planner(std::move(planner))
    , m_settings(settings)
    , m_outbox(std::make_unique<Outbox>(database))
    , m_links(std::make_unique<LinkStore>(database))
    , m_audit(std::make_unique<AuditLog>(database))
    , m_watermarks(std::make_unique<WatermarkStore>(database))
{}

MappingPoller::~MappingPoller() = default;

void MappingPoller::start()
{
    m_summary = PollSummary();
    m_stoppedEarly = false;
    QString error;
    const QString entity = BcEntities::toString(m_mapping.entity);
    const std::optional<Watermark> watermark = m_watermarks->load(entity, m_mapping.boardId, &error);
    if (!error.isEmpty()) {
        Q_EMIT failed(error, SyncFailure::LocalState);
        return;
    }
    BcDeltaCursor cursor;
    m_deferred.clear();
    m_stored = PollState();
    m_failedPlans.clear();
    m_deferredThisPass.clear();
    if (watermark) {
        const PollState state = PollState::fromJson(watermark->deltaCursor);
        if (const std::optional<BcDeltaCursor> stored = BcDeltaCursor::fromJson(state.cursor))
            cursor = *stored;
        m_deferred = state.deferred;
        m_failedPlans = state.failedPlans;
        m_stored = state;
    }
    if (m_reader)
        m_reader->deleteLater();
    m_reader = new BcDeltaReader(m_bc, m_mapping.entity, cursor,
                                 {m_settings.overlap, m_settings.pageSize, fieldsInUse(m_mapping)}, this);
    connect(m_reader, &BcDeltaReader::pageRead, this, &MappingPoller::onPage);
    connect(m_reader, &BcDeltaReader::failed, this,
            [this](const BcError& bcError) { Q_EMIT failed(bcError.summary(), syncFailureOf(bcError)); });
    connect(m_reader, &BcDeltaReader::recordRejected, this,
            [this](const QString& reason, const QJsonObject&) {
                AuditEntry entry;
                entry.entity = BcEntities::toString(m_mapping.entity);
                entry.boardId = m_mapping.boardId;
                entry.event = AuditEvent::Rejected;
                entry.error = reason;
                QString appendError;
                if (!m_audit->append(entry, &appendError))
                    Q_EMIT failed(appendError, SyncFailure::LocalState);
            });
    m_reader->readNextPage();
}

void MappingPoller::onPage(const QList<BcRecord>& records)
{
    ++m_summary.pages;
    QString error;
    if (!queuePage(records, &error)) {
        Q_EMIT failed(error, SyncFailure::LocalState);
        return;
    }
    Q_EMIT queued();
    if (!m_stoppedEarly && m_reader->hasMorePages())
        m_reader->readNextPage();
    else
        finish();
}

bool MappingPoller::queuePage(const QList<BcRecord>& records, QString* error)
{
    const PollSummary before = m_summary;
    const QSet<QString> deferredBefore = m_deferred;
    const QSet<QString> failedBefore = m_failedPlans;
    const auto restore = [&] {
        m_summary = before;
        m_deferred = deferredBefore;
        m_failedPlans = failedBefore;
    };
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    for (const BcRecord& record : records) {
        bool inFlight = false;
        if (!queueRecord(record, &inFlight, error))
            return false;
        if (inFlight) {
            // Nothing of this page is queued and the watermark stays: the next pass plans the page again,
            // against the link that write leaves behind.
            transaction.rollback();
            restore();
            m_stoppedEarly = true;
            return true;
        }
    }
    if (m_settings.dryRun) {
        transaction.rollback();
        m_deferred = deferredBefore;
        m_failedPlans = failedBefore;
        if (!m_reader->hasMorePages())
            m_summary.complete = true;
        return true;
    }
    if (!saveWatermark(m_reader->cursor(), error) || !transaction.commit(error)) {
        restore();
        return false;
    }
    if (!m_reader->hasMorePages())
        m_summary.complete = true;
    return true;
}

bool MappingPoller::queueRecord(const BcRecord& record, bool* inFlight, QString* error)
{
    const QString entity = BcEntities::toString(m_mapping.entity);
    ++m_summary.fetched;
    std::optional<Link> link = m_links->findByRecord(entity, m_mapping.boardId, record.id, error);
    if (!error->isEmpty())
        return false;
    const bool adopting = !link && m_adoptable.contains(record.id);
    if (adopting)
        link = m_adoptable.value(record.id);
    const RecordPlan plan = m_planner.plan(record, link);
    if (plan.action != RecordPlan::Action::Deferred)
        m_deferred.remove(record.id);
    if (plan.action != RecordPlan::Action::Failed)
        m_failedPlans.remove(record.id);
    AuditEntry fetched = entryFor(record, plan);
    fetched.event = AuditEvent::Fetched;
    if (!m_audit->append(fetched, error))
        return false;

    AuditEntry entry = entryFor(record, plan);
    switch (plan.action) {
    case RecordPlan::Action::Unchanged:
        ++m_summary.unchanged;
        if (adopting)
            return adoptUnchanged(record, plan, *link, error);
        entry.event = AuditEvent::Unchanged;
        break;
    case RecordPlan::Action::Deferred:
        m_deferred.insert(record.id);
        m_deferredThisPass.insert(record.id);
        ++m_summary.deferred;
        entry.event = AuditEvent::Deferred;
        entry.detail = plan.error;
        break;
    case RecordPlan::Action::Failed:
        ++m_summary.failed;
        m_failedPlans.insert(record.id);
        entry.event = AuditEvent::Failed;
        entry.error = plan.error;
        Q_EMIT planned(plan);
        break;
    case RecordPlan::Action::Create:
    case RecordPlan::Action::Update: {
        const OutboxRow row = OutboxPayload::rowFor(m_mapping, record, plan, link ? link->itemId : QString());
        std::optional<Outbox::Enqueued> enqueued = m_outbox->enqueue(row, error);
        if (!enqueued)
            return false;
        // This very create was done before, yet the record has no item now: the item was removed (by hand,
        // found by reconcile) or the record left BC and came back. The same key would make monday answer
        // with the old item; a key of its own for each removal, stable across re-plans, makes a new one.
        OutboxRow again = row;
        while (enqueued->outcome == Outbox::EnqueueOutcome::KeyAlreadyQueued && !link) {
            const std::optional<OutboxRow> earlier = m_outbox->row(enqueued->id, error);
            if (!earlier)
                return false;
            if (earlier->state != OutboxState::Done || earlier->operation != OutboxOperation::Create)
                break;
            again.idempotencyKey = OutboxPayload::recreationKey(again.idempotencyKey, earlier->id);
            enqueued = m_outbox->enqueue(again, error);
            if (!enqueued)
                return false;
        }
        if (enqueued->outcome == Outbox::EnqueueOutcome::RecordInFlight) {
            *inFlight = true;
            return true;
        }
        if (enqueued->outcome == Outbox::EnqueueOutcome::KeyAlreadyQueued)
            return true; // read again in the overlap: already planned, nothing new to say
        plan.action == RecordPlan::Action::Create ? ++m_summary.creates : ++m_summary.updates;
        Q_EMIT planned(plan);
        entry.event = AuditEvent::Planned;
        entry.outboxId = enqueued->id;
        entry.detail = RecordPlan::actionName(plan.action);
        for (auto it = plan.plannedValues.constBegin(); it != plan.plannedValues.constEnd(); ++it) {
            if (plan.action == RecordPlan::Action::Update && !plan.changedColumns.contains(it.key()))
                continue;
            entry.changes.insert(it.key(),
                                 AuditEntry::change(plan.previousValues.value(it.key()), it.value()));
        }
        break;
    }
    }
    return m_audit->append(entry, error).has_value();
}

void MappingPoller::setAdoptable(QHash<QString, Link> adoptable)
{
    m_adoptable = std::move(adoptable);
    m_adoptionRead = true;
}

// An item on the board that already shows what the record holds: it is linked, and nothing is written.
bool MappingPoller::adoptUnchanged(const BcRecord& record, const RecordPlan& plan, Link link, QString* error)
{
    link.bcNumber = plan.bcNumber;
    link.writtenValues = plan.plannedValues;
    link.bcEtag = record.etag;
    link.bcModifiedAt = record.lastModifiedUtc;
    AuditEntry entry = entryFor(record, plan);
    entry.itemId = link.itemId;
    entry.event = AuditEvent::Adopted;
    entry.detail = tr("The item was already on the board with these values.");
    return m_links->upsert(link, error) && m_audit->append(entry, error).has_value();
}

AuditEntry MappingPoller::entryFor(const BcRecord& record, const RecordPlan& plan) const
{
    AuditEntry entry;
    entry.entity = BcEntities::toString(m_mapping.entity);
    entry.boardId = m_mapping.boardId;
    entry.bcId = record.id;
    entry.bcNumber = plan.bcNumber;
    return entry;
}

void MappingPoller::finish()
{
    // Records deferred by an earlier pass are not in this one's delta unless they changed: their linked
    // record may have landed since, so each is read again and planned (DESIGN §3: never a lost change).
    m_recheck = QStringList(m_deferred.cbegin(), m_deferred.cend());
    m_recheck.erase(std::remove_if(m_recheck.begin(), m_recheck.end(),
                                   [this](const QString& id) { return m_deferredThisPass.contains(id); }),
                    m_recheck.end());
    std::sort(m_recheck.begin(), m_recheck.end());
    if (m_settings.dryRun || m_stoppedEarly)
        m_recheck.clear();
    recheckNext();
}

void MappingPoller::recheckNext()
{
    if (m_recheck.isEmpty()) {
        Q_EMIT finished(m_summary);
        return;
    }
    const QString id = m_recheck.takeFirst();
    BcQuery query;
    query.select = fieldsInUse(m_mapping);
    query.select.append({QStringLiteral("id"), QStringLiteral("lastModifiedDateTime")});
    BcRequest* request = m_bc.get(query.appliedTo(m_bc.recordUrl(m_mapping.entity, id)));
    connect(request, &BcRequest::succeeded, this, [this, id](const QJsonObject& body) {
        QString why;
        const std::optional<BcRecord> record = BcRecord::fromJson(body, &why);
        QString error;
        bool inFlight = false;
        Transaction transaction(m_database);
        if (!record || !transaction.begin(&error) || !queueRecord(*record, &inFlight, &error) || inFlight ||
            !saveWatermark(m_reader->cursor(), &error) || !transaction.commit(&error)) {
            if (!error.isEmpty()) {
                Q_EMIT failed(error, SyncFailure::LocalState);
                return;
            }
            m_deferred.insert(id); // not planned after all (its previous write is in flight): ask again later
        }
        recheckNext();
    });
    connect(request, &BcRequest::failed, this, [this, id](const BcError& bcError) {
        if (bcError.httpStatus != 404) { // BC unreachable now: the next pass tries again
            Q_EMIT finished(m_summary);
            return;
        }
        m_deferred.remove(id); // gone from BC: nothing left to link
        QString error;
        if (!saveWatermark(m_reader->cursor(), &error)) {
            Q_EMIT failed(error, SyncFailure::LocalState);
            return;
        }
        recheckNext();
    });
}

bool MappingPoller::saveWatermark(const BcDeltaCursor& cursor, QString* error)
{
    Watermark watermark;
    watermark.lastModified = cursor.watermark();
    PollState state = m_stored;
    state.cursor = cursor.toJson();
    state.deferred = m_deferred;
    state.failedPlans = m_failedPlans;
    // Every record was read with the board's items at hand: what is not adopted now never will be.
    state.adopted = state.adopted || (m_adoptionRead && !m_reader->hasMorePages());
    watermark.deltaCursor = state.toJson();
    watermark.lastPolledAt = m_database.clock().nowUtc();
    return m_watermarks->save(BcEntities::toString(m_mapping.entity), m_mapping.boardId, watermark, error);
}

} // namespace mlc
