#include "BcApiSimulator.h"

#include "BcApiResponses.h"
#include "BcCollectionPager.h"
#include "BcODataQuery.h"
#include "BcResourcePath.h"
#include "SandboxHost.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcBcSimulator, "mlc.sandbox.bc")

namespace mlc::sandbox {

namespace {

QString bearerToken(const QHttpServerRequest& request)
{
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && value.startsWith("Bearer "))
            return QString::fromLatin1(value.mid(7)).trimmed();
    }
    return {};
}

// "odata.maxpagesize=N" among the Prefer header's preferences.
std::optional<int> preferredPageSize(const QHttpServerRequest& request)
{
    static const QRegularExpression pattern(QStringLiteral("odata\\.maxpagesize\\s*=\\s*(\\d+)"));
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("Prefer", Qt::CaseInsensitive) != 0)
            continue;
        const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return std::nullopt;
}

QStringList fieldNames(const QList<QJsonObject>& records)
{
    return records.isEmpty() ? QStringList() : records.first().keys();
}

} // namespace

BcApiSimulator::BcApiSimulator(SandboxHost& host, Clock& clock, quint32 seed, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_clock(clock)
    , m_data(BcDataSet::seeded(seed))
    , m_throttle(clock)
    , m_webhooks(m_data, clock)
    , m_validator([](const QString& token) { return token == demoToken(); })
{
    const auto route = [this](const QString&, const QString&, const QString&,
                              const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    };
    const auto keyedRoute = [this](const QString&, const QString&, const QString&, const QString&,
                                   const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    };
    host.server().route(QStringLiteral("/<arg>/<arg>/api/v2.0/<arg>"), route);
    host.server().route(QStringLiteral("/<arg>/<arg>/api/v2.0/<arg>/<arg>"), keyedRoute);
    // The tenant-less form: the same shapes with one segment less before "api".
    const auto tenantlessRoute = [this](const QString&, const QString&, const QHttpServerRequest& request,
                                        QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    };
    host.server().route(QStringLiteral("/<arg>/api/v2.0/<arg>"), tenantlessRoute);
    host.server().route(QStringLiteral("/<arg>/api/v2.0/<arg>/<arg>"), route);
    // The runtime API's companies({id})/webhookSupportedResources.
    host.server().route(QStringLiteral("/<arg>/<arg>/api/microsoft/runtime/beta/<arg>/<arg>"),
                        [this](const QString&, const QString&, const QString&, const QString&,
                               const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                            handleRuntime(request, std::move(responder));
                        });
}

QString BcApiSimulator::demoToken()
{
    return QStringLiteral("mlc-sandbox-demo-token");
}

QUrl BcApiSimulator::apiRoot(const QString& tenant, const QString& environment) const
{
    QUrl url = m_host.baseUrl();
    url.setPath(QStringLiteral("/%1/%2/api/v2.0").arg(tenant, environment));
    return url;
}

void BcApiSimulator::setTokenValidator(TokenValidator validator)
{
    m_validator = std::move(validator);
}

QString BcApiSimulator::firstCompanyId() const
{
    const QList<QJsonObject> all = m_data.companies();
    return all.isEmpty() ? QString() : all.first().value(QStringLiteral("id")).toString();
}

QString BcApiSimulator::createRecord(const QString& companyId, BcEntity entity, const QJsonObject& fields)
{
    const QString id = m_data.create(companyId, entity, fields, m_clock.nowUtc());
    if (!id.isEmpty())
        m_webhooks.recordChanged(companyId, entity, id, QStringLiteral("created"));
    return id;
}

bool BcApiSimulator::changeRecord(const QString& companyId, BcEntity entity, const QString& id,
                                  const QJsonObject& changes)
{
    if (!m_data.change(companyId, entity, id, changes, m_clock.nowUtc()))
        return false;
    m_webhooks.recordChanged(companyId, entity, id, QStringLiteral("updated"));
    return true;
}

bool BcApiSimulator::deleteRecord(const QString& companyId, BcEntity entity, const QString& id)
{
    if (!m_data.remove(companyId, entity, id))
        return false;
    m_webhooks.recordChanged(companyId, entity, id, QStringLiteral("deleted"));
    return true;
}

bool BcApiSimulator::postDraftInvoice(const QString& companyId, BcEntity entity, const QString& id)
{
    int& counter = entity == BcEntity::SalesInvoices ? m_nextPostedSalesNumber : m_nextPostedPurchaseNumber;
    if (!m_data.postDraftInvoice(companyId, entity, id, QString::number(counter), m_clock.nowUtc()))
        return false;
    ++counter;
    m_webhooks.recordChanged(companyId, entity, id, QStringLiteral("updated"));
    return true;
}

void BcApiSimulator::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    // Subscriptions sit at the API root, outside any company (spec §5.1).
    static const QRegularExpression subscriptionsPath(QStringLiteral("/api/v2\\.0/(subscriptions.*)$"));
    const QRegularExpressionMatch subscriptions = subscriptionsPath.match(request.url().path());
    const std::optional<BcResourcePath> path =
        subscriptions.hasMatch()
            ? std::nullopt
            : BcResourcePath::parse(request.url().path(), request.query().queryItemValue(
                                                              QStringLiteral("company"), QUrl::FullyDecoded));
    const QString endpoint = subscriptions.hasMatch() ? QStringLiteral("subscriptions")
                             : path                   ? path->endpoint()
                                                      : QString();
    Q_EMIT requestSeen(SandboxHost::methodName(request), request.url().path());
    ++m_requestCount;
    if (!endpoint.isEmpty())
        ++m_requestsPerEndpoint[endpoint];
    if (!admit(request, responder))
        return;
    const std::optional<BcFault> fault = m_faults.take(endpoint);
    if (subscriptions.hasMatch() && !fault) {
        QUrl context = m_host.baseUrl();
        context.setPath(request.url().path().left(subscriptions.capturedStart(1)) +
                        QStringLiteral("$metadata"));
        m_webhooks.handle(request, std::move(responder), subscriptions.captured(1), context.toString());
        return;
    }
    if (fault) {
        qCDebug(lcBcSimulator) << "Injected fault" << int(fault->kind) << fault->status << fault->delayMs
                               << request.url().path();
    }
    // The answer is computed now, from the data as it is at the request, and written now or after the
    // fault's delay; the request itself is not kept, only what goes back.
    Answer answer;
    if (fault && fault->kind == BcFault::Kind::DropConnection) {
        answer = [](QHttpServerResponder&& later) {
            later.socket()->abort();
        };
    } else {
        auto response = std::make_shared<QHttpServerResponse>(answerFor(request, path, fault));
        answer = [response](QHttpServerResponder&& later) {
            response->write(std::move(later));
        };
    }
    if (fault && fault->delayMs > 0)
        answerLater(fault->delayMs, std::move(responder), std::move(answer));
    else
        answer(std::move(responder));
}

