// The desktop app on the admin's own profile, against both simulators on loopback: with both secrets in the
// store the engine runs and its snapshots reach the Status page and its trail the Audit page; with a secret
// missing nothing starts and the window says which secret and how to provide it.

#include "../integration/sync/SyncChecks.h"
#include "AuditModel.h"
#include "AuditPage.h"
#include "EngineSession.h"
#include "MainWindow.h"
#include "StatusModel.h"
#include "StatusPage.h"
#include "StoredProfileSession.h"
#include "StoredSecrets.h"
#include "WritesChart.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace mlc;

class tst_StoredProfileSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void theEngineRunsOnTheStoredProfileAndFillsThePages()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        QTemporaryDir dataDir;
        MemoryCredentialStore secrets;
        QVERIFY(storeSecrets(secrets, BcLoopback::kClientSecret, sandbox::MondaySimulator::demoToken()));
        ui::MainWindow window;
        ui::StoredProfileSession session(&window, secrets, env.profile(), dataDir.path());
        QSignalSpy started(&session, &ui::StoredProfileSession::started);
        session.start();
        QVERIFY(started.wait(5000));

        const int records =
            int(env.bcRecords(BcEntity::Vendors).size() + env.bcRecords(BcEntity::PurchaseInvoices).size());
        ui::StatusModel* status = window.statusPage()->model();
        QTRY_COMPARE_WITH_TIMEOUT(status->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(env.mutations(QStringLiteral("create_item")), records, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.auditPage()->model() && window.auditPage()->model()->rowCount() > 0,
                                 10000);
        // The chart under the table counts the same writes, minute by minute.
        const auto charted = [&window] {
            const QList<int>& counts = window.statusPage()->chart()->counts();
            return std::accumulate(counts.cbegin(), counts.cend(), 0);
        };
        QTRY_COMPARE_WITH_TIMEOUT(charted(), records, 10000);

        // The window's requests reach the engine.
        Q_EMIT window.statusPage()->pauseRequested();
        QTRY_COMPARE_WITH_TIMEOUT(status->status().state, EngineStatus::State::Paused, 10000);
        Q_EMIT window.statusPage()->resumeRequested();
        QTRY_COMPARE_WITH_TIMEOUT(status->status().state, EngineStatus::State::Running, 10000);
    }

    void aMissingSecretStartsNothingAndSaysWhich()
    {
        SyncLoopback env;
        QTemporaryDir dataDir;
        MemoryCredentialStore secrets;
        QVERIFY(storeSecrets(secrets, BcLoopback::kClientSecret, QString()));
        ui::MainWindow window;
        ui::StoredProfileSession session(&window, secrets, env.profile(), dataDir.path());
        QSignalSpy failed(&session, &ui::StoredProfileSession::failed);
        connect(&session, &ui::StoredProfileSession::failed, &window, &ui::MainWindow::showNotice);
        session.start();
        QVERIFY(failed.wait(5000));
        const QString reason = failed.first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("monday.com API token")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("MLC_MONDAY_TOKEN")), qPrintable(reason));
        QCOMPARE(window.statusBar()->currentMessage(), reason);
        QVERIFY(!session.engine());
        QCOMPARE(env.mutations(QStringLiteral("create_item")), 0);
    }
};

QTEST_MAIN(tst_StoredProfileSession)
#include "tst_stored_profile_session.moc"
