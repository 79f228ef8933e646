#include "BcControlApi.h"

#include "BcApiResponses.h"
#include "BcApiSimulator.h"
#include "BcDataSet.h"
#include "SandboxHost.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>

namespace mlc::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QHttpServerResponse badRequest(const QString& message)
{
    return BcApiResponses::error(400, QStringLiteral("BadRequest"), message);
}

QHttpServerResponse notFound(const QString& code, const QString& message)
{
    return BcApiResponses::error(404, code, message);
}

QHttpServerResponse methodNotAllowed(const QHttpServerRequest& request)
{
    return BcApiResponses::error(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                                 BcControlApi::tr("%1 is not supported on %2.")
                                     .arg(SandboxHost::methodName(request), request.url().path()));
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
}

// The body as a JSON object; an empty body counts as {} so that bodiless control calls need none.
std::optional<QJsonObject> bodyObject(const QHttpServerRequest& request, QString* error)
{
    if (request.body().trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = BcControlApi::tr("The request body is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = BcControlApi::tr("The request body must be a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// A whole number in [min, max] under `key`, or `fallback` when absent; nullopt with *error otherwise.
std::optional<int> wholeNumber(const QJsonObject& object, const QString& key, int fallback, int min, int max,
                               QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != double(qint64(number)) || number < min || number > max) {
        *error = BcControlApi::tr("'%1' must be a whole number from %2 to %3, got %4.")
                     .arg(key)
                     .arg(min)
                     .arg(max)
                     .arg(typeName(value) == QStringLiteral("a number") ? QString::number(number)
                                                                        : typeName(value));
        return std::nullopt;
    }
    return int(number);
}

std::optional<QString> optionalString(const QJsonObject& object, const QString& key, QString* error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString()) {
        *error = BcControlApi::tr("'%1' must be a string, got %2.").arg(key, typeName(value));
        return std::nullopt;
    }
    return value.toString();
}

// BC's empty value for a field shaped like `sample`: the zero date, the null GUID, or "".
QString emptyLike(const QString& sample)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (date.match(sample).hasMatch())
        return QStringLiteral("0001-01-01");
    if (!QUuid::fromString(sample).isNull())
        return BcDataSet::nullGuid();
    return QString();
}

} // namespace

BcControlApi::BcControlApi(SandboxHost& host, BcApiSimulator& api, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_api(api)
{
    QHttpServer& server = host.server();
    server.route(pathPrefix() + QStringLiteral("/records"),
                 [this](const QHttpServerRequest& request) { return records(request); });
    server.route(pathPrefix() + QStringLiteral("/records/<arg>/<arg>"),
                 [this](const QString& entity, const QString& id, const QHttpServerRequest& request) {
                     return record(entity, id, request);
                 });
    server.route(pathPrefix() + QStringLiteral("/records/<arg>/<arg>/post"),
                 [this](const QString& entity, const QString& id, const QHttpServerRequest& request) {
                     return post(entity, id, request);
                 });
    server.route(pathPrefix() + QStringLiteral("/faults"),
                 [this](const QHttpServerRequest& request) { return faults(request); });
    server.route(pathPrefix() + QStringLiteral("/requests"),
                 [this](const QHttpServerRequest& request) { return requests(request); });
    server.route(pathPrefix() + QStringLiteral("/throttle"),
                 [this](const QHttpServerRequest& request) { return throttle(request); });
}

QUrl BcControlApi::baseUrl() const
{
    QUrl url = m_host.baseUrl();
    url.setPath(pathPrefix());
    return url;
}

void BcControlApi::note(const QHttpServerRequest& request)
{
    Q_EMIT requestSeen(SandboxHost::methodName(request), request.url().path());
}

QHttpServerResponse BcControlApi::records(const QHttpServerRequest& request)
{
    note(request);
    if (request.method() != Method::Post)
        return methodNotAllowed(request);
    QString error;
    const std::optional<QJsonObject> body = bodyObject(request, &error);
    if (!body)
        return badRequest(error);
    return create(*body);
}

QHttpServerResponse BcControlApi::create(const QJsonObject& body)
{
    const QJsonValue entityValue = body.value(QStringLiteral("entity"));
    if (!entityValue.isString()) {
        return badRequest(tr("'entity' must be a string, one of %1; got %2.")
                              .arg(BcEntities::names().join(QStringLiteral(", ")), typeName(entityValue)));
    }
    const std::optional<BcEntity> entity = BcEntities::fromString(entityValue.toString());
    if (!entity) {
        return badRequest(tr("The entity '%1' is unknown; expected one of %2.")
                              .arg(entityValue.toString(), BcEntities::names().join(QStringLiteral(", "))));
    }
    const QJsonValue fields = body.value(QStringLiteral("fields"));
    if (!fields.isObject() && !fields.isUndefined())
        return badRequest(tr("'fields' must be an object, got %1.").arg(typeName(fields)));
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != QLatin1String("entity") && it.key() != QLatin1String("fields") &&
            it.key() != QLatin1String("companyId")) {
            return badRequest(tr("Unknown key '%1'; expected entity, fields and companyId.").arg(it.key()));
        }
    }
    QString companyId;
    if (auto failure = resolveCompany(body.value(QStringLiteral("companyId")), &companyId))
        return std::move(*failure);
    if (auto failure = checkFields(companyId, *entity, fields.toObject()))
        return std::move(*failure);
    const QString id =
        m_api.createRecord(companyId, *entity, completeFields(companyId, *entity, fields.toObject()));
    return recordResponse(companyId, *entity, id, 201);
}

