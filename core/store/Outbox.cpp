#include "Outbox.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreStatement.h"
#include "store/StoredTime.h"
#include "store/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStoreOutbox, "mlc.store.outbox")

namespace mlc {

namespace {

const QString pending = OutboxRow::stateName(OutboxState::Pending);
const QString inFlight = OutboxRow::stateName(OutboxState::InFlight);
const QString failed = OutboxRow::stateName(OutboxState::Failed);

QVariant textOrNull(const QString& text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant timeText(const QDateTime& at)
{
    return StoredTime::toText(at);
}

bool report(QString* error, const QString& message)
{
    qCWarning(lcStoreOutbox).noquote() << message;
    if (error)
        *error = message;
    return false;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

Outbox::Outbox(Database& database)
    : m_database(database)
{}

std::optional<Outbox::Enqueued> Outbox::enqueue(const OutboxRow& planned, QString* error)
{
    // The lookups and the write must see one state of the queue, or two writers could both insert.
    std::optional<Transaction> own;
    if (!m_database.inTransaction() && !own.emplace(m_database).begin(error))
        return std::nullopt;
    const auto enqueued = enqueueInTransaction(planned, error);
    if (!enqueued || (own && !own->commit(error)))
        return std::nullopt;
    return enqueued;
}

std::optional<Outbox::Enqueued> Outbox::enqueueInTransaction(const OutboxRow& planned, QString* error)
{
    const auto existing = idOfKey(planned.idempotencyKey, error);
    if (!existing)
        return std::nullopt;
    if (*existing != 0)
        return Enqueued{*existing, EnqueueOutcome::KeyAlreadyQueued};

    QString readError;
    const auto open = openRowFor(planned.entity, planned.boardId, planned.bcId, &readError);
    if (!readError.isEmpty()) {
        report(error, readError);
        return std::nullopt;
    }
    if (open && open->state == OutboxState::InFlight)
        return Enqueued{open->id, EnqueueOutcome::RecordInFlight};
    if (open) {
        if (!replacePending(open->id, planned, error))
            return std::nullopt;
        return Enqueued{open->id, EnqueueOutcome::ReplacedPending};
    }
    const auto id = insert(planned, error);
    if (!id)
        return std::nullopt;
    return Enqueued{*id, EnqueueOutcome::Added};
}

std::optional<qint64> Outbox::idOfKey(const QString& idempotencyKey, QString* error) const
{
    // The key itself, or a replayed version of it (replayKey()): keys from "<key>/replay-" up to, not
    // including, "<key>/replay." are exactly those that start with "<key>/replay-", found on the index.
    StoreStatement select(
        m_database, QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"
                                   " OR (idempotency_key > ? AND idempotency_key < ?) ORDER BY id DESC"));
    select.bind(idempotencyKey)
        .bind(idempotencyKey + QStringLiteral("/replay-"))
        .bind(idempotencyKey + QStringLiteral("/replay."));
    if (!select.exec(tr("Cannot read the write queue in the state database"), error))
        return std::nullopt;
    return select.next() ? select.number(QStringLiteral("id")) : 0;
}

bool Outbox::replacePending(qint64 id, const OutboxRow& planned, QString* error)
{
    StoreStatement update(
        m_database, QStringLiteral("UPDATE outbox SET bc_number = ?, operation = ?, item_id = ?, payload = ?,"
                                   " planned_values = ?, idempotency_key = ?, updated_at = ?"
                                   " WHERE id = ? AND state = ?"));
    update.bindText(planned.bcNumber)
        .bind(OutboxRow::operationName(planned.operation))
        .bindText(planned.itemId)
        .bindJson(planned.payload)
        .bindJson(planned.plannedValues)
        .bind(planned.idempotencyKey)
        .bindTime(m_database.clock().nowUtc())
        .bind(id)
        .bind(pending);
    return update.exec(
        tr("Cannot queue the new write for %1 %2 in the state database").arg(planned.entity, planned.bcId),
        error);
}

std::optional<qint64> Outbox::insert(const OutboxRow& planned, QString* error)
{
    StoreStatement insert(
        m_database,
        QStringLiteral(
            "INSERT INTO outbox (entity, board_id, bc_id, bc_number, operation, item_id, payload,"
            " planned_values, idempotency_key, state, attempts, next_try_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    const QDateTime now = m_database.clock().nowUtc();
    insert.bind(planned.entity)
        .bind(planned.boardId)
        .bind(planned.bcId)
        .bindText(planned.bcNumber)
        .bind(OutboxRow::operationName(planned.operation))
        .bindText(planned.itemId)
        .bindJson(planned.payload)
        .bindJson(planned.plannedValues)
        .bind(planned.idempotencyKey)
        .bind(pending)
        .bindTime(now)
        .bindTime(now)
        .bindTime(now);
    if (!insert.exec(
            tr("Cannot queue the write for %1 %2 in the state database").arg(planned.entity, planned.bcId),
            error)) {
        return std::nullopt;
    }
    return insert.lastInsertId();
}

std::optional<OutboxRow> Outbox::row(qint64 id, QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT * FROM outbox WHERE id = ?"));
    select.bind(id);
    return firstRow(select, tr("Cannot read write %1 from the state database").arg(id), error);
}

std::optional<OutboxRow> Outbox::nextDue(const QString& boardId, const QDateTime& now, QString* error) const
{
    // Matches the index outbox_board_next_try column for column, so this is one index seek.
    StoreStatement select(
        m_database,
        QStringLiteral("SELECT * FROM outbox WHERE board_id = ? AND state = ? AND next_try_at <= ?"
                       " ORDER BY next_try_at, id LIMIT 1"));
    select.bind(boardId).bind(pending).bindTime(now);
    return firstRow(
        select, tr("Cannot read the write queue of board %1 from the state database").arg(boardId), error);
}

std::optional<QDateTime> Outbox::nextTryAt(const QString& boardId, QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT min(next_try_at) AS next_try_at FROM outbox"
                                                     " WHERE board_id = ? AND state = ?"));
    select.bind(boardId).bind(pending);
    if (!select.exec(tr("Cannot read the write queue of board %1 from the state database").arg(boardId),
                     error) ||
        !select.next() || select.isNull(QStringLiteral("next_try_at"))) {
        return std::nullopt;
    }
    return select.time(QStringLiteral("next_try_at"));
}

std::optional<OutboxRow> Outbox::openRowFor(const QString& entity, const QString& boardId,
                                            const QString& bcId, QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT * FROM outbox WHERE entity = ? AND board_id = ?"
                                                     " AND bc_id = ? AND state IN (?, ?)"));
    select.bind(entity).bind(boardId).bind(bcId).bind(pending).bind(inFlight);
    return firstRow(
        select, tr("Cannot read the queued write of %1 %2 from the state database").arg(entity, bcId), error);
}

std::optional<QList<OutboxRow>> Outbox::inFlightRows(QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT * FROM outbox WHERE state = ? ORDER BY id"));
    select.bind(inFlight);
    return rows(select, tr("Cannot read the writes in flight from the state database"), error);
}

std::optional<QMap<QString, Outbox::StateCounts>> Outbox::countsByBoard(QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT board_id, state, count(*) AS rows FROM outbox"
                                                     " GROUP BY board_id, state"));
    if (!select.exec(tr("Cannot count the queued writes in the state database"), error))
        return std::nullopt;
    QMap<QString, StateCounts> counts;
    while (select.next()) {
        StateCounts& board = counts[select.text(QStringLiteral("board_id"))];
        const int rows = static_cast<int>(select.number(QStringLiteral("rows")));
        switch (
            OutboxRow::stateFromName(select.text(QStringLiteral("state"))).value_or(OutboxState::Failed)) {
        case OutboxState::Pending:
            board.pending = rows;
            break;
        case OutboxState::InFlight:
            board.inFlight = rows;
            break;
        case OutboxState::Done:
            board.done = rows;
            break;
        case OutboxState::Failed:
            board.failed = rows;
            break;
        }
    }
    return counts;
}

