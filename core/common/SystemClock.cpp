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
    const qint64 delayMs = std::clamp<qint64>(nowUtc().msecsTo(at), 0, std::numeric_limits<int>::max());
    // A timer with a context object fires on the context's thread and is dropped with the context.
    QTimer::singleShot(std::chrono::milliseconds(delayMs), context, std::move(callback));
}

} // namespace mlc
