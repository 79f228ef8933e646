#include "MondayQuery.h"

#include "common/Clock.h"
#include "monday/MondayClient.h"
#include "monday/MondayClientLogging.h"
#include "monday/MondayRequest.h"
#include "monday/MondayRetryDelay.h"

namespace mlc {

MondayQuery::MondayQuery(MondayClient& client, Clock& clock, MondayRequestBody body,
                         MondayRetrySettings settings, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_body(std::move(body))
    , m_settings(settings)
    , m_backoff({settings.initialDelay, settings.maxDelay})
{}

void MondayQuery::start()
{
    send();
}

void MondayQuery::send()
{
    ++m_attempts;
    MondayRequest* request = m_client.send(m_body);
    connect(request, &MondayRequest::finished, this, &MondayQuery::onAnswer);
}

void MondayQuery::onAnswer(const MondayOutcome& outcome)
{
    if (outcome.kind == MondayOutcome::Kind::Retry) {
        if (const std::optional<std::chrono::milliseconds> delay = delayBeforeRetry(outcome)) {
            qCInfo(lcMondayClient, "%s: %s; trying again in %lld ms", qUtf8Printable(m_body.operationName),
                   qUtf8Printable(outcome.summary()), static_cast<long long>(delay->count()));
            Q_EMIT waiting(outcome, *delay);
            m_clock.callAfter(*delay, this, [this] { send(); });
            return;
        }
    }
    Q_EMIT finished(outcome);
}

std::optional<std::chrono::milliseconds> MondayQuery::delayBeforeRetry(const MondayOutcome& outcome)
{
    if (!MondayRetryDelay::isThrottle(outcome)) {
        ++m_failures;
        if (m_failures >= m_settings.maxAttempts)
            return std::nullopt;
    }
    return MondayRetryDelay::delay(outcome, std::max(m_failures, 1), m_settings, m_backoff);
}

} // namespace mlc
