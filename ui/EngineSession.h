#pragma once

#include "common/SystemClock.h"
#include "sync/SyncController.h"

#include <QObject>

#include <memory>

namespace mlc {
class Database;
}

namespace mlc::ui {

class MainWindow;

// The engine as the window sees it: a SyncController started with a profile, its snapshots on the Status
// page and the tray, their requests (sync now, pause, resume, replay) carried to it, and the Audit page
// reading the engine's trail through a read-only connection of its own once the engine has made it.
class EngineSession : public QObject
{
    Q_OBJECT

public:
    explicit EngineSession(MainWindow* window);
    // Stops the engine and waits for it, serving this thread meanwhile: a simulator living here (the demo)
    // may still owe the engine the answer to its last write.
    ~EngineSession() override;

    void start(const SyncController::Start& start);
    SyncController* controller() const { return m_controller.get(); }

private:
    void connectStatusPage();
    void connectAuditPage();

    MainWindow* m_window;
    SystemClock m_clock;
    QString m_dataDir;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<Database> m_auditReader;
};

} // namespace mlc::ui
