#pragma once

#include "common/SystemClock.h"
#include "secrets/MemoryCredentialStore.h"
#include "sync/Profile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace mlc::sandbox {
class SandboxServer;
}

namespace mlc::ui {
class EngineSession;
class MainWindow;
} // namespace mlc::ui

namespace mlc::gui {

// "Try with sample data": the app serves the sandbox's Business Central and monday.com in this process and
// syncs its ready profile, webhooks included, into a throwaway state folder, so a newcomer sees items appear
// and change on the Status page within a minute. The real data folder and keychain are never touched: the
// pages edit the demo's profile, with the sandbox's secrets held in memory.
class DemoSession
{
    Q_DECLARE_TR_FUNCTIONS(DemoSession)

public:
    explicit DemoSession(ui::MainWindow* window);
    // The engine goes first: its last write needs the simulators, which live on this thread.
    ~DemoSession();

    bool start(QString* error);
    // Runs the engine again on `profile` (edited on the pages and saved into the demo's folder).
    void run(const Profile& profile);

    Profile profile() const;
    QString stateDir() const { return m_state.path(); }
    CredentialStore& secrets() { return m_secrets; }

private:
    ui::MainWindow* m_window;
    SystemClock m_clock;
    QTemporaryDir m_state;
    MemoryCredentialStore m_secrets;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<ui::EngineSession> m_engine;
};

} // namespace mlc::gui
