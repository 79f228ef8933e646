#pragma once

#include "Clock.h"

namespace mlc {

// Wall-clock time in UTC, with callbacks driven by Qt timers.
class SystemClock final : public Clock
{
    Q_OBJECT

public:
    using Clock::Clock;

    QDateTime nowUtc() const override;
    void callAt(const QDateTime& at, QObject* context, Callback callback) override;
};

} // namespace mlc
