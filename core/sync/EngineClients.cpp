#include "EngineClients.h"

#include "bc/BcApiClient.h"
#include "bc/EntraTokenSource.h"
#include "monday/MondayClient.h"
#include "sync/Profile.h"

namespace mlc {

EngineClients::EngineClients(const Profile& profile, const QString& bcClientSecret,
                             const QString& mondayToken, Clock& clock)
{
    const BusinessCentralSettings& bcSettings = profile.businessCentral;
    EntraTokenSource::Settings tokenSettings;
    tokenSettings.tokenUrl = bcSettings.tokenUrl();
    tokenSettings.clientId = bcSettings.clientId;
    tokenSettings.clientSecret = bcClientSecret;
    m_tokens = std::make_unique<EntraTokenSource>(&m_network, clock, tokenSettings);
    BcApiClient::Settings apiSettings;
    apiSettings.apiRoot = bcSettings.apiRoot();
    apiSettings.companyId = bcSettings.companyId;
    m_bc = std::make_unique<BcApiClient>(&m_network, m_tokens.get(), clock, apiSettings);
    MondayClient::Settings mondaySettings;
    mondaySettings.apiUrl = profile.monday.apiUrl;
    mondaySettings.apiVersion = profile.monday.apiVersion;
    m_monday = std::make_unique<MondayClient>(&m_network, clock, mondaySettings);
    m_monday->setToken(mondayToken);
}

// The clients go before the network access manager they send through.
EngineClients::~EngineClients()
{
    m_monday.reset();
    m_bc.reset();
    m_tokens.reset();
}

} // namespace mlc
