// The moves between the data the window works on: with nothing stored the demo runs and offers the set-up,
// the set-up shows the path through Accounts, Mapping and Status and offers the sample data back, and a
// profile saved during set-up runs at once on the admin's own data folder and secrets.

#include "../integration/sync/SyncLoopback.h"
#include "AppSession.h"
#include "FirstRunBanner.h"
#include "MainWindow.h"
#include "ProfileDraft.h"
#include "StatusModel.h"
#include "StatusPage.h"
#include "StoredSecrets.h"

#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

class tst_AppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void withNothingStoredTheDemoRunsAndTheSetUpIsOneClickAway()
    {
        QTemporaryDir dataDir;
        MemoryCredentialStore keychain;
        ui::MainWindow window;
        gui::AppSession session(&window, dataDir.path(), keychain);
        session.begin(std::nullopt, QString(), false);
        QVERIFY(session.isDemo());
        ui::FirstRunBanner* banner = window.firstRunBanner();
        QCOMPARE(banner->mode(), ui::FirstRunBanner::Mode::Demo);
        QVERIFY(!window.profileDraft()->profile().mappings.isEmpty()); // the pages edit the demo's profile
        QTRY_VERIFY_WITH_TIMEOUT(window.statusPage()->model()->rowCount() > 0, 10000);

        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("firstRunAction")), Qt::LeftButton);
        QVERIFY(!session.isDemo());
        QCOMPARE(banner->mode(), ui::FirstRunBanner::Mode::SetUp);
        QCOMPARE(window.currentPageId(), QStringLiteral("accounts"));
        QVERIFY(window.profileDraft()->profile().mappings.isEmpty());

        QTest::mouseClick(banner->findChild<QPushButton*>(QStringLiteral("firstRunAction")), Qt::LeftButton);
        QVERIFY(session.isDemo());
        QCOMPARE(banner->mode(), ui::FirstRunBanner::Mode::Demo);
    }

    void aProfileSavedDuringSetUpRunsAtOnce()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        QTemporaryDir dataDir;
        MemoryCredentialStore keychain;
        QVERIFY(storeSecrets(keychain, BcLoopback::kClientSecret, sandbox::MondaySimulator::demoToken()));
        ui::MainWindow window;
        gui::AppSession session(&window, dataDir.path(), keychain);
        session.begin(std::nullopt, QStringLiteral("The stored profile cannot be used."), false);
        QCOMPARE(window.firstRunBanner()->mode(), ui::FirstRunBanner::Mode::SetUp);

        // What the Accounts and Mapping pages put into the draft, then Save.
        ui::ProfileDraft* draft = window.profileDraft();
        const Profile wanted = env.profile();
        draft->setBusinessCentral(wanted.businessCentral);
        draft->setMonday(wanted.monday);
        draft->setMapping(env.vendorsMapping());
        QString error;
        QVERIFY2(draft->save(dataDir.path(), &error), qPrintable(error));

        QVERIFY(session.stored());
        QCOMPARE(window.firstRunBanner()->mode(), ui::FirstRunBanner::Mode::Hidden);
        const int vendors = int(env.bcRecords(BcEntity::Vendors).size());
        QTRY_COMPARE_WITH_TIMEOUT(env.mutations(QStringLiteral("create_item")), vendors, 60000);
    }
};

QTEST_MAIN(tst_AppSession)
#include "tst_app_session.moc"
