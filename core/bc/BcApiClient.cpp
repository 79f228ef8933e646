#include "BcApiClient.h"

#include "bc/BcRequest.h"

namespace mlc {

BcApiClient::BcApiClient(QNetworkAccessManager* network, EntraTokenSource* tokens, Clock& clock,
                         Settings settings, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_retryPolicy(m_settings.retry, m_settings.jitterSeed)
{}

namespace {

QUrl underRoot(QUrl root, const QString& tail)
{
    QString path = root.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    root.setPath(path + tail);
    return root;
}

} // namespace

QUrl BcApiClient::companiesUrl() const
{
    return underRoot(m_settings.apiRoot, QStringLiteral("/companies"));
}

QUrl BcApiClient::subscriptionsUrl() const
{
    return underRoot(m_settings.apiRoot, QStringLiteral("/subscriptions"));
}

QUrl BcApiClient::subscriptionUrl(const QString& subscriptionId) const
{
    // The DELETE documentation asks for the id in single quotes (spec §5.6).
    return underRoot(m_settings.apiRoot, QStringLiteral("/subscriptions('%1')").arg(subscriptionId));
}

QUrl BcApiClient::webhookSupportedResourcesUrl() const
{
    // The runtime API sits beside the standard one: .../api/microsoft/runtime/beta instead of .../api/v2.0.
    QUrl url = underRoot(m_settings.apiRoot, QString());
    QString path = url.path();
    const qsizetype api = path.lastIndexOf(QStringLiteral("/api/"));
    if (api >= 0)
        path.truncate(api);
    url.setPath(path + QStringLiteral("/api/microsoft/runtime/beta/companies(%1)/webhookSupportedResources")
                           .arg(m_settings.companyId));
    return url;
}

QUrl BcApiClient::companyUrl() const
{
    QUrl url = companiesUrl();
    // A GUID key goes bare, without quotes (spec §2.1).
    url.setPath(url.path() + QStringLiteral("(%1)").arg(m_settings.companyId));
    return url;
}

QUrl BcApiClient::collectionUrl(BcEntity entity) const
{
    QUrl url = companyUrl();
    url.setPath(url.path() + QLatin1Char('/') + BcEntities::toString(entity));
    return url;
}

QUrl BcApiClient::recordUrl(BcEntity entity, const QString& id) const
{
    QUrl url = collectionUrl(entity);
    url.setPath(url.path() + QStringLiteral("(%1)").arg(id));
    return url;
}

BcRequest* BcApiClient::get(const QUrl& url, int maxPageSize)
{
    auto* request = new BcRequest(*this, url, maxPageSize);
    QMetaObject::invokeMethod(request, &BcRequest::start, Qt::QueuedConnection);
    return request;
}

BcRequest* BcApiClient::send(const QUrl& url, BcRequest::Write write)
{
    auto* request = new BcRequest(*this, url, std::move(write));
    QMetaObject::invokeMethod(request, &BcRequest::start, Qt::QueuedConnection);
    return request;
}

bool BcApiClient::isApiUrl(const QUrl& url) const
{
    const QUrl& root = m_settings.apiRoot;
    return url.isValid() && url.scheme() == root.scheme() && url.host() == root.host() &&
           url.port(root.scheme() == QStringLiteral("https") ? 443 : 80) ==
               root.port(root.scheme() == QStringLiteral("https") ? 443 : 80);
}

} // namespace mlc
