#pragma once

#include "common/ExponentialBackoff.h"
#include "monday/MondayOutcome.h"
#include "monday/MondayRetrySettings.h"

#include <chrono>

namespace mlc {

// The wait before repeating a request that came back as Retry, shared by reads and the write queue:
// monday's own figure (Retry-After, retry_in_seconds, reset_in_x_seconds) when it gave one, capped;
// otherwise exponential backoff over the attempts made so far.
class MondayRetryDelay
{
public:
    // Throttles are monday telling us to slow down; the request itself was fine. They do not use up the
    // attempts a failing request has.
    static bool isThrottle(const MondayOutcome& outcome);

    static std::chrono::milliseconds delay(const MondayOutcome& outcome, int attemptsMade,
                                           const MondayRetrySettings& settings, ExponentialBackoff& backoff);
};

} // namespace mlc
