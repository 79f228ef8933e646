#pragma once

#include "bc/BcDeltaReader.h"
#include "bc/BcError.h"
#include "store/AuditEntry.h"
#include "sync/Mapping.h"
#include "sync/PollState.h"
#include "sync/PollSummary.h"
#include "sync/RecordPlanner.h"
#include "sync/SyncFailure.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

namespace mlc {

class AuditLog;
class BcApiClient;
class Database;
class LinkStore;
class Outbox;
class WatermarkStore;

// One delta pass of one mapping (DESIGN §3 steps 1-4): it reads the records changed since the stored
// watermark page by page, plans each against its link, and queues every page in ONE transaction: the
// outbox rows, the audit entries and the watermark that passes them. A crash between pages loses nothing
// (the watermark has not passed the unqueued page), and a page read twice queues nothing twice (the
// outbox's keys). When a record's previous write is still in flight, the pass stops before that page,
// so the record is planned again once that write has settled. A record that waits for a linked record (its
// vendor not on the board yet) is remembered with the watermark and read again by the following passes
// until it can be written, so passing the watermark over it loses nothing.
class MappingPoller : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds overlap{60 * 1000};
        int pageSize = 1000;
        // Plan and report, but roll every page back: nothing is queued, audited or moved on.
        bool dryRun = false;
    };

    MappingPoller(Database& database, BcApiClient& bc, Mapping mapping, RecordPlanner planner,
                  Settings settings, QObject* parent = nullptr);
    ~MappingPoller() override;

    // Starts one pass; answers with finished() or failed(). Call again only after one of them.
    void start();
    const PollSummary& summary() const { return m_summary; }
    // Items of the board to adopt rather than create a second item for (none on an empty board); a
    // complete pass with them stores that the board was adopted.
    void setAdoptable(QHash<QString, Link> adoptable);

Q_SIGNALS:
    // A page's writes are in the outbox: the board's writer can go on.
    void queued();
    // Each create or update planned (in a dry run: what would be written), and each record that cannot be.
    void planned(const mlc::RecordPlan& plan);
    void finished(const mlc::PollSummary& summary);
    void failed(const QString& error, mlc::SyncFailure failure);

private:
    void onPage(const QList<BcRecord>& records);
    bool queuePage(const QList<BcRecord>& records, QString* error);
    bool queueRecord(const BcRecord& record, bool* inFlight, QString* error);
    bool adoptUnchanged(const BcRecord& record, const RecordPlan& plan, Link link, QString* error);
    AuditEntry entryFor(const BcRecord& record, const RecordPlan& plan) const;
    void finish();
    void recheckNext();
    bool saveWatermark(const BcDeltaCursor& cursor, QString* error);

    Database& m_database;
    BcApiClient& m_bc;
    Mapping m_mapping;
    RecordPlanner m_planner;
    Settings m_settings;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<WatermarkStore> m_watermarks;
    QPointer<BcDeltaReader> m_reader;
    PollSummary m_summary;
    bool m_stoppedEarly = false;      // a record's previous write is in flight
    QSet<QString> m_deferred;         // ids waiting for a linked record, kept with the watermark
    QSet<QString> m_failedPlans;      // ids whose plan failed, kept with the watermark for replay
    PollState m_stored;               // as loaded; what the poll does not change is saved as it was
    QHash<QString, Link> m_adoptable; // by BC id: items on the board no link names yet (BoardAdoption)
    bool m_adoptionRead = false;      // the board's items were read for this pass
    QSet<QString> m_deferredThisPass; // deferred by this pass's own pages
    QStringList m_recheck;            // earlier deferrals still to read again in this pass
};

} // namespace mlc
