// monday's limits in the simulator, seen through the connector's own client: the per-board pace (429 with
// the exact Retry-After), 423 while a board has a mutation in flight, the daily call limit until midnight
// UTC, and Idempotency-Key replays; and that MondayOutcome reads each the way DESIGN §4 needs.

#include "MondayLoopback.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayRequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace mlc;
using mlc::sandbox::MondayFault;
using namespace std::chrono_literals;

namespace {

QString board(const MondayLoopback& monday, const char* name)
{
    return monday.simulator.store().boardByName(QString::fromLatin1(name))->id;
}

MondayRequestBody create(const QString& boardId, const QString& name)
{
    return MondayDocuments::createItemRequest(boardId, QString(), name, {}, false);
}

MondayOutcome send(MondayLoopback& monday, const MondayRequestBody& body, const QString& key = QString())
{
    MondayRequest* request = monday.client->send(body, key);
    QSignalSpy finished(request, &MondayRequest::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<MondayOutcome>();
}

int itemsNamed(const MondayLoopback& monday, const QString& boardId, const QString& name)
{
    int count = 0;
    for (const mlc::sandbox::MondayItem& item : monday.simulator.store().board(boardId)->items)
        count += item.name == name ? 1 : 0;
    return count;
}

} // namespace

class tst_MondayLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<MondayOutcome>(); }
    void theMutationOverTheBoardPaceWaitsExactlyAsTold();
    void aMutationWhileTheBoardIsBusyIsLocked();
    void theDailyLimitStopsCallsUntilMidnight();
    void aRepeatedKeyIsReplayedNotApplied();
    void aKeyInFlightConflictsAndAnExpiredKeyRunsAgain();
    void aRefusedRequestDoesNotUseUpItsKey();
};

void tst_MondayLimits::theMutationOverTheBoardPaceWaitsExactlyAsTold()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString vendors = board(monday, "Vendors");
    const QDateTime start = monday.clock.nowUtc();
    for (int i = 0; i < 40; ++i) {
        monday.clock.setNow(start.addMSecs(250 * i)); // the first at 0 s, the last at 9.75 s
        QCOMPARE(send(monday, create(vendors, QStringLiteral("Paced %1").arg(i))).kind,
                 MondayOutcome::Kind::Done);
    }
    monday.clock.setNow(start.addSecs(20));
    const MondayOutcome refused = send(monday, create(vendors, QStringLiteral("One too many")));
    QCOMPARE(refused.httpStatus, 429);
    QCOMPARE(refused.kind, MondayOutcome::Kind::Retry);
    QCOMPARE(refused.reason, MondayOutcome::Reason::RateLimited);
    QCOMPARE(refused.retryAfter,
             std::optional<std::chrono::seconds>(40s)); // the first leaves the window at 60 s
    QCOMPARE(itemsNamed(monday, vendors, QStringLiteral("One too many")), 0);

    // Another board has its own pace.
    QCOMPARE(send(monday, create(board(monday, "Sales invoices"), QStringLiteral("Elsewhere"))).kind,
             MondayOutcome::Kind::Done);
    monday.clock.setNow(start.addSecs(60));
    QCOMPARE(send(monday, create(vendors, QStringLiteral("One too many"))).kind, MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.paceRefusals(), 1);
}

void tst_MondayLimits::aMutationWhileTheBoardIsBusyIsLocked()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString vendors = board(monday, "Vendors");
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::delayed(800));
    MondayRequest* slow = monday.client->send(create(vendors, QStringLiteral("Slow")));
    QSignalSpy slowDone(slow, &MondayRequest::finished);
    QTRY_COMPARE(monday.requestsFor(QStringLiteral("create_item")), 1); // applied, answer held back

    const MondayOutcome locked = send(monday, create(vendors, QStringLiteral("Meanwhile")));
    QCOMPARE(locked.httpStatus, 423);
    QCOMPARE(locked.reason, MondayOutcome::Reason::Locked);
    QCOMPARE(locked.kind, MondayOutcome::Kind::Retry);
    // Reads and other boards are not locked.
    QCOMPARE(send(monday, MondayDocuments::itemsFirstPageRequest(vendors)).kind, MondayOutcome::Kind::Done);
    QCOMPARE(send(monday, create(board(monday, "Sales invoices"), QStringLiteral("Elsewhere"))).kind,
             MondayOutcome::Kind::Done);

    QVERIFY(slowDone.wait(10000));
    QCOMPARE(send(monday, create(vendors, QStringLiteral("Meanwhile"))).kind, MondayOutcome::Kind::Done);
}

