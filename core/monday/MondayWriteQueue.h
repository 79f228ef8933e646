#pragma once

#include "common/ExponentialBackoff.h"
#include "monday/MondayRetrySettings.h"
#include "monday/MondayWrite.h"

#include <QDateTime>
#include <QObject>
#include <QQueue>

#include <chrono>

namespace mlc {

class Clock;
class MondayClient;

// What a board's write queue is doing, for the status view and `ml-connector-cli status`.
struct MondayWriteQueueStatus
{
    enum class State
    {
        Idle,    // nothing to write
        Sending, // a mutation is on its way
        Pacing,  // waiting for the next slot of mutationsPerMinute
        Waiting, // monday asked to wait, or a failed write is backing off
        Paused,  // the daily call limit is used up; writes resume at midnight UTC
        Stopped  // monday refused the token or its permissions; resume() after the account is fixed
    };

    QString boardId;
    State state = State::Idle;
    int depth = 0;          // writes queued, the one in flight included
    QDateTime waitingUntil; // Pacing, Waiting, Paused
    QString reason;         // plain English: why it waits or stopped
    int mutationsPerMinute = 0;
    int sentInLastMinute = 0;
    int rateLimited = 0; // 429 answers received
    int written = 0;
    int failed = 0;

    static QString stateName(State state);
};

// One serial queue of mutations per board (DESIGN §3 step 5): one mutation at a time, spaced evenly to stay
// under `mutationsPerMinute`, and obeying every signal monday sends back (DESIGN §4): Retry-After and
// `retry_in_seconds` on 429, 423 locked, 409 while an earlier attempt with the same key is in flight, the
// complexity reset when the budget runs low, backoff on 5xx and lost answers, a pause until midnight UTC on
// the daily limit, a stop on an auth failure. A write is retried with its own Idempotency-Key, so an attempt
// that may have been applied is replayed by monday instead of applied twice; after `replayWindow` that
// guarantee is gone, and a create that may have been applied is handed back as Unresolved to be looked up.
// Writes leave in the order they came, so an item's create always precedes its updates.
class MondayWriteQueue : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int mutationsPerMinute = 40; // 0: no pacing (benchmarks, the sandbox)
        MondayRetrySettings retry;
        // monday keeps an Idempotency-Key's answer for 30 minutes (monday.md §6); keep a margin.
        std::chrono::minutes replayWindow{25};
    };

    MondayWriteQueue(MondayClient& client, Clock& clock, QString boardId, Settings settings,
                     QObject* parent = nullptr);
    ~MondayWriteQueue() override;

    void enqueue(const MondayWrite& write);
    // After a stop for an auth or permission failure, once the account was fixed.
    void resume();
    void setMutationsPerMinute(int mutationsPerMinute);

    QString boardId() const { return m_boardId; }
    int depth() const { return int(m_entries.size()); }
    MondayWriteQueueStatus status() const;

Q_SIGNALS:
    // Just before each attempt goes out (1 for the first): the outbox counts it before it can land.
    void sending(const mlc::MondayWrite& write, int attempt);
    void settled(const mlc::MondayWriteResult& result);
    // An attempt came back as "not now" and the write goes out again at `nextTryAt`: for the outbox, which
    // keeps the backoff state across restarts (DESIGN §4). `result.status` is not final here.
    void attemptFailed(const mlc::MondayWriteResult& result, const QDateTime& nextTryAt);
    void statusChanged(const mlc::MondayWriteQueueStatus& status);
    // The last queued write settled.
    void drained();

private:
    struct Entry
    {
        MondayWrite write;
        int attempts = 0;
        int failures = 0; // attempts that failed on their own (5xx, timeout), not throttled
        QDateTime firstSentAt;
        bool mayHaveBeenApplied = false;
        MondayOutcome lastOutcome;
    };

    void schedule();
    QDateTime earliestSend() const;
    void wakeAt(const QDateTime& at);
    void sendHead();
    void onAnswer(const MondayOutcome& outcome);
    void onRetry(const MondayOutcome& outcome);
    void onTerminal(const MondayOutcome& outcome);
    void waitUntil(const QDateTime& until, const QString& reason);
    void slowDownIfBudgetLow(const MondayOutcome& outcome);
    void settleHead(MondayWriteResult::Status status);
    MondayWriteResult resultOf(const Entry& entry, MondayWriteResult::Status status) const;
    void publish();
    std::chrono::milliseconds paceInterval() const;

    MondayClient& m_client;
    Clock& m_clock;
    QString m_boardId;
    Settings m_settings;
    ExponentialBackoff m_backoff;
    QQueue<Entry> m_entries;
    bool m_inFlight = false;
    bool m_stopped = false;
    QDateTime m_lastSentAt;
    QDateTime m_blockedUntil; // monday's wait, a backoff or the daily limit
    QString m_blockReason;
    bool m_pausedForDailyLimit = false;
    QString m_stopReason;
    QDateTime m_wakeAt;
    quint64 m_wakeGeneration = 0;
    QQueue<QDateTime> m_recentSends; // for sentInLastMinute
    int m_rateLimited = 0;
    int m_written = 0;
    int m_failed = 0;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MondayWriteQueueStatus)
