#include "FakeClock.h"
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/Transaction.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using mlc::Database;
using mlc::Outbox;
using mlc::OutboxOperation;
using mlc::OutboxRow;
using mlc::OutboxState;
using EnqueueOutcome = mlc::Outbox::EnqueueOutcome;

namespace {

const QString vendors = QStringLiteral("vendors");
const QString board = QStringLiteral("1234567890");

OutboxRow planFor(const QString& bcId, const QString& key, const QString& name = QStringLiteral("Fabrikam"))
{
    OutboxRow row;
    row.entity = vendors;
    row.boardId = board;
    row.bcId = bcId;
    row.bcNumber = QStringLiteral("V-") + bcId;
    row.operation = OutboxOperation::Create;
    row.payload = {{QStringLiteral("itemName"), name},
                   {QStringLiteral("columns"), QJsonObject{{QStringLiteral("text_bcid"), bcId}}}};
    row.plannedValues = {{QStringLiteral("name"), name}, {QStringLiteral("text_bcid"), bcId}};
    row.idempotencyKey = key;
    return row;
}

} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT

private:
    qint64 enqueued(const OutboxRow& plan, EnqueueOutcome expected)
    {
        QString error;
        const auto result = Outbox(*m_database).enqueue(plan, &error);
        if (!result) {
            qWarning() << error;
            return -1;
        }
        if (result->outcome != expected) {
            qWarning() << "unexpected outcome" << static_cast<int>(result->outcome);
            return -1;
        }
        return result->id;
    }

    OutboxRow rowOf(qint64 id) { return Outbox(*m_database).row(id).value_or(OutboxRow{}); }

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<mlc::FakeClock>();
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), *m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        m_clock.reset();
    }

    void anEnqueuedWriteKeepsEveryColumnAndIsDueNow()
    {
        OutboxRow plan = planFor(QStringLiteral("a"), QStringLiteral("key-a"));
        plan.operation = OutboxOperation::Update;
        plan.itemId = QStringLiteral("111");
        const qint64 id = enqueued(plan, EnqueueOutcome::Added);
        QVERIFY(id > 0);
        const OutboxRow row = rowOf(id);
        QCOMPARE(row.id, id);
        QCOMPARE(row.entity, vendors);
        QCOMPARE(row.boardId, board);
        QCOMPARE(row.bcId, QStringLiteral("a"));
        QCOMPARE(row.bcNumber, QStringLiteral("V-a"));
        QCOMPARE(row.operation, OutboxOperation::Update);
        QCOMPARE(row.itemId, QStringLiteral("111"));
        QCOMPARE(row.payload, plan.payload);
        QCOMPARE(row.plannedValues, plan.plannedValues);
        QCOMPARE(row.idempotencyKey, QStringLiteral("key-a"));
        QCOMPARE(row.state, OutboxState::Pending);
        QCOMPARE(row.attempts, 0);
        QCOMPARE(row.nextTryAt, m_clock->nowUtc());
        QVERIFY(row.lastError.isNull());
        QVERIFY(row.lastErrorCode.isNull());
        QVERIFY(row.requestId.isNull());
        QCOMPARE(row.createdAt, m_clock->nowUtc());
        QCOMPARE(row.updatedAt, m_clock->nowUtc());
        QVERIFY(!m_database->inTransaction()); // its own transaction is closed again
    }

    void theSameKeyIsQueuedOnceWhateverStateItsRowIsIn()
    {
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::Added);
        QCOMPARE(
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::KeyAlreadyQueued),
            id);
        QString error;
        Outbox outbox(*m_database);
        QVERIFY(outbox.markInFlight(id, &error));
        QVERIFY(outbox.markDone(id, QStringLiteral("req-1"), &error));
        // Redelivered by the poll's overlap after it was written: still the same row, nothing new to send.
        QCOMPARE(
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::KeyAlreadyQueued),
            id);
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("outbox")), 1);
        QCOMPARE(rowOf(id).state, OutboxState::Done);
    }

    void aNewerPlanReplacesThePendingOneButKeepsItsBackoff()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-1"), QStringLiteral("Old")),
                     EnqueueOutcome::Added);
        QVERIFY(outbox.markInFlight(id, &error));
        const QDateTime retryAt = m_clock->nowUtc().addSecs(30);
        QVERIFY(outbox.scheduleRetry(id, retryAt, QStringLiteral("Rate limited"), QStringLiteral("429"),
                                     QStringLiteral("req-1"), &error));
        m_clock->advance(5s);

        OutboxRow newer = planFor(QStringLiteral("a"), QStringLiteral("key-2"), QStringLiteral("New"));
        QCOMPARE(enqueued(newer, EnqueueOutcome::ReplacedPending), id);
        const OutboxRow row = rowOf(id);
        QCOMPARE(row.idempotencyKey, QStringLiteral("key-2"));
        QCOMPARE(row.payload, newer.payload);
        QCOMPARE(row.plannedValues, newer.plannedValues);
        QCOMPARE(row.state, OutboxState::Pending);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(row.nextTryAt, retryAt);
        QCOMPARE(row.lastErrorCode, QStringLiteral("429"));
        QCOMPARE(row.requestId, QStringLiteral("req-1"));
        QCOMPARE(row.updatedAt, m_clock->nowUtc());
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("outbox")), 1);
        // The replaced key is free again: nothing holds it any more.
        QCOMPARE(enqueued(planFor(QStringLiteral("b"), QStringLiteral("key-1")), EnqueueOutcome::Added),
                 id + 1);
    }

    void aPlanForARecordWhoseWriteIsInFlightIsNotQueued()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-1")), EnqueueOutcome::Added);
        QVERIFY(outbox.markInFlight(id, &error));
        QCOMPARE(
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-2")), EnqueueOutcome::RecordInFlight),
            id);
        QCOMPARE(rowOf(id).idempotencyKey, QStringLiteral("key-1"));
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("outbox")), 1);

        // Once it settled, the record takes a new plan again.
        QVERIFY(outbox.markDone(id, QStringLiteral("req-1"), &error));
        QVERIFY(enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-2")), EnqueueOutcome::Added) > id);
    }

    void theSchemaRefusesASecondOpenWriteForARecord()
    {
        enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-1")), EnqueueOutcome::Added);
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO outbox (entity, board_id, bc_id, operation, idempotency_key,"
                           " next_try_at, created_at, updated_at) SELECT entity, board_id, bc_id,"
                           " operation, 'key-2', next_try_at, created_at, updated_at FROM outbox")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("UNIQUE")),
                 qPrintable(query.lastError().text()));
    }

    void nextDueIsTheBoardsLongestDuePendingWrite()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 first =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("k-a")), EnqueueOutcome::Added);
        m_clock->advance(1s);
        const qint64 second =
            enqueued(planFor(QStringLiteral("b"), QStringLiteral("k-b")), EnqueueOutcome::Added);
        OutboxRow elsewhere = planFor(QStringLiteral("c"), QStringLiteral("k-c"));
        elsewhere.boardId = QStringLiteral("999");
        const qint64 otherBoard = enqueued(elsewhere, EnqueueOutcome::Added);

        QCOMPARE(outbox.nextDue(board, m_clock->nowUtc(), &error).value_or(OutboxRow{}).id, first);
        QCOMPARE(outbox.nextDue(QStringLiteral("999"), m_clock->nowUtc(), &error).value_or(OutboxRow{}).id,
                 otherBoard);
        // Not yet due is not returned.
        QCOMPARE(outbox.nextDue(board, m_clock->nowUtc().addSecs(-1), &error).value_or(OutboxRow{}).id,
                 first);
        QVERIFY(!outbox.nextDue(board, m_clock->nowUtc().addSecs(-2), &error).has_value());

        // The first backs off: the second is due before it, then the first again once its time came.
        QVERIFY(outbox.markInFlight(first, &error));
        QCOMPARE(outbox.nextDue(board, m_clock->nowUtc(), &error).value_or(OutboxRow{}).id, second);
        QVERIFY(outbox.scheduleRetry(first, m_clock->nowUtc().addSecs(60), QStringLiteral("busy"),
                                     QStringLiteral("423"), QString(), &error));
        QCOMPARE(outbox.nextDue(board, m_clock->nowUtc(), &error).value_or(OutboxRow{}).id, second);
        QCOMPARE(outbox.nextTryAt(board, &error), std::optional<QDateTime>(m_clock->nowUtc()));
        QVERIFY(outbox.markInFlight(second, &error));
        QVERIFY(outbox.markDone(second, QStringLiteral("req-2"), &error));
        QVERIFY(!outbox.nextDue(board, m_clock->nowUtc(), &error).has_value());
        QCOMPARE(outbox.nextTryAt(board, &error), std::optional<QDateTime>(m_clock->nowUtc().addSecs(60)));
        m_clock->advance(60s);
        QCOMPARE(outbox.nextDue(board, m_clock->nowUtc(), &error).value_or(OutboxRow{}).id, first);
        QVERIFY(error.isEmpty());

        QVERIFY(outbox.markInFlight(first, &error));
        QVERIFY(!outbox.nextTryAt(board, &error).has_value());
    }

    void aWriteMovesThroughItsStatesAndKeepsItsBackoffState()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::Added);

        m_clock->advance(1s);
        QVERIFY2(outbox.markInFlight(id, &error), qPrintable(error));
        OutboxRow row = rowOf(id);
        QCOMPARE(row.state, OutboxState::InFlight);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(row.updatedAt, m_clock->nowUtc());

        const QDateTime retryAt = m_clock->nowUtc().addSecs(30);
        QVERIFY2(outbox.scheduleRetry(id, retryAt, QStringLiteral("Rate limited by monday.com"),
                                      QStringLiteral("429"), QStringLiteral("req-1"), &error),
                 qPrintable(error));
        row = rowOf(id);
        QCOMPARE(row.state, OutboxState::Pending);
        QCOMPARE(row.nextTryAt, retryAt);
        QCOMPARE(row.lastError, QStringLiteral("Rate limited by monday.com"));
        QCOMPARE(row.lastErrorCode, QStringLiteral("429"));
        QCOMPARE(row.requestId, QStringLiteral("req-1"));
        QCOMPARE(row.idempotencyKey, QStringLiteral("key-a"));

        m_clock->advance(30s);
        QVERIFY(outbox.markInFlight(id, &error));
        QCOMPARE(rowOf(id).attempts, 2);
        QVERIFY2(outbox.markDone(id, QStringLiteral("req-2"), &error), qPrintable(error));
        row = rowOf(id);
        QCOMPARE(row.state, OutboxState::Done);
        QCOMPARE(row.requestId, QStringLiteral("req-2"));
        QCOMPARE(row.attempts, 2);
    }

    void aChangeTheQueueDoesNotAllowIsRefusedAndSaysWhy()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::Added);
        QVERIFY(!outbox.markDone(id, QStringLiteral("req"), &error));
        QCOMPARE(error,
                 QStringLiteral("Write %1 is pending, not in_flight, so its state was not changed.").arg(id));
        QVERIFY(!outbox.scheduleRetry(id, m_clock->nowUtc(), QString(), QString(), QString(), &error));
        QVERIFY(!outbox.replay(id, &error));
        QCOMPARE(error,
                 QStringLiteral("Write %1 is pending, not failed, so its state was not changed.").arg(id));
        QVERIFY(outbox.markInFlight(id, &error));
        QVERIFY(!outbox.markInFlight(id, &error));
        QCOMPARE(error,
                 QStringLiteral("Write %1 is in_flight, not pending, so its state was not changed.").arg(id));
        QVERIFY(!outbox.markDone(id + 1, QString(), &error));
        QCOMPARE(error, QStringLiteral("There is no write %1 in the queue.").arg(id + 1));
        QCOMPARE(rowOf(id).attempts, 1);
    }

    void replayBringsAFailedWriteBackWithItsKey()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::Added);
        QVERIFY(outbox.markInFlight(id, &error));
        QVERIFY2(outbox.markFailed(id, QStringLiteral("The label \"Paid\" does not exist on column status."),
                                   QStringLiteral("ColumnValueException"), QStringLiteral("req-7"), &error),
                 qPrintable(error));
        QCOMPARE(rowOf(id).state, OutboxState::Failed);
        QVERIFY(!outbox.nextDue(board, m_clock->nowUtc().addDays(1), &error).has_value());

        m_clock->advance(2h); // the admin fixed the mapping
        QVERIFY2(outbox.replay(id, &error), qPrintable(error));
        const OutboxRow row = rowOf(id);
        QCOMPARE(row.state, OutboxState::Pending);
        QCOMPARE(row.idempotencyKey, QStringLiteral("key-a/replay-1"));
        QCOMPARE(row.nextTryAt, m_clock->nowUtc());
        // The plan read again (the poll's overlap) is the replayed row, not a second write.
        const std::optional<Outbox::Enqueued> again =
            outbox.enqueue(planFor(QStringLiteral("a"), QStringLiteral("key-a")), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->outcome, EnqueueOutcome::KeyAlreadyQueued);
        QCOMPARE(again->id, id);
        QCOMPARE(row.attempts, 1);
        QCOMPARE(outbox.nextDue(board, m_clock->nowUtc(), &error).value_or(OutboxRow{}).id, id);
        QVERIFY(!outbox.replay(id, &error)); // only a failed write can be replayed
    }

    void aFailedWriteSupersededByANewerPlanIsNotReplayed()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 old =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-1")), EnqueueOutcome::Added);
        QVERIFY(outbox.markFailed(old, QStringLiteral("bad"), QStringLiteral("x"), QString(), &error));
        const qint64 newer =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-2")), EnqueueOutcome::Added);
        QVERIFY(!outbox.replay(old, &error));
        QCOMPARE(error, QStringLiteral("Write %1 for vendors a was not replayed: a newer write for the same "
                                       "record (write %2) replaces it.")
                            .arg(old)
                            .arg(newer));
        QCOMPARE(rowOf(old).state, OutboxState::Failed);
        QVERIFY(!m_database->inTransaction());

        // Written since, the newer plan still supersedes the failed one: replaying it would write stale
        // values.
        QVERIFY(outbox.markInFlight(newer, &error));
        QVERIFY(outbox.markDone(newer, QStringLiteral("req-1"), &error));
        QVERIFY(!outbox.replay(old, &error));
        QCOMPARE(rowOf(old).state, OutboxState::Failed);
    }

    void theReplayableFailedWritesAreTheNewestRowOfTheirRecord()
    {
        Outbox outbox(*m_database);
        QString error;
        const auto failedWrite = [&](const QString& bcId, const QString& key) {
            const qint64 id = enqueued(planFor(bcId, key), EnqueueOutcome::Added);
            outbox.markFailed(id, QStringLiteral("bad"), QStringLiteral("x"), QString(), &error);
            return id;
        };
        failedWrite(QStringLiteral("a"), QStringLiteral("a-1"));
        const qint64 newerOfA = failedWrite(QStringLiteral("a"), QStringLiteral("a-2"));
        const qint64 ofB = failedWrite(QStringLiteral("b"), QStringLiteral("b-1"));
        failedWrite(QStringLiteral("c"), QStringLiteral("c-1"));
        enqueued(planFor(QStringLiteral("c"), QStringLiteral("c-2")), EnqueueOutcome::Added);

        const std::optional<QList<OutboxRow>> replayable = outbox.replayableFailedRows(&error);
        QVERIFY2(replayable, qPrintable(error));
        QList<qint64> ids;
        for (const OutboxRow& row : *replayable)
            ids << row.id;
        QCOMPARE(ids, (QList<qint64>{newerOfA, ofB}));
        for (const qint64 id : ids)
            QVERIFY2(outbox.replay(id, &error), qPrintable(error));
        QCOMPARE(outbox.replayableFailedRows(&error).value_or(QList<OutboxRow>{{}}).size(), 0);
    }

    void writesInFlightAtACrashAreFoundAfterTheRestart()
    {
        QString error;
        qint64 sent = 0;
        {
            Outbox outbox(*m_database);
            sent = enqueued(planFor(QStringLiteral("a"), QStringLiteral("key-a")), EnqueueOutcome::Added);
            enqueued(planFor(QStringLiteral("b"), QStringLiteral("key-b")), EnqueueOutcome::Added);
            QVERIFY(outbox.markInFlight(sent, &error));
        }
        m_database.reset(); // the process ends without settling
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), *m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
        const auto inFlight = Outbox(*m_database).inFlightRows(&error);
        QVERIFY2(inFlight, qPrintable(error));
        QCOMPARE(inFlight->size(), 1);
        QCOMPARE(inFlight->front().id, sent);
        QCOMPARE(inFlight->front().idempotencyKey, QStringLiteral("key-a"));
        QCOMPARE(inFlight->front().attempts, 1);
    }

    void countsPerBoardAndState()
    {
        Outbox outbox(*m_database);
        QString error;
        const qint64 done =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("k-a")), EnqueueOutcome::Added);
        const qint64 failed =
            enqueued(planFor(QStringLiteral("b"), QStringLiteral("k-b")), EnqueueOutcome::Added);
        const qint64 inFlight =
            enqueued(planFor(QStringLiteral("c"), QStringLiteral("k-c")), EnqueueOutcome::Added);
        enqueued(planFor(QStringLiteral("d"), QStringLiteral("k-d")), EnqueueOutcome::Added);
        enqueued(planFor(QStringLiteral("e"), QStringLiteral("k-e")), EnqueueOutcome::Added);
        OutboxRow elsewhere = planFor(QStringLiteral("f"), QStringLiteral("k-f"));
        elsewhere.boardId = QStringLiteral("999");
        enqueued(elsewhere, EnqueueOutcome::Added);
        QVERIFY(outbox.markInFlight(done, &error) && outbox.markDone(done, QString(), &error));
        QVERIFY(outbox.markFailed(failed, QStringLiteral("bad"), QString(), QString(), &error));
        QVERIFY(outbox.markInFlight(inFlight, &error));

        const auto counts = outbox.countsByBoard(&error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(counts->size(), 2);
        const Outbox::StateCounts main = counts->value(board);
        QCOMPARE(main.pending, 2);
        QCOMPARE(main.inFlight, 1);
        QCOMPARE(main.done, 1);
        QCOMPARE(main.failed, 1);
        QCOMPARE(counts->value(QStringLiteral("999")).pending, 1);
    }

    void openRowForFindsThePendingOrInFlightWriteOfARecord()
    {
        Outbox outbox(*m_database);
        QString error;
        QVERIFY(!outbox.openRowFor(vendors, board, QStringLiteral("a"), &error).has_value());
        const qint64 id =
            enqueued(planFor(QStringLiteral("a"), QStringLiteral("k-a")), EnqueueOutcome::Added);
        QCOMPARE(outbox.openRowFor(vendors, board, QStringLiteral("a"), &error).value_or(OutboxRow{}).id, id);
        QVERIFY(outbox.markInFlight(id, &error));
        QCOMPARE(outbox.openRowFor(vendors, board, QStringLiteral("a"), &error).value_or(OutboxRow{}).id, id);
        QVERIFY(outbox.markDone(id, QString(), &error));
        QVERIFY(!outbox.openRowFor(vendors, board, QStringLiteral("a"), &error).has_value());
        QVERIFY(error.isEmpty());
    }

    void aFullDiskOrAReadOnlyFileGivesTheAdminSentence()
    {
        QString error;
        enqueued(planFor(QStringLiteral("a"), QStringLiteral("k-a")), EnqueueOutcome::Added);
        auto browser =
            Database::openReadOnly(m_dir->path(), QStringLiteral("audit-browser"), *m_clock, &error);
        QVERIFY2(browser, qPrintable(error));
        QVERIFY(!Outbox(*browser).enqueue(planFor(QStringLiteral("b"), QStringLiteral("k-b")), &error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("Cannot start a change in the state database %1: permission denied "
                                    "or read-only file system.")
                         .arg(QDir::toNativeSeparators(browser->filePath()))),
                 qPrintable(error));
        QVERIFY(
            !Outbox(*browser).markFailed(1, QStringLiteral("bad"), QStringLiteral("x"), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("permission denied or read-only file system.")),
                 qPrintable(error));
        // Reading still works for the status screen.
        QVERIFY(Outbox(*browser).countsByBoard(&error));

        QVERIFY2(mlc::test::capFileAtCurrentSize(m_database->connection(), &error), qPrintable(error));
        OutboxRow big = planFor(QStringLiteral("b"), QStringLiteral("k-b"));
        big.payload.insert(QStringLiteral("filler"), mlc::test::pageFiller());
        QVERIFY(!Outbox(*m_database).enqueue(big, &error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("Cannot queue the write for vendors b in the state database %1: the "
                                    "disk is full.")
                         .arg(QDir::toNativeSeparators(m_database->filePath()))),
                 qPrintable(error));
        QVERIFY(!m_database->inTransaction());
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("outbox")), 1);
    }

private:
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