QHttpServerResponse BcControlApi::record(const QString& entityName, const QString& id,
                                         const QHttpServerRequest& request)
{
    note(request);
    const std::optional<BcEntity> entity = BcEntities::fromString(entityName);
    if (!entity)
        return notFound(QStringLiteral("BadRequest_NotFound"),
                        tr("The entity '%1' is unknown.").arg(entityName));
    if (request.method() == Method::Patch)
        return change(*entity, id, request);
    if (request.method() != Method::Delete)
        return methodNotAllowed(request);
    QString companyId;
    const QString given = request.query().queryItemValue(QStringLiteral("companyId"), QUrl::FullyDecoded);
    if (auto failure = resolveCompany(given.isEmpty() ? QJsonValue() : QJsonValue(given), &companyId))
        return std::move(*failure);
    if (!m_api.deleteRecord(companyId, *entity, id)) {
        return notFound(QStringLiteral("Internal_RecordNotFound"),
                        tr("The %1 record '%2' does not exist.").arg(entityName, id));
    }
    return noContent();
}

QHttpServerResponse BcControlApi::change(BcEntity entity, const QString& id,
                                         const QHttpServerRequest& request)
{
    QString error;
    const std::optional<QJsonObject> body = bodyObject(request, &error);
    if (!body)
        return badRequest(error);
    const QJsonValue fields = body->value(QStringLiteral("fields"));
    if (!fields.isObject())
        return badRequest(tr("'fields' must be an object, got %1.").arg(typeName(fields)));
    QString companyId;
    if (auto failure = resolveCompany(body->value(QStringLiteral("companyId")), &companyId))
        return std::move(*failure);
    if (!m_api.data().record(companyId, entity, id)) {
        return notFound(QStringLiteral("Internal_RecordNotFound"),
                        tr("The %1 record '%2' does not exist.").arg(BcEntities::toString(entity), id));
    }
    if (auto failure = checkFields(companyId, entity, fields.toObject()))
        return std::move(*failure);
    m_api.changeRecord(companyId, entity, id, fields.toObject());
    return recordResponse(companyId, entity, id, 200);
}

QHttpServerResponse BcControlApi::post(const QString& entityName, const QString& id,
                                       const QHttpServerRequest& request)
{
    note(request);
    if (request.method() != Method::Post)
        return methodNotAllowed(request);
    const std::optional<BcEntity> entity = BcEntities::fromString(entityName);
    if (entity != BcEntity::PurchaseInvoices && entity != BcEntity::SalesInvoices) {
        return notFound(
            QStringLiteral("BadRequest_NotFound"),
            tr("Only purchaseInvoices and salesInvoices can be posted, not '%1'.").arg(entityName));
    }
    QString companyId;
    const QString given = request.query().queryItemValue(QStringLiteral("companyId"), QUrl::FullyDecoded);
    if (auto failure = resolveCompany(given.isEmpty() ? QJsonValue() : QJsonValue(given), &companyId))
        return std::move(*failure);
    if (!m_api.data().record(companyId, *entity, id)) {
        return notFound(QStringLiteral("Internal_RecordNotFound"),
                        tr("The %1 record '%2' does not exist.").arg(entityName, id));
    }
    if (!m_api.postDraftInvoice(companyId, *entity, id)) {
        return badRequest(
            tr("The %1 record '%2' is not a draft, so it cannot be posted.").arg(entityName, id));
    }
    return recordResponse(companyId, *entity, id, 200);
}

