#include "BcThrottle.h"

#include <cmath>

namespace mlc::sandbox {

BcThrottle::BcThrottle(const Clock& clock)
    : m_clock(clock)
{}

void BcThrottle::configure(int maxRequests, std::chrono::milliseconds window, bool sendRetryAfter)
{
    m_maxRequests = maxRequests;
    m_window = window;
    m_sendRetryAfter = sendRetryAfter;
    m_history.clear();
}

BcThrottle::Verdict BcThrottle::admit(const QString& client)
{
    const QDateTime now = m_clock.nowUtc();
    QQueue<QDateTime>& history = m_history[client];
    while (!history.isEmpty() && history.head().msecsTo(now) >= m_window.count())
        history.dequeue();
    if (history.size() < m_maxRequests) {
        history.enqueue(now);
        return {};
    }
    Verdict refused{false, std::nullopt};
    if (m_sendRetryAfter) {
        const qint64 waitMs = m_window.count() - history.head().msecsTo(now);
        refused.retryAfterSeconds = static_cast<int>(std::ceil(static_cast<double>(waitMs) / 1000.0));
    }
    return refused;
}

} // namespace mlc::sandbox
