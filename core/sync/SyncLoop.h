#pragma once

#include "sync/SyncPass.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace mlc {

// `run` (contract §4): a pass over every mapping at once, then each mapping again on its own cadence
// (pollSeconds), one pass at a time, until stop(). The mappings due together go in one pass, linked-to ones
// first. Times come from the Clock, so tests drive the cadence with a fake clock.
class SyncLoop : public QObject
{
    Q_OBJECT

public:
    SyncLoop(Database& database, BcApiClient& bc, MondayClient& monday, Clock& clock, QList<Mapping> mappings,
             SyncPass::Settings settings, QObject* parent = nullptr);
    ~SyncLoop() override;

    void start();
    // Lets the pass under way stop cleanly (SyncPass::stop()), then stopped().
    void stop();
    bool isStopping() const { return m_stopping; }
    // Pause lets the pass under way stop cleanly and starts none until resume(); resume runs what is due.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    // Every mapping is due now: polled as soon as the pass under way (if any) is done.
    void syncNow();
    // The pass under way, if any (for the status: its board's write queue).
    const SyncPass* currentPass() const { return m_pass; }
    // When the mapping is polled next; invalid while it is in the pass under way.
    QDateTime nextPollAt(const Mapping& mapping) const;

Q_SIGNALS:
    void passFinished(const QList<mlc::SyncPass::MappingResult>& results);
    void stopped();

private:
    void runDue();
    void onPassFinished();
    void scheduleNext();

    Database& m_database;
    BcApiClient& m_bc;
    MondayClient& m_monday;
    Clock& m_clock;
    QList<Mapping> m_mappings;
    SyncPass::Settings m_settings;
    QList<QDateTime> m_nextPoll; // per mapping, as in m_mappings
    QPointer<SyncPass> m_pass;
    bool m_stopping = false;
    bool m_paused = false;
    quint64 m_wakeGeneration = 0;
};

} // namespace mlc
