#include "DemoSession.h"

#include "AuditPage.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "StatusPage.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QTcpServer>
#include <QTimer>

namespace mlc::gui {

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

DemoSession::DemoSession(ui::MainWindow* window)
    : m_window(window)
{}

DemoSession::~DemoSession()
{
    if (!m_controller)
        return;
    QEventLoop events;
    connect(m_controller.get(), &SyncController::stopped, &events, &QEventLoop::quit);
    QTimer::singleShot(10000, &events, &QEventLoop::quit);
    m_controller->stop();
    events.exec(); // serves the simulators while the engine finishes its write
    m_controller.reset();
    m_window->auditPage()->setDatabase(nullptr);
}

bool DemoSession::start(QString* error)
{
    sandbox::SandboxServer::Options options;
    options.port = 0;
    options.liveInterval = std::chrono::seconds(10); // a bookkeeper at work, so there is something to follow
    options.webhookPort = freeLoopbackPort();
    options.webhookDelay = std::chrono::seconds(2);
    m_sandbox = std::make_unique<sandbox::SandboxServer>(m_clock, options);
    if (!m_state.isValid() || !m_sandbox->start(error)) {
        if (error->isEmpty())
            *error = tr("No temporary folder could be made for the demo's state.");
        return false;
    }
    SyncController::Start start;
    start.profile = m_sandbox->profile();
    start.dataDir = m_state.path();
    start.bcClientSecret = sandbox::SandboxServer::clientSecret();
    start.mondayToken = sandbox::MondaySimulator::demoToken();
    m_controller = std::make_unique<SyncController>();
    connectStatusPage();
    connectAuditPage();
    m_controller->start(start);
    m_window->setWindowTitle(tr("ml-connector — demo with sample data"));
    m_window->showPage(QStringLiteral("status"));
    return true;
}

void DemoSession::connectStatusPage()
{
    ui::StatusPage* page = m_window->statusPage();
    connect(m_controller.get(), &SyncController::statusChanged, m_window, &ui::MainWindow::setEngineStatus);
    connect(page, &ui::StatusPage::syncNowRequested, m_controller.get(), &SyncController::syncNow);
    connect(page, &ui::StatusPage::pauseRequested, m_controller.get(), &SyncController::pause);
    connect(page, &ui::StatusPage::resumeRequested, m_controller.get(), &SyncController::resume);
}

void DemoSession::connectAuditPage()
{
    ui::AuditPage* page = m_window->auditPage();
    // The engine makes the database; the page reads it once the engine runs.
    connect(m_controller.get(), &SyncController::statusChanged, this,
            [this, page](const EngineStatus& status) {
                if (m_auditReader) {
                    page->refresh(); // snapshots come about once a second: the trail follows live
                    return;
                }
                if (status.state != EngineStatus::State::Running)
                    return;
                QString error;
                m_auditReader =
                    Database::openReadOnly(m_state.path(), QStringLiteral("audit-browser"), m_clock, &error);
                page->setDatabase(m_auditReader.get());
            });
    connect(page, &ui::AuditPage::replayRequested, m_controller.get(), [this](const QList<qint64>& ids) {
        for (qint64 id : ids)
            m_controller->replayEntry(id);
    });
    connect(page, &ui::AuditPage::replayAllFailedRequested, m_controller.get(),
            &SyncController::replayFailed);
    connect(m_controller.get(), &SyncController::replayed, page, &ui::AuditPage::refresh);
}

} // namespace mlc::gui
