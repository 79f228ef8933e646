#pragma once

#include "monday/MondayWriteQueue.h"
#include "store/AuditEvent.h"
#include "store/Link.h"
#include "sync/DeletionSweep.h"
#include "sync/DriftCheck.h"
#include "sync/Mapping.h"
#include "sync/MappingPoller.h"
#include "sync/PollSummary.h"
#include "sync/SyncFailure.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace mlc {

class BcApiClient;
class BoardAdoption;
class BoardWriter;
class Clock;
class Database;
class LinkStore;
class MondayClient;
class MondayQuery;
class Outbox;
class RecordPlanner;
struct MondayOutcome;

// One pass over every mapping of a profile until its board is written (`ml-connector-cli sync --once`):
// for each mapping, read the board's columns, poll BC for what changed, queue it, and write until that
// board's outbox holds nothing pending. Mappings that others link to (vendors, customers) go first, so an
// invoice's vendor link finds the vendor's item.
class SyncPass : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        MondayWriteQueue::Settings writes;
        MappingPoller::Settings polling;
        // How often a mapping's ids are compared with BC's to find deletions (a delta poll sees none);
        // zero: on every pass.
        std::chrono::seconds deletionSweepInterval{3600};
        DeletionSweep::Settings deletions;
        // `reconcile`: before polling, compare each board with what was written (DriftCheck), so the
        // pass restores what was changed by hand; and look for deletions whatever the interval.
        bool reconcile = false;
    };

    // What one mapping's part of the pass came to.
    struct MappingResult
    {
        Mapping mapping;
        PollSummary poll;
        int created = 0;
        int updated = 0;
        int adopted = 0;  // items found on the board by their BC id and linked instead of created again
        int archived = 0; // archived or deleted, as the mapping's onDelete says
        int failed = 0;   // writes that failed; records whose plan failed are in poll.failed
        std::optional<DeletionSweep::Summary> sweep; // when this pass looked for deletions
        std::optional<DriftCheck::Summary> drift;    // when this pass compared the board (reconcile)
        QString error;                               // set when the mapping could not be synced at all
        SyncFailure failure = SyncFailure::None;
    };

    SyncPass(Database& database, BcApiClient& bc, MondayClient& monday, Clock& clock, QList<Mapping> mappings,
             Settings settings, QObject* parent = nullptr);
    ~SyncPass() override;

    // The mappings whose items a board_relation may link to, when the pass runs only some of the profile's
    // (`sync --once --entity purchaseInvoices` still links to the vendors synced before).
    void setLinkTargets(const QList<Mapping>& mappings) { m_linkTargets = mappings; }

    void start();
    // A clean stop (SIGINT, SIGTERM, quitting the app): reading stops at once, since every page and sweep
    // is queued in its own transaction or not at all; the write on its way is let finish, and what waits
    // stays pending in the outbox. Then finished() with stopped() true.
    void stop();
    bool stopped() const { return m_stopping; }
    const QList<MappingResult>& results() const { return m_results; }
    // The results so far, the mapping under way included with what it has counted yet: live figures.
    QList<MappingResult> resultsSoFar() const;
    // The mapping being synced and its board's write queue, for the status view.
    std::optional<Mapping> currentMapping() const;
    std::optional<MondayWriteQueueStatus> writeQueueStatus() const;

    // `mappings` with every linked-to mapping before the mappings that link to it.
    static QList<Mapping> inLinkOrder(QList<Mapping> mappings);

Q_SIGNALS:
    void mappingFinished(const mlc::SyncPass::MappingResult& result);
    // A create or update queued, or in a dry run one that would be.
    void planned(const mlc::Mapping& mapping, const mlc::RecordPlan& plan);
    // ok: every mapping was polled and written; failures of single records are in the results.
    void finished(bool ok);

private:
    void nextMapping();
    void onStructure(const MondayOutcome& outcome);
    void checkDrift(const RecordPlanner& planner);
    void adoptOrPoll(const RecordPlanner& planner);
    void startPoller(const RecordPlanner& planner, bool adopting, QHash<QString, Link> adoptable = {});
    void onPolled(const PollSummary& summary);
    bool sweepDue(QString* error) const;
    void startSweep();
    void onSwept(const DeletionSweep::Summary& summary);
    void readingDone();
    void onWriterIdle();
    void endMapping(const QString& error, SyncFailure failure);
    void finishStopped();
    void count(AuditEvent event);
    std::optional<QString> linkedItem(BcEntity entity, const QString& bcId) const;

    Database& m_database;
    BcApiClient& m_bc;
    MondayClient& m_monday;
    Clock& m_clock;
    QList<Mapping> m_mappings;
    QList<Mapping> m_linkTargets;
    Settings m_settings;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<Outbox> m_outbox;
    int m_current = -1;
    bool m_stopping = false;
    bool m_polled = false;
    MappingResult m_result;
    QList<MappingResult> m_results;
    QPointer<MondayQuery> m_structureQuery;
    QPointer<MappingPoller> m_poller;
    QPointer<DeletionSweep> m_sweep;
    QPointer<BoardAdoption> m_adoption;
    QPointer<DriftCheck> m_drift;
    QString m_sweepError; // a sweep that failed ends its mapping with this once the writes are done
    SyncFailure m_sweepFailure = SyncFailure::None;
    QPointer<BoardWriter> m_writer;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::SyncPass::MappingResult)
