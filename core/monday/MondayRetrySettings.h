#pragma once

#include <chrono>

namespace mlc {

// How the connector waits and tries again after monday said "not now" (DESIGN §4). Reads and the write
// queue share it; what counts as an attempt differs (see MondayQuery and MondayWriteQueue).
struct MondayRetrySettings
{
    // Requests in all for one read or one write that keep failing (5xx, timeouts, dropped connections);
    // waits monday asked for (429, 423, 409, complexity) do not count against it.
    int maxAttempts = 6;
    std::chrono::milliseconds initialDelay{1000};
    std::chrono::milliseconds maxDelay{60 * 1000};
    // A Retry-After beyond this is cut to it, so a misread header cannot park the queue for hours.
    std::chrono::milliseconds maxServerDelay{10 * 60 * 1000};

    // For a read an admin waits for (a connection test, a board picker): two attempts and short waits, so the
    // answer comes within seconds rather than after a sync's patient retries.
    static MondayRetrySettings interactive()
    {
        MondayRetrySettings settings;
        settings.maxAttempts = 2;
        settings.maxServerDelay = std::chrono::seconds(10);
        return settings;
    }
};

} // namespace mlc
