#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mlc {

enum class OutboxOperation
{
    Create,
    Update,
    Archive,
    Delete,
};

// pending -> in_flight -> done, or back to pending (a retry), or failed (until replayed back to pending).
enum class OutboxState
{
    Pending,
    InFlight,
    Done,
    Failed,
};

// One planned write to a board, and the backoff state of it. Empty strings and invalid times stand for
// NULL columns.
struct OutboxRow
{
    qint64 id = 0;
    QString entity;
    QString boardId;
    QString bcId;
    QString bcNumber;
    OutboxOperation operation = OutboxOperation::Update;
    QString itemId;            // empty for a create
    QJsonObject payload;       // what is sent: item name and monday-encoded column values
    QJsonObject plannedValues; // what the link's writtenValues become once it is done
    QString idempotencyKey;    // the same on every attempt of this planned write
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QDateTime nextTryAt;
    QString lastError;
    QString lastErrorCode;
    QString requestId; // of the last attempt
    QDateTime createdAt;
    QDateTime updatedAt;

    // The names stored in the table's CHECK-ed columns.
    static QString operationName(OutboxOperation operation);
    static std::optional<OutboxOperation> operationFromName(const QString& name);
    static QString stateName(OutboxState state);
    static std::optional<OutboxState> stateFromName(const QString& name);
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::OutboxRow)
