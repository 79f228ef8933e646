#include "SyncEngine.h"

#include "common/SystemClock.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "sync/EngineClients.h"
#include "sync/FailedWriteReplay.h"
#include "sync/SyncLoop.h"
#include "webhook/WebhookService.h"

#include <QEventLoop>

namespace mlc {

SyncEngine::SyncEngine()
    : m_publishTimer(this) // a child, so it moves to the engine thread with the engine
{
    m_publishTimer.setInterval(1000);
    connect(&m_publishTimer, &QTimer::timeout, this, &SyncEngine::publish);
}

// Shutdown order: the change sources (webhooks), then the loop, then the clients they use, the database
// last.
SyncEngine::~SyncEngine()
{
    m_webhooks.reset();
    m_loop.reset();
    m_clients.reset();
    m_database.reset();
}

void SyncEngine::start(const SyncController::Start& start)
{
    if (m_loop)
        return;
    m_status = EngineStatus();
    m_mappings = start.profile.mappings;
    for (const Mapping& mapping : std::as_const(m_mappings)) {
        EngineStatus::MappingStatus status;
        status.entity = mapping.entity;
        status.boardId = mapping.boardId;
        m_status.mappings.append(status);
    }
    m_clock = std::make_unique<SystemClock>();
    QString error;
    m_database = Database::open(start.dataDir, QStringLiteral("engine"), *m_clock, &error);
    if (!m_database) {
        fail(error);
        return;
    }
    m_clients =
        std::make_unique<EngineClients>(start.profile, start.bcClientSecret, start.mondayToken, *m_clock);
    SyncPass::Settings settings;
    settings.writes.mutationsPerMinute = start.profile.monday.mutationsPerMinute;
    m_loop = std::make_unique<SyncLoop>(*m_database, m_clients->bc(), m_clients->monday(), *m_clock,
                                        m_mappings, settings);
    connect(m_loop.get(), &SyncLoop::passFinished, this, &SyncEngine::onPassFinished);
    connect(m_loop.get(), &SyncLoop::stopped, this, [this] {
        m_status.state = EngineStatus::State::Stopped;
        m_publishTimer.stop();
        publish();
        Q_EMIT stopped();
    });
    m_webhooks = std::make_unique<WebhookService>(*m_database, m_clients->bc(), *m_clock,
                                                  start.profile.webhooks.value_or(WebhookSettings()),
                                                  m_mappings, *m_loop);
    connect(m_webhooks.get(), &WebhookService::statusChanged, this, &SyncEngine::publish);
    m_status.state = EngineStatus::State::Running;
    m_loop->start();
    QString webhookError;
    if (!m_webhooks->start(&webhookError))
        m_status.error = webhookError; // the engine runs on, polling; the statuses say the same per mapping
    m_publishTimer.start();
    publish();
}

void SyncEngine::pause()
{
    if (!m_loop || m_status.state != EngineStatus::State::Running)
        return;
    m_loop->pause();
    m_status.state = EngineStatus::State::Paused;
    publish();
}

void SyncEngine::resume()
{
    if (!m_loop || m_status.state != EngineStatus::State::Paused)
        return;
    m_status.state = EngineStatus::State::Running;
    m_loop->resume();
    publish();
}

void SyncEngine::syncNow()
{
    if (m_loop && m_status.state == EngineStatus::State::Running)
        m_loop->syncNow();
}

void SyncEngine::replay(qint64 auditId)
{
    if (!m_database) {
        Q_EMIT replayed(0, 0, tr("The engine is not running."));
        return;
    }
    FailedWriteReplay replay(*m_database, m_mappings);
    QString error;
    const std::optional<FailedWriteReplay::Outcome> outcome =
        auditId > 0 ? replay.replayEntry(auditId, &error) : replay.replayAll(&error);
    Q_EMIT replayed(outcome ? outcome->writes : 0, outcome ? outcome->records : 0, error);
    if (outcome)
        syncNow();
}

void SyncEngine::stop()
{
    if (!m_loop || m_status.state == EngineStatus::State::Stopped ||
        m_status.state == EngineStatus::State::Failed) {
        QMetaObject::invokeMethod(this, &SyncEngine::stopped, Qt::QueuedConnection);
        return;
    }
    m_status.state = EngineStatus::State::Stopping;
    publish();
    m_webhooks->stop();
    m_loop->stop();
}

void SyncEngine::onPassFinished(const QList<SyncPass::MappingResult>& results)
{
    const QDateTime now = m_clock->nowUtc();
    for (const SyncPass::MappingResult& result : results) {
        for (EngineStatus::MappingStatus& status : m_status.mappings) {
            if (status.entity != result.mapping.entity || status.boardId != result.mapping.boardId)
                continue;
            status.lastSyncAt = now;
            addCounts(&status, result);
            status.lastError = result.error;
            if (result.failure == SyncFailure::LocalState && m_status.state == EngineStatus::State::Running) {
                // The state database refused a change: going on could lose track of what was written.
                m_status.error = result.error;
                m_status.state = EngineStatus::State::Stopping;
                m_webhooks->stop();
                m_loop->stop();
            }
        }
    }
    publish();
}

void SyncEngine::publish()
{
    QString error;
    const std::optional<QMap<QString, Outbox::StateCounts>> counts =
        m_database ? Outbox(*m_database).countsByBoard(&error) : std::nullopt;
    const SyncPass* pass = m_loop ? m_loop->currentPass() : nullptr;
    const std::optional<Mapping> syncing = pass ? pass->currentMapping() : std::nullopt;
    for (qsizetype i = 0; i < m_status.mappings.size(); ++i) {
        EngineStatus::MappingStatus& status = m_status.mappings[i];
        const Mapping& mapping = m_mappings.at(i);
        status.nextPollAt = m_loop && !m_loop->isPaused() ? m_loop->nextPollAt(mapping) : QDateTime();
        status.syncing = syncing && *syncing == mapping;
        status.writes = status.syncing ? pass->writeQueueStatus() : std::nullopt;
        status.webhook.reset();
        for (const SubscriptionStatus& webhook :
             m_webhooks ? m_webhooks->statuses() : QList<SubscriptionStatus>()) {
            if (webhook.entity == mapping.entity)
                status.webhook = webhook;
        }
        if (counts) {
            status.pending = counts->value(mapping.boardId).pending + counts->value(mapping.boardId).inFlight;
            status.failed = counts->value(mapping.boardId).failed;
        }
    }
    // The totals grow at the end of each pass; a long first pass shows its figures as they come.
    EngineStatus snapshot = m_status;
    for (const SyncPass::MappingResult& result :
         pass ? pass->resultsSoFar() : QList<SyncPass::MappingResult>()) {
        for (EngineStatus::MappingStatus& status : snapshot.mappings) {
            if (status.entity == result.mapping.entity && status.boardId == result.mapping.boardId)
                addCounts(&status, result);
        }
    }
    Q_EMIT statusChanged(snapshot);
}

void SyncEngine::addCounts(EngineStatus::MappingStatus* status, const SyncPass::MappingResult& result)
{
    status->created += result.created + result.adopted;
    status->updated += result.updated;
    status->unchanged += result.poll.unchanged;
    status->archived += result.archived;
    status->failures += result.failed + result.poll.failed;
}

void SyncEngine::fail(const QString& error)
{
    m_status.state = EngineStatus::State::Failed;
    m_status.error = error;
    publish();
}

} // namespace mlc