bool Outbox::markInFlight(qint64 id, QString* error)
{
    return change(id,
                  {{pending},
                   OutboxState::InFlight,
                   QStringLiteral("attempts = attempts + 1"),
                   {},
                   tr("Cannot mark write %1 as sent in the state database").arg(id)},
                  error);
}

bool Outbox::markDone(qint64 id, const QString& requestId, QString* error)
{
    return change(id,
                  {{inFlight},
                   OutboxState::Done,
                   QStringLiteral("request_id = ?"),
                   {textOrNull(requestId)},
                   tr("Cannot mark write %1 as done in the state database").arg(id)},
                  error);
}

bool Outbox::scheduleRetry(qint64 id, const QDateTime& nextTryAt, const QString& lastError,
                           const QString& lastErrorCode, const QString& requestId, QString* error)
{
    return change(
        id,
        {{inFlight},
         OutboxState::Pending,
         QStringLiteral("next_try_at = ?, last_error = ?, last_error_code = ?, request_id = ?"),
         {timeText(nextTryAt), textOrNull(lastError), textOrNull(lastErrorCode), textOrNull(requestId)},
         tr("Cannot schedule the retry of write %1 in the state database").arg(id)},
        error);
}

bool Outbox::markFailed(qint64 id, const QString& lastError, const QString& lastErrorCode,
                        const QString& requestId, QString* error)
{
    return change(id,
                  {{pending, inFlight},
                   OutboxState::Failed,
                   QStringLiteral("last_error = ?, last_error_code = ?, request_id = ?"),
                   {textOrNull(lastError), textOrNull(lastErrorCode), textOrNull(requestId)},
                   tr("Cannot mark write %1 as failed in the state database").arg(id)},
                  error);
}

