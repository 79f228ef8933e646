#include "EntraTokenSource.h"

#include "bc/TokenErrorDecoder.h"
#include "common/Clock.h"
#include "common/SecretRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcToken, "mlc.bc.token")

namespace mlc {

namespace {

// Refresh ahead of expiry so a token never runs out during a sync: 5 minutes before, or 10% of a short
// lifetime.
constexpr qint64 kMaxRefreshMarginSeconds = 5 * 60;

QByteArray formField(const char* name, const QString& value)
{
    // Every byte outside the unreserved set is escaped: a '+' left as is would arrive as a space, and
    // secrets contain '+', '/', '=', '~' and '&'.
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

qint64 expiresInOf(const QJsonValue& value)
{
    // Older Entra endpoints sent expires_in as a string; accept both.
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}

} // namespace

QUrl EntraTokenSource::tokenUrlFor(const QUrl& authority, const QString& tenant)
{
    QUrl url = authority;
    QString path = authority.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

EntraTokenSource::EntraTokenSource(QNetworkAccessManager* network, const Clock& clock, Settings settings,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_settings(std::move(settings))
{
    SecretRedactor::instance().add(m_settings.clientSecret);
}

EntraTokenSource::~EntraTokenSource()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void EntraTokenSource::requestToken()
{
    const QString cached = token();
    if (!cached.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, cached] { Q_EMIT tokenReady(cached); }, Qt::QueuedConnection);
        return;
    }
    if (!isFetching()) {
        startFetch();
    }
}

QString EntraTokenSource::token() const
{
    if (m_token.isEmpty() || m_clock.nowUtc() >= m_refreshAt) {
        return QString();
    }
    return m_token;
}

void EntraTokenSource::invalidate()
{
    qCDebug(lcToken) << "The cached access token was dropped; the next request fetches a new one.";
    m_token.clear();
    m_refreshAt = QDateTime();
}

void EntraTokenSource::startFetch()
{
    qCInfo(lcToken).noquote() << "Requesting an access token from" << m_settings.tokenUrl.host()
                              << "for client" << m_settings.clientId;
    QNetworkRequest request(m_settings.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(std::chrono::milliseconds(m_settings.transferTimeout).count()));
    m_bodyTooLarge = false;
    m_reply = m_network->post(request, formBody());
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (m_reply && (received > kMaxBodyBytes || total > kMaxBodyBytes)) {
            m_bodyTooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &EntraTokenSource::onFinished);
}

QByteArray EntraTokenSource::formBody() const
{
    return formField("grant_type", QStringLiteral("client_credentials")) + '&' +
           formField("client_id", m_settings.clientId) + '&' +
           formField("client_secret", m_settings.clientSecret) + '&' + formField("scope", m_settings.scope);
}

void EntraTokenSource::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_bodyTooLarge) {
        fail(TokenErrorDecoder::malformed(statusAttribute.toInt(),
                                          tr("an answer larger than %1 KB").arg(kMaxBodyBytes / 1024)));
    } else if (!statusAttribute.isValid()) {
        fail(TokenErrorDecoder::network(m_settings.tokenUrl.host(), networkFailureReason(*reply)));
    } else if (statusAttribute.toInt() != 200) {
        fail(withSecretIdHint(
            TokenErrorDecoder::fromHttpAnswer(statusAttribute.toInt(), reply->read(kMaxBodyBytes + 1))));
    } else {
        acceptTokenAnswer(reply->read(kMaxBodyBytes + 1));
    }
}

void EntraTokenSource::acceptTokenAnswer(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonObject json = QJsonDocument::fromJson(body, &parseError).object();
    const QString accessToken = json.value(QStringLiteral("access_token")).toString();
    const qint64 expiresIn = expiresInOf(json.value(QStringLiteral("expires_in")));
    const bool isBearer = json.value(QStringLiteral("token_type"))
                              .toString()
                              .compare(QStringLiteral("Bearer"), Qt::CaseInsensitive) == 0;
    if (parseError.error != QJsonParseError::NoError || accessToken.isEmpty() || expiresIn <= 0 ||
        !isBearer) {
        fail(TokenErrorDecoder::malformed(200,
                                          tr("an answer without a Bearer access token and its lifetime")));
        return;
    }
    succeed(accessToken, expiresIn);
}

QString EntraTokenSource::networkFailureReason(const QNetworkReply& reply) const
{
    // The transfer timeout surfaces as a cancelled operation, which would read as if someone had cancelled
    // it.
    if (reply.error() == QNetworkReply::OperationCanceledError) {
        return tr("no answer within %1 s").arg(m_settings.transferTimeout.count());
    }
    return reply.errorString();
}

void EntraTokenSource::succeed(const QString& accessToken, qint64 expiresInSeconds)
{
    rememberForRedaction(accessToken);
    m_token = accessToken;
    m_refreshAt = refreshAt(expiresInSeconds);
    qCInfo(lcToken).noquote() << "Got an access token valid for" << expiresInSeconds
                              << "seconds; it is reused until" << m_refreshAt.toString(Qt::ISODate);
    Q_EMIT tokenReady(accessToken);
}

// The token before the current one may still be in use by a request in flight, so it stays masked; older
// ones have expired and are dropped, so the redactor does not grow by one token an hour for ever.
void EntraTokenSource::rememberForRedaction(const QString& accessToken)
{
    SecretRedactor& redactor = SecretRedactor::instance();
    redactor.add(accessToken);
    if (m_maskedTokens.size() == 2) {
        redactor.remove(m_maskedTokens.takeFirst());
    }
    m_maskedTokens.append(accessToken);
}

void EntraTokenSource::fail(const TokenError& error)
{
    qCWarning(lcToken).noquote()
        << "No access token:" << error.advice
        << (error.traceId.isEmpty()
                ? QString()
                : QStringLiteral("(trace ID %1, correlation ID %2)").arg(error.traceId, error.correlationId));
    Q_EMIT failed(error);
}

// A secret ID is a GUID and a secret value never is, so a rejected GUID-shaped secret is almost surely the
// ID.
TokenError EntraTokenSource::withSecretIdHint(TokenError error) const
{
    if (error.kind == TokenError::Kind::WrongSecret && !QUuid::fromString(m_settings.clientSecret).isNull()) {
        error.advice = tr("The client secret was rejected (%1). The secret entered looks like a Secret ID (a "
                          "GUID): use the secret's Value from the app registration, not its Secret ID.")
                           .arg(error.aadstsCode.isEmpty() ? error.error : error.aadstsCode);
    }
    return error;
}

QDateTime EntraTokenSource::refreshAt(qint64 expiresInSeconds) const
{
    const qint64 margin = std::min(kMaxRefreshMarginSeconds, expiresInSeconds / 10);
    return m_clock.nowUtc().addSecs(expiresInSeconds - margin);
}

} // namespace mlc
