// `run`'s loop against both simulators on a fake clock: a first pass over everything, then each mapping
// again on its cadence, picking up changes; an idle cycle costs one BC request per mapping; and a stop in
// the middle of a pass leaves nothing in flight, so the next start finishes the boards exactly.

#include "SyncChecks.h"
#include "store/Outbox.h"
#include "sync/SyncLoop.h"

#include <QLoggingCategory>
#include <QTest>

using namespace mlc;

namespace {

QList<Mapping> polledEveryMinute(QList<Mapping> mappings)
{
    for (Mapping& mapping : mappings)
        mapping.pollSeconds = 60;
    return mappings;
}

SyncPass::Settings unpaced()
{
    SyncPass::Settings settings;
    settings.writes.mutationsPerMinute = 0;
    return settings;
}

} // namespace

class tst_SyncLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<SyncPass::MappingResult>>();
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void eachMappingIsPolledAgainOnItsCadence()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        const QList<Mapping> mappings = polledEveryMinute({env.vendorsMapping(), env.invoicesMapping()});
        SyncLoop loop(*env.database, *env.bc.client, *env.mondayClient, env.bc.clock, mappings, unpaced());
        QSignalSpy passes(&loop, &SyncLoop::passFinished);
        loop.start();
        QVERIFY(passes.wait(60000));
        const int records =
            int(env.bcRecords(BcEntity::Vendors).size() + env.bcRecords(BcEntity::PurchaseInvoices).size());
        QCOMPARE(env.mutations(QStringLiteral("create_item")), records);
        QCOMPARE(loop.nextPollAt(mappings.first()), env.bc.clock.nowUtc().addSecs(60));

        // A vendor changes in BC; nothing happens until its minute is up.
        const QJsonObject vendor = env.bcRecords(BcEntity::Vendors).first();
        QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors,
                                        vendor.value(QStringLiteral("id")).toString(),
                                        {{QStringLiteral("email"), QStringLiteral("ap@changed.example")}}));
        env.monday.clearRequests();
        env.bc.clock.advance(std::chrono::seconds(59));
        QCOMPARE(passes.size(), 1);
        env.bc.clock.advance(std::chrono::seconds(1));
        QVERIFY(passes.wait(60000));
        QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")), 1);
        bool unique = false;
        QCOMPARE(cellText(itemsByBcId(env, env.vendorsBoard, &unique)
                              .value(vendor.value(QStringLiteral("id")).toString()),
                          QStringLiteral("email")),
                 QStringLiteral("ap@changed.example"));

        // Nothing changed: an idle cycle asks BC once per mapping and monday only for the boards' columns.
        env.bc.api.resetRequestCounts();
        env.monday.clearRequests();
        env.bc.clock.advance(std::chrono::seconds(60));
        QVERIFY(passes.wait(60000));
        QCOMPARE(env.bc.api.requestCount(), int(mappings.size()));
        QCOMPARE(env.mutations(QStringLiteral("create_item")) +
                     env.mutations(QStringLiteral("change_multiple_column_values")),
                 0);
        qInfo("idle poll cycle: %d BC requests for %d mappings", env.bc.api.requestCount(),
              int(mappings.size()));

        QSignalSpy stopped(&loop, &SyncLoop::stopped);
        loop.stop();
        QVERIFY(stopped.wait(5000));
    }

    void aStopMidPassLeavesNothingInFlightAndTheNextStartFinishes()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        const QList<Mapping> mappings = polledEveryMinute({env.vendorsMapping(), env.invoicesMapping()});
        {
            SyncLoop loop(*env.database, *env.bc.client, *env.mondayClient, env.bc.clock, mappings,
                          unpaced());
            QSignalSpy stopped(&loop, &SyncLoop::stopped);
            int seen = 0;
            connect(&env.monday, &sandbox::MondaySimulator::requestSeen, &loop, [&] {
                if (++seen == 30)
                    loop.stop();
            });
            loop.start();
            QVERIFY(stopped.wait(60000));
            QString error;
            QCOMPARE(Outbox(*env.database).inFlightRows(&error).value_or(QList<OutboxRow>{{}}).size(), 0);
            QVERIFY(env.mutations(QStringLiteral("create_item")) < 40);
        }
        SyncLoop again(*env.database, *env.bc.client, *env.mondayClient, env.bc.clock, mappings, unpaced());
        QSignalSpy passes(&again, &SyncLoop::passFinished);
        again.start();
        QVERIFY(passes.wait(60000));
        bool unique = false;
        QCOMPARE(itemsByBcId(env, env.vendorsBoard, &unique).size(), env.bcRecords(BcEntity::Vendors).size());
        QVERIFY(unique);
        QCOMPARE(itemsByBcId(env, env.invoicesBoard, &unique).size(),
                 env.bcRecords(BcEntity::PurchaseInvoices).size());
        QVERIFY(unique);
    }
};

QTEST_GUILESS_MAIN(tst_SyncLoop)
#include "tst_sync_loop.moc"
