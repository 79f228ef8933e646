#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QQueue>
#include <QString>

#include <chrono>
#include <optional>

namespace mlc::sandbox {

// BC's per-user rate limit (spec §6.1: 6000 requests per 5-minute sliding window), with a budget a test can
// shrink. Time comes from the injected Clock so a FakeClock can move the window.
class BcThrottle
{
public:
    struct Verdict
    {
        bool allowed = true;
        std::optional<int> retryAfterSeconds; // set only when refused and Retry-After is sent
    };

    explicit BcThrottle(const Clock& clock);

    // BC documents no Retry-After on 429, so sending one is optional.
    void configure(int maxRequests, std::chrono::milliseconds window, bool sendRetryAfter);
    // Counts the request against `client` (the bearer token) when it is allowed.
    Verdict admit(const QString& client);

private:
    const Clock& m_clock;
    int m_maxRequests = 6000;
    std::chrono::milliseconds m_window = std::chrono::minutes(5);
    bool m_sendRetryAfter = false;
    QHash<QString, QQueue<QDateTime>> m_history;
};

} // namespace mlc::sandbox
