#pragma once

#include "bc/BcEntity.h"
#include "bc/BcRequest.h"
#include "bc/BcRetryPolicy.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace mlc {

class Clock;
class EntraTokenSource;

// The connector's read access to one Business Central company: company-scoped URLs built from the profile
// ({apiRoot}/companies({companyId})/...), and GET requests that carry the Entra token, retry what is worth
// retrying and count every request sent, for the sync summary's "bcRequests".
class BcApiClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl apiRoot; // {apiBaseUrl}/{tenant}/{environment}/api/v2.0
        QString companyId;
        std::chrono::milliseconds transferTimeout{120 *
                                                  1000}; // without progress for this long, an attempt fails
        BcRetryPolicy::Settings retry;
        std::optional<quint32> jitterSeed; // tests fix it; otherwise random
        // A page of 20,000 wide records is well below this; anything larger is not an answer from BC.
        qint64 maxBodyBytes = qint64(256) * 1024 * 1024;
    };

    BcApiClient(QNetworkAccessManager* network, EntraTokenSource* tokens, Clock& clock, Settings settings,
                QObject* parent = nullptr);

    QUrl companiesUrl() const;
    QUrl companyUrl() const;
    QUrl collectionUrl(BcEntity entity) const;
    QUrl recordUrl(BcEntity entity, const QString& id) const;

    // Starts a GET of `url` and returns at once; the request answers with succeeded() or failed() after
    // the caller has connected, and then deletes itself. `maxPageSize` > 0 asks for server-driven pages of
    // at most that many records.
    BcRequest* get(const QUrl& url, int maxPageSize = 0);
    // The same for a write (POST, PATCH or DELETE); only webhook subscriptions are ever written.
    BcRequest* send(const QUrl& url, BcRequest::Write write);

    // {apiRoot}/subscriptions and {apiRoot}/subscriptions('{id}'): at the API root, not under the company.
    QUrl subscriptionsUrl() const;
    QUrl subscriptionUrl(const QString& subscriptionId) const;
    // The runtime API's list of resources that can be subscribed to in this company (spec §5.7).
    QUrl webhookSupportedResourcesUrl() const;

    // Only URLs on the API's own scheme, host and port are followed, so a forged nextLink never receives
    // the access token.
    bool isApiUrl(const QUrl& url) const;

    // HTTP requests sent to the BC API, retries included, token requests excluded.
    int requestsSent() const { return m_requestsSent; }
    const Settings& settings() const { return m_settings; }

private:
    friend class BcRequest;

    QNetworkAccessManager* m_network;
    EntraTokenSource* m_tokens;
    Clock& m_clock;
    Settings m_settings;
    BcRetryPolicy m_retryPolicy;
    int m_requestsSent = 0;
};

} // namespace mlc
