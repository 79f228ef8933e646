#include "MondayClient.h"

#include "common/SecretRedactor.h"
#include "monday/MondayRequest.h"

namespace mlc {

MondayClient::MondayClient(QNetworkAccessManager* network, Clock& clock, Settings settings, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_settings(std::move(settings))
{}

void MondayClient::setToken(const QString& token)
{
    // A replaced token can still appear in the echo of a request in flight, so it stays masked too.
    m_token = token.trimmed();
    SecretRedactor::instance().add(m_token);
}

MondayRequest* MondayClient::send(const MondayRequestBody& body, const QString& idempotencyKey)
{
    auto* request = new MondayRequest(*this, body, idempotencyKey);
    QMetaObject::invokeMethod(request, &MondayRequest::start, Qt::QueuedConnection);
    return request;
}

void MondayClient::resetCounters()
{
    m_requestsSent = 0;
    m_mutationRequestsSent = 0;
}

} // namespace mlc
