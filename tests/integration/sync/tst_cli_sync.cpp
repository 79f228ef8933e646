// `ml-connector-cli sync --once` as a real process against both simulators served by this test: a dry run
// writes nothing and says what it would, a real run makes one item per record and prints the contract's
// JSON, a second run makes no mutation, and a missing secret or token is exit 3 before anything is read.

#include "CliRunner.h"
#include "TestPaths.h"
#include "WebhookRig.h"
#include "sync/ProfileWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>

using mlc::test::CliRun;
using mlc::test::runCliServing;

namespace {

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QByteArray said(const CliRun& run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out + "\nstderr:\n" + run.err;
}

} // namespace

class tst_CliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void init()
    {
        m_env = std::make_unique<SyncLoopback>();
        QVERIFY(m_env->listening);
        m_dir = std::make_unique<QTemporaryDir>(); // a fresh data folder: a run's state belongs to its boards
        QVERIFY(m_dir->isValid());
        const mlc::Profile profile = m_env->profile();
        QString error;
        m_profile = m_dir->filePath(QStringLiteral("profile.json"));
        QVERIFY2(mlc::ProfileWriter::writeFile(profile, m_profile, &error), qPrintable(error));
    }

    void cleanup() { m_env.reset(); }

    void aDryRunSaysWhatItWouldWriteAndWritesNothing()
    {
        const CliRun run = sync({QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, said(run));
        const QJsonObject json = jsonOf(run);
        const int records = int(m_env->bcRecords(mlc::BcEntity::Vendors).size() +
                                m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size());
        QCOMPARE(json.value(QStringLiteral("planned")).toInt(), records);
        QCOMPARE(json.value(QStringLiteral("mutations")).toInt(-1), 0);
        QCOMPARE(json.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(m_env->mutations(QStringLiteral("create_item")), 0);
        // And nothing moved on: a real run afterwards still creates everything.
        const CliRun real = sync({QStringLiteral("--json")});
        QVERIFY2(real.exitCode == 0, said(real));
        QCOMPARE(jsonOf(real).value(QStringLiteral("created")).toInt(), records);
    }

    void aRunMakesOneItemPerRecordAndASecondRunNone()
    {
        const CliRun first = sync({QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, said(first));
        const QJsonObject json = jsonOf(first);
        const int records = int(m_env->bcRecords(mlc::BcEntity::Vendors).size() +
                                m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size());
        for (const char* key :
             {"created", "updated", "unchanged", "archived", "failed", "mutations", "bcRequests", "seconds"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("created")).toInt(), records);
        QCOMPARE(json.value(QStringLiteral("mutations")).toInt(), records);
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(-1), 0);
        QVERIFY(json.value(QStringLiteral("bcRequests")).toInt() >= 2);
        QCOMPARE(int(m_env->monday.store().board(m_env->vendorsBoard)->items.size() +
                     m_env->monday.store().board(m_env->invoicesBoard)->items.size()),
                 records);

        m_env->bc.clock.advance(std::chrono::minutes(5));
        const CliRun second = sync({QStringLiteral("--json")});
        QVERIFY2(second.exitCode == 0, said(second));
        QCOMPARE(jsonOf(second).value(QStringLiteral("mutations")).toInt(-1), 0);
        QCOMPARE(m_env->mutations(QStringLiteral("create_item")), records);
        const CliRun human = sync({});
        QVERIFY2(human.out.contains("vendors → board"), said(human));
    }

    void aMissingSecretOrTokenIsExitThree()
    {
        QProcessEnvironment environment = SyncLoopback::cliEnvironment(false);
        environment.insert(QStringLiteral("MLC_BC_CLIENT_SECRET"), BcLoopback::kClientSecret);
        const CliRun run = runCliServing(
            {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
             QStringLiteral("--profile"), m_profile, QStringLiteral("sync"), QStringLiteral("--once")},
            environment);
        QVERIFY2(run.exitCode == 3, said(run));
        QVERIFY2(run.err.contains("MLC_MONDAY_TOKEN"), said(run));
        QCOMPARE(m_env->bc.api.requestCount(), 0);
    }

    void failuresAreListedByAuditAndStatusAndWrittenByReplay()
    {
        const auto [label, withLabel] = m_env->commonestStatus();
        m_env->monday.store().setColumnSettings(m_env->invoicesBoard, QStringLiteral("status"),
                                                SyncLoopback::statusSettings(label));
        const CliRun first = sync({QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 1, said(first));
        QCOMPARE(jsonOf(first).value(QStringLiteral("failed")).toInt(), withLabel);

        const CliRun audit = cli({QStringLiteral("audit"), QStringLiteral("--status"),
                                  QStringLiteral("failed"), QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, said(audit));
        const QJsonArray failures = jsonOf(audit).value(QStringLiteral("entries")).toArray();
        QCOMPARE(failures.size(), withLabel);
        const QJsonObject failure = failures.first().toObject();
        QCOMPARE(failure.value(QStringLiteral("event")).toString(), QStringLiteral("failed"));
        QCOMPARE(failure.value(QStringLiteral("entity")).toString(), QStringLiteral("purchaseInvoices"));
        QVERIFY2(failure.value(QStringLiteral("error")).toString().contains(label), said(audit));
        // The record's whole story, found by its number.
        const CliRun story = cli({QStringLiteral("audit"), QStringLiteral("--bc-id"),
                                  failure.value(QStringLiteral("bcNumber")).toString()});
        QVERIFY2(story.exitCode == 0, said(story));
        QVERIFY2(story.out.contains(" fetched purchaseInvoices ") && story.out.contains(" failed "),
                 said(story));

        const CliRun status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, said(status));
        const QJsonArray mappings = jsonOf(status).value(QStringLiteral("mappings")).toArray();
        QCOMPARE(mappings.size(), 2);
        const QJsonObject invoices = mappings.first().toObject();
        QCOMPARE(invoices.value(QStringLiteral("notPlanned")).toInt(), withLabel);
        QCOMPARE(invoices.value(QStringLiteral("items")).toInt(),
                 int(m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size()) - withLabel);

        // The label is back: one entry replayed, then the rest; each record lands once.
        m_env->monday.store().setColumnSettings(m_env->invoicesBoard, QStringLiteral("status"),
                                                SyncLoopback::statusSettings());
        const CliRun one =
            cli({QStringLiteral("replay"), QStringLiteral("--id"),
                 QString::number(failure.value(QStringLiteral("id")).toInteger()), QStringLiteral("--json")});
        QVERIFY2(one.exitCode == 0, said(one));
        QCOMPARE(jsonOf(one).value(QStringLiteral("replayed")).toInt(), 1);
        QCOMPARE(jsonOf(one).value(QStringLiteral("created")).toInt(), 1);
        const CliRun rest =
            cli({QStringLiteral("replay"), QStringLiteral("--failed"), QStringLiteral("--json")});
        QVERIFY2(rest.exitCode == 0, said(rest));
        QCOMPARE(jsonOf(rest).value(QStringLiteral("created")).toInt(), withLabel - 1);
        QCOMPARE(int(m_env->monday.store().board(m_env->invoicesBoard)->items.size()),
                 int(m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size()));

        const CliRun nothing = cli({QStringLiteral("replay"), QStringLiteral("--failed")});
        QVERIFY2(nothing.exitCode == 0 && nothing.out.contains("Nothing to replay"), said(nothing));

        const CliRun usage = cli({QStringLiteral("replay")});
        QVERIFY2(usage.exitCode == 2, said(usage));
        const CliRun notFailed = cli({QStringLiteral("replay"), QStringLiteral("--id"), QStringLiteral("1")});
        QVERIFY2(notFailed.exitCode == 2 && notFailed.err.contains("not a failed write"), said(notFailed));
    }

    void reconcileWritesBackWhatWasChangedByHand()
    {
        const CliRun first = sync({});
        QVERIFY2(first.exitCode == 0, said(first));
        const mlc::sandbox::MondayItem& item =
            m_env->monday.store().board(m_env->vendorsBoard)->items.first();
        const QString balance = item.cells.value(QStringLiteral("balance")).text.toString();
        QVERIFY(m_env->monday.store().setCell(item.id, QStringLiteral("balance"),
                                              mlc::sandbox::MondayCellValue::numbers(QStringLiteral("7")),
                                              m_env->bc.clock.nowUtc()));
        m_env->bc.clock.advance(std::chrono::minutes(5));
        const CliRun run = cli({QStringLiteral("reconcile"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, said(run));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("mutations")).toInt(), 1);
        const QJsonObject vendors = json.value(QStringLiteral("mappings")).toArray().first().toObject();
        QCOMPARE(vendors.value(QStringLiteral("drifted")).toInt(), 1);
        QCOMPARE(vendors.value(QStringLiteral("driftedColumns")).toArray(),
                 QJsonArray{QStringLiteral("balance")});
        QCOMPARE(m_env->monday.store().item(item.id)->cells.value(QStringLiteral("balance")).text.toString(),
                 balance);
        const CliRun human = cli({QStringLiteral("reconcile")});
        QVERIFY2(human.exitCode == 0 && human.out.contains("vendors → board"), said(human));
    }

    void runSyncsUntilSigtermAndStopsCleanly()
    {
        const int records = int(m_env->bcRecords(mlc::BcEntity::Vendors).size() +
                                m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size());
        QProcess process;
        startRun(&process);
        // Once every record has its item (checked after monday handled each request), the first pass is done.
        bool terminated = false;
        connect(&m_env->monday, &mlc::sandbox::MondaySimulator::requestSeen, &process, [&] {
            QTimer::singleShot(0, &process, [&] {
                if (!terminated && itemCount() == records) {
                    terminated = true;
                    process.terminate(); // SIGTERM
                }
            });
        });
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, out + process.readAllStandardError());
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("stoppedBy")).toString(), QStringLiteral("SIGTERM"));
        QCOMPARE(json.value(QStringLiteral("created")).toInt(), records);
        QCOMPARE(itemCount(), records);
    }

    void aSigintMidPassLeavesAStateTheNextSyncFinishesExactly()
    {
        QProcess process;
        startRun(&process);
        int seen = 0;
        connect(&m_env->monday, &mlc::sandbox::MondaySimulator::requestSeen, &process, [&] {
            if (++seen == 40)
                ::kill(pid_t(process.processId()), SIGINT);
        });
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(finished.wait(120000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError());
        const int records = int(m_env->bcRecords(mlc::BcEntity::Vendors).size() +
                                m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size());
        QVERIFY(itemCount() < records);

        const CliRun status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, said(status));
        for (const QJsonValue& mapping : jsonOf(status).value(QStringLiteral("mappings")).toArray())
            QCOMPARE(mapping.toObject()
                         .value(QStringLiteral("queue"))
                         .toObject()
                         .value(QStringLiteral("inFlight"))
                         .toInt(-1),
                     0);
        const CliRun rest = sync({QStringLiteral("--json")});
        QVERIFY2(rest.exitCode == 0, said(rest));
        QCOMPARE(itemCount(), records);
        QCOMPARE(m_env->mutations(QStringLiteral("create_item")), records);
    }

    void runWithWebhooksSubscribesAndSyncsWhatBcNotifies()
    {
        // The CLI keeps the computer's time; BC's simulator is set to it so expiries agree.
        m_env->bc.clock.setNow(QDateTime::currentDateTimeUtc());
        mlc::Profile profile = m_env->profile();
        profile.webhooks = loopbackWebhooks(freePort());
        QString error;
        QVERIFY2(mlc::ProfileWriter::writeFile(profile, m_profile, &error), qPrintable(error));

        const int records = int(m_env->bcRecords(mlc::BcEntity::Vendors).size() +
                                m_env->bcRecords(mlc::BcEntity::PurchaseInvoices).size());
        QProcess process;
        startRun(&process);
        QTRY_COMPARE_WITH_TIMEOUT(itemCount(), records, 120000);
        QTRY_COMPARE_WITH_TIMEOUT(m_env->bc.api.webhooks().subscriptions().size(), 2, 10000);

        const QString vendorId =
            m_env->bcRecords(mlc::BcEntity::Vendors).first().value(QStringLiteral("id")).toString();
        QVERIFY(
            m_env->bc.api.changeRecord(m_env->bc.companyId(), mlc::BcEntity::Vendors, vendorId,
                                       {{QStringLiteral("email"), QStringLiteral("pushed@cli.example")}}));
        QSignalSpy delivered(&m_env->bc.api.webhooks(), &mlc::sandbox::BcWebhookSimulator::deliveryAnswered);
        m_env->bc.clock.advance(std::chrono::seconds(30));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().at(2).toInt(), 202);
        const auto email = [this, &vendorId] {
            bool unique = false;
            const mlc::sandbox::MondayItem* item =
                itemsByBcId(*m_env, m_env->vendorsBoard, &unique).value(vendorId);
            return item ? cellText(item, QStringLiteral("email")) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(email(), QStringLiteral("pushed@cli.example"), 10000);

        const CliRun status = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, said(status));
        const QJsonArray subscriptions = jsonOf(status).value(QStringLiteral("subscriptions")).toArray();
        QCOMPARE(subscriptions.size(), 2);
        for (const QJsonValue& subscription : subscriptions)
            QCOMPARE(subscription.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("active"));
        const CliRun human = cli({QStringLiteral("status")});
        QVERIFY2(human.out.contains("vendors: notifications live until"), said(human));

        QSignalSpy finished(&process, &QProcess::finished);
        process.terminate();
        QVERIFY(finished.wait(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError());
    }

