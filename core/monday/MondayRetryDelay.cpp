#include "MondayRetryDelay.h"

#include <algorithm>

namespace mlc {

using std::chrono::milliseconds;

bool MondayRetryDelay::isThrottle(const MondayOutcome& outcome)
{
    switch (outcome.reason) {
    case MondayOutcome::Reason::RateLimited:
    case MondayOutcome::Reason::ComplexityBudget:
    case MondayOutcome::Reason::Locked:
    case MondayOutcome::Reason::IdempotencyConflict:
        return true;
    default:
        return false;
    }
}

milliseconds MondayRetryDelay::delay(const MondayOutcome& outcome, int attemptsMade,
                                     const MondayRetrySettings& settings, ExponentialBackoff& backoff)
{
    if (outcome.retryAfter) {
        return std::clamp<milliseconds>(*outcome.retryAfter, milliseconds(0), settings.maxServerDelay);
    }
    backoff.setSettings({settings.initialDelay, settings.maxDelay});
    return backoff.delay(attemptsMade);
}

} // namespace mlc
