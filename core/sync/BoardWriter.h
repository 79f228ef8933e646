#pragma once

#include "monday/MondayItem.h"
#include "monday/MondayWriteQueue.h"
#include "store/AuditEntry.h"
#include "store/OutboxRow.h"
#include "sync/Mapping.h"

#include <QObject>
#include <QPointer>

namespace mlc {

class AuditLog;
class Clock;
class Database;
class LinkStore;
class MondayClient;
class MondayItemLookup;
class Outbox;

// Writes one board's outbox to monday (DESIGN §3 steps 5-6): it takes the board's next due row, sends it
// through the board's paced MondayWriteQueue, and settles it in one transaction (outbox done + link +
// audit entry). Every attempt is counted in the outbox before it leaves and every wait is stored there, so
// after a crash the row says whether an attempt may have landed. A create that may have landed (a row with
// attempts, or an unanswered attempt past monday's replay window) is first looked up on the board by the
// BC id column: found, it is linked instead of created again; so there is never a second item.
class BoardWriter : public QObject
{
    Q_OBJECT

public:
    BoardWriter(Database& database, MondayClient& client, Clock& clock, Mapping mapping,
                MondayWriteQueue::Settings settings, QObject* parent = nullptr);
    ~BoardWriter() override;

    // Rows sent before a crash and never settled go back to pending: their outcome is unknown, and the
    // lookup before a create sorts that out. Call once before the first wake().
    bool recoverInterrupted(QString* error);
    // New rows may be due: writes until none is.
    void wake();

    // For a clean shutdown: takes no new row; stopped() once no attempt is on its way. A write that waits
    // (pacing, a retry time) is left as it is stored, pending, for the next start.
    void stopAfterCurrentWrite();

    MondayWriteQueue& queue() { return m_queue; }
    bool isIdle() const { return !m_busy; }

Q_SIGNALS:
    // The audit entry of each write that ended (created, updated, failed, adopted).
    void settled(const mlc::AuditEntry& entry);
    // Nothing is due now; more may be due later (see the outbox's nextTryAt).
    void idle();
    // The store refused a change: the writer stops, since going on could lose track of what was written.
    void storeFailed(const QString& error);
    // After stopAfterCurrentWrite(): nothing of this writer is in flight any more.
    void stopped();

private:
    void takeNext();
    void send(const OutboxRow& row);
    void lookUpBeforeCreate(const OutboxRow& row);
    void onLookedUp(const OutboxRow& row, const QList<MondayItem>& items);
    void onSending(const MondayWrite& write, int attempt);
    void onAttemptFailed(const MondayWriteResult& result, const QDateTime& nextTryAt);
    void onSettled(const MondayWriteResult& result);
    bool settleWritten(const OutboxRow& row, const QString& itemId, const QString& requestId, int attempts,
                       AuditEvent event, const QString& detail);
    bool settleFailed(const OutboxRow& row, const QString& error, const QString& code,
                      const QString& requestId);
    bool retryLater(const OutboxRow& row, const QString& reason);
    void storeError(const QString& error);
    bool stopIfDraining(bool attemptOnItsWay);

    Database& m_database;
    MondayClient& m_client;
    Clock& m_clock;
    Mapping m_mapping;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<AuditLog> m_audit;
    MondayWriteQueue m_queue;
    QPointer<MondayItemLookup> m_lookup;
    bool m_busy = false;
    bool m_stopped = false;
    bool m_draining = false;
    quint64 m_wakeGeneration = 0;
};

} // namespace mlc
