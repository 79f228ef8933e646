#pragma once

#include "monday/MondayWriteQueue.h"
#include "sync/Mapping.h"
#include "webhook/WebhookSubscriber.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mlc {

// A snapshot of the engine for the status view (issue 5: per mapping last sync, next poll, queue depth,
// counts, pace and backoff). Built on the engine's thread and sent by value, so the GUI never touches the
// engine's objects.
struct EngineStatus
{
    enum class State
    {
        Starting,
        Running, // syncing or waiting for the next poll
        Paused,
        Stopping, // letting the write on its way finish
        Stopped,
        Failed, // could not start, or the state database refused a change; see `error`
    };

    struct MappingStatus
    {
        BcEntity entity = BcEntity::Vendors;
        QString boardId;
        bool syncing = false; // in the pass under way
        QDateTime lastSyncAt; // end of its last pass
        QDateTime nextPollAt; // invalid while syncing or paused
        int pending = 0;      // writes waiting in the outbox
        int failed = 0;       // failed writes, replayable
        // Since the engine started.
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int archived = 0;
        int failures = 0;
        QString lastError;
        // While syncing: its board's write queue (pace used, backoff until, why).
        std::optional<MondayWriteQueueStatus> writes;
        // With webhooks enabled: whether BC pushes this mapping's changes, until when, and if not, why.
        std::optional<SubscriptionStatus> webhook;
    };

    State state = State::Starting;
    QString error;
    QList<MappingStatus> mappings;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::EngineStatus)
