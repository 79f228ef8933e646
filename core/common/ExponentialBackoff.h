#pragma once

#include <QRandomGenerator>

#include <chrono>
#include <optional>

namespace mlc {

struct ExponentialBackoffSettings
{
    std::chrono::milliseconds initialDelay{1000};
    std::chrono::milliseconds maxDelay{60 * 1000};
};

// The wait before trying again when a server gave no Retry-After: it doubles with every failed attempt up
// to a cap, and half of it is random ("equal jitter"), so the wait still grows while several clients that
// failed together do not come back together. Shared by the BC reader and the monday write queue.
class ExponentialBackoff
{
public:
    using Settings = ExponentialBackoffSettings;

    explicit ExponentialBackoff(Settings settings = {}, std::optional<quint32> jitterSeed = std::nullopt);

    // The wait after `attemptsMade` attempts failed (1 after the first): between half and all of
    // initialDelay · 2^(attemptsMade−1), never above maxDelay.
    std::chrono::milliseconds delay(int attemptsMade);

    const Settings& settings() const { return m_settings; }
    void setSettings(const Settings& settings) { m_settings = settings; }

private:
    Settings m_settings;
    QRandomGenerator m_random;
};

} // namespace mlc
