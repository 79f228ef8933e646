#include "MondayIdempotencyCache.h"

#include "common/Clock.h"

namespace mlc::sandbox {

MondayIdempotencyCache::MondayIdempotencyCache(const Clock& clock, const MondayLimitSettings& settings)
    : m_clock(clock)
    , m_settings(settings)
{}

std::optional<MondayAnswer> MondayIdempotencyCache::admit(MondayOperation& operation)
{
    if (!operation.isMutation || operation.idempotencyKey.isEmpty())
        return std::nullopt;
    const QString key = operation.token + QLatin1Char('\n') + QString::fromUtf8(operation.idempotencyKey);
    const auto found = m_entries.find(key);
    if (found != m_entries.end()) {
        if (found->inFlight) {
            MondayAnswer conflict = MondayAnswer::error(
                409, QStringLiteral("A request with this idempotency key is currently being processed"),
                QStringLiteral("IDEMPOTENCY_CONFLICT"));
            conflict.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(m_settings.conflictRetryAfterSeconds)});
            return conflict;
        }
        const qint64 windowSeconds = std::chrono::seconds(m_settings.idempotencyWindow).count();
        if (found->storedAt.addSecs(windowSeconds) > m_clock.nowUtc()) {
            ++m_replays;
            MondayAnswer replay = found->answer;
            replay.headers.append({QByteArrayLiteral("Idempotency-Replayed"), QByteArrayLiteral("true")});
            return replay;
        }
        m_entries.erase(found); // expired: the key runs afresh
    }
    m_entries.insert(key, Entry());
    m_running.insert(operation.serial, key);
    return std::nullopt;
}

void MondayIdempotencyCache::finish(const MondayOperation& operation, MondayAnswer& answer)
{
    const auto running = m_running.constFind(operation.serial);
    if (running == m_running.constEnd())
        return;
    const QString key = running.value();
    if (answer.status != 200) {
        m_entries.remove(key);
        m_running.remove(operation.serial);
        return;
    }
    Entry& entry = m_entries[key];
    entry.answer = answer;
    entry.storedAt = m_clock.nowUtc();
}

void MondayIdempotencyCache::answered(quint64 serial)
{
    const QString key = m_running.take(serial);
    if (key.isEmpty())
        return;
    const auto entry = m_entries.find(key);
    if (entry != m_entries.end())
        entry->inFlight = false;
}

} // namespace mlc::sandbox
