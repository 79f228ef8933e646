#include "BcRequest.h"

#include "bc/BcApiClient.h"
#include "bc/BcLogging.h"
#include "bc/EntraTokenSource.h"
#include "common/Clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mlc {

using std::chrono::milliseconds;

BcRequest::BcRequest(BcApiClient& client, const QUrl& url, int maxPageSize)
    : QObject(&client)
    , m_client(client)
    , m_url(url)
    , m_maxPageSize(maxPageSize)
{}

BcRequest::BcRequest(BcApiClient& client, const QUrl& url, Write write)
    : QObject(&client)
    , m_client(client)
    , m_url(url)
    , m_write(std::move(write))
{}

BcRequest::~BcRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void BcRequest::start()
{
    withToken();
}

void BcRequest::withToken()
{
    EntraTokenSource* tokens = m_client.m_tokens;
    const QString cached = tokens->token();
    if (!cached.isEmpty()) {
        send(cached);
        return;
    }
    // Single-shot: the token source answers everyone who asked, and a later answer is not ours.
    const auto disconnectBoth = [this] {
        disconnect(m_tokenReady);
        disconnect(m_tokenFailed);
    };
    m_tokenReady =
        connect(tokens, &EntraTokenSource::tokenReady, this, [this, disconnectBoth](const QString& token) {
            disconnectBoth();
            send(token);
        });
    m_tokenFailed = connect(
        tokens, &EntraTokenSource::failed, this, [this, disconnectBoth](const TokenError& tokenError) {
            disconnectBoth();
            BcError failure = error(BcError::Kind::Token, tokenError.advice);
            failure.httpStatus = tokenError.httpStatus;
            failure.code = tokenError.aadstsCode.isEmpty() ? tokenError.error : tokenError.aadstsCode;
            failure.tokenError = tokenError;
            // Entra being unreachable or overloaded passes; a rejected secret does not.
            const bool transient =
                tokenError.kind == TokenError::Kind::Network || tokenError.httpStatus >= 500;
            transient ? retryOrFail(failure) : failWith(failure);
        });
    tokens->requestToken();
}

