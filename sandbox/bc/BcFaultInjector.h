#pragma once

#include <QMap>
#include <QQueue>
#include <QString>

#include <optional>

namespace mlc::sandbox {

// A failure the simulator answers with instead of the real response.
struct BcFault
{
    enum class Kind
    {
        Status,         // an error status with BC's error body
        MalformedBody,  // 200 with a body that is not JSON
        DropConnection, // the socket is closed without any response
        Delay           // the normal answer, only later: exercises the client's transfer timeout
    };
    Kind kind = Kind::Status;
    int status = 500;
    std::optional<int> retryAfterSeconds;
    // Real time, not the Clock: the point is to keep a real socket waiting. Any kind can wait first.
    int delayMs = 0;

    static BcFault status429(std::optional<int> retryAfterSeconds = std::nullopt);
    static BcFault status503(int retryAfterSeconds);
    static BcFault status504();
    static BcFault malformedBody();
    static BcFault droppedConnection();
    static BcFault delayed(int delayMs);
};

// Queued faults per endpoint: an entity set name ("vendors"), "companies", or "*" for any request.
// Each fault answers exactly one request, in the order they were injected.
class BcFaultInjector
{
public:
    static QString anyEndpoint() { return QStringLiteral("*"); }

    void inject(const QString& endpoint, const BcFault& fault, int times = 1);
    std::optional<BcFault> take(const QString& endpoint);
    void clear() { m_pending.clear(); }

private:
    QMap<QString, QQueue<BcFault>> m_pending;
};

} // namespace mlc::sandbox
