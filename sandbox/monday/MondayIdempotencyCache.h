#pragma once

#include "MondayLimitSettings.h"
#include "MondayRequestLayer.h"

#include <QDateTime>
#include <QHash>

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

// monday's Idempotency-Key (monday.md §6): the first mutation with a key runs and its answer is kept for
// 30 minutes per token; a repeat gets that answer again with `Idempotency-Replayed: true` and changes
// nothing; a repeat while the first is still in flight gets 409 IDEMPOTENCY_CONFLICT with Retry-After.
// Queries ignore the key. Only answers of operations that ran (HTTP 200) are kept: a 429 or 423 means the
// request was not processed, so the same key may run later.
class MondayIdempotencyCache : public MondayRequestLayer
{
public:
    MondayIdempotencyCache(const Clock& clock, const MondayLimitSettings& settings);

    std::optional<MondayAnswer> admit(MondayOperation& operation) override;
    void finish(const MondayOperation& operation, MondayAnswer& answer) override;
    void answered(quint64 serial) override;

    int replays() const { return m_replays; }

private:
    struct Entry
    {
        MondayAnswer answer;
        QDateTime storedAt;
        bool inFlight = true;
    };

    const Clock& m_clock;
    const MondayLimitSettings& m_settings;
    QHash<QString, Entry> m_entries;   // token + key
    QHash<quint64, QString> m_running; // request serial -> its entry
    int m_replays = 0;
};

} // namespace mlc::sandbox
