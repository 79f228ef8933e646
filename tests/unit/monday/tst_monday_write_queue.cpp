// The per-board write queue against the monday simulator over loopback, on the fake clock: even pacing to
// mutationsPerMinute, waiting out 429, 423 and 409 as told, one item for a create retried with its key,
// the daily limit, auth stops, permanent errors, and the replay window of an unknown create.

#include "MondayLoopback.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayWriteQueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace mlc;
using mlc::sandbox::MondayFault;
using mlc::sandbox::MondaySimulator;
using namespace std::chrono_literals;

namespace {

QString vendorsBoard(const MondayLoopback& monday)
{
    return monday.simulator.store().boardByName(QStringLiteral("Vendors"))->id;
}

MondayWrite createVendor(const QString& boardId, int n)
{
    MondayWrite write;
    write.outboxId = n;
    write.idempotencyKey = QStringLiteral("test-create-%1").arg(n);
    write.body = MondayDocuments::createItemRequest(
        boardId, QString(), QStringLiteral("Vendor %1").arg(n),
        {{QStringLiteral("bc_id"), QStringLiteral("bc-%1").arg(n)}}, false);
    return write;
}

int itemsNamed(const MondayLoopback& monday, const QString& boardId, const QString& name)
{
    int count = 0;
    for (const mlc::sandbox::MondayItem& item : monday.simulator.store().board(boardId)->items)
        count += item.name == name ? 1 : 0;
    return count;
}

// Lets the event loop deliver what is already on its way, so a test can tell "nothing was sent".
void settleNetwork()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Lets the fake time pass whenever the queue waits (a backoff, a Retry-After), until a write settles.
bool waitOutEveryWait(MondayLoopback& monday, const MondayWriteQueue& queue, const QSignalSpy& settled)
{
    return QTest::qWaitFor(
        [&] {
            if (queue.status().state == MondayWriteQueueStatus::State::Waiting)
                monday.clock.setNow(queue.status().waitingUntil);
            return !settled.isEmpty();
        },
        20000);
}

} // namespace

class tst_MondayWriteQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pacesWritesEvenlyToTheCap();
    void waitsOutA429ForExactlyTheTimeMondayGave();
    void backsOffAfterA423AndWritesOnce();
    void aCreateWhoseAnswerWasLostMakesOneItem();
    void aPermanentErrorFailsThatWriteOnlyAndKeepsOrder();
    void aServerErrorIsRetriedThenHandedBack();
    void anUnknownCreateBeyondTheReplayWindowIsHandedBackUnsent();
    void anAuthFailureStopsTheQueueUntilResumed();
    void waitsForTheComplexityResetBeforeRunningOut();
    void pausesUntilMidnightOnTheDailyLimit();
};

void tst_MondayWriteQueue::initTestCase()
{
    qRegisterMetaType<MondayWriteResult>();
    qRegisterMetaType<MondayWriteQueueStatus>();
}

void tst_MondayWriteQueue::pacesWritesEvenlyToTheCap()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    MondayWriteQueue queue(*monday.client, monday.clock, board, {});
    QList<QDateTime> sentAt;
    auto previous = MondayWriteQueueStatus::State::Idle;
    connect(&queue, &MondayWriteQueue::statusChanged, [&](const MondayWriteQueueStatus& status) {
        if (status.state == MondayWriteQueueStatus::State::Sending && previous != status.state)
            sentAt.append(monday.clock.nowUtc());
        previous = status.state;
    });
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    for (int n = 1; n <= 5; ++n)
        queue.enqueue(createVendor(board, n));

    const QDateTime start = monday.clock.nowUtc();
    for (int n = 1; n <= 5; ++n) {
        QTRY_COMPARE(settled.size(), n);
        if (n == 5)
            break;
        // 40 a minute is one every 1.5 s: nothing goes out a millisecond early.
        QCOMPARE(queue.status().state, MondayWriteQueueStatus::State::Pacing);
        QCOMPARE(queue.status().waitingUntil, start.addMSecs(1500 * n));
        monday.clock.setNow(start.addMSecs(1500 * n - 1));
        settleNetwork();
        QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), n);
        monday.clock.setNow(start.addMSecs(1500 * n));
    }
    QCOMPARE(sentAt.size(), 5);
    for (int n = 0; n < 5; ++n)
        QCOMPARE(sentAt.at(n), start.addMSecs(1500 * n));
    for (int n = 1; n <= 5; ++n)
        QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor %1").arg(n)), 1);
    for (const QList<QVariant>& signal : settled)
        QCOMPARE(signal.first().value<MondayWriteResult>().status, MondayWriteResult::Status::Written);
    QCOMPARE(queue.status().state, MondayWriteQueueStatus::State::Idle);
    QCOMPARE(queue.status().sentInLastMinute, 5);
    QCOMPARE(queue.status().rateLimited, 0);
}

