#pragma once

#include "monday/MondayError.h"
#include "monday/MondayResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace mlc {

// What one request to monday came to, and what the caller should do next (DESIGN §4). HTTP 200 does not mean
// success and 429 is not the only throttle, so the decision reads the status, the headers and every error in
// the body, in each of the formats monday has used since 2024-07 (monday.md §2). Retrying and pacing are the
// write queue's business; this only says whether, when and why.
struct MondayOutcome
{
    Q_DECLARE_TR_FUNCTIONS(MondayOutcome)

public:
    enum class Kind
    {
        Done,      // data arrived; partialErrors() may list fields that failed below the root
        Retry,     // try the same request again, after retryAfter if given, else with backoff
        Permanent, // this request will fail again until the mapping, the board or the data change
        Terminal   // no request to monday can succeed now: stop the monday side and tell the user
    };

    enum class Reason
    {
        None,
        // Retry
        RateLimited,
        ComplexityBudget,
        Locked,
        IdempotencyConflict,
        ServerError,
        Timeout,
        NetworkError,
        // Permanent
        ColumnValue,
        MissingLabel,
        InvalidColumn,
        NotFound,
        Validation,
        CursorExpired,
        RequestRejected,
        MalformedResponse,
        // Terminal
        Unauthorized,
        AccessDenied,
        MissingPermissions,
        DailyLimit,
        InvalidVersion
    };

    Kind kind = Kind::Permanent;
    Reason reason = Reason::None;
    QJsonObject data;                               // `data` of the answer, also when errors came with it
    QList<MondayError> errors;                      // every error in the answer
    std::optional<std::chrono::seconds> retryAfter; // Retry: how long monday asked to wait, when it said
    QDateTime pausedUntil; // Terminal DailyLimit: the next midnight UTC, when the limit resets
    int httpStatus = 0;    // 0 when no answer arrived
    QString code;          // monday's error code for the deciding error, e.g. "ColumnValueException"
    QString columnId;      // the column a value was refused for, when that can be told
    QString message;       // plain English for the audit trail and the user: what happened, what to do
    QString requestId;     // monday's request id, for a support ticket
    bool replayed = false; // monday replayed a cached answer for the Idempotency-Key
    // A mutation whose fate is unknown (timeout, dropped connection, 5xx, garbled answer): it may have
    // been applied, so the next attempt looks the item up before creating it (DESIGN §3).
    bool mayHaveBeenApplied = false;

    static MondayOutcome classify(const MondayResponse& response, const QDateTime& now);

    // Errors that came with usable data, on fields below the root (e.g. an asset that is unavailable).
    QList<MondayError> partialErrors() const;
    // One line for the audit trail: the message, monday's code and the request id.
    QString summary() const;

    static QString kindName(Kind kind);
    // A Retry-After value: delay-seconds or an HTTP-date. nullopt when absent or unreadable.
    static std::optional<std::chrono::seconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MondayOutcome)
