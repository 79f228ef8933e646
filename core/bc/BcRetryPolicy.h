#pragma once

#include "common/ExponentialBackoff.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace mlc {

struct BcRetrySettings
{
    int maxAttempts = 6; // requests in all, the first one included
    std::chrono::milliseconds initialDelay{1000};
    std::chrono::milliseconds maxDelay{60 * 1000};
    // A Retry-After beyond this is cut to it: a sync that waits an hour looks hung.
    std::chrono::milliseconds maxServerDelay{5 * 60 * 1000};
};

// When to try a failed Business Central request again (spec §6.3, DESIGN §4): for 408, 429, 502, 503, 504
// and for answers that never arrived. The server's Retry-After is honoured when given; otherwise the wait
// grows exponentially with jitter, so that several clients throttled together do not come back together.
class BcRetryPolicy
{
public:
    using Settings = BcRetrySettings;

    explicit BcRetryPolicy(Settings settings = {}, std::optional<quint32> jitterSeed = std::nullopt);

    static bool isRetryableStatus(int httpStatus);

    // The wait before the next attempt, after `attemptsMade` attempts failed in a retryable way;
    // nullopt when no attempt is left.
    std::optional<std::chrono::milliseconds>
    delayBeforeRetry(int attemptsMade, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);

    // A Retry-After header value: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). nullopt when absent
    // or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                                    const QDateTime& now);

    const Settings& settings() const { return m_settings; }

private:
    Settings m_settings;
    ExponentialBackoff m_backoff;
};

} // namespace mlc
