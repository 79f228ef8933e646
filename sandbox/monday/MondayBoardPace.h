#pragma once

#include "MondayLimitSettings.h"
#include "MondayRequestLayer.h"

#include <QDateTime>
#include <QHash>
#include <QQueue>

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

class MondayBoardStore;

// At most `mutationsPerMinutePerBoard` mutations per board in any 60 seconds; one more is answered 429 with
// Retry-After and retry_in_seconds telling exactly when the window frees a slot (monday.md §2.4), so a
// client that waits as told gets through.
class MondayBoardPace : public MondayRequestLayer
{
public:
    MondayBoardPace(const Clock& clock, const MondayBoardStore& store, const MondayLimitSettings& settings);

    std::optional<MondayAnswer> admit(MondayOperation& operation) override;
    void finish(const MondayOperation&, MondayAnswer&) override {}

    int refused() const { return m_refused; }

private:
    const Clock& m_clock;
    const MondayBoardStore& m_store;
    const MondayLimitSettings& m_settings;
    QHash<QString, QQueue<QDateTime>> m_recent; // per board, the mutations of the last minute
    int m_refused = 0;
};

// HTTP 423 "Resource is currently locked" when a mutation reaches a board while another mutation on that
// board is still in flight (monday.md §2.3). In this single-threaded simulator that happens while an answer
// is held back by a delay fault.
class MondayBoardLock : public MondayRequestLayer
{
public:
    MondayBoardLock(const MondayBoardStore& store, const MondayLimitSettings& settings);

    std::optional<MondayAnswer> admit(MondayOperation& operation) override;
    void finish(const MondayOperation&, MondayAnswer&) override {}
    void answered(quint64 serial) override;

private:
    const MondayBoardStore& m_store;
    const MondayLimitSettings& m_settings;
    QHash<quint64, QStringList> m_busy; // request serial -> the boards it holds
};

} // namespace mlc::sandbox