void tst_MondayWriteQueue::waitsOutA429ForExactlyTheTimeMondayGave()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::status429(7));
    MondayWriteQueue queue(*monday.client, monday.clock, board, {});
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    QSignalSpy attemptFailed(&queue, &MondayWriteQueue::attemptFailed);
    queue.enqueue(createVendor(board, 1));

    QTRY_COMPARE(queue.status().state, MondayWriteQueueStatus::State::Waiting);
    QCOMPARE(queue.status().rateLimited, 1);
    QCOMPARE(queue.status().waitingUntil, monday.clock.nowUtc().addSecs(7));
    // The outbox learns when the write goes out again, so a restart keeps the wait.
    QCOMPARE(attemptFailed.size(), 1);
    QCOMPARE(attemptFailed.first().at(1).toDateTime(), monday.clock.nowUtc().addSecs(7));
    QCOMPARE(attemptFailed.first().first().value<MondayWriteResult>().outcome.reason,
             MondayOutcome::Reason::RateLimited);
    monday.clock.advance(6999ms);
    settleNetwork();
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 1);
    monday.clock.advance(1ms);
    QTRY_COMPARE(settled.size(), 1);
    const auto result = settled.first().first().value<MondayWriteResult>();
    QCOMPARE(result.status, MondayWriteResult::Status::Written);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 1")), 1);
    // Both attempts carried the write's one key.
    for (const mlc::sandbox::MondayRequestRecord& record : monday.simulator.requests())
        QCOMPARE(record.header("Idempotency-Key"), QByteArrayLiteral("test-create-1"));
}

void tst_MondayWriteQueue::backsOffAfterA423AndWritesOnce()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::status423());
    MondayWriteQueue::Settings settings;
    settings.mutationsPerMinute = 0; // only the backoff decides when the retry goes
    settings.retry.initialDelay = 2s;
    MondayWriteQueue queue(*monday.client, monday.clock, board, settings);
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    queue.enqueue(createVendor(board, 1));

    QTRY_COMPARE(queue.status().state, MondayWriteQueueStatus::State::Waiting);
    const qint64 wait = monday.clock.nowUtc().msecsTo(queue.status().waitingUntil);
    QVERIFY2(wait >= 1000 && wait <= 2000, qPrintable(QString::number(wait))); // equal jitter on 2 s
    monday.clock.advance(std::chrono::milliseconds(wait - 1));
    settleNetwork();
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 1);
    monday.clock.advance(1ms);
    QTRY_COMPARE(settled.size(), 1);
    QCOMPARE(settled.first().first().value<MondayWriteResult>().status, MondayWriteResult::Status::Written);
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 1")), 1);
}

void tst_MondayWriteQueue::aCreateWhoseAnswerWasLostMakesOneItem()
{
    // The client gives up after 300 ms; the simulator applies the create and answers after 1.5 s.
    MondayLoopback monday(300ms);
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::delayed(1500));
    MondayWriteQueue queue(*monday.client, monday.clock, board, {});
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    queue.enqueue(createVendor(board, 1));

    // Each time the queue waits (backoff after the timeout, 409 while the first is in flight), let the time
    // pass; the retries carry the same key and end with monday's replay of the first answer.
    QVERIFY(waitOutEveryWait(monday, queue, settled));
    const auto result = settled.first().first().value<MondayWriteResult>();
    QCOMPARE(result.status, MondayWriteResult::Status::Written);
    QVERIFY(result.attempts >= 2);
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 1")), 1);
    QVERIFY(result.outcome.replayed);
}

void tst_MondayWriteQueue::aPermanentErrorFailsThatWriteOnlyAndKeepsOrder()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    MondayWriteQueue::Settings settings;
    settings.mutationsPerMinute = 0;
    MondayWriteQueue queue(*monday.client, monday.clock, board, settings);
    QStringList order;
    connect(&queue, &MondayWriteQueue::settled, [&](const MondayWriteResult& result) {
        order.append(QStringLiteral("%1:%2")
                         .arg(result.write.outboxId)
                         .arg(MondayWriteResult::statusName(result.status)));
    });
    MondayWrite bad = createVendor(board, 2);
    bad.body =
        MondayDocuments::createItemRequest(board, QString(), QStringLiteral("Vendor 2"),
                                           {{QStringLiteral("balance"), QStringLiteral("lots")}}, false);
    queue.enqueue(createVendor(board, 1));
    queue.enqueue(bad);
    queue.enqueue(createVendor(board, 3));

    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, (QStringList{QStringLiteral("1:written"), QStringLiteral("2:failed"),
                                 QStringLiteral("3:written")}));
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 3); // a permanent error is not retried
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 2")), 0);
    QCOMPARE(queue.status().failed, 1);
}

void tst_MondayWriteQueue::aServerErrorIsRetriedThenHandedBack()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::status500(), 3);
    MondayWriteQueue::Settings settings;
    settings.retry.maxAttempts = 3;
    MondayWriteQueue queue(*monday.client, monday.clock, board, settings);
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    queue.enqueue(createVendor(board, 1));

    QVERIFY(waitOutEveryWait(monday, queue, settled));
    const auto result = settled.first().first().value<MondayWriteResult>();
    QCOMPARE(result.attempts, 3);
    // A 500 may have come after the create was applied: the engine must look before creating again.
    QCOMPARE(result.status, MondayWriteResult::Status::Unresolved);
    QCOMPARE(result.outcome.reason, MondayOutcome::Reason::ServerError);
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 3);
}