void BcRequest::send(const QString& accessToken)
{
    m_sentToken = accessToken;
    QNetworkRequest request(m_url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (m_write.method == Method::Get) {
        // Reads may be served from a replica, which spares the production database (spec §6.3).
        request.setRawHeader(QByteArrayLiteral("Data-Access-Intent"), QByteArrayLiteral("ReadOnly"));
    }
    if (!m_write.ifMatch.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-Match"), m_write.ifMatch);
    if (m_maxPageSize > 0) {
        request.setRawHeader(QByteArrayLiteral("Prefer"),
                             "odata.maxpagesize=" + QByteArray::number(m_maxPageSize));
    }
    request.setTransferTimeout(int(m_client.m_settings.transferTimeout.count()));
    ++m_attempts;
    ++m_client.m_requestsSent;
    m_bodyTooLarge = false;
    qCDebug(lcOData).noquote() << methodName() << m_url.toString(QUrl::RemoveUserInfo) << "attempt"
                               << m_attempts;
    m_reply = sendWith(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &BcRequest::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &BcRequest::onFinished);
}

QNetworkReply* BcRequest::sendWith(QNetworkRequest request) const
{
    QNetworkAccessManager* network = m_client.m_network;
    if (m_write.method == Method::Get)
        return network->get(request);
    if (m_write.method == Method::Delete)
        return network->deleteResource(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(m_write.body).toJson(QJsonDocument::Compact);
    return m_write.method == Method::Post
               ? network->post(request, body)
               : network->sendCustomRequest(request, QByteArrayLiteral("PATCH"), body);
}

QByteArray BcRequest::methodName() const
{
    switch (m_write.method) {
    case Method::Get:
        return QByteArrayLiteral("GET");
    case Method::Post:
        return QByteArrayLiteral("POST");
    case Method::Patch:
        return QByteArrayLiteral("PATCH");
    case Method::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

void BcRequest::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 limit = m_client.m_settings.maxBodyBytes;
    if (m_reply && (received > limit || total > limit)) {
        m_bodyTooLarge = true;
        m_reply->abort();
    }
}

void BcRequest::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_bodyTooLarge) {
        failWith(error(BcError::Kind::Malformed,
                       tr("the answer is larger than %1 MB").arg(m_client.m_settings.maxBodyBytes >> 20)));
    } else if (!status.isValid()) {
        retryOrFail(errorWithoutAnswer(*reply));
    } else if (status.toInt() == 204) {
        finishWith({});
    } else if (status.toInt() == 200 || status.toInt() == 201) {
        acceptBody(reply->readAll());
    } else {
        const BcError failure =
            errorFromAnswer(status.toInt(), reply->readAll(),
                            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        if (failure.httpStatus == 401) {
            retryAfterUnauthorized(failure);
        } else if (BcRetryPolicy::isRetryableStatus(failure.httpStatus)) {
            retryOrFail(failure,
                        BcRetryPolicy::parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                       m_client.m_clock.nowUtc()));
        } else {
            failWith(failure);
        }
    }
}

void BcRequest::acceptBody(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // A truncated or garbled body is most often a proxy's or a dropped transfer's doing; another try is
        // cheap and usually succeeds.
        retryOrFail(error(BcError::Kind::Malformed, parseError.error != QJsonParseError::NoError
                                                        ? tr("the answer is not valid JSON (%1 at byte %2)")
                                                              .arg(parseError.errorString())
                                                              .arg(parseError.offset)
                                                        : tr("the answer is not a JSON object")));
        return;
    }
    finishWith(document.object());
}

// The token may have expired early or been revoked; one fresh token settles that. A second 401 means BC
// itself does not accept the app, which no retry fixes.
void BcRequest::retryAfterUnauthorized(const BcError& failure)
{
    if (m_tokenRefreshedAfter401) {
        BcError unauthorized = failure;
        unauthorized.kind = BcError::Kind::Unauthorized;
        failWith(unauthorized);
        return;
    }
    m_tokenRefreshedAfter401 = true;
    qCInfo(lcOData) << "Business Central answered 401; fetching a new token and trying once more.";
    // Requests sent with the same old token all come back 401; only the first needs to drop it, or each would
    // throw away the token the one before had just fetched.
    if (m_client.m_tokens->token() == m_sentToken) {
        m_client.m_tokens->invalidate();
    }
    withToken();
}

void BcRequest::retryOrFail(BcError failure, std::optional<milliseconds> retryAfter)
{
    const std::optional<milliseconds> delay = m_client.m_retryPolicy.delayBeforeRetry(m_attempts, retryAfter);
    if (!delay) {
        failWith(failure);
        return;
    }
    qCInfo(lcOData).noquote() << "Retrying" << m_url.path() << "in" << delay->count()
                              << "ms after:" << failure.summary();
    Q_EMIT retrying(failure, *delay);
    m_client.m_clock.callAfter(*delay, this, [this] { withToken(); });
}

void BcRequest::finishWith(const QJsonObject& body)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT succeeded(body);
    deleteLater();
}

void BcRequest::failWith(BcError failure)
{
    if (m_done) {
        return;
    }
    m_done = true;
    failure.attempts = m_attempts;
    qCWarning(lcOData).noquote() << failure.summary();
    Q_EMIT failed(failure);
    deleteLater();
}

BcError BcRequest::errorFromAnswer(int httpStatus, const QByteArray& body,
                                   const QByteArray& reasonPhrase) const
{
    const QJsonObject details =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    BcError failure = error(BcError::Kind::Http, details.value(QStringLiteral("message")).toString());
    failure.httpStatus = httpStatus;
    failure.code = details.value(QStringLiteral("code")).toString();
    if (failure.message.isEmpty()) {
        // Not BC's error shape: a gateway's page, say. Its reason phrase is more use than its HTML.
        failure.message =
            reasonPhrase.isEmpty() ? tr("no error details were given") : QString::fromUtf8(reasonPhrase);
    }
    return failure;
}

BcError BcRequest::errorWithoutAnswer(const QNetworkReply& reply) const
{
    // A transfer timeout surfaces as a cancelled operation, which would read as if someone had cancelled it.
    if (reply.error() == QNetworkReply::OperationCanceledError) {
        return error(
            BcError::Kind::Timeout,
            tr("no answer within %1 s").arg(double(m_client.m_settings.transferTimeout.count()) / 1000.0));
    }
    return error(BcError::Kind::Network, reply.errorString());
}

BcError BcRequest::error(BcError::Kind kind, const QString& message) const
{
    BcError failure;
    failure.kind = kind;
    failure.message = message;
    failure.resource = m_url.path();
    return failure;
}

} // namespace mlc
