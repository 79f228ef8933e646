#include "SyncPass.h"

#include "bc/BcApiClient.h"
#include "common/Clock.h"
#include "monday/MondayBoardStructure.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayQuery.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "sync/BoardAdoption.h"
#include "sync/BoardWriter.h"
#include "sync/PollState.h"
#include "sync/RecordPlanner.h"

namespace mlc {

SyncPass::SyncPass(Database& database, BcApiClient& bc, MondayClient& monday, Clock& clock,
                   QList<Mapping> mappings, Settings settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_monday(monday)
    , m_clock(clock)
    , m_mappings(inLinkOrder(std::move(mappings)))
    , m_settings(settings)
    , m_links(std::make_unique<LinkStore>(database))
    , m_outbox(std::make_unique<Outbox>(database))
{}

SyncPass::~SyncPass() = default;

QList<Mapping> SyncPass::inLinkOrder(QList<Mapping> mappings)
{
    // Few mappings (one per entity): repeatedly take one whose linked-to entities are already placed, or
    // that links to no mapped entity. A cycle cannot be placed in order; its mappings keep profile order.
    QList<Mapping> ordered;
    QSet<BcEntity> placed;
    QSet<BcEntity> mapped;
    for (const Mapping& mapping : mappings)
        mapped.insert(mapping.entity);
    while (!mappings.isEmpty()) {
        qsizetype ready = -1;
        for (qsizetype i = 0; i < mappings.size() && ready < 0; ++i) {
            bool waits = false;
            for (const ColumnMapping& column : mappings.at(i).columns)
                waits =
                    waits || (column.linkTo && mapped.contains(*column.linkTo) &&
                              !placed.contains(*column.linkTo) && *column.linkTo != mappings.at(i).entity);
            if (!waits)
                ready = i;
        }
        if (ready < 0)
            ready = 0;
        placed.insert(mappings.at(ready).entity);
        ordered.append(mappings.takeAt(ready));
    }
    return ordered;
}

void SyncPass::start()
{
    m_stopping = false;
    m_current = -1;
    m_results.clear();
    // Queued, so finished() never comes before start() returned, even with nothing to do.
    QMetaObject::invokeMethod(this, &SyncPass::nextMapping, Qt::QueuedConnection);
}

QList<SyncPass::MappingResult> SyncPass::resultsSoFar() const
{
    QList<MappingResult> results = m_results;
    if (m_current >= 0 && m_current < m_mappings.size() && m_results.size() <= m_current)
        results.append(m_result);
    return results;
}

std::optional<Mapping> SyncPass::currentMapping() const
{
    if (m_current < 0 || m_current >= m_mappings.size())
        return std::nullopt;
    return m_mappings.at(m_current);
}

std::optional<MondayWriteQueueStatus> SyncPass::writeQueueStatus() const
{
    if (!m_writer)
        return std::nullopt;
    return m_writer->queue().status();
}

void SyncPass::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    const QList<QObject*> readers{m_structureQuery.data(), m_adoption.data(), m_drift.data(), m_poller.data(),
                                  m_sweep.data()};
    for (QObject* reader : readers) {
        if (reader) {
            reader->disconnect(this);
            reader->deleteLater();
        }
    }
    if (!m_writer) {
        QMetaObject::invokeMethod(this, &SyncPass::finishStopped, Qt::QueuedConnection);
        return;
    }
    // The writer stays connected: the write it lets finish is still counted.
    connect(m_writer, &BoardWriter::stopped, this, &SyncPass::finishStopped);
    connect(m_writer, &BoardWriter::storeFailed, this, &SyncPass::finishStopped);
    m_writer->stopAfterCurrentWrite();
}

void SyncPass::finishStopped()
{
    if (m_writer)
        m_writer->disconnect(this); // stopped() and a storeFailed() both end up here: answer once
    if (m_current >= 0 && m_current < m_mappings.size() && m_results.size() == m_current) {
        m_result.error = tr("Stopped before this mapping was done; the next pass goes on from here.");
        m_results.append(m_result);
    }
    m_current = int(m_mappings.size());
    Q_EMIT finished(false);
}

void SyncPass::nextMapping()
{
    if (m_stopping)
        return;
    ++m_current;
    if (m_current >= m_mappings.size()) {
        bool ok = true;
        for (const MappingResult& result : m_results)
            ok = ok && result.error.isEmpty();
        Q_EMIT finished(ok);
        return;
    }
    m_result = MappingResult();
    m_result.mapping = m_mappings.at(m_current);
    m_polled = false;
    m_sweepError.clear();
    m_sweepFailure = SyncFailure::None;
    if (m_writer) {
        m_writer->disconnect(this);
        m_writer->deleteLater();
        m_writer.clear();
    }
    if (m_structureQuery)
        m_structureQuery->deleteLater();
    m_structureQuery = new MondayQuery(
        m_monday, m_clock, MondayDocuments::boardStructureRequest({m_result.mapping.boardId}), {}, this);
    connect(m_structureQuery, &MondayQuery::finished, this, &SyncPass::onStructure);
    m_structureQuery->start();
}

void SyncPass::onStructure(const MondayOutcome& outcome)
{
    const Mapping& mapping = m_result.mapping;
    if (outcome.kind != MondayOutcome::Kind::Done) {
        const bool unreachable =
            outcome.kind == MondayOutcome::Kind::Terminal || outcome.kind == MondayOutcome::Kind::Retry;
        endMapping(tr("Could not read board %1: %2").arg(mapping.boardId, outcome.summary()),
                   unreachable ? SyncFailure::Unreachable : SyncFailure::Other);
        return;
    }
    const QList<MondayBoardStructure> boards = MondayBoardStructure::listFromData(outcome.data);
    if (boards.isEmpty()) {
        endMapping(
            tr("Board %1 was not found, or the monday.com token has no access to it.").arg(mapping.boardId),
            SyncFailure::Mapping);
        return;
    }
    RecordPlanner planner(mapping, boards.first(),
                          [this](BcEntity entity, const QString& bcId) { return linkedItem(entity, bcId); });

    if (m_settings.polling.dryRun) {
        adoptOrPoll(planner);
        return;
    }
    m_writer = new BoardWriter(m_database, m_monday, m_clock, mapping, m_settings.writes, this);
    connect(m_writer, &BoardWriter::settled, this, [this](const AuditEntry& entry) { count(entry.event); });
    connect(m_writer, &BoardWriter::idle, this, &SyncPass::onWriterIdle);
    connect(m_writer, &BoardWriter::storeFailed, this,
            [this](const QString& error) { endMapping(error, SyncFailure::LocalState); });
    QString error;
    if (!m_writer->recoverInterrupted(&error)) {
        endMapping(error, SyncFailure::LocalState);
        return;
    }
    if (m_settings.reconcile)
        checkDrift(planner);
    else
        adoptOrPoll(planner);
}

void SyncPass::checkDrift(const RecordPlanner& planner)
{
    if (m_drift)
        m_drift->deleteLater();
    m_drift = new DriftCheck(m_database, m_monday, m_clock, m_result.mapping, planner.board(), this);
    connect(m_drift, &DriftCheck::finished, this, [this, planner](const DriftCheck::Summary& summary) {
        m_result.drift = summary;
        adoptOrPoll(planner);
    });
    connect(m_drift, &DriftCheck::failed, this, &SyncPass::endMapping);
    m_drift->start();
}

// Until a complete pass has adopted the board's items, each pass reads them first (DESIGN §3).
void SyncPass::adoptOrPoll(const RecordPlanner& planner)
{
    QString error;
    const std::optional<PollState> state = PollState::load(
        m_database, BcEntities::toString(m_result.mapping.entity), m_result.mapping.boardId, &error);
    if (!state) {
        endMapping(error, SyncFailure::LocalState);
        return;
    }
    if (state->adopted) {
        startPoller(planner, false);
        return;
    }
    if (m_adoption)
        m_adoption->deleteLater();
    m_adoption = new BoardAdoption(m_monday, m_clock, m_result.mapping, planner.board(), this);
    connect(
        m_adoption, &BoardAdoption::finished, this,
        [this, planner](const QHash<QString, Link>& adoptable) { startPoller(planner, true, adoptable); });
    connect(m_adoption, &BoardAdoption::failed, this, [this](const MondayOutcome& outcome) {
        endMapping(tr("Could not read the items already on board %1: %2")
                       .arg(m_result.mapping.boardId, outcome.summary()),
                   outcome.kind == MondayOutcome::Kind::Permanent ? SyncFailure::Other
                                                                  : SyncFailure::Unreachable);
    });
    m_adoption->start();
}

void SyncPass::startPoller(const RecordPlanner& planner, bool adopting, QHash<QString, Link> adoptable)
{
    if (m_poller)
        m_poller->deleteLater();
    m_poller = new MappingPoller(m_database, m_bc, m_result.mapping, planner, m_settings.polling, this);
    if (adopting)
        m_poller->setAdoptable(std::move(adoptable));
    if (m_writer)
        connect(m_poller, &MappingPoller::queued, m_writer, &BoardWriter::wake);
    connect(m_poller, &MappingPoller::planned, this,
            [this](const RecordPlan& plan) { Q_EMIT planned(m_result.mapping, plan); });
    connect(m_poller, &MappingPoller::finished, this, &SyncPass::onPolled);
    connect(m_poller, &MappingPoller::failed, this,
            [this](const QString& pollError, SyncFailure failure) { endMapping(pollError, failure); });
    m_poller->start();
}

void SyncPass::onPolled(const PollSummary& summary)
{
    m_result.poll = summary;
    if (!m_writer) { // a dry run writes nothing
        endMapping(QString(), SyncFailure::None);
        return;
    }
    QString error;
    const bool due = sweepDue(&error);
    if (!error.isEmpty()) {
        endMapping(error, SyncFailure::LocalState);
        return;
    }
    m_writer->wake(); // also writes what an earlier run left pending
    if (due)
        startSweep();
    else
        readingDone();
}

bool SyncPass::sweepDue(QString* error) const
{
    const std::optional<PollState> state = PollState::load(
        m_database, BcEntities::toString(m_result.mapping.entity), m_result.mapping.boardId, error);
    if (!state)
        return false;
    return m_settings.reconcile || !state->sweptAt.isValid() ||
           state->sweptAt.addSecs(m_settings.deletionSweepInterval.count()) <= m_clock.nowUtc();
}

void SyncPass::startSweep()
{
    if (m_sweep)
        m_sweep->deleteLater();
    m_sweep = new DeletionSweep(m_database, m_bc, m_result.mapping, m_settings.deletions, this);
    connect(m_sweep, &DeletionSweep::queued, m_writer, &BoardWriter::wake);
    connect(m_sweep, &DeletionSweep::finished, this, &SyncPass::onSwept);
    connect(m_sweep, &DeletionSweep::failed, this, [this](const QString& error, SyncFailure failure) {
        m_sweepError = error;
        m_sweepFailure = failure;
        readingDone();
    });
    m_sweep->start();
}

void SyncPass::onSwept(const DeletionSweep::Summary& summary)
{
    m_result.sweep = summary;
    const QDateTime now = m_clock.nowUtc();
    QString error;
    if (!PollState::update(
            m_database, BcEntities::toString(m_result.mapping.entity), m_result.mapping.boardId,
            [now](PollState& state) { state.sweptAt = now; }, &error)) {
        m_sweepError = error;
        m_sweepFailure = SyncFailure::LocalState;
    }
    readingDone();
}

// Polled (and swept): from now on an idle writer means the board is written.
void SyncPass::readingDone()
{
    m_polled = true;
    onWriterIdle();
}

// The writer has nothing due now. Once the poll is done and nothing is pending at all (no write waiting
// for a retry time), this board is written.
void SyncPass::onWriterIdle()
{
    if (!m_polled || !m_writer->isIdle())
        return;
    QString error;
    const std::optional<QDateTime> next = m_outbox->nextTryAt(m_result.mapping.boardId, &error);
    if (!error.isEmpty()) {
        endMapping(error, SyncFailure::LocalState);
        return;
    }
    if (!next)
        endMapping(m_sweepError, m_sweepFailure);
}

void SyncPass::endMapping(const QString& error, SyncFailure failure)
{
    if (m_current < 0 || m_current >= m_mappings.size() || m_results.size() > m_current)
        return; // already ended (a late signal)
    m_result.error = error;
    m_result.failure = failure;
    m_results.append(m_result);
    if (m_poller)
        m_poller->disconnect(this);
    if (m_writer)
        m_writer->disconnect(this);
    Q_EMIT mappingFinished(m_result);
    QMetaObject::invokeMethod(this, &SyncPass::nextMapping, Qt::QueuedConnection);
}

void SyncPass::count(AuditEvent event)
{
    switch (event) {
    case AuditEvent::Created:
        ++m_result.created;
        break;
    case AuditEvent::Updated:
        ++m_result.updated;
        break;
    case AuditEvent::Adopted:
        ++m_result.adopted;
        break;
    case AuditEvent::Archived:
    case AuditEvent::Deleted:
        ++m_result.archived;
        break;
    case AuditEvent::Failed:
        ++m_result.failed;
        break;
    default:
        break;
    }
}

std::optional<QString> SyncPass::linkedItem(BcEntity entity, const QString& bcId) const
{
    const QList<Mapping>& targets = m_linkTargets.isEmpty() ? m_mappings : m_linkTargets;
    bool mapped = false;
    for (const Mapping& mapping : targets) {
        if (mapping.entity != entity)
            continue;
        mapped = true;
        const std::optional<Link> link =
            m_links->findByRecord(BcEntities::toString(entity), mapping.boardId, bcId);
        if (link)
            return link->itemId;
    }
    // A dry run writes nothing, so a vendor it would create has no item yet: the preview shows the column as
    // linked (any valid-looking id will do, it is never sent).
    if (mapped && m_settings.polling.dryRun)
        return QStringLiteral("1");
    return std::nullopt;
}

} // namespace mlc