QHttpServerResponse BcControlApi::faults(const QHttpServerRequest& request)
{
    note(request);
    if (request.method() == Method::Delete) {
        m_api.faults().clear();
        return noContent();
    }
    if (request.method() != Method::Post)
        return methodNotAllowed(request);
    QString error;
    const std::optional<QJsonObject> body = bodyObject(request, &error);
    if (!body)
        return badRequest(error);
    return injectFault(*body);
}

QHttpServerResponse BcControlApi::injectFault(const QJsonObject& body)
{
    QString error;
    const std::optional<QString> endpoint = optionalString(body, QStringLiteral("endpoint"), &error);
    const std::optional<QString> kindName = optionalString(body, QStringLiteral("kind"), &error);
    const std::optional<int> status = wholeNumber(body, QStringLiteral("status"), 503, 400, 599, &error);
    const std::optional<int> retryAfter =
        wholeNumber(body, QStringLiteral("retryAfterSeconds"), -1, 0, 86400, &error);
    const std::optional<int> delayMs = wholeNumber(body, QStringLiteral("delayMs"), 0, 0, 600000, &error);
    const std::optional<int> times = wholeNumber(body, QStringLiteral("times"), 1, 1, 100000, &error);
    if (!endpoint || !kindName || !status || !retryAfter || !delayMs || !times)
        return badRequest(error);

    const QString target = endpoint->isEmpty() ? BcFaultInjector::anyEndpoint() : *endpoint;
    if (target != BcFaultInjector::anyEndpoint() && target != QLatin1String("companies") &&
        !BcEntities::fromString(target)) {
        return badRequest(tr("'endpoint' must be *, companies or one of %1; got '%2'.")
                              .arg(BcEntities::names().join(QStringLiteral(", ")), target));
    }
    BcFault fault;
    const QString kind = kindName->isEmpty() ? QStringLiteral("status") : *kindName;
    if (kind == QLatin1String("status")) {
        fault.kind = BcFault::Kind::Status;
        fault.status = *status;
        if (*retryAfter >= 0)
            fault.retryAfterSeconds = *retryAfter;
    } else if (kind == QLatin1String("delay")) {
        if (*delayMs <= 0)
            return badRequest(tr("A delay fault needs 'delayMs' greater than 0."));
        fault = BcFault::delayed(*delayMs);
    } else if (kind == QLatin1String("malformedBody")) {
        fault = BcFault::malformedBody();
    } else if (kind == QLatin1String("dropConnection")) {
        fault = BcFault::droppedConnection();
    } else {
        return badRequest(
            tr("'kind' must be status, delay, malformedBody or dropConnection; got '%1'.").arg(kind));
    }
    fault.delayMs = *delayMs;
    m_api.faults().inject(target, fault, *times);
    return BcApiResponses::json(QJsonObject{{QStringLiteral("endpoint"), target},
                                            {QStringLiteral("kind"), kind},
                                            {QStringLiteral("times"), *times}},
                                201);
}

QHttpServerResponse BcControlApi::requests(const QHttpServerRequest& request)
{
    note(request);
    if (request.method() == Method::Delete) {
        m_api.resetRequestCounts();
        return noContent();
    }
    if (request.method() != Method::Get)
        return methodNotAllowed(request);
    QJsonObject endpoints{{QStringLiteral("companies"), m_api.requestCount(QStringLiteral("companies"))}};
    for (const QString& name : BcEntities::names())
        endpoints.insert(name, m_api.requestCount(name));
    return BcApiResponses::json(QJsonObject{{QStringLiteral("total"), m_api.requestCount()},
                                            {QStringLiteral("endpoints"), endpoints}});
}

