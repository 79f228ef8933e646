#include "BusinessCentralSettings.h"

#include <QStringList>

namespace mlc {

namespace {

// Appends path segments to a base URL whether or not the base ends with a slash, so that
// "https://host/v2.0" and "https://host/v2.0/" give the same result.
QUrl appendPath(QUrl base, const QStringList& segments)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString& segment : segments)
        path += QLatin1Char('/') + segment;
    base.setPath(path);
    return base;
}

} // namespace

QUrl BusinessCentralSettings::tokenUrl() const
{
    return appendPath(authorityUrl,
                      {tenantId, QStringLiteral("oauth2"), QStringLiteral("v2.0"), QStringLiteral("token")});
}

QUrl BusinessCentralSettings::apiRoot() const
{
    return appendPath(apiBaseUrl, {tenantId, environment, QStringLiteral("api"), QStringLiteral("v2.0")});
}

bool operator==(const BusinessCentralSettings& a, const BusinessCentralSettings& b)
{
    return a.tenantId == b.tenantId && a.environment == b.environment && a.companyId == b.companyId &&
           a.clientId == b.clientId && a.authorityUrl == b.authorityUrl && a.apiBaseUrl == b.apiBaseUrl;
}

} // namespace mlc
