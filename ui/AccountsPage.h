#pragma once

#include "bc/BcConnectionReport.h"
#include "common/SystemClock.h"
#include "secrets/CredentialStore.h"
#include "sync/MondayConnectionReport.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace mlc {
class BcConnectionCheck;
class MondayClient;
class MondayConnectionCheck;
} // namespace mlc

namespace mlc::ui {

class ProfileDraft;

// Connects the two accounts: Business Central (tenant, environment, client id and secret; *Connect* gets a
// token and lists the companies to choose from) and monday.com (API token; *Test* shows whose it is). The
// settings go into the profile draft; a secret that worked goes into the keychain, never into the profile.
// Everything runs on the network without blocking the window; the answers are the clients' own sentences.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(ProfileDraft* draft, QWidget* parent = nullptr);
    ~AccountsPage() override;

    // Where secrets are read from and written to; the page says whether it can be used.
    void setCredentialStore(CredentialStore* store);

    void connectBusinessCentral();
    void testMonday();

Q_SIGNALS:
    void businessCentralChecked(const mlc::BcConnectionReport& report);
    void mondayChecked(const mlc::MondayConnectionReport& report);
    // After a secret was written to the store, or failed to be.
    void secretStored(mlc::SecretId id, bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QGroupBox* buildBusinessCentral();
    QGroupBox* buildMonday();
    QWidget* buildEndpoints();
    void showDraft();
    void takeFields();
    // Runs `use` with the typed secret, else the stored one; else says what to enter and enables `button`.
    void withSecret(SecretId id, QLineEdit* field, const std::function<void(QString)>& use, QLabel* result,
                    QPushButton* button);
    void runBcCheck(const QString& secret);
    void onBcChecked(const BcConnectionReport& report, const QString& typedSecret);
    void runMondayTest(const QString& token);
    void onMondayTested(const MondayConnectionReport& report, const QString& typedToken);
    void storeSecret(SecretId id, const QString& value, QLabel* result);
    void showStoredSecrets();

    ProfileDraft* m_draft;
    CredentialStore* m_store = nullptr;
    bool m_checkedOnShow = false;
    SystemClock m_clock;
    QNetworkAccessManager* m_network;
    QLabel* m_keychain = nullptr;
    QLineEdit* m_tenant = nullptr;
    QLineEdit* m_environment = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QComboBox* m_company = nullptr;
    QPushButton* m_connect = nullptr;
    QLabel* m_bcResult = nullptr;
    QLineEdit* m_mondayToken = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_mondayResult = nullptr;
    QLineEdit* m_authority = nullptr;
    QLineEdit* m_bcApiBase = nullptr;
    QLineEdit* m_mondayApi = nullptr;
    QPointer<BcConnectionCheck> m_bcCheck;
    std::unique_ptr<MondayClient> m_mondayClient;
    QPointer<MondayConnectionCheck> m_mondayCheck;
};

} // namespace mlc::ui
