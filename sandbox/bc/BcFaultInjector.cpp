#include "BcFaultInjector.h"

namespace mlc::sandbox {

BcFault BcFault::status429(std::optional<int> retryAfterSeconds)
{
    return {Kind::Status, 429, retryAfterSeconds};
}

BcFault BcFault::status503(int retryAfterSeconds)
{
    return {Kind::Status, 503, retryAfterSeconds};
}

BcFault BcFault::status504()
{
    return {Kind::Status, 504, std::nullopt};
}

BcFault BcFault::malformedBody()
{
    return {Kind::MalformedBody, 200, std::nullopt};
}

BcFault BcFault::droppedConnection()
{
    return {Kind::DropConnection, 0, std::nullopt};
}

BcFault BcFault::delayed(int delayMs)
{
    return {Kind::Delay, 200, std::nullopt, delayMs};
}

void BcFaultInjector::inject(const QString& endpoint, const BcFault& fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_pending[endpoint].enqueue(fault);
}

std::optional<BcFault> BcFaultInjector::take(const QString& endpoint)
{
    for (const QString& key : {endpoint, anyEndpoint()}) {
        auto it = m_pending.find(key);
        if (it != m_pending.end() && !it->isEmpty())
            return it->dequeue();
    }
    return std::nullopt;
}

} // namespace mlc::sandbox
