#include "DemoSession.h"

#include "EngineSession.h"
#include "MainWindow.h"
#include "SandboxServer.h"

#include <QTcpServer>

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
    m_engine.reset();
    m_sandbox.reset();
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
    // What the Accounts and Mapping pages read and write while the demo runs.
    m_secrets.write(SecretId::BcClientSecret, sandbox::SandboxServer::clientSecret(), m_window,
                    [](const SecretResult&) {});
    m_secrets.write(SecretId::MondayToken, sandbox::MondaySimulator::demoToken(), m_window,
                    [](const SecretResult&) {});
    run(m_sandbox->profile());
    m_window->setWindowTitle(tr("ml-connector — demo with sample data"));
    m_window->showPage(QStringLiteral("status"));
    return true;
}

void DemoSession::run(const Profile& profile)
{
    m_engine.reset(); // stopped and waited for before the next one claims the folder
    SyncController::Start start;
    start.profile = profile;
    start.dataDir = m_state.path();
    start.bcClientSecret = sandbox::SandboxServer::clientSecret();
    start.mondayToken = sandbox::MondaySimulator::demoToken();
    m_engine = std::make_unique<ui::EngineSession>(m_window);
    m_engine->start(start);
}

Profile DemoSession::profile() const
{
    return m_sandbox->profile();
}

} // namespace mlc::gui