bool Outbox::replay(qint64 id, QString* error, bool* refused)
{
    // A refusal is the admin's to correct (no such write, not failed, superseded); a store error is not.
    const auto refuse = [error, refused](const QString& message) {
        if (refused)
            *refused = true;
        return report(error, message);
    };
    std::optional<Transaction> own;
    if (!m_database.inTransaction() && !own.emplace(m_database).begin(error))
        return false;
    QString readError;
    const auto failedRow = row(id, &readError);
    if (!failedRow && !readError.isEmpty())
        return report(error, readError);
    if (!failedRow)
        return refuse(tr("There is no write %1 in the queue.").arg(id));
    if (failedRow->state != OutboxState::Failed)
        return refuse(notInStateMessage(id, {failed}));
    StoreStatement newer(m_database, QStringLiteral("SELECT max(id) AS newest FROM outbox WHERE entity = ?"
                                                    " AND board_id = ? AND bc_id = ?"));
    newer.bind(failedRow->entity).bind(failedRow->boardId).bind(failedRow->bcId);
    if (!newer.exec(tr("Cannot read the writes of %1 %2 from the state database")
                        .arg(failedRow->entity, failedRow->bcId),
                    error) ||
        !newer.next())
        return false;
    const qint64 newest = newer.number(QStringLiteral("newest"));
    if (newest != id) {
        return refuse(tr("Write %1 for %2 %3 was not replayed: a newer write for the same record "
                         "(write %4) replaces it.")
                          .arg(id)
                          .arg(failedRow->entity, failedRow->bcId)
                          .arg(newest));
    }
    const bool replayed = change(
        id,
        {{failed},
         OutboxState::Pending,
         QStringLiteral("next_try_at = ?, idempotency_key = ?"),
         {timeText(m_database.clock().nowUtc()), replayKey(failedRow->idempotencyKey, failedRow->attempts)},
         tr("Cannot replay write %1 in the state database").arg(id)},
        error);
    return replayed && (!own || own->commit(error));
}

QString Outbox::replayKey(const QString& key, int attempts)
{
    const qsizetype replayed = key.indexOf(QStringLiteral("/replay-"));
    return (replayed < 0 ? key : key.left(replayed)) + QStringLiteral("/replay-%1").arg(attempts);
}

