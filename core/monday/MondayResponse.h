#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mlc {

// What came back for one request to monday, before anyone judged it: the raw material of MondayOutcome.
// Kept apart from the network reply so the classification is a pure function, tested on monday's documented
// bodies without a server.
struct MondayResponse
{
    enum class Transport
    {
        Answered,     // an HTTP status and a body arrived
        Timeout,      // no progress within the transfer timeout
        NetworkError, // no answer: connection refused or dropped, name not resolved, TLS failure
        BodyTooLarge  // the answer grew past the size limit and was cut off
    };

    Transport transport = Transport::Answered;
    QString transportMessage; // the network layer's description, when nothing was answered
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfterHeader;    // "Retry-After": seconds or an HTTP-date
    QByteArray idempotencyReplayed; // "Idempotency-Replayed": "true" when monday replayed a cached answer
    QByteArray requestIdHeader;     // "x-request-id", the last fallback for the request id
    QByteArray rateLimitHeader;     // "RateLimit": "minuteRate";r=0;t=38, ...
    bool sentMutation = false;      // a mutation was sent: when no answer came, it may have been applied
    QString sentColumnValues;       // the JSON-encoded column values that were sent, if any
};

} // namespace mlc
