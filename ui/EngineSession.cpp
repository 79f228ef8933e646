#include "EngineSession.h"

#include "AuditPage.h"
#include "MainWindow.h"
#include "StatusPage.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QTimer>

namespace mlc::ui {

EngineSession::EngineSession(MainWindow* window)
    : m_window(window)
{}

EngineSession::~EngineSession()
{
    if (!m_controller)
        return;
    QEventLoop events;
    connect(m_controller.get(), &SyncController::stopped, &events, &QEventLoop::quit);
    QTimer::singleShot(10000, &events, &QEventLoop::quit);
    m_controller->stop();
    events.exec();
    m_controller.reset();
    m_window->auditPage()->setDatabase(nullptr);
}

void EngineSession::start(const SyncController::Start& start)
{
    m_dataDir = start.dataDir;
    m_controller = std::make_unique<SyncController>();
    connectStatusPage();
    connectAuditPage();
    m_controller->start(start);
}

void EngineSession::connectStatusPage()
{
    StatusPage* page = m_window->statusPage();
    connect(m_controller.get(), &SyncController::statusChanged, m_window, &MainWindow::setEngineStatus);
    connect(page, &StatusPage::syncNowRequested, m_controller.get(), &SyncController::syncNow);
    connect(page, &StatusPage::pauseRequested, m_controller.get(), &SyncController::pause);
    connect(page, &StatusPage::resumeRequested, m_controller.get(), &SyncController::resume);
}

void EngineSession::connectAuditPage()
{
    AuditPage* page = m_window->auditPage();
    // The engine makes the database; the page reads it once the engine runs.
    connect(m_controller.get(), &SyncController::statusChanged, this,
            [this, page](const EngineStatus& status) {
                if (m_auditReader) {
                    page->refresh(); // snapshots come about once a second: the trail follows live
                    const std::optional<QList<int>> writes =
                        AuditLog(*m_auditReader).writesPerMinute(m_clock.nowUtc(), 60, nullptr);
                    if (writes)
                        m_window->statusPage()->setWritesPerMinute(*writes);
                    return;
                }
                if (status.state != EngineStatus::State::Running)
                    return;
                QString error;
                m_auditReader =
                    Database::openReadOnly(m_dataDir, QStringLiteral("audit-browser"), m_clock, &error);
                page->setDatabase(m_auditReader.get());
            });
    connect(page, &AuditPage::replayRequested, m_controller.get(), [this](const QList<qint64>& ids) {
        for (qint64 id : ids)
            m_controller->replayEntry(id);
    });
    connect(page, &AuditPage::replayAllFailedRequested, m_controller.get(), &SyncController::replayFailed);
    connect(m_controller.get(), &SyncController::replayed, page, &AuditPage::refresh);
}

} // namespace mlc::ui
