#pragma once

#include "monday/MondayOutcome.h"
#include "monday/MondayRequestBody.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace mlc {

// One planned mutation for the write queue: the outbox row it came from, its stable Idempotency-Key (the
// same on every attempt, DESIGN §3) and the document with its variables.
struct MondayWrite
{
    qint64 outboxId = 0;
    QString idempotencyKey;
    MondayRequestBody body;

    bool createsItem() const;
};

// How one write ended, for the settle step.
struct MondayWriteResult
{
    enum class Status
    {
        Written,   // monday applied it (or replayed the answer of an earlier attempt that did)
        Failed,    // it will not succeed as it is: a permanent error, or attempts used up; replayable
        Unresolved // a create that may have been applied, beyond the key's replay window: look it up first
    };

    MondayWrite write;
    Status status = Status::Failed;
    MondayOutcome outcome; // the last answer
    int attempts = 0;      // requests sent for this write
    QDateTime firstSentAt;

    static QString statusName(Status status);
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MondayWriteResult)
