#include "Clock.h"

namespace mlc {

Clock::Clock(QObject* parent)
    : QObject(parent)
{}

Clock::~Clock() = default;

void Clock::callAfter(std::chrono::milliseconds delay, QObject* context, Callback callback)
{
    callAt(nowUtc().addMSecs(delay.count()), context, std::move(callback));
}

} // namespace mlc
