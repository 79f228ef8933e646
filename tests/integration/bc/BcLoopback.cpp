#include "BcLoopback.h"

const QString BcLoopback::kTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString BcLoopback::kEnvironment = QStringLiteral("production");
const QString BcLoopback::kClientId = QStringLiteral("0b6f8a3c-1d2e-4f50-8a9b-c0d1e2f3a4b5");
const QString BcLoopback::kClientSecret = QStringLiteral("Qx48Q~Zk3vN.pL7rT_w2YhB9mE-cF6sJ1uA0dGoK");

BcLoopback::BcLoopback()
    : BcLoopback(Options())
{}

BcLoopback::BcLoopback(const Options& options)
    : host(QStringLiteral("Business Central"))
    , entra(host, clock)
    , api(host, clock, options.seed)
    , m_options(options)
{
    QString error;
    m_listening = host.listen(0, &error);
    entra.addTenant(kTenant);
    mlc::sandbox::EntraTokenSimulator::App app;
    app.secretValue = kClientSecret;
    app.secretId = QStringLiteral("a1b2c3d4-e5f6-4789-8abc-def012345678");
    entra.addApp(kClientId, app);
    api.setTokenValidator([this](const QString& token) { return entra.isValidToken(token); });

    mlc::EntraTokenSource::Settings tokenSettings;
    tokenSettings.tokenUrl = entra.tokenUrl(kTenant);
    tokenSettings.clientId = kClientId;
    tokenSettings.clientSecret = options.clientSecret;
    tokens = std::make_unique<mlc::EntraTokenSource>(&network, clock, tokenSettings);
    client = makeClient(clientSettings());
}

mlc::BcApiClient::Settings BcLoopback::clientSettings() const
{
    mlc::BcApiClient::Settings settings;
    settings.apiRoot = api.apiRoot(kTenant, kEnvironment);
    settings.companyId = api.firstCompanyId();
    settings.transferTimeout = m_options.transferTimeout;
    settings.jitterSeed = 7;
    return settings;
}

std::unique_ptr<mlc::BcApiClient> BcLoopback::makeClient(const mlc::BcApiClient::Settings& settings)
{
    return std::make_unique<mlc::BcApiClient>(&network, tokens.get(), clock, settings);
}
