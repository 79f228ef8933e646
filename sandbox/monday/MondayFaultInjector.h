#pragma once

#include <QMap>
#include <QQueue>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc::sandbox {

// A failure the monday simulator answers with instead of running the operation.
struct MondayFault
{
    enum class Kind
    {
        Status,         // an error status with monday's body for it (429 with retry_in_seconds, 423, 5xx)
        MalformedBody,  // 200 with a body that is not JSON
        DropConnection, // the socket is closed without any response
        Delay           // the normal answer, only later: exercises the client's transfer timeout
    };
    Kind kind = Kind::Status;
    int status = 500;
    std::optional<int> retryAfterSeconds;
    // Real time, not the Clock: the point is to keep a real socket waiting. Any kind can wait first.
    int delayMs = 0;

    static MondayFault status429(int retryAfterSeconds);
    static MondayFault status423();
    static MondayFault status500();
    static MondayFault status503(int retryAfterSeconds);
    static MondayFault malformedBody();
    static MondayFault droppedConnection();
    static MondayFault delayed(int delayMs);
};

// Queued faults per operation, named by root field ("create_item", "next_items_page", ...), or "*" for any
// request. Each fault answers exactly one request, in the order they were injected. A fault is taken only
// after the document validated, so a faulted request never ran any of its fields.
class MondayFaultInjector
{
public:
    static QString anyOperation() { return QStringLiteral("*"); }

    void inject(const QString& rootField, const MondayFault& fault, int times = 1);
    // The first queued fault for any of the request's root fields, else one for "*".
    std::optional<MondayFault> take(const QStringList& rootFields);
    void clear() { m_pending.clear(); }

private:
    QMap<QString, QQueue<MondayFault>> m_pending;
};

} // namespace mlc::sandbox