QHttpServerResponse BcApiSimulator::answerFor(const QHttpServerRequest& request,
                                              const std::optional<BcResourcePath>& path,
                                              const std::optional<BcFault>& fault)
{
    if (fault && fault->kind == BcFault::Kind::MalformedBody)
        return BcApiResponses::malformed();
    if (fault && fault->kind == BcFault::Kind::Status) {
        return BcApiResponses::error(fault->status, QStringLiteral("Internal_ServerError"),
                                     tr("The service is temporarily unable to process the request."),
                                     fault->retryAfterSeconds);
    }
    if (!path) {
        return BcApiResponses::error(404, QStringLiteral("BadRequest_NotFound"),
                                     tr("No HTTP resource was found that matches the request URI."));
    }
    return respond(request, *path);
}

bool BcApiSimulator::admit(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    const QString token = bearerToken(request);
    if (token.isEmpty() || !m_validator(token)) {
        BcApiResponses::error(401, QStringLiteral("Authentication_InvalidCredentials"),
                              tr("The server has rejected the client credentials."))
            .write(std::move(responder));
        return false;
    }
    const BcThrottle::Verdict verdict = m_throttle.admit(token);
    if (!verdict.allowed) {
        BcApiResponses::error(429, QStringLiteral("Application_TooManyRequests"),
                              tr("The request was throttled: too many requests in the current time window."),
                              verdict.retryAfterSeconds)
            .write(std::move(responder));
        return false;
    }
    return true;
}

