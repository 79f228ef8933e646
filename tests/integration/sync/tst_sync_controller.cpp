// The controller the desktop application uses: the engine on its own thread, driven by queued calls, seen
// through status snapshots. Against both simulators on loopback (served by this test's thread while the
// engine's thread does the HTTP): start syncs everything, pause and resume, sync now picks up a change,
// replay answers, and destroying the controller stops the engine cleanly.

#include "WebhookRig.h"
#include "sync/SyncController.h"

#include <QLoggingCategory>
#include <QTest>

using namespace mlc;

namespace {

int total(const EngineStatus& status, int EngineStatus::MappingStatus::*count)
{
    int sum = 0;
    for (const EngineStatus::MappingStatus& mapping : status.mappings)
        sum += mapping.*count;
    return sum;
}

// Waits, serving the simulators, until a snapshot satisfies `done`; false when none has within a minute
// (the engine sends one a second, so a loop on "any snapshot" alone would never end).
bool waitForStatus(QSignalSpy& spy, const std::function<bool(const EngineStatus&)>& done)
{
    const QDeadlineTimer deadline(std::chrono::minutes(1));
    while (!deadline.hasExpired()) {
        while (!spy.isEmpty()) {
            if (done(spy.takeFirst().first().value<EngineStatus>()))
                return true;
        }
        if (!spy.wait(int(qMax<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    return false;
}

} // namespace

class tst_SyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void theEngineRunsOnItsThreadAndIsDrivenThroughTheController()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        QTemporaryDir dir;
        SyncController::Start start;
        start.profile = env.profile();
        start.dataDir = dir.path();
        start.bcClientSecret = BcLoopback::kClientSecret;
        start.mondayToken = sandbox::MondaySimulator::demoToken();
        const int records =
            int(env.bcRecords(BcEntity::Vendors).size() + env.bcRecords(BcEntity::PurchaseInvoices).size());

        auto controller = std::make_unique<SyncController>();
        QSignalSpy status(controller.get(), &SyncController::statusChanged);
        controller->start(start);
        QVERIFY(waitForStatus(status, [&](const EngineStatus& snapshot) {
            return total(snapshot, &EngineStatus::MappingStatus::created) == records;
        }));
        bool unique = false;
        QCOMPARE(itemsByBcId(env, env.invoicesBoard, &unique).size(),
                 env.bcRecords(BcEntity::PurchaseInvoices).size());
        QVERIFY(unique);

        controller->pause();
        QVERIFY(waitForStatus(status, [](const EngineStatus& snapshot) {
            return snapshot.state == EngineStatus::State::Paused &&
                   !snapshot.mappings.first().nextPollAt.isValid();
        }));
        controller->resume();
        QVERIFY(waitForStatus(status, [](const EngineStatus& snapshot) {
            return snapshot.state == EngineStatus::State::Running &&
                   snapshot.mappings.first().nextPollAt.isValid();
        }));

        // A change in BC is written at once on "Sync now", not after the five-minute cadence.
        const QJsonObject vendor = env.bcRecords(BcEntity::Vendors).first();
        env.bc.clock.advance(std::chrono::minutes(1));
        QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors,
                                        vendor.value(QStringLiteral("id")).toString(),
                                        {{QStringLiteral("email"), QStringLiteral("now@changed.example")}}));
        controller->syncNow();
        QVERIFY(waitForStatus(status, [](const EngineStatus& snapshot) {
            return total(snapshot, &EngineStatus::MappingStatus::updated) == 1;
        }));
        QCOMPARE(cellText(itemsByBcId(env, env.vendorsBoard, &unique)
                              .value(vendor.value(QStringLiteral("id")).toString()),
                          QStringLiteral("email")),
                 QStringLiteral("now@changed.example"));

        QSignalSpy replayed(controller.get(), &SyncController::replayed);
        controller->replayFailed();
        QVERIFY(replayed.wait(10000));
        QCOMPARE(replayed.first().at(0).toInt() + replayed.first().at(1).toInt(), 0);
        QCOMPARE(replayed.first().at(2).toString(), QString());

        QSignalSpy stopped(controller.get(), &SyncController::stopped);
        controller->stop();
        QVERIFY(stopped.wait(10000));
        controller.reset(); // joins the engine's thread
        QCOMPARE(int(env.monday.store().board(env.vendorsBoard)->items.size() +
                     env.monday.store().board(env.invoicesBoard)->items.size()),
                 records);
    }

    // A first pass over a board can take an hour at monday's pace; its figures show while it runs.
    void countsGrowWhileAPassIsUnderWay()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        QTemporaryDir dir;
        SyncController::Start start;
        start.profile = env.profile();
        start.profile.mappings = {env.vendorsMapping()};
        start.profile.monday.mutationsPerMinute = 600; // ten writes a second: the pass takes seconds
        start.dataDir = dir.path();
        start.bcClientSecret = BcLoopback::kClientSecret;
        start.mondayToken = sandbox::MondaySimulator::demoToken();
        const int vendors = int(env.bcRecords(BcEntity::Vendors).size());
        QVERIFY(vendors > 20);

        auto controller = std::make_unique<SyncController>();
        QSignalSpy status(controller.get(), &SyncController::statusChanged);
        controller->start(start);
        QVERIFY(waitForStatus(status, [&](const EngineStatus& snapshot) {
            const EngineStatus::MappingStatus& mapping = snapshot.mappings.first();
            return mapping.syncing && !mapping.lastSyncAt.isValid() && mapping.created > 0 &&
                   mapping.created < vendors;
        }));
        QVERIFY(waitForStatus(status, [&](const EngineStatus& snapshot) {
            const EngineStatus::MappingStatus& mapping = snapshot.mappings.first();
            return mapping.lastSyncAt.isValid() && mapping.created == vendors; // counted once, not twice
        }));
        QSignalSpy stopped(controller.get(), &SyncController::stopped);
        controller->stop();
        QVERIFY(stopped.wait(10000));
    }

    void snapshotsShowEachMappingsSubscription()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        // The engine keeps the computer's time; BC's expiries are whole seconds.
        QDateTime now = QDateTime::currentDateTimeUtc();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        env.bc.clock.setNow(now);
        QTemporaryDir dir;
        SyncController::Start start;
        start.profile = env.profile();
        start.profile.webhooks = loopbackWebhooks(freePort());
        start.dataDir = dir.path();
        start.bcClientSecret = BcLoopback::kClientSecret;
        start.mondayToken = sandbox::MondaySimulator::demoToken();

        auto controller = std::make_unique<SyncController>();
        QSignalSpy status(controller.get(), &SyncController::statusChanged);
        controller->start(start);
        const QDateTime expiry = env.bc.clock.nowUtc().addDays(3);
        QVERIFY(waitForStatus(status, [&](const EngineStatus& snapshot) {
            for (const EngineStatus::MappingStatus& mapping : snapshot.mappings) {
                if (!mapping.webhook || mapping.webhook->state != SubscriptionStatus::State::Live ||
                    mapping.webhook->expiresAt != expiry)
                    return false;
            }
            return true;
        }));
        QCOMPARE(env.bc.api.webhooks().subscriptions().size(), 2);
        QSignalSpy stopped(controller.get(), &SyncController::stopped);
        controller->stop(); // served here: the engine's last write needs this thread's simulators
        QVERIFY(stopped.wait(10000));
        controller.reset();
    }
};

QTEST_GUILESS_MAIN(tst_SyncController)
#include "tst_sync_controller.moc"