QHttpServerResponse BcControlApi::throttle(const QHttpServerRequest& request)
{
    note(request);
    if (request.method() != Method::Put)
        return methodNotAllowed(request);
    QString error;
    const std::optional<QJsonObject> body = bodyObject(request, &error);
    if (!body)
        return badRequest(error);
    const std::optional<int> maxRequests =
        wholeNumber(*body, QStringLiteral("maxRequests"), -1, 0, 100000000, &error);
    const std::optional<int> windowSeconds =
        wholeNumber(*body, QStringLiteral("windowSeconds"), 300, 1, 86400, &error);
    if (!maxRequests || !windowSeconds)
        return badRequest(error);
    if (*maxRequests < 0)
        return badRequest(tr("'maxRequests' is required: how many requests the window allows."));
    const QJsonValue retryAfter = body->value(QStringLiteral("sendRetryAfter"));
    if (!retryAfter.isUndefined() && !retryAfter.isBool())
        return badRequest(tr("'sendRetryAfter' must be a boolean, got %1.").arg(typeName(retryAfter)));
    m_api.throttle().configure(*maxRequests, std::chrono::seconds(*windowSeconds), retryAfter.toBool(false));
    return BcApiResponses::json(QJsonObject{{QStringLiteral("maxRequests"), *maxRequests},
                                            {QStringLiteral("windowSeconds"), *windowSeconds},
                                            {QStringLiteral("sendRetryAfter"), retryAfter.toBool(false)}});
}

std::optional<QHttpServerResponse> BcControlApi::resolveCompany(const QJsonValue& given,
                                                                QString* companyId) const
{
    if (given.isUndefined() || given.isNull()) {
        *companyId = m_api.firstCompanyId();
        return std::nullopt;
    }
    if (!given.isString())
        return badRequest(tr("'companyId' must be a string, got %1.").arg(typeName(given)));
    if (!m_api.data().company(given.toString())) {
        return notFound(QStringLiteral("Internal_CompanyNotFound"),
                        tr("The company '%1' does not exist.").arg(given.toString()));
    }
    *companyId = given.toString();
    return std::nullopt;
}

std::optional<QHttpServerResponse> BcControlApi::checkFields(const QString& companyId, BcEntity entity,
                                                             const QJsonObject& fields) const
{
    const QList<QJsonObject>* existing = m_api.data().records(companyId, entity);
    if (!existing || existing->isEmpty())
        return std::nullopt;
    const QJsonObject& sample = existing->first();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key().startsWith(QLatin1Char('@')) ||
            it.key() == QLatin1String("lastModifiedDateTime")) {
            return badRequest(tr("'%1' is set by Business Central and cannot be written.").arg(it.key()));
        }
        if (!sample.contains(it.key())) {
            return badRequest(tr("Could not find a property named '%1' on type 'Microsoft.NAV.%2'.")
                                  .arg(it.key(), BcEntities::toString(entity)));
        }
        const QJsonValue expected = sample.value(it.key());
        if (!expected.isNull() && !it.value().isNull() && expected.type() != it.value().type()) {
            return badRequest(
                tr("'%1' must be %2, got %3.").arg(it.key(), typeName(expected), typeName(it.value())));
        }
    }
    return std::nullopt;
}

QJsonObject BcControlApi::completeFields(const QString& companyId, BcEntity entity,
                                         const QJsonObject& fields) const
{
    // A record created with a few fields still has every field BC sends, empty, so that $select and
    // $filter over the collection keep working.
    const QList<QJsonObject>* existing = m_api.data().records(companyId, entity);
    if (!existing || existing->isEmpty())
        return fields;
    QJsonObject complete = fields;
    const QJsonObject& sample = existing->first();
    for (auto it = sample.begin(); it != sample.end(); ++it) {
        if (complete.contains(it.key()) || it.key() == QLatin1String("id") ||
            it.key().startsWith(QLatin1Char('@')))
            continue;
        switch (it.value().type()) {
        case QJsonValue::Bool:
            complete.insert(it.key(), false);
            break;
        case QJsonValue::Double:
            complete.insert(it.key(), 0);
            break;
        case QJsonValue::String:
            complete.insert(it.key(), emptyLike(it.value().toString()));
            break;
        default:
            complete.insert(it.key(), QJsonValue::Null);
            break;
        }
    }
    return complete;
}

QHttpServerResponse BcControlApi::recordResponse(const QString& companyId, BcEntity entity, const QString& id,
                                                 int status) const
{
    const std::optional<QJsonObject> record = m_api.data().record(companyId, entity, id);
    if (!record) {
        return notFound(QStringLiteral("Internal_RecordNotFound"),
                        tr("The %1 record '%2' does not exist.").arg(BcEntities::toString(entity), id));
    }
    return BcApiResponses::json(*record, status);
}

} // namespace mlc::sandbox
