#pragma once

#include "sync/SyncPass.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>

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

    // While BC pushes an entity's changes, its mappings are polled only as a safety sweep, every
    // `pushedInterval`; when pushing stops they are polled at once, then on their own cadence again.
    void setPushed(BcEntity entity, bool pushed);
    bool isPushed(const Mapping& mapping) const { return m_pushed.contains(mapping.entity); }
    void setPushedInterval(std::chrono::seconds interval) { m_pushedInterval = interval; }
    // Notifications brought work for these mappings: polled as soon as the pass under way is done.
    void makeDue(const QList<Mapping>& mappings);

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
    QSet<BcEntity> m_pushed;
    QSet<qsizetype> m_dueAfterPass; // indexes made due while in the pass under way
    std::chrono::seconds m_pushedInterval{3600};
    QPointer<SyncPass> m_pass;
    bool m_stopping = false;
    bool m_paused = false;
    quint64 m_wakeGeneration = 0;
};

} // namespace mlc
