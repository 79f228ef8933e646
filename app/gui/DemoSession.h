#pragma once

#include "common/SystemClock.h"
#include "sync/SyncController.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace mlc {
class Database;
}

namespace mlc::sandbox {
class SandboxServer;
}

namespace mlc::ui {
class MainWindow;
}

namespace mlc::gui {

// "Try with sample data": when nothing is configured, the app serves the sandbox's Business Central and
// monday.com in this process and syncs its ready profile, webhooks included, into a throwaway state
// folder, so a newcomer sees items appear and change on the Status page within a minute. The real data
// folder is never touched.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(ui::MainWindow* window);
    // Stops the engine first: its last write needs the simulators that live on this thread.
    ~DemoSession() override;

    bool start(QString* error);

private:
    void connectStatusPage();
    void connectAuditPage();

    ui::MainWindow* m_window;
    SystemClock m_clock;
    QTemporaryDir m_state;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<Database> m_auditReader; // the GUI's own read-only connection to the demo's trail
};

} // namespace mlc::gui
