#include "MondayFaultInjector.h"

namespace mlc::sandbox {

MondayFault MondayFault::status429(int retryAfterSeconds)
{
    return {Kind::Status, 429, retryAfterSeconds};
}

MondayFault MondayFault::status423()
{
    return {Kind::Status, 423, std::nullopt};
}

MondayFault MondayFault::status500()
{
    return {Kind::Status, 500, std::nullopt};
}

MondayFault MondayFault::status503(int retryAfterSeconds)
{
    return {Kind::Status, 503, retryAfterSeconds};
}

MondayFault MondayFault::malformedBody()
{
    return {Kind::MalformedBody, 200, std::nullopt};
}

MondayFault MondayFault::droppedConnection()
{
    return {Kind::DropConnection, 0, std::nullopt};
}

MondayFault MondayFault::delayed(int delayMs)
{
    return {Kind::Delay, 200, std::nullopt, delayMs};
}

void MondayFaultInjector::inject(const QString& rootField, const MondayFault& fault, int times)
{
    for (int i = 0; i < times; ++i)
        m_pending[rootField].enqueue(fault);
}

std::optional<MondayFault> MondayFaultInjector::take(const QStringList& rootFields)
{
    QStringList keys = rootFields;
    keys.append(anyOperation());
    for (const QString& key : keys) {
        auto it = m_pending.find(key);
        if (it != m_pending.end() && !it->isEmpty())
            return it->dequeue();
    }
    return std::nullopt;
}

} // namespace mlc::sandbox