void tst_MondayLimits::theDailyLimitStopsCallsUntilMidnight()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    monday.simulator.limits().dailyCalls = 3;
    monday.clock.setNow(QDateTime(QDate(2026, 1, 5), QTime(22, 30), Qt::UTC));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(send(monday, MondayDocuments::connectionTestRequest()).kind, MondayOutcome::Kind::Done);
    const MondayOutcome limited = send(monday, MondayDocuments::connectionTestRequest());
    QCOMPARE(limited.kind, MondayOutcome::Kind::Terminal);
    QCOMPARE(limited.reason, MondayOutcome::Reason::DailyLimit);
    QCOMPARE(limited.pausedUntil, QDateTime(QDate(2026, 1, 6), QTime(0, 0), Qt::UTC));

    monday.clock.setNow(QDateTime(QDate(2026, 1, 5), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(send(monday, MondayDocuments::connectionTestRequest()).reason,
             MondayOutcome::Reason::DailyLimit);
    monday.clock.setNow(QDateTime(QDate(2026, 1, 6), QTime(0, 0), Qt::UTC));
    QCOMPARE(send(monday, MondayDocuments::connectionTestRequest()).kind, MondayOutcome::Kind::Done);
}

void tst_MondayLimits::aRepeatedKeyIsReplayedNotApplied()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString vendors = board(monday, "Vendors");
    const MondayOutcome first =
        send(monday, create(vendors, QStringLiteral("Once")), QStringLiteral("key-1"));
    QCOMPARE(first.kind, MondayOutcome::Kind::Done);
    QVERIFY(!first.replayed);
    monday.clock.advance(29min);
    const MondayOutcome again =
        send(monday, create(vendors, QStringLiteral("Once")), QStringLiteral("key-1"));
    QCOMPARE(again.kind, MondayOutcome::Kind::Done);
    QVERIFY(again.replayed);
    QCOMPARE(again.data.value(QStringLiteral("create_item")).toObject().value(QStringLiteral("id")),
             first.data.value(QStringLiteral("create_item")).toObject().value(QStringLiteral("id")));
    QCOMPARE(itemsNamed(monday, vendors, QStringLiteral("Once")), 1);
    // Another key is another write; a query ignores keys.
    QCOMPARE(send(monday, create(vendors, QStringLiteral("Once")), QStringLiteral("key-2")).replayed, false);
    QCOMPARE(itemsNamed(monday, vendors, QStringLiteral("Once")), 2);
}

void tst_MondayLimits::aKeyInFlightConflictsAndAnExpiredKeyRunsAgain()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString vendors = board(monday, "Vendors");
    monday.simulator.limits().lockBoards = false; // the conflict, not the lock, is under test
    monday.simulator.faults().inject(QStringLiteral("create_item"), MondayFault::delayed(800));
    MondayRequest* slow =
        monday.client->send(create(vendors, QStringLiteral("Keyed")), QStringLiteral("key-9"));
    QSignalSpy slowDone(slow, &MondayRequest::finished);
    QTRY_COMPARE(monday.requestsFor(QStringLiteral("create_item")), 1);

    const MondayOutcome conflict =
        send(monday, create(vendors, QStringLiteral("Keyed")), QStringLiteral("key-9"));
    QCOMPARE(conflict.httpStatus, 409);
    QCOMPARE(conflict.reason, MondayOutcome::Reason::IdempotencyConflict);
    QCOMPARE(conflict.retryAfter, std::optional<std::chrono::seconds>(1s));
    QVERIFY(slowDone.wait(10000));
    QVERIFY(send(monday, create(vendors, QStringLiteral("Keyed")), QStringLiteral("key-9")).replayed);
    QCOMPARE(itemsNamed(monday, vendors, QStringLiteral("Keyed")), 1);

    monday.clock.advance(31min);
    QVERIFY(!send(monday, create(vendors, QStringLiteral("Keyed")), QStringLiteral("key-9")).replayed);
    QCOMPARE(itemsNamed(monday, vendors, QStringLiteral("Keyed")), 2);
}

void tst_MondayLimits::aRefusedRequestDoesNotUseUpItsKey()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString vendors = board(monday, "Vendors");
    monday.simulator.limits().mutationsPerMinutePerBoard = 1;
    QCOMPARE(send(monday, create(vendors, QStringLiteral("First")), QStringLiteral("a")).kind,
             MondayOutcome::Kind::Done);
    // monday: "Do not use a key for retries after a 429, the original request wasn't processed". The
    // connector does reuse it, so the simulator must not have remembered the refusal.
    QCOMPARE(send(monday, create(vendors, QStringLiteral("Second")), QStringLiteral("b")).httpStatus, 429);
    monday.clock.advance(60s);
    const MondayOutcome retried =
        send(monday, create(vendors, QStringLiteral("Second")), QStringLiteral("b"));
    QCOMPARE(retried.kind, MondayOutcome::Kind::Done);
    QVERIFY(!retried.replayed);
    QCOMPARE(itemsNamed(monday, vendors, QStringLiteral("Second")), 1);
}

QTEST_GUILESS_MAIN(tst_MondayLimits)
#include "tst_monday_limits.moc"