void tst_MondayWriteQueue::anUnknownCreateBeyondTheReplayWindowIsHandedBackUnsent()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    // A 503 whose Retry-After outlasts monday's 30-minute memory of the key.
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::status503(40 * 60));
    MondayWriteQueue::Settings settings;
    settings.retry.maxServerDelay = 60min;
    MondayWriteQueue queue(*monday.client, monday.clock, board, settings);
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    queue.enqueue(createVendor(board, 1));

    QTRY_COMPARE(queue.status().state, MondayWriteQueueStatus::State::Waiting);
    monday.clock.advance(40min);
    QTRY_COMPARE(settled.size(), 1);
    const auto result = settled.first().first().value<MondayWriteResult>();
    QCOMPARE(result.status, MondayWriteResult::Status::Unresolved);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 1);
}

void tst_MondayWriteQueue::anAuthFailureStopsTheQueueUntilResumed()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    monday.simulator.setTokenValidator([](const QString&) { return false; });
    MondayWriteQueue queue(*monday.client, monday.clock, board, {});
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    queue.enqueue(createVendor(board, 1));
    queue.enqueue(createVendor(board, 2));

    QTRY_COMPARE(queue.status().state, MondayWriteQueueStatus::State::Stopped);
    QVERIFY(!queue.status().reason.isEmpty());
    monday.clock.advance(10min);
    settleNetwork();
    QCOMPARE(monday.simulator.requests().size(), 1);
    QCOMPARE(queue.depth(), 2);
    QVERIFY(settled.isEmpty());

    monday.simulator.setTokenValidator(
        [](const QString& token) { return token == MondaySimulator::demoToken(); });
    queue.resume();
    QTRY_COMPARE(settled.size(), 1);
    monday.clock.advance(2s);
    QTRY_COMPARE(settled.size(), 2);
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 1")), 1);
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 2")), 1);
}

void tst_MondayWriteQueue::waitsForTheComplexityResetBeforeRunningOut()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    // Room for two creates (about 10,000 points each) a minute.
    monday.simulator.complexity().setBudgetPerMinute(25000);
    MondayWriteQueue::Settings settings;
    settings.mutationsPerMinute = 0;
    MondayWriteQueue queue(*monday.client, monday.clock, board, settings);
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    const QDateTime start = monday.clock.nowUtc();
    for (int n = 1; n <= 3; ++n)
        queue.enqueue(createVendor(board, n));

    QTRY_COMPARE(settled.size(), 2);
    QCOMPARE(queue.status().state, MondayWriteQueueStatus::State::Waiting);
    QCOMPARE(queue.status().waitingUntil, start.addSecs(60));
    settleNetwork();
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 2);
    monday.clock.setNow(start.addSecs(60));
    QTRY_COMPARE(settled.size(), 3);
    // The queue waited for the reset instead of running into the refusal.
    for (const mlc::sandbox::MondayRequestRecord& record : monday.simulator.requests())
        QCOMPARE(record.status, 200);
}

void tst_MondayWriteQueue::pausesUntilMidnightOnTheDailyLimit()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString board = vendorsBoard(monday);
    monday.simulator.limits().dailyCalls = 2;
    monday.clock.setNow(QDateTime(QDate(2026, 1, 5), QTime(23, 0), Qt::UTC));
    MondayWriteQueue::Settings settings;
    settings.mutationsPerMinute = 0;
    MondayWriteQueue queue(*monday.client, monday.clock, board, settings);
    QSignalSpy settled(&queue, &MondayWriteQueue::settled);
    for (int n = 1; n <= 3; ++n)
        queue.enqueue(createVendor(board, n));

    QTRY_COMPARE(queue.status().state, MondayWriteQueueStatus::State::Paused);
    QCOMPARE(settled.size(), 2);
    const QDateTime midnight(QDate(2026, 1, 6), QTime(0, 0), Qt::UTC);
    QCOMPARE(queue.status().waitingUntil, midnight);
    QVERIFY(!queue.status().reason.isEmpty());
    monday.clock.setNow(midnight.addMSecs(-1));
    settleNetwork();
    QCOMPARE(monday.requestsFor(QStringLiteral("create_item")), 3); // two written, one refused
    monday.clock.setNow(midnight);
    QTRY_COMPARE(settled.size(), 3);
    QCOMPARE(settled.last().first().value<MondayWriteResult>().status, MondayWriteResult::Status::Written);
    QCOMPARE(itemsNamed(monday, board, QStringLiteral("Vendor 3")), 1);
}

QTEST_GUILESS_MAIN(tst_MondayWriteQueue)
#include "tst_monday_write_queue.moc"
