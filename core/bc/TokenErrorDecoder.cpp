#include "TokenErrorDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mlc {

namespace {

constexpr int kWrongSecret = 7000215;
constexpr int kExpiredSecret = 7000222;
constexpr int kUnknownClient = 700016;
constexpr int kUnknownTenant = 90002;
constexpr int kMultiTenantEndpoint = 9001023;
constexpr int kBadScope = 70011;
constexpr int kDisabledApp = 7000112;
constexpr int kResourceNotConsented = 500011;

int aadstsCodeOf(const QJsonObject& body)
{
    const QJsonArray codes = body.value(QStringLiteral("error_codes")).toArray();
    if (!codes.isEmpty() && codes.first().toInt() > 0) {
        return codes.first().toInt();
    }
    static const QRegularExpression inText(QStringLiteral("AADSTS(\\d+)"));
    const QRegularExpressionMatch match =
        inText.match(body.value(QStringLiteral("error_description")).toString());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("mlc", text);
}

} // namespace

TokenError TokenErrorDecoder::fromHttpAnswer(int httpStatus, const QByteArray& body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString errorName = json.value(QStringLiteral("error")).toString();
    if (errorName.isEmpty()) {
        if (httpStatus >= 500 || httpStatus == 429) {
            TokenError error;
            error.httpStatus = httpStatus;
            error.advice = tr("The Microsoft sign-in service is unavailable (HTTP %1). Try again in a few "
                              "minutes.")
                               .arg(httpStatus);
            return error;
        }
        return malformed(httpStatus, tr("an HTTP %1 answer without an error description").arg(httpStatus));
    }
    TokenError error;
    error.httpStatus = httpStatus;
    error.error = errorName;
    error.traceId = json.value(QStringLiteral("trace_id")).toString();
    error.correlationId = json.value(QStringLiteral("correlation_id")).toString();
    const int code = aadstsCodeOf(json);
    if (code > 0) {
        error.aadstsCode = QStringLiteral("AADSTS%1").arg(code);
    }
    classify(&error, code);
    error.advice = adviceFor(error, code);
    return error;
}

TokenError TokenErrorDecoder::network(const QString& host, const QString& reason)
{
    TokenError error;
    error.kind = TokenError::Kind::Network;
    error.advice = tr("The sign-in service at %1 could not be reached (%2). Check the network connection, "
                      "proxy and firewall.")
                       .arg(host, reason);
    return error;
}

TokenError TokenErrorDecoder::malformed(int httpStatus, const QString& what)
{
    TokenError error;
    error.kind = TokenError::Kind::Malformed;
    error.httpStatus = httpStatus;
    error.advice =
        tr("The sign-in service sent %1 instead of a token response. Check that the token URL points "
           "to Microsoft Entra ID (https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token).")
            .arg(what);
    return error;
}

void TokenErrorDecoder::classify(TokenError* error, int code)
{
    switch (code) {
    case kWrongSecret:
    case kExpiredSecret:
        error->kind = TokenError::Kind::WrongSecret;
        return;
    case kUnknownClient:
        error->kind = TokenError::Kind::UnknownClient;
        return;
    case kUnknownTenant:
    case kMultiTenantEndpoint:
        error->kind = TokenError::Kind::UnknownTenant;
        return;
    case kBadScope:
        error->kind = TokenError::Kind::BadScope;
        return;
    case kDisabledApp:
        error->kind = TokenError::Kind::DisabledApp;
        return;
    default:
        break;
    }
    // Without a known code, Entra's "error" field still tells the broad cause.
    if (error->error == QStringLiteral("invalid_client")) {
        error->kind = TokenError::Kind::WrongSecret;
    } else if (error->error == QStringLiteral("invalid_scope")) {
        error->kind = TokenError::Kind::BadScope;
    } else {
        error->kind = TokenError::Kind::Other;
    }
}

QString TokenErrorDecoder::adviceFor(const TokenError& error, int code)
{
    switch (code) {
    case kExpiredSecret:
        return tr("The client secret has expired (AADSTS7000222). Create a new client secret in the app "
                  "registration and enter its Value.");
    case kMultiTenantEndpoint:
        return tr(
            "The token URL names no tenant (AADSTS9001023). Use the tenant ID or domain name, for example "
            "contoso.onmicrosoft.com, instead of common or consumers.");
    case kResourceNotConsented:
        return tr("Business Central is not available to this app in the tenant (AADSTS500011). Grant admin "
                  "consent for the Dynamics 365 Business Central API permission.");
    default:
        break;
    }
    switch (error.kind) {
    case TokenError::Kind::WrongSecret:
        return tr("The client secret was rejected (%1). Use the secret's Value from the app registration, "
                  "not "
                  "its Secret ID, and check it has not expired.")
            .arg(error.aadstsCode.isEmpty() ? error.error : error.aadstsCode);
    case TokenError::Kind::UnknownClient:
        return tr("No app with this client ID was found in the tenant (AADSTS700016). Check the Application "
                  "(client) ID, and that the tenant is the one where the app is registered.");
    case TokenError::Kind::UnknownTenant:
        return tr("The tenant was not found (AADSTS90002). Check the tenant ID or domain name, for example "
                  "contoso.onmicrosoft.com.");
    case TokenError::Kind::BadScope:
        return tr("The requested scope was rejected (%1). The scope must be "
                  "https://api.businesscentral.dynamics.com/.default.")
            .arg(error.aadstsCode.isEmpty() ? error.error : error.aadstsCode);
    case TokenError::Kind::DisabledApp:
        return tr("The app registration is disabled (AADSTS7000112). Enable the app in Microsoft Entra ID "
                  "(Enterprise applications, Enabled for users to sign in).");
    default:
        break;
    }
    const QString reference =
        error.aadstsCode.isEmpty() ? error.error : error.aadstsCode + QStringLiteral(", ") + error.error;
    return tr("Microsoft Entra ID refused the token request (%1). Check the app registration and its "
              "Business Central API permission.")
        .arg(reference);
}

} // namespace mlc
