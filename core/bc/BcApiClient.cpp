#include "BcApiClient.h"

#include "bc/BcGetRequest.h"

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

QUrl BcApiClient::companiesUrl() const
{
    QUrl url = m_settings.apiRoot;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/companies"));
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

BcGetRequest* BcApiClient::get(const QUrl& url, int maxPageSize)
{
    auto* request = new BcGetRequest(*this, url, maxPageSize);
    QMetaObject::invokeMethod(request, &BcGetRequest::start, Qt::QueuedConnection);
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
