#pragma once

#include <QString>
#include <QUrl>

namespace mlc {

// Where and as whom the connector talks to Business Central. The client secret is not here: secrets never
// live in the profile.
struct BusinessCentralSettings
{
    static QUrl defaultAuthorityUrl() { return QUrl(QStringLiteral("https://login.microsoftonline.com")); }
    static QUrl defaultApiBaseUrl()
    {
        return QUrl(QStringLiteral("https://api.businesscentral.dynamics.com/v2.0"));
    }

    QString tenantId;
    QString environment;
    QString companyId;
    QString clientId;
    QUrl authorityUrl = defaultAuthorityUrl();
    QUrl apiBaseUrl = defaultApiBaseUrl();

    // {authorityUrl}/{tenantId}/oauth2/v2.0/token
    QUrl tokenUrl() const;
    // {apiBaseUrl}/{tenantId}/{environment}/api/v2.0
    QUrl apiRoot() const;
};

bool operator==(const BusinessCentralSettings& a, const BusinessCentralSettings& b);
inline bool operator!=(const BusinessCentralSettings& a, const BusinessCentralSettings& b)
{
    return !(a == b);
}

} // namespace mlc