std::optional<QList<OutboxRow>> Outbox::replayableFailedRows(QString* error) const
{
    StoreStatement select(
        m_database, QStringLiteral("SELECT * FROM outbox AS f WHERE f.state = ? AND f.id = ("
                                   " SELECT max(o.id) FROM outbox AS o WHERE o.entity = f.entity"
                                   " AND o.board_id = f.board_id AND o.bc_id = f.bc_id) ORDER BY f.id"));
    select.bind(failed);
    return rows(select, tr("Cannot read the failed writes from the state database"), error);
}

bool Outbox::change(qint64 id, const Transition& transition, QString* error)
{
    QString sql = QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?");
    if (!transition.assignments.isEmpty())
        sql += QStringLiteral(", ") + transition.assignments;
    // The state names are our own constants, never input, so they can be part of the statement.
    sql += QStringLiteral(" WHERE id = ? AND state IN (%1)").arg(quotedList(transition.from));
    StoreStatement update(m_database, sql);
    update.bind(OutboxRow::stateName(transition.to)).bindTime(m_database.clock().nowUtc());
    for (const QVariant& value : transition.values)
        update.bind(value);
    update.bind(id);
    if (!update.exec(transition.failure, error))
        return false;
    if (update.rowsAffected() == 1)
        return true;
    return report(error, notInStateMessage(id, transition.from));
}

QString Outbox::notInStateMessage(qint64 id, const QStringList& from) const
{
    // A state change the queue does not allow is the engine's mistake (or a second engine on the same
    // folder); saying which state the row is in makes the log line enough to find it.
    const auto current = row(id);
    if (!current)
        return tr("There is no write %1 in the queue.").arg(id);
    return tr("Write %1 is %2, not %3, so its state was not changed.")
        .arg(id)
        .arg(OutboxRow::stateName(current->state), from.join(QStringLiteral(" or ")));
}

std::optional<QList<OutboxRow>> Outbox::rows(StoreStatement& select, const QString& failure,
                                             QString* error) const
{
    if (!select.exec(failure, error))
        return std::nullopt;
    QList<OutboxRow> found;
    while (select.next())
        found << rowAt(select);
    return found;
}

std::optional<OutboxRow> Outbox::firstRow(StoreStatement& select, const QString& failure,
                                          QString* error) const
{
    if (!select.exec(failure, error) || !select.next())
        return std::nullopt;
    return rowAt(select);
}

OutboxRow Outbox::rowAt(const StoreStatement& row)
{
    OutboxRow found;
    found.id = row.number(QStringLiteral("id"));
    found.entity = row.text(QStringLiteral("entity"));
    found.boardId = row.text(QStringLiteral("board_id"));
    found.bcId = row.text(QStringLiteral("bc_id"));
    found.bcNumber = row.text(QStringLiteral("bc_number"));
    found.operation =
        OutboxRow::operationFromName(row.text(QStringLiteral("operation"))).value_or(OutboxOperation::Update);
    found.itemId = row.text(QStringLiteral("item_id"));
    found.payload = row.json(QStringLiteral("payload"));
    found.plannedValues = row.json(QStringLiteral("planned_values"));
    found.idempotencyKey = row.text(QStringLiteral("idempotency_key"));
    found.state = OutboxRow::stateFromName(row.text(QStringLiteral("state"))).value_or(OutboxState::Failed);
    found.attempts = static_cast<int>(row.number(QStringLiteral("attempts")));
    found.nextTryAt = row.time(QStringLiteral("next_try_at"));
    found.lastError = row.text(QStringLiteral("last_error"));
    found.lastErrorCode = row.text(QStringLiteral("last_error_code"));
    found.requestId = row.text(QStringLiteral("request_id"));
    found.createdAt = row.time(QStringLiteral("created_at"));
    found.updatedAt = row.time(QStringLiteral("updated_at"));
    return found;
}

} // namespace mlc
