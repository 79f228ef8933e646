#include "BcRetryPolicy.h"

#include <QLocale>

#include <algorithm>

namespace mlc {

using std::chrono::milliseconds;

BcRetryPolicy::BcRetryPolicy(Settings settings, std::optional<quint32> jitterSeed)
    : m_settings(settings)
    , m_random(jitterSeed ? *jitterSeed : QRandomGenerator::system()->generate())
{}

bool BcRetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408: // BC's 8-minute operation timeout
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

std::optional<milliseconds> BcRetryPolicy::delayBeforeRetry(int attemptsMade,
                                                            std::optional<milliseconds> retryAfter)
{
    if (attemptsMade >= m_settings.maxAttempts) {
        return std::nullopt;
    }
    if (retryAfter) {
        return std::clamp(*retryAfter, milliseconds(0), m_settings.maxServerDelay);
    }
    return backoff(attemptsMade);
}

// "Equal jitter": half the exponential step is fixed, the other half random, so the wait still grows with
// every attempt while clients spread out.
milliseconds BcRetryPolicy::backoff(int attemptsMade)
{
    const int doublings = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 step =
        std::min<qint64>(m_settings.initialDelay.count() << doublings, m_settings.maxDelay.count());
    const qint64 fixedHalf = step / 2;
    const qint64 randomHalf = qint64(m_random.bounded(quint32(step - fixedHalf + 1)));
    return milliseconds(fixedHalf + randomHalf);
}

std::optional<milliseconds> BcRetryPolicy::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber) {
        return seconds >= 0 ? std::optional<milliseconds>(milliseconds(seconds * 1000)) : std::nullopt;
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"; always English, whatever the user's locale.
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid()) {
        return std::nullopt;
    }
    at.setTimeSpec(Qt::UTC);
    return milliseconds(std::max<qint64>(0, now.msecsTo(at)));
}

} // namespace mlc
