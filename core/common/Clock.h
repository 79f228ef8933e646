#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace mlc {

// The one source of time for the engine. Nothing in core reads the system clock directly, so that
// scheduling, backoff, token expiry and subscription renewal can be tested by advancing a FakeClock.
class Clock : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void()>;

    explicit Clock(QObject* parent = nullptr);
    ~Clock() override;

    virtual QDateTime nowUtc() const = 0;

    // Calls `callback` on `context`'s thread once the clock reaches `at` (at once if `at` has passed).
    // Nothing is called if `context` is destroyed first.
    virtual void callAt(const QDateTime& at, QObject* context, Callback callback) = 0;

    void callAfter(std::chrono::milliseconds delay, QObject* context, Callback callback);
};

} // namespace mlc
