#include "EntraTokenSimulator.h"

#include "SandboxHost.h"
#include "common/Clock.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace mlc::sandbox {

namespace {

QString fieldScope()
{
    return QStringLiteral("scope");
}
QString fieldClientId()
{
    return QStringLiteral("client_id");
}
QString fieldClientSecret()
{
    return QStringLiteral("client_secret");
}
QString fieldGrantType()
{
    return QStringLiteral("grant_type");
}

// Entra prints timestamps as "2016-01-09 02:02:12Z" in both the description and the timestamp field.
QString entraTimestamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z');
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QHttpServerResponse jsonResponse(const QJsonObject& body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}

} // namespace

EntraTokenSimulator::EntraTokenSimulator(SandboxHost& host, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_clock(clock)
{
    host.server().route(
        QStringLiteral("/<arg>/oauth2/v2.0/token"), QHttpServerRequest::Method::Post,
        [this](const QString& tenant, const QHttpServerRequest& request) { return handle(tenant, request); });
}

void EntraTokenSimulator::addTenant(const QString& tenantIdOrDomain)
{
    // Entra matches tenant names without regard to case (GUIDs and domains alike).
    m_tenants.insert(tenantIdOrDomain.toLower());
}

void EntraTokenSimulator::addApp(const QString& clientId, const App& app)
{
    m_apps.insert(clientId.toLower(), app);
}

void EntraTokenSimulator::setAppEnabled(const QString& clientId, bool enabled)
{
    const auto it = m_apps.find(clientId.toLower());
    if (it != m_apps.end()) {
        it->enabled = enabled;
    }
}

QUrl EntraTokenSimulator::tokenUrl(const QString& tenant) const
{
    QUrl url = m_host.baseUrl();
    url.setPath(QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

bool EntraTokenSimulator::isValidToken(const QString& bearer) const
{
    const auto it = m_tokens.constFind(bareToken(bearer));
    return it != m_tokens.constEnd() && m_clock.nowUtc() < it.value();
}

void EntraTokenSimulator::revokeAllTokens()
{
    m_tokens.clear();
}

void EntraTokenSimulator::failNext(int count, const Fault& fault)
{
    for (int i = 0; i < count; ++i) {
        m_faults.push_back(fault);
    }
}

void EntraTokenSimulator::failNextMalformed(int count)
{
    Fault fault;
    fault.status = 200;
    fault.body = QByteArrayLiteral("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_tok");
    failNext(count, fault);
}

QHttpServerResponse EntraTokenSimulator::handle(const QString& tenant, const QHttpServerRequest& request)
{
    Q_EMIT requestSeen(SandboxHost::methodName(request), request.url().path());
    ++m_requestCount;
    if (!m_faults.empty()) {
        const Fault fault = m_faults.front();
        m_faults.pop_front();
        return QHttpServerResponse(fault.contentType, fault.body,
                                   QHttpServerResponse::StatusCode(fault.status));
    }
    Form form = parseForm(request.body());
    addBasicCredentials(request.value(QByteArrayLiteral("Authorization")), &form);
    QHttpServerResponse rejection = validationError(tenant, form);
    if (rejection.statusCode() != QHttpServerResponse::StatusCode::Ok) {
        return rejection;
    }
    return issueToken();
}

// The checks run in the order Entra applies them: the tenant, the request's shape, then the app and its
// credentials, then what it asks for.
QHttpServerResponse EntraTokenSimulator::validationError(const QString& tenant, const Form& form) const
{
    if (!m_tenants.contains(tenant.toLower()) && !isMultiTenantAlias(tenant)) {
        return error(
            400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                           "are signing into the correct cloud. Check with your subscription "
                           "administrator, this may happen if there are no active subscriptions for "
                           "the tenant.")
                .arg(tenant));
    }
    if (isMultiTenantAlias(tenant)) {
        return error(
            400, QStringLiteral("invalid_request"), 9001023,
            QStringLiteral("The grant type isn't supported over the /common or /consumers endpoints. "
                           "Please use the /organizations or tenant-specific endpoint."));
    }
    for (const QString& required : {fieldGrantType(), fieldClientId()}) {
        if (form.value(required).isEmpty()) {
            return error(
                400, QStringLiteral("invalid_request"), 900144,
                QStringLiteral("The request body must contain the following parameter: '%1'.").arg(required));
        }
    }
    const QString grantType = form.value(fieldGrantType());
    if (grantType != QStringLiteral("client_credentials")) {
        return error(400, QStringLiteral("unsupported_grant_type"), 70003,
                     QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType));
    }
    const QString clientId = form.value(fieldClientId());
    const auto app = m_apps.constFind(clientId.toLower());
    if (app == m_apps.constEnd()) {
        return error(400, QStringLiteral("unauthorized_client"), 700016,
                     QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. "
                                    "This can happen if the application has not been installed by the "
                                    "administrator of the tenant or consented to by any user in the tenant. "
                                    "You may have sent your authentication request to the wrong tenant.")
                         .arg(clientId, tenant));
    }
    if (!app->enabled) {
        return error(400, QStringLiteral("unauthorized_client"), 7000112,
                     QStringLiteral("Application '%1'(%2) is disabled.").arg(clientId, app->displayName));
    }
    if (!form.has(fieldClientSecret())) {
        return error(
            401, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' "
                           "or 'client_secret'."));
    }
    if (form.value(fieldClientSecret()) != app->secretValue) {
        return error(
            401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                           "is the client secret value, not the client secret ID, for a secret added to "
                           "app '%1'.")
                .arg(clientId));
    }
    if (app->secretExpiresAt.isValid() && m_clock.nowUtc() >= app->secretExpiresAt) {
        return error(
            401, QStringLiteral("invalid_client"), 7000222,
            QStringLiteral("The provided client secret keys for app '%1' are expired. Visit the Azure "
                           "portal to create new keys for your app: "
                           "https://aka.ms/NewClientSecret, or consider using certificate "
                           "credentials for added security: https://aka.ms/certCreds.")
                .arg(clientId));
    }
    const QString scope = form.value(fieldScope());
    if (scope.isEmpty()) {
        return error(400, QStringLiteral("invalid_request"), 900144,
                     QStringLiteral("The request body must contain the following parameter: 'scope'."));
    }
    if (scope != apiScope()) {
        return error(
            400, QStringLiteral("invalid_scope"), 70011,
            QStringLiteral("The provided request must include a 'scope' input parameter. The provided "
                           "value for the input parameter 'scope' is not valid. The scope %1 is not "
                           "valid.")
                .arg(scope));
    }
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse EntraTokenSimulator::issueToken()
{
    const QString token = newToken();
    m_tokens.insert(token, m_clock.nowUtc().addSecs(m_expiresIn));
    return jsonResponse(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                    {QStringLiteral("expires_in"), m_expiresIn},
                                    {QStringLiteral("ext_expires_in"), m_expiresIn},
                                    {QStringLiteral("access_token"), token}},
                        200);
}