private:
    int itemCount() const
    {
        return int(m_env->monday.store().board(m_env->vendorsBoard)->items.size() +
                   m_env->monday.store().board(m_env->invoicesBoard)->items.size());
    }

    void startRun(QProcess* process)
    {
        const QProcessEnvironment environment = SyncLoopback::cliEnvironment();
        process->setProcessEnvironment(environment);
        process->start(mlc::test::programPath(QStringLiteral("ml-connector-cli")),
                       {QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("data")),
                        QStringLiteral("--profile"), m_profile, QStringLiteral("run"),
                        QStringLiteral("--json")});
        QVERIFY(process->waitForStarted());
    }

    CliRun sync(const QStringList& options)
    {
        return cli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + options);
    }

    // A command with the test's data folder, profile and secrets.
    CliRun cli(const QStringList& command)
    {
        const QProcessEnvironment environment = SyncLoopback::cliEnvironment();
        return runCliServing(QStringList{QStringLiteral("--data-dir"),
                                         m_dir->filePath(QStringLiteral("data")), QStringLiteral("--profile"),
                                         m_profile} +
                                 command,
                             environment, 120000);
    }

    std::unique_ptr<SyncLoopback> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
};

QTEST_GUILESS_MAIN(tst_CliSync)
#include "tst_cli_sync.moc"
