#pragma once

#include "BcDataSet.h"
#include "BcFaultInjector.h"
#include "BcThrottle.h"
#include "BcWebhookSimulator.h"
#include "bc/BcEntity.h"
#include "common/Clock.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class QHttpServerResponse;

namespace mlc::sandbox {

class SandboxHost;
struct BcResourcePath;
class BcODataQuery;

// Business Central API v2.0 on a SandboxHost: GET companies, entity collections and single entities under
// /{tenant}/{environment}/api/v2.0, with the OData options a syncing client uses, BC's error bodies,
// throttling and injectable faults. The control methods are for tests and the demo and must be called on
// the simulator's thread.
class BcApiSimulator : public QObject
{
    Q_OBJECT

public:
    using TokenValidator = std::function<bool(const QString& bearerToken)>;

    BcApiSimulator(SandboxHost& host, Clock& clock, quint32 seed = kDefaultSeed, QObject* parent = nullptr);

    static constexpr quint32 kDefaultSeed = 20261128;
    // The token the default validator accepts.
    static QString demoToken();

    // http://127.0.0.1:<port>/{tenant}/{environment}/api/v2.0
    QUrl apiRoot(const QString& tenant, const QString& environment) const;
    void setTokenValidator(TokenValidator validator);

    const BcDataSet& data() const { return m_data; }
    QString firstCompanyId() const;
    // Returns the new id, or an empty string for an unknown company.
    QString createRecord(const QString& companyId, BcEntity entity, const QJsonObject& fields);
    // Applies `changes`, stamps lastModifiedDateTime from the Clock and issues a new ETag.
    bool changeRecord(const QString& companyId, BcEntity entity, const QString& id,
                      const QJsonObject& changes);
    bool deleteRecord(const QString& companyId, BcEntity entity, const QString& id);
    // A draft purchase or sales invoice becomes posted: same id, a new posted number, status Open.
    bool postDraftInvoice(const QString& companyId, BcEntity entity, const QString& id);

    // Every request that reached the API routes, counted before authentication, faults and throttling.
    int requestCount() const { return m_requestCount; }
    // Per endpoint: "companies" or an entity set name.
    int requestCount(const QString& endpoint) const { return m_requestsPerEndpoint.value(endpoint); }
    void resetRequestCounts()
    {
        m_requestCount = 0;
        m_requestsPerEndpoint.clear();
    }

    BcFaultInjector& faults() { return m_faults; }
    BcWebhookSimulator& webhooks() { return m_webhooks; }
    BcThrottle& throttle() { return m_throttle; }

Q_SIGNALS:
    // Every request to the API routes, for the sandbox's --verbose log (method and path, never headers).
    void requestSeen(const QString& method, const QString& path);

private:
    using Answer = std::function<void(QHttpServerResponder&&)>;

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    // Authentication and throttling, as every API request gets them; false when the responder was used.
    bool admit(const QHttpServerRequest& request, QHttpServerResponder& responder);
    void handleRuntime(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    QHttpServerResponse answerFor(const QHttpServerRequest& request,
                                  const std::optional<BcResourcePath>& path,
                                  const std::optional<BcFault>& fault);
    void answerLater(int delayMs, QHttpServerResponder&& responder, Answer answer);
    QHttpServerResponse respond(const QHttpServerRequest& request, const BcResourcePath& path);
    QHttpServerResponse companies(const QHttpServerRequest& request, const BcResourcePath& path);
    QHttpServerResponse collection(const QHttpServerRequest& request, const BcResourcePath& path,
                                   BcEntity entity, const BcODataQuery& query);
    QHttpServerResponse single(const BcResourcePath& path, BcEntity entity, const BcODataQuery& query);
    QString contextUrl(const BcResourcePath& path, const QString& fragment) const;
    QString nextLink(const QHttpServerRequest& request, const QString& skipToken) const;

    SandboxHost& m_host;
    Clock& m_clock;
    BcDataSet m_data;
    BcFaultInjector m_faults;
    BcThrottle m_throttle;
    BcWebhookSimulator m_webhooks;
    TokenValidator m_validator;
    int m_requestCount = 0;
    QHash<QString, int> m_requestsPerEndpoint;
    int m_nextPostedPurchaseNumber = 109001;
    int m_nextPostedSalesNumber = 104001;
};

} // namespace mlc::sandbox
