#include "AccountsPage.h"

#include "PageLayout.h"
#include "ProfileDraft.h"
#include "bc/BcConnectionCheck.h"
#include "monday/MondayClient.h"
#include "sync/MondayConnectionCheck.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace mlc::ui {

namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& placeholder = QString())
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel* resultLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccountsPage::AccountsPage(ProfileDraft* draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_network(new QNetworkAccessManager(this))
{
    m_keychain = resultLabel(QStringLiteral("keychainState"));
    m_keychain->setText(tr("Checking where secrets can be kept…"));

    QVBoxLayout* layout = PageLayout::column(this);
    layout->addWidget(PageLayout::heading(tr("Accounts")));
    layout->addWidget(m_keychain);
    // Forms read best at a moderate width; on a wide window they stay at the left.
    auto* forms = new QWidget;
    forms->setMaximumWidth(820);
    auto* formsLayout = new QVBoxLayout(forms);
    formsLayout->setContentsMargins(0, 0, 0, 0);
    formsLayout->setSpacing(12);
    formsLayout->addWidget(buildBusinessCentral());
    formsLayout->addWidget(buildMonday());
    formsLayout->addWidget(buildEndpoints());
    layout->addWidget(forms);
    layout->addStretch(1);

    showDraft();
    connect(m_draft, &ProfileDraft::changed, this, &AccountsPage::showDraft);
}

AccountsPage::~AccountsPage() = default;

QGroupBox* AccountsPage::buildBusinessCentral()
{
    m_tenant = lineEdit(QStringLiteral("bcTenant"), tr("contoso.onmicrosoft.com or the tenant's GUID"));
    m_environment = lineEdit(QStringLiteral("bcEnvironment"), tr("Production"));
    m_clientId = lineEdit(QStringLiteral("bcClientId"), tr("The app registration's application (client) ID"));
    m_clientSecret = lineEdit(QStringLiteral("bcClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_company = new QComboBox;
    m_company->setObjectName(QStringLiteral("bcCompany"));
    m_company->setPlaceholderText(tr("Connect to list the companies"));
    m_company->setMinimumContentsLength(30);
    m_connect = new QPushButton(tr("Connect"));
    m_connect->setObjectName(QStringLiteral("bcConnect"));
    m_bcResult = resultLabel(QStringLiteral("bcResult"));

    for (QLineEdit* edit : {m_tenant, m_environment, m_clientId})
        connect(edit, &QLineEdit::editingFinished, this, &AccountsPage::takeFields);
    connect(m_connect, &QPushButton::clicked, this, &AccountsPage::connectBusinessCentral);
    connect(m_company, &QComboBox::activated, this, [this] {
        BusinessCentralSettings settings = m_draft->profile().businessCentral;
        settings.companyId = m_company->currentData().toString();
        m_draft->setBusinessCentral(settings);
    });

    auto* connectRow = new QHBoxLayout;
    connectRow->addWidget(m_connect);
    connectRow->addWidget(m_bcResult, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Tenant ID:"), m_tenant);
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(tr("Client ID:"), m_clientId);
    form->addRow(tr("Client secret:"), m_clientSecret);
    form->addRow(QString(), connectRow);
    form->addRow(tr("Company:"), m_company);
    auto* group = new QGroupBox(tr("Business Central"));
    group->setLayout(form);
    return group;
}

QGroupBox* AccountsPage::buildMonday()
{
    m_mondayToken = lineEdit(QStringLiteral("mondayToken"));
    m_mondayToken->setEchoMode(QLineEdit::Password);
    m_test = new QPushButton(tr("Test"));
    m_test->setObjectName(QStringLiteral("mondayTest"));
    m_mondayResult = resultLabel(QStringLiteral("mondayResult"));
    connect(m_test, &QPushButton::clicked, this, &AccountsPage::testMonday);

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_mondayResult, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("API token:"), m_mondayToken);
    form->addRow(QString(), testRow);
    auto* group = new QGroupBox(tr("monday.com"));
    group->setLayout(form);
    return group;
}

// Other clouds (national ones, a proxy) and the sandbox differ only here; most admins never open it.
QWidget* AccountsPage::buildEndpoints()
{
    m_authority = lineEdit(QStringLiteral("bcAuthority"));
    m_bcApiBase = lineEdit(QStringLiteral("bcApiBase"));
    m_mondayApi = lineEdit(QStringLiteral("mondayApiUrl"));
    for (QLineEdit* edit : {m_authority, m_bcApiBase, m_mondayApi})
        connect(edit, &QLineEdit::editingFinished, this, &AccountsPage::takeFields);
    auto* form = new QFormLayout;
    form->addRow(tr("Sign-in authority:"), m_authority);
    form->addRow(tr("Business Central API:"), m_bcApiBase);
    form->addRow(tr("monday.com API:"), m_mondayApi);
    auto* group = new QGroupBox(tr("Endpoints"));
    group->setObjectName(QStringLiteral("endpoints"));
    group->setLayout(form);
    group->setVisible(false);

    auto* toggle = new QToolButton;
    toggle->setObjectName(QStringLiteral("showEndpoints"));
    toggle->setText(tr("Endpoints (national clouds, a proxy, the sandbox)"));
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    connect(toggle, &QToolButton::toggled, group, [group, toggle](bool shown) {
        group->setVisible(shown);
        toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toggle, 0, Qt::AlignLeft);
    layout->addWidget(group);
    return box;
}

// The first look at the page checks what is already set up, so it shows the company names and the monday
// user rather than ids and empty fields.
void AccountsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_checkedOnShow || !m_store)
        return;
    m_checkedOnShow = true;
    const BusinessCentralSettings& bc = m_draft->profile().businessCentral;
    if (bc.tenantId.isEmpty() || bc.environment.isEmpty() || bc.clientId.isEmpty())
        return;
    m_store->read(SecretId::BcClientSecret, this, [this](const SecretResult& secret) {
        if (secret.ok && !m_bcCheck)
            connectBusinessCentral();
    });
    m_store->read(SecretId::MondayToken, this, [this](const SecretResult& secret) {
        if (secret.ok && !m_mondayCheck)
            testMonday();
    });
}

void AccountsPage::setCredentialStore(CredentialStore* store)
{
    m_store = store;
    m_checkedOnShow = false; // another profile: look again when shown
    m_company->clear();
    showDraft();
    m_store->checkAvailable(this, [this](const SecretResult& result) {
        m_keychain->setText(
            result.ok ? tr("Secrets are kept in: %1.").arg(m_store->describe())
                      : tr("The keychain cannot be used: %1 Secrets can still come from the environment "
                           "(MLC_BC_CLIENT_SECRET, MLC_MONDAY_TOKEN).")
                            .arg(result.message));
    });
    showStoredSecrets();
}

void AccountsPage::showDraft()
{
    const BusinessCentralSettings& bc = m_draft->profile().businessCentral;
    m_tenant->setText(bc.tenantId);
    m_environment->setText(bc.environment);
    m_clientId->setText(bc.clientId);
    m_authority->setText(bc.authorityUrl.toString());
    m_bcApiBase->setText(bc.apiBaseUrl.toString());
    m_mondayApi->setText(m_draft->profile().monday.apiUrl.toString());
    const int known = m_company->findData(bc.companyId);
    if (known >= 0) {
        m_company->setCurrentIndex(known);
    } else if (!bc.companyId.isEmpty()) {
        m_company->addItem(bc.companyId, bc.companyId); // named by the profile, not yet seen in BC
        m_company->setCurrentIndex(m_company->count() - 1);
    }
}

void AccountsPage::takeFields()
{
    BusinessCentralSettings bc = m_draft->profile().businessCentral;
    bc.tenantId = m_tenant->text().trimmed();
    bc.environment = m_environment->text().trimmed();
    bc.clientId = m_clientId->text().trimmed();
    bc.authorityUrl = QUrl(m_authority->text().trimmed());
    bc.apiBaseUrl = QUrl(m_bcApiBase->text().trimmed());
    m_draft->setBusinessCentral(bc);
    MondaySettings monday = m_draft->profile().monday;
    monday.apiUrl = QUrl(m_mondayApi->text().trimmed());
    m_draft->setMonday(monday);
}

// A secret typed into the page is used as typed (and kept once it worked); an empty field means the one
// already in the store.
void AccountsPage::withSecret(SecretId id, QLineEdit* field, const std::function<void(QString)>& use,
                              QLabel* result, QPushButton* button)
{
    if (!field->text().isEmpty()) {
        use(field->text());
        return;
    }
    if (!m_store) {
        PageLayout::showResult(result, false, tr("Enter the %1.").arg(CredentialStore::displayName(id)));
        button->setEnabled(true);
        return;
    }
    m_store->read(id, this, [this, id, use, result, button](const SecretResult& secret) {
        if (secret.ok && !secret.value.isEmpty()) {
            use(secret.value);
            return;
        }
        PageLayout::showResult(result, false,
                               tr("Enter the %1: none is stored yet.").arg(CredentialStore::displayName(id)));
        button->setEnabled(true);
    });
}

void AccountsPage::connectBusinessCentral()
{
    takeFields();
    const BusinessCentralSettings& bc = m_draft->profile().businessCentral;
    if (bc.tenantId.isEmpty() || bc.environment.isEmpty() || bc.clientId.isEmpty()) {
        PageLayout::showResult(m_bcResult, false,
                               tr("Enter the tenant ID, the environment and the client ID."));
        return;
    }
    m_connect->setEnabled(false);
    PageLayout::showResult(m_bcResult, true, tr("Connecting…"));
    withSecret(
        SecretId::BcClientSecret, m_clientSecret, [this](const QString& secret) { runBcCheck(secret); },
        m_bcResult, m_connect);
}

void AccountsPage::runBcCheck(const QString& secret)
{
    if (m_bcCheck)
        return; // one at a time: a second click while the first runs changes nothing
    const BusinessCentralSettings& bc = m_draft->profile().businessCentral;
    BcConnectionCheck::Settings settings;
    settings.tokenUrl = bc.tokenUrl();
    settings.clientId = bc.clientId;
    settings.clientSecret = secret;
    settings.apiRoot = bc.apiRoot();
    m_bcCheck = new BcConnectionCheck(m_network, m_clock, settings, this);
    const QString typed = m_clientSecret->text();
    connect(m_bcCheck, &BcConnectionCheck::finished, this, [this, typed](const BcConnectionReport& report) {
        m_bcCheck->deleteLater();
        m_bcCheck.clear();
        onBcChecked(report, typed);
    });
    m_connect->setEnabled(false);
    m_bcCheck->start();
}

void AccountsPage::onBcChecked(const BcConnectionReport& report, const QString& typedSecret)
{
    m_connect->setEnabled(true);
    if (!report.token.ok || !report.company.error.isEmpty()) {
        PageLayout::showResult(m_bcResult, false,
                               report.token.ok ? report.company.error : report.token.error);
        Q_EMIT businessCentralChecked(report);
        return;
    }
    const QString chosen = m_draft->profile().businessCentral.companyId;
    m_company->clear();
    for (const BcConnectionReport::Company& company : report.otherCompanies)
        m_company->addItem(company.displayName.isEmpty() ? company.id : company.displayName, company.id);
    m_company->setCurrentIndex(qMax(0, m_company->findData(chosen)));
    BusinessCentralSettings settings = m_draft->profile().businessCentral;
    settings.companyId = m_company->currentData().toString();
    m_draft->setBusinessCentral(settings);
    PageLayout::showResult(m_bcResult, true,
                           tr("Connected. %n company(ies) in this environment; choose the one to sync.",
                              nullptr, int(report.otherCompanies.size())));
    if (!typedSecret.isEmpty())
        storeSecret(SecretId::BcClientSecret, typedSecret, m_bcResult);
    Q_EMIT businessCentralChecked(report);
}

void AccountsPage::testMonday()
{
    takeFields();
    m_test->setEnabled(false);
    PageLayout::showResult(m_mondayResult, true, tr("Testing…"));
    withSecret(
        SecretId::MondayToken, m_mondayToken, [this](const QString& token) { runMondayTest(token); },
        m_mondayResult, m_test);
}

void AccountsPage::runMondayTest(const QString& token)
{
    if (m_mondayCheck)
        return; // the running test uses the client
    MondayClient::Settings settings;
    settings.apiUrl = m_draft->profile().monday.apiUrl;
    settings.apiVersion = m_draft->profile().monday.apiVersion;
    m_mondayClient = std::make_unique<MondayClient>(m_network, m_clock, settings);
    m_mondayClient->setToken(token);
    m_mondayCheck = new MondayConnectionCheck(*m_mondayClient, m_clock, {}, this);
    const QString typed = m_mondayToken->text();
    connect(m_mondayCheck, &MondayConnectionCheck::finished, this,
            [this, typed](const MondayConnectionReport& report) {
                m_mondayCheck->deleteLater();
                m_mondayCheck.clear();
                onMondayTested(report, typed);
            });
    m_test->setEnabled(false);
    m_mondayCheck->start();
}

void AccountsPage::onMondayTested(const MondayConnectionReport& report, const QString& typedToken)
{
    m_test->setEnabled(true);
    if (!report.connected) {
        PageLayout::showResult(m_mondayResult, false, report.error);
    } else {
        PageLayout::showResult(m_mondayResult, true,
                               tr("Connected as %1 (%2) in the account %3.")
                                   .arg(report.userName, report.userEmail, report.accountName));
        if (!typedToken.isEmpty())
            storeSecret(SecretId::MondayToken, typedToken, m_mondayResult);
    }
    Q_EMIT mondayChecked(report);
}

void AccountsPage::storeSecret(SecretId id, const QString& value, QLabel* result)
{
    if (!m_store || !m_store->isWritable()) {
        result->setText(result->text() + QLatin1Char(' ') +
                        tr("The secret could not be kept: no keychain can be written here."));
        Q_EMIT secretStored(id, false);
        return;
    }
    m_store->write(id, value, this, [this, id, result](const SecretResult& written) {
        result->setText(result->text() + QLatin1Char(' ') +
                        (written.ok ? tr("The secret is kept in the keychain.")
                                    : tr("The secret could not be kept: %1").arg(written.message)));
        if (written.ok) {
            (id == SecretId::BcClientSecret ? m_clientSecret : m_mondayToken)->clear();
            showStoredSecrets();
        }
        Q_EMIT secretStored(id, written.ok);
    });
}

// Says in the empty secret fields that a stored secret will be used, without ever showing it.
void AccountsPage::showStoredSecrets()
{
    if (!m_store)
        return;
    for (SecretId id : CredentialStore::allSecretIds()) {
        QLineEdit* field = id == SecretId::BcClientSecret ? m_clientSecret : m_mondayToken;
        m_store->read(id, this, [field](const SecretResult& result) {
            field->setPlaceholderText(result.ok ? tr("Stored; type to replace it") : tr("Not stored yet"));
        });
    }
}

} // namespace mlc::ui
