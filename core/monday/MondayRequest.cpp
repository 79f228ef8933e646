#include "MondayRequest.h"

#include "common/Clock.h"
#include "monday/MondayClient.h"
#include "monday/MondayClientLogging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace mlc {

MondayRequest::MondayRequest(MondayClient& client, MondayRequestBody body, QString idempotencyKey)
    : QObject(&client)
    , m_client(client)
    , m_body(std::move(body))
    , m_idempotencyKey(std::move(idempotencyKey))
{}

MondayRequest::~MondayRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void MondayRequest::start()
{
    if (!m_client.hasToken()) {
        MondayOutcome outcome;
        outcome.kind = MondayOutcome::Kind::Terminal;
        outcome.reason = MondayOutcome::Reason::Unauthorized;
        outcome.message = tr("No monday API token is set. Store one in the keychain or set MLC_MONDAY_TOKEN");
        m_done = true;
        Q_EMIT finished(outcome);
        deleteLater();
        return;
    }
    const MondayClient::Settings& settings = m_client.m_settings;
    QNetworkRequest request(settings.apiUrl);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_client.m_token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("API-Version"), settings.apiVersion.toUtf8());
    if (!m_idempotencyKey.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey.toUtf8());
    }
    // A redirect would carry the token to another host; monday's endpoint never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(settings.transferTimeout.count()));
    ++m_client.m_requestsSent;
    if (m_body.isMutation) {
        ++m_client.m_mutationRequestsSent;
    }
    qCDebug(lcMondayClient).noquote()
        << "POST" << m_body.operationName
        << (m_idempotencyKey.isEmpty() ? QString() : QStringLiteral("with idempotency key"));
    m_reply = m_client.m_network->post(request, m_body.toJson());
    connect(m_reply, &QNetworkReply::downloadProgress, this, &MondayRequest::onDownloadProgress);
    connect(m_reply, &QNetworkReply::finished, this, &MondayRequest::onFinished);
}

void MondayRequest::onDownloadProgress(qint64 received, qint64 total)
{
    const qint64 limit = m_client.m_settings.maxBodyBytes;
    if (m_reply && (received > limit || total > limit)) {
        m_bodyTooLarge = true;
        m_reply->abort();
    }
}

void MondayRequest::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    report(responseFrom(*reply));
}

MondayResponse MondayRequest::responseFrom(QNetworkReply& reply) const
{
    MondayResponse response;
    response.sentMutation = m_body.isMutation;
    response.sentColumnValues = m_body.variables.value(QStringLiteral("columnValues")).toString();
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_bodyTooLarge) {
        response.transport = MondayResponse::Transport::BodyTooLarge;
        response.transportMessage = tr("more than %1 MB").arg(m_client.m_settings.maxBodyBytes >> 20);
    } else if (!status.isValid()) {
        // A transfer timeout surfaces as a cancelled operation, which would read as if someone had cancelled.
        const bool timedOut = reply.error() == QNetworkReply::OperationCanceledError;
        response.transport =
            timedOut ? MondayResponse::Transport::Timeout : MondayResponse::Transport::NetworkError;
        response.transportMessage =
            timedOut ? tr("no answer within %1 s")
                           .arg(double(m_client.m_settings.transferTimeout.count()) / 1000.0)
                     : reply.errorString();
    } else {
        response.httpStatus = status.toInt();
        response.body = reply.readAll();
        response.retryAfterHeader = reply.rawHeader(QByteArrayLiteral("Retry-After"));
        response.idempotencyReplayed = reply.rawHeader(QByteArrayLiteral("Idempotency-Replayed"));
        response.requestIdHeader = reply.rawHeader(QByteArrayLiteral("x-request-id"));
        response.rateLimitHeader = reply.rawHeader(QByteArrayLiteral("RateLimit"));
    }
    return response;
}

void MondayRequest::report(const MondayResponse& response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    const MondayOutcome outcome = MondayOutcome::classify(response, m_client.m_clock.nowUtc());
    if (outcome.kind == MondayOutcome::Kind::Done) {
        qCDebug(lcMondayClient).noquote() << m_body.operationName << "done" << outcome.requestId;
    } else {
        qCInfo(lcMondayClient).noquote()
            << m_body.operationName << MondayOutcome::kindName(outcome.kind) << ":" << outcome.summary();
    }
    Q_EMIT finished(outcome);
    deleteLater();
}

} // namespace mlc
