#pragma once

#include "sync/EngineStatus.h"
#include "sync/Profile.h"

#include <QObject>
#include <QThread>

namespace mlc {

class SyncEngine;

// The one door to the engine for the desktop application (DESIGN §2): the engine runs on its own thread
// with its own database connection and network access, and everything crosses the thread by queued calls
// and signals, so the window never waits for the network or the disk. Secrets are read by the caller (the
// keychain belongs to the GUI thread) and handed over once.
class SyncController : public QObject
{
    Q_OBJECT

public:
    struct Start
    {
        Profile profile;
        QString dataDir; // already claimed by this process
        QString bcClientSecret;
        QString mondayToken;
    };

    explicit SyncController(QObject* parent = nullptr);
    // Stops the engine cleanly (the write on its way finishes) and waits for its thread.
    ~SyncController() override;

    void start(const Start& start);
    void pause();
    void resume();
    void syncNow();
    // Every failed write and failed plan (`replay --failed`), or what one audit entry reported.
    void replayFailed();
    void replayEntry(qint64 auditId);
    // A clean stop; stopped() when done.
    void stop();

Q_SIGNALS:
    // Whenever something changed, and at least once a second while running.
    void statusChanged(const mlc::EngineStatus& status);
    // The outcome of a replay: how many writes and records were taken back, or why none.
    void replayed(int writes, int records, const QString& error);
    void stopped();

private:
    QThread m_thread;
    SyncEngine* m_engine = nullptr; // lives on m_thread, deleted when it finishes
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::SyncController::Start)
