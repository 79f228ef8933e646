#include "ExponentialBackoff.h"

#include <algorithm>

namespace mlc {

using std::chrono::milliseconds;

ExponentialBackoff::ExponentialBackoff(Settings settings, std::optional<quint32> jitterSeed)
    : m_settings(settings)
    , m_random(jitterSeed ? *jitterSeed : QRandomGenerator::system()->generate())
{}

milliseconds ExponentialBackoff::delay(int attemptsMade)
{
    const int doublings = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 step =
        std::min<qint64>(m_settings.initialDelay.count() << doublings, m_settings.maxDelay.count());
    const qint64 fixedHalf = step / 2;
    const qint64 randomHalf = qint64(m_random.bounded(quint32(step - fixedHalf + 1)));
    return milliseconds(fixedHalf + randomHalf);
}

} // namespace mlc
