// The engine under fire (DESIGN §4): 429s with Retry-After, 423 locks, 500s, dropped connections and a
// mutation that times out after monday ran it, and a throttled, failing BC. The pass must still end with
// the same boards as an undisturbed one (one item per record, no duplicate) and an audit trail that has
// every retry and exactly one outcome per record.

#include "SyncChecks.h"
#include "monday/MondayFaultInjector.h"
#include "store/AuditLog.h"

#include <QLoggingCategory>
#include <QTest>
#include <QTimer>

using namespace mlc;

namespace {

// Waits told by monday or BC are waited on the fake clock: this moves it on while the pass runs.
class ClockDriver
{
public:
    explicit ClockDriver(FakeClock& clock)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [&clock] { clock.advance(std::chrono::seconds(1)); });
        m_timer.start(1);
    }

private:
    QTimer m_timer;
};

int countOf(SyncLoopback& env, AuditEvent event)
{
    AuditFilter filter;
    filter.event = event;
    filter.limit = AuditFilter::maximumLimit;
    QString error;
    return int(AuditLog(*env.database).query(filter, &error).value_or(QList<AuditEntry>()).size());
}

} // namespace

class tst_SyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncPass::MappingResult>();
        QLoggingCategory::setFilterRules(
            QStringLiteral("mlc.*.debug=false\nmlc.*.info=false\nmlc.*.warning=false"));
    }

    void everyKindOfTransientFailureEndsWithTheSameBoards()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        // A client that gives up on an answer quickly, so a delayed answer is a timeout.
        MondayClient::Settings settings;
        settings.apiUrl = env.monday.endpoint();
        settings.apiVersion = QStringLiteral("2026-07");
        settings.transferTimeout = std::chrono::milliseconds(400);
        env.mondayClient = std::make_unique<MondayClient>(&env.network, env.bc.clock, settings);
        env.mondayClient->setToken(sandbox::MondaySimulator::demoToken());

        sandbox::MondayFaultInjector& monday = env.monday.faults();
        const QString create = QStringLiteral("create_item");
        monday.inject(create, sandbox::MondayFault::status429(3), 2);
        monday.inject(create, sandbox::MondayFault::status423(), 2);
        monday.inject(create, sandbox::MondayFault::status500(), 2);
        monday.inject(create, sandbox::MondayFault::droppedConnection());
        monday.inject(create, sandbox::MondayFault::delayed(1200)); // runs, answers after the client gave up
        monday.inject(create, sandbox::MondayFault::status503(2));
        env.bc.api.faults().inject(QStringLiteral("vendors"), sandbox::BcFault::status429(2));
        env.bc.api.faults().inject(QStringLiteral("purchaseInvoices"), sandbox::BcFault::status503(1));

        const ClockDriver driver(env.bc.clock);
        QList<SyncPass::MappingResult> results;
        QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}, &results));
        for (const SyncPass::MappingResult& result : results)
            QCOMPARE(result.failed + result.poll.failed, 0);

        bool unique = false;
        const int vendors = int(env.bcRecords(BcEntity::Vendors).size());
        const int invoices = int(env.bcRecords(BcEntity::PurchaseInvoices).size());
        QCOMPARE(itemsByBcId(env, env.vendorsBoard, &unique).size(), vendors);
        QVERIFY(unique);
        QCOMPARE(int(env.monday.store().board(env.vendorsBoard)->items.size()), vendors);
        QCOMPARE(itemsByBcId(env, env.invoicesBoard, &unique).size(), invoices);
        QVERIFY(unique);
        QCOMPARE(int(env.monday.store().board(env.invoicesBoard)->items.size()), invoices);

        // The trail: one outcome per record, and a retry entry for each refused or unanswered attempt.
        QCOMPARE(countOf(env, AuditEvent::Created) + countOf(env, AuditEvent::Adopted), vendors + invoices);
        QVERIFY2(countOf(env, AuditEvent::Retried) >= 9,
                 qPrintable(QString::number(countOf(env, AuditEvent::Retried))));
        QCOMPARE(countOf(env, AuditEvent::Failed), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_sync_faults.moc"
