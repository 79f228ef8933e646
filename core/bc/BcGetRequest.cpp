#include "BcGetRequest.h"

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

BcGetRequest::BcGetRequest(BcApiClient& client, const QUrl& url, int maxPageSize)
    : QObject(&client)
    , m_client(client)
    , m_url(url)
    , m_maxPageSize(maxPageSize)
{}

BcGetRequest::~BcGetRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void BcGetRequest::start()
{
    withToken();
}

void BcGetRequest::withToken()
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

void BcGetRequest::send(const QString& accessToken)
{
    m_sentToken = accessToken;
    QNetworkRequest request(m_url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    // Reads may be served from a replica, which spares the production database (spec §6.3).
    request.setRawHeader(QByteArrayLiteral("Data-Access-Intent"), QByteArrayLiteral("ReadOnly"));
    if (m_maxPageSize > 0) {
        request.setRawHeader(QByteArrayLiteral("Prefer"),
                             "odata.maxpagesize=" + QByteArray::number(m_maxPageSize));
    }
    request.setTransferTimeout(int(m_client.m_settings.transferTimeout.count()));
    ++m_attempts;
    ++m_client.m_requestsSent;
    m_bodyTooLarge = false;
    qCDebug(lcOData).noquote() << "GET" << m_url.toString(QUrl::RemoveUserInfo) << "attempt" << m_attempts;
    m_reply = m_client.m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &BcGetRequest::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &BcGetRequest::onFinished);
}

void BcGetRequest::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 limit = m_client.m_settings.maxBodyBytes;
    if (m_reply && (received > limit || total > limit)) {
        m_bodyTooLarge = true;
        m_reply->abort();
    }
}

void BcGetRequest::onFinished()
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
    } else if (status.toInt() == 200) {
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

void BcGetRequest::acceptBody(const QByteArray& body)
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
void BcGetRequest::retryAfterUnauthorized(const BcError& failure)
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

void BcGetRequest::retryOrFail(BcError failure, std::optional<milliseconds> retryAfter)
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

void BcGetRequest::finishWith(const QJsonObject& body)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT succeeded(body);
    deleteLater();
}

void BcGetRequest::failWith(BcError failure)
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

BcError BcGetRequest::errorFromAnswer(int httpStatus, const QByteArray& body,
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

BcError BcGetRequest::errorWithoutAnswer(const QNetworkReply& reply) const
{
    // A transfer timeout surfaces as a cancelled operation, which would read as if someone had cancelled it.
    if (reply.error() == QNetworkReply::OperationCanceledError) {
        return error(
            BcError::Kind::Timeout,
            tr("no answer within %1 s").arg(double(m_client.m_settings.transferTimeout.count()) / 1000.0));
    }
    return error(BcError::Kind::Network, reply.errorString());
}

BcError BcGetRequest::error(BcError::Kind kind, const QString& message) const
{
    BcError failure;
    failure.kind = kind;
    failure.message = message;
    failure.resource = m_url.path();
    return failure;
}

} // namespace mlc
