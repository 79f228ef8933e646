#pragma once

#include "store/OutboxRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace mlc {

class Database;
class StoreStatement;

// The durable write queue of DESIGN §3-§4: one row per planned write, which is also that write's backoff
// state (attempts, next try, last error, request id), so a restart resumes exactly where the engine stopped.
//
// One open write per record. A record (entity, board, BC id) has at most one row that is pending or in
// flight; the schema enforces it (outbox_one_open_per_record). Why: two plans of one record on the queue
// could reach the board in either order after retries, and the older one would overwrite the newer values.
//  - A new plan for a record whose row is still pending replaces that row's content and key: nothing of the
//    old plan was applied for sure, and the new plan was made against the same link. Attempts, next try,
//    last error and request id stay, since the wait is about the board, not the content, and attempts > 0
//    tells the writer an earlier attempt may have landed (look the item up before a create).
//  - A new plan for a record whose row is in flight is refused (RecordInFlight): its outcome is not known
//    yet, so the plan may be stale. The caller leaves the watermark before that record; the next poll
//    plans it again against the settled link.
//  - The idempotency key is UNIQUE: enqueueing a key that exists returns that row (KeyAlreadyQueued), so a
//    record delivered twice (the poll's overlap) is queued once. The key must therefore tell plans apart
//    that have the same content at different times (hash in the record's version, not only the values).
//
// Multi-statement changes (enqueue, replay) are atomic on their own, or part of the caller's Transaction
// when one is open, which is how the queue step and settle of DESIGN §3 use it. Uses the Database's
// connection, so it lives on the Database's thread.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    enum class EnqueueOutcome
    {
        Added,
        ReplacedPending,  // the record's pending row now holds this plan
        KeyAlreadyQueued, // this exact plan is already on the queue (in whatever state)
        RecordInFlight,   // not queued: the record's previous write is in flight
    };

    struct Enqueued
    {
        qint64 id = 0; // the row that holds the plan, or the in-flight row for RecordInFlight
        EnqueueOutcome outcome = EnqueueOutcome::Added;
    };

    struct StateCounts
    {
        int pending = 0;
        int inFlight = 0;
        int done = 0;
        int failed = 0;
    };

    explicit Outbox(Database& database);

    // Queues `planned` (its entity, boardId, bcId, bcNumber, operation, itemId, payload, plannedValues and
    // idempotencyKey; the other fields are the queue's) as due now.
    std::optional<Enqueued> enqueue(const OutboxRow& planned, QString* error);

    std::optional<OutboxRow> row(qint64 id, QString* error = nullptr) const;
    // The pending row of the board that has been due longest at `now`, if any.
    std::optional<OutboxRow> nextDue(const QString& boardId, const QDateTime& now,
                                     QString* error = nullptr) const;
    // When the board's next pending row falls due (for the writer's timer); no value when nothing is pending.
    std::optional<QDateTime> nextTryAt(const QString& boardId, QString* error = nullptr) const;
    // The record's pending or in-flight row, if any.
    std::optional<OutboxRow> openRowFor(const QString& entity, const QString& boardId, const QString& bcId,
                                        QString* error = nullptr) const;
    // Rows whose write was sent but never settled: after a crash their outcome is unknown.
    std::optional<QList<OutboxRow>> inFlightRows(QString* error = nullptr) const;
    // Per board id, for the status screen.
    std::optional<QMap<QString, StateCounts>> countsByBoard(QString* error = nullptr) const;

    // pending -> in_flight, counting the attempt before it is sent.
    bool markInFlight(qint64 id, QString* error);
    // in_flight -> done.
    bool markDone(qint64 id, const QString& requestId, QString* error);
    // in_flight -> pending, due again at `nextTryAt`, keeping its key.
    bool scheduleRetry(qint64 id, const QDateTime& nextTryAt, const QString& lastError,
                       const QString& lastErrorCode, const QString& requestId, QString* error);
    // pending or in_flight -> failed, until replayed.
    bool markFailed(qint64 id, const QString& lastError, const QString& lastErrorCode,
                    const QString& requestId, QString* error);
    // failed -> pending, due now, under replayKey() of its key. Not the same key: monday keeps the answer
    // to a key for 30 minutes (monday.md §6), so the same key would only bring back the cached refusal. A
    // write fails when monday refused it, which changed nothing; and where the outcome was unclear (an
    // unreadable answer) the lookup by BC id before a create still finds an item that landed. The key
    // still derives from the plan's, so the plan read again in the poll's overlap is not queued again.
    // Refused when the record has a newer row in any state,
    // which supersedes the failed plan: it was planned later against the same link, so it already holds
    // every value the failed one would have written, and replaying the old one could write stale values.
    // *refused (when given) tells a refusal from a store error.
    bool replay(qint64 id, QString* error, bool* refused = nullptr);
    // The failed rows that replay() would take back: per record, its newest row when that one failed.
    std::optional<QList<OutboxRow>> replayableFailedRows(QString* error) const;
    // "<plan's key>/replay-<attempts so far>": unique per replay, since every replay follows an attempt.
    static QString replayKey(const QString& key, int attempts);

private:
    struct Transition
    {
        QStringList from; // state names
        OutboxState to;
        QString assignments; // extra "column = ?" assignments, values in `values`
        QVariantList values;
        QString failure; // starts the error sentence
    };

    bool change(qint64 id, const Transition& transition, QString* error);
    QString notInStateMessage(qint64 id, const QStringList& from) const;
    std::optional<qint64> idOfKey(const QString& idempotencyKey, QString* error) const;
    bool replacePending(qint64 id, const OutboxRow& planned, QString* error);
    std::optional<qint64> insert(const OutboxRow& planned, QString* error);
    std::optional<Enqueued> enqueueInTransaction(const OutboxRow& planned, QString* error);
    std::optional<QList<OutboxRow>> rows(StoreStatement& select, const QString& failure,
                                         QString* error) const;
    std::optional<OutboxRow> firstRow(StoreStatement& select, const QString& failure, QString* error) const;
    static OutboxRow rowAt(const StoreStatement& row);

    Database& m_database;
};

} // namespace mlc