void BcApiSimulator::handleRuntime(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Q_EMIT requestSeen(SandboxHost::methodName(request), request.url().path());
    ++m_requestCount;
    ++m_requestsPerEndpoint[QStringLiteral("webhookSupportedResources")];
    if (!admit(request, responder))
        return;
    if (!request.url().path().endsWith(QStringLiteral("/webhookSupportedResources"))) {
        BcApiResponses::error(404, QStringLiteral("BadRequest_NotFound"),
                              tr("No HTTP resource was found that matches the request URI."))
            .write(std::move(responder));
        return;
    }
    BcApiResponses::json(m_webhooks.supportedResources()).write(std::move(responder));
}

void BcApiSimulator::answerLater(int delayMs, QHttpServerResponder&& responder, Answer answer)
{
    // Qt 6.4's QHttpServer lets a handler keep the responder (it is movable) and write after returning; the
    // connection stays open meanwhile. A std::function must be copyable, so the responder is shared. The
    // socket is deleted when the client gives up first (a transfer timeout), hence the QPointer: a closed
    // connection gets no answer.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QPointer<QTcpSocket> socket = held->socket();
    QTimer::singleShot(delayMs, this, [held, socket, answer = std::move(answer)] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            answer(std::move(*held));
    });
}

QHttpServerResponse BcApiSimulator::respond(const QHttpServerRequest& request, const BcResourcePath& path)
{
    if (request.method() != QHttpServerRequest::Method::Get) {
        return BcApiResponses::error(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                                     tr("This simulator answers GET requests only."));
    }
    if (!path.companyKeyed)
        return companies(request, path);
    if (!m_data.company(path.companyId)) {
        return BcApiResponses::error(404, QStringLiteral("Internal_CompanyNotFound"),
                                     tr("The company '%1' does not exist.").arg(path.companyId));
    }
    if (path.entitySet.isEmpty()) {
        QJsonObject company = *m_data.company(path.companyId);
        company.insert(QStringLiteral("@odata.context"),
                       contextUrl(path, QStringLiteral("companies/$entity")));
        return BcApiResponses::json(company);
    }
    const std::optional<BcEntity> entity = BcEntities::fromString(path.entitySet);
    if (!entity) {
        return BcApiResponses::error(404, QStringLiteral("BadRequest_NotFound"),
                                     tr("The resource '%1' was not found.").arg(path.entitySet));
    }
    QString error;
    const std::optional<BcODataQuery> query = BcODataQuery::parse(request.query(), &error);
    if (!query)
        return BcApiResponses::error(400, QStringLiteral("BadRequest"), error);
    const QStringList unknown = query->unknownFields(fieldNames(*m_data.records(path.companyId, *entity)));
    if (!unknown.isEmpty()) {
        return BcApiResponses::error(400, QStringLiteral("BadRequest_NotFound"),
                                     tr("Could not find a property named '%1' on type 'Microsoft.NAV.%2'.")
                                         .arg(unknown.first(), path.entitySet));
    }
    return path.recordId.isEmpty() ? collection(request, path, *entity, *query)
                                   : single(path, *entity, *query);
}

