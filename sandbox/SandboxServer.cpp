#include "SandboxServer.h"

#include "sync/ProfileWriter.h"

#include <QJsonDocument>

namespace mlc::sandbox {

namespace {

QString requestLine(const QString& service, const QString& method, const QString& path)
{
    // Method and path only: query strings and bodies may carry tokens or secrets.
    return QStringLiteral("%1: %2 %3").arg(service, method, path);
}

ColumnMapping column(const QString& field, const QString& columnId)
{
    ColumnMapping mapping;
    mapping.field = field;
    mapping.column = columnId;
    return mapping;
}

} // namespace

SandboxServer::SandboxServer(Clock& clock, const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_bcHost(QStringLiteral("Business Central"))
    , m_entra(m_bcHost, clock)
    , m_bcApi(m_bcHost, clock, options.seed)
    , m_bcControl(m_bcHost, m_bcApi)
    , m_live(m_bcApi, options.seed)
    , m_monday(m_bcHost, clock)
{
    m_entra.addTenant(tenant());
    EntraTokenSimulator::App app;
    app.secretValue = clientSecret();
    app.secretId = QStringLiteral("0d9c8b7a-6f5e-4d3c-8b2a-1f0e9d8c7b6a");
    app.displayName = QStringLiteral("ml-connector sandbox demo");
    m_entra.addApp(clientId(), app);
    m_entra.setExpiresIn(options.tokenLifetimeSeconds);
    m_bcApi.setTokenValidator([this](const QString& token) { return m_entra.isValidToken(token); });
    m_bcApi.webhooks().options().batchingDelay = options.webhookDelay;
    connect(&m_bcApi.webhooks(), &BcWebhookSimulator::deliveryAnswered, this,
            [this](const QString& url, int notifications, int status) {
                Q_EMIT activity(QStringLiteral("bc webhook: %1 notification(s) to %2, answered %3")
                                    .arg(notifications)
                                    .arg(url)
                                    .arg(status));
            });

    const auto logBc = [this](const QString& method, const QString& path) {
        Q_EMIT activity(requestLine(QStringLiteral("bc"), method, path));
    };
    connect(&m_entra, &EntraTokenSimulator::requestSeen, this, logBc);
    connect(&m_bcApi, &BcApiSimulator::requestSeen, this, logBc);
    connect(&m_bcControl, &BcControlApi::requestSeen, this, logBc);
    connect(&m_monday, &MondaySimulator::requestSeen, this,
            [this](const QString& method, const QString& path) {
                Q_EMIT activity(requestLine(QStringLiteral("monday"), method, path));
            });
    connect(&m_live, &BcLiveChanges::changed, this,
            [this](const QString& what) { Q_EMIT activity(QStringLiteral("bc live: ") + what); });
    matchDemoItemsToSeed(clock.nowUtc());
}

// The demo boards come with a few items, as boards in use do. Their BC id column is given the id of the
// seeded record with the same number ("PI 108001") or name ("Fabrikam, Inc."), so the first sync adopts
// them, and brings their other columns up to date, rather than adding a second item for the same record.
void SandboxServer::matchDemoItemsToSeed(const QDateTime& now)
{
    const QList<QPair<QString, BcEntity>> boards{
        {QStringLiteral("Vendors"), BcEntity::Vendors},
        {QStringLiteral("Purchase invoice approvals"), BcEntity::PurchaseInvoices},
        {QStringLiteral("Sales invoices"), BcEntity::SalesInvoices},
    };
    const QString company = m_bcApi.firstCompanyId();
    for (const auto& [name, entity] : boards) {
        const MondayBoard* board = m_monday.store().boardByName(name);
        const QList<QJsonObject>* records = m_bcApi.data().records(company, entity);
        if (!board || !records)
            continue;
        const QList<MondayItem> items = board->items; // a copy: setting a cell changes the board
        for (const MondayItem& item : items) {
            const QString number = item.name.section(QLatin1Char(' '), -1);
            for (const QJsonObject& record : *records) {
                if (record.value(QStringLiteral("number")).toString() == number ||
                    record.value(QStringLiteral("displayName")).toString() == item.name) {
                    m_monday.store().setCell(
                        item.id, QStringLiteral("bc_id"),
                        MondayCellValue::plainText(record.value(QStringLiteral("id")).toString()), now);
                    break;
                }
            }
        }
    }
}

bool SandboxServer::start(QString* error)
{
    if (!m_bcHost.listen(m_options.port, error)) {
        if (error && m_options.port != 0)
            *error +=
                QLatin1Char(' ') + tr("Choose another port with --port N, or --port 0 for any free one.");
        return false;
    }
    if (m_options.liveInterval.count() > 0)
        m_live.start(m_options.liveInterval);
    return true;
}

QString SandboxServer::companyName() const
{
    const auto company = m_bcApi.data().company(m_bcApi.firstCompanyId());
    return company ? company->value(QStringLiteral("displayName")).toString() : QString();
}

Profile SandboxServer::profile() const
{
    Profile profile;
    profile.businessCentral.tenantId = tenant();
    profile.businessCentral.environment = environment();
    profile.businessCentral.companyId = m_bcApi.firstCompanyId();
    profile.businessCentral.clientId = clientId();
    profile.businessCentral.authorityUrl = m_bcHost.baseUrl();
    profile.businessCentral.apiBaseUrl = m_bcHost.baseUrl();

    profile.monday.apiUrl = m_monday.endpoint();

    // The demo boards of the monday simulator, with their own column ids.
    Mapping vendors;
    vendors.entity = BcEntity::Vendors;
    vendors.boardId = m_monday.store().boardByName(QStringLiteral("Vendors"))->id;
    vendors.itemName = QStringLiteral("displayName");
    vendors.bcIdColumn = QStringLiteral("bc_id");
    vendors.columns = {column(QStringLiteral("number"), QStringLiteral("vendor_no")),
                       column(QStringLiteral("email"), QStringLiteral("email")),
                       column(QStringLiteral("phoneNumber"), QStringLiteral("phone")),
                       column(QStringLiteral("website"), QStringLiteral("website")),
                       column(QStringLiteral("balance"), QStringLiteral("balance"))};

    Mapping invoices;
    invoices.entity = BcEntity::PurchaseInvoices;
    invoices.boardId = m_monday.store().boardByName(QStringLiteral("Purchase invoice approvals"))->id;
    invoices.itemName = QStringLiteral("number");
    invoices.bcIdColumn = QStringLiteral("bc_id");
    ColumnMapping status = column(QStringLiteral("status"), QStringLiteral("status"));
    status.values = {{QStringLiteral("Draft"), QStringLiteral("On hold")},
                     {QStringLiteral("In_x0020_Review"), QStringLiteral("Awaiting approval")},
                     {QStringLiteral("Open"), QStringLiteral("Approved")},
                     {QStringLiteral("Paid"), QStringLiteral("Approved")},
                     {QStringLiteral("Canceled"), QStringLiteral("Rejected")},
                     {QStringLiteral("Corrective"), QStringLiteral("On hold")}};
    ColumnMapping vendorLink = column(QStringLiteral("vendorId"), QStringLiteral("vendor_link"));
    vendorLink.linkTo = BcEntity::Vendors;
    invoices.columns = {column(QStringLiteral("number"), QStringLiteral("invoice_no")),
                        column(QStringLiteral("totalAmountIncludingTax"), QStringLiteral("amount")),
                        column(QStringLiteral("dueDate"), QStringLiteral("due_date")), status, vendorLink};

    profile.mappings = {vendors, invoices};
    if (m_options.webhookPort != 0) {
        WebhookSettings webhooks;
        webhooks.enabled = true;
        webhooks.listenPort = m_options.webhookPort;
        webhooks.publicUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/bc/notifications").arg(m_options.webhookPort));
        profile.webhooks = webhooks;
    }
    return profile;
}

QJsonObject SandboxServer::startupInfo() const
{
    const QJsonObject bc{
        {QStringLiteral("tokenUrl"), m_entra.tokenUrl(tenant()).toString()},
        {QStringLiteral("apiRoot"), m_bcApi.apiRoot(tenant(), environment()).toString()},
        {QStringLiteral("companyId"), m_bcApi.firstCompanyId()},
        {QStringLiteral("companyName"), companyName()},
        {QStringLiteral("clientId"), clientId()},
        {QStringLiteral("clientSecret"), clientSecret()},
        {QStringLiteral("controlUrl"), m_bcControl.baseUrl().toString()},
    };
    const QJsonObject monday{{QStringLiteral("apiUrl"), m_monday.endpoint().toString()},
                             {QStringLiteral("token"), MondaySimulator::demoToken()}};
    const QJsonDocument profileJson = QJsonDocument::fromJson(ProfileWriter::write(profile()));
    return QJsonObject{
        {QStringLiteral("businessCentral"), bc},
        {QStringLiteral("monday"), monday},
        {QStringLiteral("environment"), QJsonObject{{secretVariable(), clientSecret()},
                                                    {mondayTokenVariable(), MondaySimulator::demoToken()}}},
        {QStringLiteral("profile"), profileJson.object()}};
}

QString SandboxServer::startupText() const
{
    QString text;
    text += tr("Business Central sandbox (seed %1)").arg(m_options.seed) + QLatin1Char('\n');
    text += tr("  token URL:    %1").arg(m_entra.tokenUrl(tenant()).toString()) + QLatin1Char('\n');
    text +=
        tr("  API root:     %1").arg(m_bcApi.apiRoot(tenant(), environment()).toString()) + QLatin1Char('\n');
    text += tr("  company:      %1 (%2)").arg(m_bcApi.firstCompanyId(), companyName()) + QLatin1Char('\n');
    text += tr("  client id:    %1").arg(clientId()) + QLatin1Char('\n');
    text += tr("  control API:  %1").arg(m_bcControl.baseUrl().toString()) + QLatin1Char('\n');
    text += tr("monday.com sandbox") + QLatin1Char('\n');
    text += tr("  API URL:      %1").arg(m_monday.endpoint().toString()) + QLatin1Char('\n');
    text += tr("  boards:       %1").arg(m_monday.store().boards().size()) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += tr("The sandbox's fake secrets, for the connector's environment:") + QLatin1Char('\n');
    text += secretVariable() + QLatin1Char('=') + clientSecret() + QLatin1Char('\n');
    text += mondayTokenVariable() + QLatin1Char('=') + MondaySimulator::demoToken() + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += tr("A profile for this sandbox:") + QLatin1Char('\n');
    text += QString::fromUtf8(ProfileWriter::write(profile()));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

} // namespace mlc::sandbox
