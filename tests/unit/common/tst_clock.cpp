#include "FakeClock.h"
#include "common/SystemClock.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class tst_Clock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fakeClockStandsStillUntilAdvanced()
    {
        mlc::FakeClock clock;
        const QDateTime start = clock.nowUtc();
        QCOMPARE(start.timeSpec(), Qt::UTC);
        QCOMPARE(clock.nowUtc(), start);
        clock.advance(90s);
        QCOMPARE(clock.nowUtc(), start.addSecs(90));
    }

    void fakeClockFiresCallbacksInTimeOrderAtTheirDueTime()
    {
        mlc::FakeClock clock;
        const QDateTime start = clock.nowUtc();
        QStringList fired;
        QList<QDateTime> seenAt;
        clock.callAfter(30s, this, [&] {
            fired << QStringLiteral("30s");
            seenAt << clock.nowUtc();
        });
        clock.callAfter(10s, this, [&] {
            fired << QStringLiteral("10s");
            seenAt << clock.nowUtc();
        });
        clock.callAfter(10s, this, [&] { fired << QStringLiteral("10s-second"); });

        clock.advance(9s);
        QVERIFY(fired.isEmpty());
        clock.advance(25s);
        QCOMPARE(fired,
                 (QStringList{QStringLiteral("10s"), QStringLiteral("10s-second"), QStringLiteral("30s")}));
        QCOMPARE(seenAt.at(0), start.addSecs(10));
        QCOMPARE(seenAt.at(1), start.addSecs(30));
        QCOMPARE(clock.nowUtc(), start.addSecs(34));
        QCOMPARE(clock.pendingCallbacks(), 0);
    }

    void fakeClockRunsCallbacksScheduledByCallbacksWithinTheSameAdvance()
    {
        mlc::FakeClock clock;
        int ticks = 0;
        std::function<void()> tick = [&] {
            ++ticks;
            clock.callAfter(1min, this, tick);
        };
        clock.callAfter(1min, this, tick);
        clock.advance(5min);
        QCOMPARE(ticks, 5);
        QCOMPARE(clock.pendingCallbacks(), 1);
    }

    void fakeClockDropsCallbacksOfDestroyedContexts()
    {
        mlc::FakeClock clock;
        bool fired = false;
        auto context = std::make_unique<QObject>();
        clock.callAfter(1s, context.get(), [&] { fired = true; });
        context.reset();
        clock.advance(2s);
        QVERIFY(!fired);
    }

    void systemClockCallsBackOnTheEventLoop()
    {
        mlc::SystemClock clock;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(before.msecsTo(clock.nowUtc())) < 5000);
        bool fired = false;
        clock.callAfter(20ms, this, [&] { fired = true; });
        QVERIFY(!fired);
        QTRY_VERIFY(fired);
    }
};

QTEST_GUILESS_MAIN(tst_Clock)
#include "tst_clock.moc"
