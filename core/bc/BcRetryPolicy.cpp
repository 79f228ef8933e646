#include "BcRetryPolicy.h"

#include <QLocale>

#include <algorithm>

namespace mlc {

using std::chrono::milliseconds;

BcRetryPolicy::BcRetryPolicy(Settings settings, std::optional<quint32> jitterSeed)
    : m_settings(settings)
    , m_backoff({settings.initialDelay, settings.maxDelay}, jitterSeed)
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
    return m_backoff.delay(attemptsMade);
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
