#include "MondayBoardPace.h"

#include "MondayMutationTargets.h"
#include "common/Clock.h"

#include <cmath>

namespace mlc::sandbox {

MondayBoardPace::MondayBoardPace(const Clock& clock, const MondayBoardStore& store,
                                 const MondayLimitSettings& settings)
    : m_clock(clock)
    , m_store(store)
    , m_settings(settings)
{}

std::optional<MondayAnswer> MondayBoardPace::admit(MondayOperation& operation)
{
    const int limit = m_settings.mutationsPerMinutePerBoard;
    if (!operation.isMutation || limit <= 0)
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    const QStringList boards = MondayMutationTargets::boardsOf(operation, m_store);
    for (const QString& board : boards) {
        QQueue<QDateTime>& recent = m_recent[board];
        while (!recent.isEmpty() && recent.head().addSecs(60) <= now)
            recent.dequeue();
        if (recent.size() < limit)
            continue;
        const qint64 waitMs = now.msecsTo(recent.head().addSecs(60));
        const int seconds = std::max(1, int(std::ceil(double(waitMs) / 1000.0)));
        ++m_refused;
        MondayAnswer answer = MondayAnswer::error(
            429,
            QStringLiteral("Rate Limit Exceeded: board %1 takes %2 mutations a minute").arg(board).arg(limit),
            QStringLiteral("RATE_LIMIT_EXCEEDED"), {{QStringLiteral("retry_in_seconds"), seconds}});
        answer.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
        return answer;
    }
    for (const QString& board : boards)
        m_recent[board].enqueue(now);
    return std::nullopt;
}

MondayBoardLock::MondayBoardLock(const MondayBoardStore& store, const MondayLimitSettings& settings)
    : m_store(store)
    , m_settings(settings)
{}

std::optional<MondayAnswer> MondayBoardLock::admit(MondayOperation& operation)
{
    if (!operation.isMutation || !m_settings.lockBoards)
        return std::nullopt;
    const QStringList boards = MondayMutationTargets::boardsOf(operation, m_store);
    for (auto it = m_busy.cbegin(); it != m_busy.cend(); ++it) {
        for (const QString& board : boards) {
            if (it.value().contains(board))
                return MondayAnswer::error(
                    423, QStringLiteral("Resource is currently locked, please try again later"),
                    QStringLiteral("RESOURCE_LOCKED"));
        }
    }
    if (!boards.isEmpty())
        m_busy.insert(operation.serial, boards);
    return std::nullopt;
}

void MondayBoardLock::answered(quint64 serial)
{
    m_busy.remove(serial);
}

} // namespace mlc::sandbox
