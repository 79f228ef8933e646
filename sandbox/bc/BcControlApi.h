#pragma once

#include "bc/BcEntity.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <optional>

class QHttpServerRequest;

namespace mlc::sandbox {

class BcApiSimulator;
class SandboxHost;

// The BC simulator's control methods over HTTP, for the demo and for tests that run the sandbox as another
// process. Everything lives under /_sandbox/bc, which no BC path can take (BC's first segment is a tenant or
// an environment, and neither may start with "_"). JSON in, JSON out; bad input gets BC's error body.
//
//   POST   records                          {"entity", "fields", "companyId"?}  -> 201 the record
//   PATCH  records/{entity}/{id}            {"fields", "companyId"?}            -> 200 the record
//   DELETE records/{entity}/{id}[?companyId=]                                   -> 204
//   POST   records/{entity}/{id}/post[?companyId=]  (a draft invoice)           -> 200 the record
//   POST   faults   {"endpoint"?, "kind"?, "status"?, "retryAfterSeconds"?, "delayMs"?, "times"?} -> 201
//   DELETE faults                                                               -> 204
//   GET    requests -> {"total", "endpoints": {name: count}};  DELETE requests -> 204 (reset)
//   PUT    throttle {"maxRequests", "windowSeconds"?, "sendRetryAfter"?}       -> 200
//
// companyId defaults to the first company.
class BcControlApi : public QObject
{
    Q_OBJECT

public:
    BcControlApi(SandboxHost& host, BcApiSimulator& api, QObject* parent = nullptr);

    static QString pathPrefix() { return QStringLiteral("/_sandbox/bc"); }
    QUrl baseUrl() const;

Q_SIGNALS:
    void requestSeen(const QString& method, const QString& path);

private:
    QHttpServerResponse records(const QHttpServerRequest& request);
    QHttpServerResponse record(const QString& entityName, const QString& id,
                               const QHttpServerRequest& request);
    QHttpServerResponse post(const QString& entityName, const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse faults(const QHttpServerRequest& request);
    QHttpServerResponse requests(const QHttpServerRequest& request);
    QHttpServerResponse throttle(const QHttpServerRequest& request);

    QHttpServerResponse create(const QJsonObject& body);
    QHttpServerResponse change(BcEntity entity, const QString& id, const QHttpServerRequest& request);
    QHttpServerResponse injectFault(const QJsonObject& body);
    // Fills *companyId with the given one or the first company; an error response when it does not exist.
    std::optional<QHttpServerResponse> resolveCompany(const QJsonValue& given, QString* companyId) const;
    // Unknown field names and wrong JSON types, judged against a record the company already holds.
    std::optional<QHttpServerResponse> checkFields(const QString& companyId, BcEntity entity,
                                                   const QJsonObject& fields) const;
    QJsonObject completeFields(const QString& companyId, BcEntity entity, const QJsonObject& fields) const;
    QHttpServerResponse recordResponse(const QString& companyId, BcEntity entity, const QString& id,
                                       int status) const;
    void note(const QHttpServerRequest& request);

    SandboxHost& m_host;
    BcApiSimulator& m_api;
};

} // namespace mlc::sandbox
