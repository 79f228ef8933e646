#pragma once

#include <chrono>

namespace mlc::sandbox {

// The limits the monday simulator enforces (monday.md §2.5, §6), each switchable for tests and the demo.
struct MondayLimitSettings
{
    // Mutations a board takes per minute before 429 + Retry-After (0: no pace). monday documents no such
    // per-board item limit; the connector paces itself to this figure, so the simulator holds it to it.
    int mutationsPerMinutePerBoard = 40;
    // Calls per token per UTC day before DAILY_LIMIT_EXCEEDED (0: no limit). Enterprise: 25,000.
    int dailyCalls = 25000;
    // 423 when a second mutation reaches a board while one is in flight there.
    bool lockBoards = true;
    // How long an Idempotency-Key's answer is replayed.
    std::chrono::minutes idempotencyWindow{30};
    // Retry-After of a 409 IDEMPOTENCY_CONFLICT.
    int conflictRetryAfterSeconds = 1;
};

} // namespace mlc::sandbox