QHttpServerResponse BcApiSimulator::companies(const QHttpServerRequest& request, const BcResourcePath& path)
{
    QString error;
    const std::optional<BcODataQuery> query = BcODataQuery::parse(request.query(), &error);
    if (!query)
        return BcApiResponses::error(400, QStringLiteral("BadRequest"), error);
    QJsonArray value;
    for (const QJsonObject& company : m_data.companies()) {
        if (query->matches(company))
            value.append(query->project(company));
    }
    return BcApiResponses::json(
        QJsonObject{{QStringLiteral("@odata.context"), contextUrl(path, QStringLiteral("companies"))},
                    {QStringLiteral("value"), value}});
}

QHttpServerResponse BcApiSimulator::collection(const QHttpServerRequest& request, const BcResourcePath& path,
                                               BcEntity entity, const BcODataQuery& query)
{
    QList<QJsonObject> matching;
    for (const QJsonObject& record : *m_data.records(path.companyId, entity)) {
        if (query.matches(record))
            matching.append(record);
    }
    query.sort(matching);
    const std::optional<int> pageSize = preferredPageSize(request);
    const std::optional<BcCollectionPager::Page> page = BcCollectionPager::page(matching, query, pageSize);
    if (!page) {
        return BcApiResponses::error(400, QStringLiteral("BadRequest_InvalidToken"),
                                     tr("The $skiptoken '%1' is not valid.").arg(query.skipToken()));
    }
    QJsonObject body{
        {QStringLiteral("@odata.context"),
         contextUrl(path, QStringLiteral("companies(%1)/%2").arg(path.companyId, path.entitySet))},
        {QStringLiteral("value"), page->value}};
    if (page->nextSkipToken)
        body.insert(QStringLiteral("@odata.nextLink"), nextLink(request, *page->nextSkipToken));
    QHttpServerResponse response = BcApiResponses::json(body);
    if (pageSize) {
        response.addHeader(QByteArrayLiteral("Preference-Applied"),
                           QByteArrayLiteral("odata.maxpagesize=") + QByteArray::number(*pageSize));
    }
    return response;
}

QHttpServerResponse BcApiSimulator::single(const BcResourcePath& path, BcEntity entity,
                                           const BcODataQuery& query)
{
    const std::optional<QJsonObject> record = m_data.record(path.companyId, entity, path.recordId);
    if (!record) {
        return BcApiResponses::error(404, QStringLiteral("Internal_RecordNotFound"),
                                     tr("The %1 does not exist. Identification fields and values: Id='%2'")
                                         .arg(path.entitySet, path.recordId));
    }
    QJsonObject body = query.project(*record);
    body.insert(
        QStringLiteral("@odata.context"),
        contextUrl(path, QStringLiteral("companies(%1)/%2/$entity").arg(path.companyId, path.entitySet)));
    QHttpServerResponse response = BcApiResponses::json(body);
    response.addHeader(QByteArrayLiteral("ETag"),
                       record->value(QStringLiteral("@odata.etag")).toString().toLatin1());
    return response;
}

QString BcApiSimulator::contextUrl(const BcResourcePath& path, const QString& fragment) const
{
    QUrl root = m_host.baseUrl();
    root.setPath(path.rootPath);
    return root.toString() + QStringLiteral("/$metadata#") + fragment;
}

QString BcApiSimulator::nextLink(const QHttpServerRequest& request, const QString& skipToken) const
{
    // The client's own encoding of the other options is kept, so the filter comes back exactly as sent.
    QStringList items;
    const auto encoded = request.query().queryItems(QUrl::FullyEncoded);
    for (const auto& [key, value] : encoded) {
        if (key != QStringLiteral("$skiptoken"))
            items.append(key + QLatin1Char('=') + value);
    }
    items.append(QStringLiteral("$skiptoken=") + QString::fromLatin1(QUrl::toPercentEncoding(skipToken)));
    QUrl url = m_host.baseUrl();
    url.setPath(request.url().path());
    url.setQuery(items.join(QLatin1Char('&')));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace mlc::sandbox
