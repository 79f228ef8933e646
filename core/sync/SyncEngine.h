#pragma once

#include "sync/EngineStatus.h"
#include "sync/SyncController.h"
#include "sync/SyncPass.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace mlc {

class Database;
class EngineClients;
class SyncLoop;
class SystemClock;
class WebhookService;

// The engine's side of SyncController: everything it owns is made and used on the engine thread.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine();
    ~SyncEngine() override;

    void start(const mlc::SyncController::Start& start);
    void pause();
    void resume();
    void syncNow();
    void replay(qint64 auditId); // 0: every failed write and plan
    void stop();

Q_SIGNALS:
    void statusChanged(const mlc::EngineStatus& status);
    void replayed(int writes, int records, const QString& error);
    void stopped();

private:
    void onPassFinished(const QList<SyncPass::MappingResult>& results);
    void publish();
    static void addCounts(EngineStatus::MappingStatus* status, const SyncPass::MappingResult& result);
    void fail(const QString& error);

    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EngineClients> m_clients;
    std::unique_ptr<SyncLoop> m_loop;
    std::unique_ptr<WebhookService> m_webhooks;
    QList<Mapping> m_mappings;
    EngineStatus m_status;
    QTimer m_publishTimer;
};

} // namespace mlc
