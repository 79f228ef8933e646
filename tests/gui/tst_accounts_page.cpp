// The Accounts page against both simulators on loopback: Connect gets a token and lists the companies, Test
// names the monday.com user, a secret that worked goes to the keychain (a memory store here) and one that did
// not is reported in the client's words and kept nowhere.

#include "../integration/sync/SyncLoopback.h"
#include "AccountsPage.h"
#include "ProfileDraft.h"
#include "secrets/MemoryCredentialStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;

namespace {

// The simulators' profile before anything was chosen: no company, no mappings.
Profile unconnected(const SyncLoopback& env)
{
    Profile profile = env.profile();
    profile.businessCentral.companyId.clear();
    profile.mappings.clear();
    return profile;
}

} // namespace

class tst_AccountsPage : public QObject
{
    Q_OBJECT

    template <typename T>
    static T* child(QWidget& page, const char* name)
    {
        T* found = page.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void connectingBothAccountsListsCompaniesAndKeepsTheSecrets()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        ui::ProfileDraft draft;
        draft.reset(unconnected(env));
        MemoryCredentialStore store;
        ui::AccountsPage page(&draft);
        page.setCredentialStore(&store);
        QTRY_VERIFY(child<QLabel>(page, "keychainState")->text().contains(store.describe()));

        QSignalSpy bcChecked(&page, &ui::AccountsPage::businessCentralChecked);
        QSignalSpy stored(&page, &ui::AccountsPage::secretStored);
        child<QLineEdit>(page, "bcClientSecret")->setText(BcLoopback::kClientSecret);
        QTest::mouseClick(child<QPushButton>(page, "bcConnect"), Qt::LeftButton);
        QVERIFY(bcChecked.wait(10000));
        auto* companies = child<QComboBox>(page, "bcCompany");
        const auto companyCount = env.bc.api.data().companies().size();
        QVERIFY(companyCount > 0);
        QCOMPARE(companies->count(), companyCount);
        // The first company is chosen until the admin picks another, and the choice goes into the profile.
        QCOMPARE(draft.profile().businessCentral.companyId, companies->itemData(0).toString());
        QTRY_COMPARE(stored.count(), 1);
        QVERIFY(store.contains(SecretId::BcClientSecret));
        QVERIFY(child<QLineEdit>(page, "bcClientSecret")->text().isEmpty()); // kept, no longer shown

        QSignalSpy mondayChecked(&page, &ui::AccountsPage::mondayChecked);
        child<QLineEdit>(page, "mondayToken")->setText(sandbox::MondaySimulator::demoToken());
        QTest::mouseClick(child<QPushButton>(page, "mondayTest"), Qt::LeftButton);
        QVERIFY(mondayChecked.wait(10000));
        const auto report = mondayChecked.first().first().value<MondayConnectionReport>();
        QVERIFY(report.connected);
        QVERIFY(!report.userName.isEmpty());
        QVERIFY(child<QLabel>(page, "mondayResult")->text().contains(report.userName));
        QTRY_VERIFY(store.contains(SecretId::MondayToken));
    }

    void aStoredSecretIsUsedWhenTheFieldIsLeftEmpty()
    {
        SyncLoopback env;
        ui::ProfileDraft draft;
        draft.reset(unconnected(env));
        MemoryCredentialStore store;
        bool ok = false;
        store.write(SecretId::BcClientSecret, BcLoopback::kClientSecret, this,
                    [&ok](const SecretResult& result) { ok = result.ok; });
        QTRY_VERIFY(ok);
        ui::AccountsPage page(&draft);
        page.setCredentialStore(&store);
        QTRY_VERIFY(!child<QLineEdit>(page, "bcClientSecret")->placeholderText().isEmpty());

        QSignalSpy bcChecked(&page, &ui::AccountsPage::businessCentralChecked);
        page.connectBusinessCentral();
        QVERIFY(bcChecked.wait(10000));
        QVERIFY(bcChecked.first().first().value<BcConnectionReport>().token.ok);
        QVERIFY(!draft.profile().businessCentral.companyId.isEmpty());
    }

    void aRefusedSecretIsExplainedAndKeptNowhere()
    {
        SyncLoopback env;
        ui::ProfileDraft draft;
        draft.reset(unconnected(env));
        MemoryCredentialStore store;
        ui::AccountsPage page(&draft);
        page.setCredentialStore(&store);

        QSignalSpy bcChecked(&page, &ui::AccountsPage::businessCentralChecked);
        child<QLineEdit>(page, "bcClientSecret")->setText(QStringLiteral("not-the-secret"));
        page.connectBusinessCentral();
        QVERIFY(bcChecked.wait(10000));
        const auto report = bcChecked.first().first().value<BcConnectionReport>();
        QVERIFY(!report.token.ok);
        auto* result = child<QLabel>(page, "bcResult");
        QCOMPARE(result->text(), report.token.error); // the decoded AADSTS advice, as the client words it
        QVERIFY(result->property("failed").toBool());
        QVERIFY(!store.contains(SecretId::BcClientSecret));

        QSignalSpy mondayChecked(&page, &ui::AccountsPage::mondayChecked);
        child<QLineEdit>(page, "mondayToken")->setText(QStringLiteral("not-a-token"));
        page.testMonday();
        QVERIFY(mondayChecked.wait(10000));
        const auto monday = mondayChecked.first().first().value<MondayConnectionReport>();
        QVERIFY(!monday.connected);
        QCOMPARE(child<QLabel>(page, "mondayResult")->text(), monday.error);
        QVERIFY(!store.contains(SecretId::MondayToken));
    }

    void anUnusableKeychainIsShown()
    {
        ui::ProfileDraft draft;
        MemoryCredentialStore store;
        store.setFailure(CredentialError::Unavailable, QStringLiteral("No Secret Service answered."));
        ui::AccountsPage page(&draft);
        page.setCredentialStore(&store);
        QTRY_VERIFY(
            child<QLabel>(page, "keychainState")->text().contains(QLatin1String("No Secret Service")));
        // Nothing typed, nothing stored: the page asks for the secret instead of trying without one.
        page.connectBusinessCentral();
        QVERIFY(child<QLabel>(page, "bcResult")->text().contains(QLatin1String("tenant")));
    }
};

QTEST_MAIN(tst_AccountsPage)
#include "tst_accounts_page.moc"