QHttpServerResponse EntraTokenSimulator::error(int status, const QString& errorName, int code,
                                               const QString& description) const
{
    const QString timestamp = entraTimestamp(m_clock.nowUtc());
    const QString traceId = newGuid();
    const QString correlationId = newGuid();
    const QString fullDescription =
        QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
                       "Timestamp: %5")
            .arg(QString::number(code), description, traceId, correlationId, timestamp);
    return jsonResponse(
        QJsonObject{{QStringLiteral("error"), errorName},
                    {QStringLiteral("error_description"), fullDescription},
                    {QStringLiteral("error_codes"), QJsonArray{code}},
                    {QStringLiteral("timestamp"), timestamp},
                    {QStringLiteral("trace_id"), traceId},
                    {QStringLiteral("correlation_id"), correlationId},
                    {QStringLiteral("error_uri"),
                     QStringLiteral("https://login.microsoftonline.com/error?code=%1").arg(code)}},
        status);
}

// application/x-www-form-urlencoded: '+' stands for a space, so a client that leaves a '+' of the secret
// unencoded is rejected here just as it is by Entra.
EntraTokenSimulator::Form EntraTokenSimulator::parseForm(const QByteArray& body)
{
    Form form;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        form.fields.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return form;
}

// RFC 6749 2.3.1: the client may send its credentials as HTTP Basic instead of form fields, each part
// form-urlencoded before the base64 step.
void EntraTokenSimulator::addBasicCredentials(const QByteArray& authorization, Form* form)
{
    const QByteArray prefix = QByteArrayLiteral("Basic ");
    if (!authorization.startsWith(prefix)) {
        return;
    }
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(prefix.size()).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0) {
        return;
    }
    const Form credentials = parseForm(QByteArrayLiteral("client_id=") + decoded.left(colon) +
                                       QByteArrayLiteral("&client_secret=") + decoded.mid(colon + 1));
    for (auto it = credentials.fields.cbegin(); it != credentials.fields.cend(); ++it) {
        form->fields.insert(it.key(), it.value());
    }
}

bool EntraTokenSimulator::isMultiTenantAlias(const QString& tenant)
{
    const QString name = tenant.toLower();
    return name == QStringLiteral("common") || name == QStringLiteral("consumers");
}

QString EntraTokenSimulator::newToken()
{
    std::array<quint32, 12> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString EntraTokenSimulator::bareToken(const QString& bearer)
{
    const QString prefix = QStringLiteral("Bearer ");
    const QString trimmed = bearer.trimmed();
    return trimmed.startsWith(prefix, Qt::CaseInsensitive) ? trimmed.mid(prefix.size()).trimmed() : trimmed;
}

} // namespace mlc::sandbox
