#include "SyncLoop.h"

#include "common/Clock.h"

namespace mlc {

SyncLoop::SyncLoop(Database& database, BcApiClient& bc, MondayClient& monday, Clock& clock,
                   QList<Mapping> mappings, SyncPass::Settings settings, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_monday(monday)
    , m_clock(clock)
    , m_mappings(std::move(mappings))
    , m_settings(settings)
{}

SyncLoop::~SyncLoop() = default;

void SyncLoop::start()
{
    m_stopping = false;
    m_nextPoll = QList<QDateTime>(m_mappings.size(), m_clock.nowUtc());
    runDue();
}

void SyncLoop::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    ++m_wakeGeneration; // no further pass starts
    if (m_pass)
        m_pass->stop(); // finished() follows, then stopped()
    else
        QMetaObject::invokeMethod(this, &SyncLoop::stopped, Qt::QueuedConnection);
}

void SyncLoop::pause()
{
    if (m_paused || m_stopping)
        return;
    m_paused = true;
    ++m_wakeGeneration;
    if (m_pass)
        m_pass->stop();
}

void SyncLoop::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    runDue();
}

void SyncLoop::syncNow()
{
    const QDateTime now = m_clock.nowUtc();
    for (QDateTime& at : m_nextPoll) {
        if (at.isValid())
            at = now;
    }
    runDue();
}

QDateTime SyncLoop::nextPollAt(const Mapping& mapping) const
{
    const qsizetype index = m_mappings.indexOf(mapping);
    return index < 0 ? QDateTime() : m_nextPoll.value(index);
}

void SyncLoop::setPushed(BcEntity entity, bool pushed)
{
    if (pushed == m_pushed.contains(entity))
        return;
    if (pushed) {
        m_pushed.insert(entity);
        return; // the interval changes after the next pass
    }
    m_pushed.remove(entity);
    // Notifications may have been missed: catch up now.
    QList<Mapping> affected;
    for (const Mapping& mapping : std::as_const(m_mappings)) {
        if (mapping.entity == entity)
            affected.append(mapping);
    }
    makeDue(affected);
}

void SyncLoop::makeDue(const QList<Mapping>& mappings)
{
    const QDateTime now = m_clock.nowUtc();
    for (const Mapping& mapping : mappings) {
        const qsizetype index = m_mappings.indexOf(mapping);
        if (index < 0)
            continue;
        if (m_nextPoll.value(index).isValid())
            m_nextPoll[index] = now;
        else
            m_dueAfterPass.insert(index);
    }
    if (!m_nextPoll.isEmpty())
        runDue();
}

void SyncLoop::runDue()
{
    if (m_stopping || m_paused || m_pass)
        return;
    const QDateTime now = m_clock.nowUtc();
    QList<Mapping> due;
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (m_nextPoll.at(i).isValid() && m_nextPoll.at(i) <= now) {
            due.append(m_mappings.at(i));
            m_nextPoll[i] = QDateTime(); // in the pass under way
        }
    }
    if (due.isEmpty()) {
        scheduleNext();
        return;
    }
    m_pass = new SyncPass(m_database, m_bc, m_monday, m_clock, due, m_settings, this);
    m_pass->setLinkTargets(m_mappings);
    connect(m_pass, &SyncPass::finished, this, &SyncLoop::onPassFinished);
    m_pass->start();
}

void SyncLoop::onPassFinished()
{
    const QList<SyncPass::MappingResult> results = m_pass->results();
    m_pass->deleteLater();
    m_pass.clear();
    // The cadence counts from the end of a mapping's pass, so a slow pass never queues up passes behind it.
    const QDateTime now = m_clock.nowUtc();
    for (qsizetype i = 0; i < m_mappings.size(); ++i) {
        if (m_nextPoll.at(i).isValid())
            continue;
        const Mapping& mapping = m_mappings.at(i);
        const qint64 interval = m_pushed.contains(mapping.entity) ? qint64(m_pushedInterval.count())
                                                                  : qint64(mapping.pollSeconds);
        m_nextPoll[i] = m_dueAfterPass.contains(i) ? now : now.addSecs(interval);
    }
    m_dueAfterPass.clear();
    // A stop() from a passFinished() listener answers with stopped() itself; this one is for a stop that
    // waited for this pass.
    const bool stopping = m_stopping;
    Q_EMIT passFinished(results);
    if (stopping) {
        Q_EMIT stopped();
        return;
    }
    if (m_stopping || m_paused)
        return;
    scheduleNext();
    runDue(); // syncNow() during the pass made mappings due
}

void SyncLoop::scheduleNext()
{
    QDateTime next;
    for (const QDateTime& at : std::as_const(m_nextPoll)) {
        if (at.isValid() && (!next.isValid() || at < next))
            next = at;
    }
    if (!next.isValid())
        return;
    const quint64 generation = ++m_wakeGeneration;
    m_clock.callAt(next, this, [this, generation] {
        if (generation == m_wakeGeneration)
            runDue();
    });
}

} // namespace mlc
