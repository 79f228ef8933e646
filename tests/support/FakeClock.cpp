#include "FakeClock.h"

#include <algorithm>

namespace mlc {

FakeClock::FakeClock(const QDateTime& start, QObject* parent)
    : Clock(parent)
    , m_now(start.toUTC())
{}

QDateTime FakeClock::nowUtc() const
{
    return m_now;
}

void FakeClock::callAt(const QDateTime& at, QObject* context, Callback callback)
{
    m_pending.push_back({at.toUTC(), m_nextSequence++, context, std::move(callback)});
}

void FakeClock::advance(std::chrono::milliseconds by)
{
    setNow(m_now.addMSecs(by.count()));
}

void FakeClock::setNow(const QDateTime& now)
{
    const QDateTime target = now.toUTC();
    Pending next;
    // Callbacks may schedule further callbacks; those that fall due before `target` run in this same pass.
    while (takeNextDue(target, &next)) {
        m_now = std::max(m_now, next.at);
        if (next.context)
            next.callback();
    }
    m_now = std::max(m_now, target);
}

int FakeClock::pendingCallbacks() const
{
    return int(std::count_if(m_pending.begin(), m_pending.end(),
                             [](const Pending& p) { return !p.context.isNull(); }));
}

bool FakeClock::takeNextDue(const QDateTime& until, Pending* next)
{
    const auto earliest =
        std::min_element(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
            return a.at != b.at ? a.at < b.at : a.sequence < b.sequence;
        });
    if (earliest == m_pending.end() || earliest->at > until)
        return false;
    *next = std::move(*earliest);
    m_pending.erase(earliest);
    return true;
}

} // namespace mlc
