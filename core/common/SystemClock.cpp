#include "SystemClock.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace mlc {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

void SystemClock::callAt(const QDateTime& at, QObject* context, Callback callback)
{
    Q_ASSERT_X(context, "SystemClock::callAt", "a callback needs a context object");
    const qint64 delayMs = std::max<qint64>(nowUtc().msecsTo(at), 0);
    // A Qt timer holds at most ~24.8 days; a later due time (a subscription expiry, a daily limit) is reached
    // in hops, so the callback never fires early.
    constexpr qint64 longestTimerMs = std::numeric_limits<int>::max();
    if (delayMs > longestTimerMs) {
        QTimer::singleShot(std::chrono::milliseconds(longestTimerMs), context,
                           [this, at, context, callback = std::move(callback)]() mutable {
                               callAt(at, context, std::move(callback));
                           });
        return;
    }
    // A timer with a context object fires on the context's thread and is dropped with the context.
    QTimer::singleShot(std::chrono::milliseconds(delayMs), context, std::move(callback));
}

} // namespace mlc
