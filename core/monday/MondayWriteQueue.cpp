#include "MondayWriteQueue.h"

#include "common/Clock.h"
#include "monday/MondayClient.h"
#include "monday/MondayClientLogging.h"
#include "monday/MondayRequest.h"
#include "monday/MondayRetryDelay.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mlc {

using std::chrono::milliseconds;

QString MondayWriteQueueStatus::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Pacing:
        return QStringLiteral("pacing");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

MondayWriteQueue::MondayWriteQueue(MondayClient& client, Clock& clock, QString boardId, Settings settings,
                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_boardId(std::move(boardId))
    , m_settings(settings)
    , m_backoff({settings.retry.initialDelay, settings.retry.maxDelay})
{}

MondayWriteQueue::~MondayWriteQueue() = default;

void MondayWriteQueue::enqueue(const MondayWrite& write)
{
    Entry entry;
    entry.write = write;
    m_entries.enqueue(entry);
    schedule();
}

void MondayWriteQueue::resume()
{
    m_stopped = false;
    m_stopReason.clear();
    schedule();
}

void MondayWriteQueue::setMutationsPerMinute(int mutationsPerMinute)
{
    m_settings.mutationsPerMinute = std::max(0, mutationsPerMinute);
    schedule();
}

milliseconds MondayWriteQueue::paceInterval() const
{
    if (m_settings.mutationsPerMinute <= 0)
        return milliseconds(0);
    // Rounded up, so N evenly spaced mutations never fit N+1 into a minute.
    return milliseconds(qint64(std::ceil(60000.0 / m_settings.mutationsPerMinute)));
}

QDateTime MondayWriteQueue::earliestSend() const
{
    QDateTime at = m_clock.nowUtc();
    if (m_lastSentAt.isValid())
        at = std::max(at, m_lastSentAt.addMSecs(paceInterval().count()));
    if (m_blockedUntil.isValid())
        at = std::max(at, m_blockedUntil);
    return at;
}

void MondayWriteQueue::schedule()
{
    if (m_stopped || m_inFlight || m_entries.isEmpty()) {
        publish();
        return;
    }
    const QDateTime at = earliestSend();
    if (at <= m_clock.nowUtc()) {
        sendHead();
        return;
    }
    wakeAt(at);
    publish();
}

// The Clock cannot cancel a callback, so an outdated wake-up is told apart by its generation.
void MondayWriteQueue::wakeAt(const QDateTime& at)
{
    if (m_wakeAt == at)
        return;
    m_wakeAt = at;
    const quint64 generation = ++m_wakeGeneration;
    m_clock.callAt(at, this, [this, generation] {
        if (generation != m_wakeGeneration)
            return;
        m_wakeAt = QDateTime();
        schedule();
    });
}

void MondayWriteQueue::sendHead()
{
    Entry& head = m_entries.head();
    const QDateTime now = m_clock.nowUtc();
    if (head.mayHaveBeenApplied && head.write.createsItem() &&
        head.firstSentAt.addSecs(std::chrono::seconds(m_settings.replayWindow).count()) < now) {
        // monday no longer remembers the key: sending it again could create a second item.
        settleHead(MondayWriteResult::Status::Unresolved);
        schedule();
        return;
    }
    ++head.attempts;
    if (!head.firstSentAt.isValid())
        head.firstSentAt = now;
    m_inFlight = true;
    m_lastSentAt = now;
    m_recentSends.enqueue(now);
    // A copy: a slot may enqueue, which can move the entries.
    const MondayWrite write = head.write;
    Q_EMIT sending(write, head.attempts);
    MondayRequest* request = m_client.send(write.body, write.idempotencyKey);
    connect(request, &MondayRequest::finished, this, &MondayWriteQueue::onAnswer);
    publish();
}

void MondayWriteQueue::onAnswer(const MondayOutcome& outcome)
{
    m_inFlight = false;
    if (m_entries.isEmpty())
        return;
    m_entries.head().lastOutcome = outcome;
    slowDownIfBudgetLow(outcome);
    switch (outcome.kind) {
    case MondayOutcome::Kind::Done:
        settleHead(MondayWriteResult::Status::Written);
        break;
    case MondayOutcome::Kind::Permanent:
        settleHead(MondayWriteResult::Status::Failed);
        break;
    case MondayOutcome::Kind::Retry:
        onRetry(outcome);
        break;
    case MondayOutcome::Kind::Terminal:
        onTerminal(outcome);
        break;
    }
    schedule();
}

void MondayWriteQueue::onRetry(const MondayOutcome& outcome)
{
    Entry& head = m_entries.head();
    head.mayHaveBeenApplied = head.mayHaveBeenApplied || outcome.mayHaveBeenApplied;
    if (outcome.reason == MondayOutcome::Reason::RateLimited)
        ++m_rateLimited;
    if (!MondayRetryDelay::isThrottle(outcome)) {
        ++head.failures;
        if (head.failures >= m_settings.retry.maxAttempts) {
            settleHead(head.mayHaveBeenApplied && head.write.createsItem()
                           ? MondayWriteResult::Status::Unresolved
                           : MondayWriteResult::Status::Failed);
            return;
        }
    }
    const milliseconds delay =
        MondayRetryDelay::delay(outcome, std::max(head.failures, head.attempts), m_settings.retry, m_backoff);
    qCInfo(lcMondayClient, "Board %s: %s; writing again in %lld ms", qUtf8Printable(m_boardId),
           qUtf8Printable(outcome.summary()), static_cast<long long>(delay.count()));
    const QDateTime nextTryAt = m_clock.nowUtc().addMSecs(delay.count());
    waitUntil(nextTryAt, outcome.message);
    Q_EMIT attemptFailed(resultOf(head, MondayWriteResult::Status::Failed), nextTryAt);
}

void MondayWriteQueue::onTerminal(const MondayOutcome& outcome)
{
    if (outcome.reason == MondayOutcome::Reason::DailyLimit && outcome.pausedUntil.isValid()) {
        m_pausedForDailyLimit = true;
        waitUntil(outcome.pausedUntil, outcome.message);
        return;
    }
    m_stopped = true;
    m_stopReason = outcome.message;
    qCWarning(lcMondayClient, "Board %s: writes stopped: %s", qUtf8Printable(m_boardId),
              qUtf8Printable(outcome.summary()));
}

void MondayWriteQueue::waitUntil(const QDateTime& until, const QString& reason)
{
    if (!m_blockedUntil.isValid() || until > m_blockedUntil) {
        m_blockedUntil = until;
        m_blockReason = reason;
    }
}

// Waiting for the budget's reset up front costs one pause; running into it costs a refused mutation and
// the same pause.
void MondayWriteQueue::slowDownIfBudgetLow(const MondayOutcome& outcome)
{
    const QJsonObject complexity = outcome.data.value(QStringLiteral("complexity")).toObject();
    if (complexity.isEmpty())
        return;
    const double after = complexity.value(QStringLiteral("after")).toDouble(-1);
    const double cost = complexity.value(QStringLiteral("query")).toDouble(0);
    const double resetSeconds = complexity.value(QStringLiteral("reset_in_x_seconds")).toDouble(0);
    if (after >= 0 && after < cost && resetSeconds > 0) {
        waitUntil(m_clock.nowUtc().addMSecs(qint64(resetSeconds * 1000)),
                  tr("The monday.com complexity budget is used up until it resets."));
    }
}

void MondayWriteQueue::settleHead(MondayWriteResult::Status status)
{
    const MondayWriteResult result = resultOf(m_entries.dequeue(), status);
    if (status == MondayWriteResult::Status::Written)
        ++m_written;
    else
        ++m_failed;
    Q_EMIT settled(result);
    if (m_entries.isEmpty() && !m_inFlight)
        Q_EMIT drained();
}

MondayWriteResult MondayWriteQueue::resultOf(const Entry& entry, MondayWriteResult::Status status) const
{
    MondayWriteResult result;
    result.write = entry.write;
    result.status = status;
    result.outcome = entry.lastOutcome;
    result.attempts = entry.attempts;
    result.firstSentAt = entry.firstSentAt;
    return result;
}

MondayWriteQueueStatus MondayWriteQueue::status() const
{
    using State = MondayWriteQueueStatus::State;
    MondayWriteQueueStatus status;
    const QDateTime now = m_clock.nowUtc();
    status.boardId = m_boardId;
    status.depth = depth();
    status.mutationsPerMinute = m_settings.mutationsPerMinute;
    status.sentInLastMinute = int(std::count_if(m_recentSends.cbegin(), m_recentSends.cend(),
                                                [&](const QDateTime& at) { return at.secsTo(now) < 60; }));
    status.rateLimited = m_rateLimited;
    status.written = m_written;
    status.failed = m_failed;
    if (m_stopped) {
        status.state = State::Stopped;
        status.reason = m_stopReason;
    } else if (m_inFlight) {
        status.state = State::Sending;
    } else if (m_entries.isEmpty()) {
        status.state = State::Idle;
    } else if (m_blockedUntil.isValid() && m_blockedUntil > now) {
        status.state = m_pausedForDailyLimit ? State::Paused : State::Waiting;
        status.waitingUntil = earliestSend(); // monday's wait, or the pace if that ends later
        status.reason = m_blockReason;
    } else {
        status.state = State::Pacing;
        status.waitingUntil = earliestSend();
        status.reason = tr("Pacing writes to %n a minute.", nullptr, m_settings.mutationsPerMinute);
    }
    return status;
}

void MondayWriteQueue::publish()
{
    const QDateTime now = m_clock.nowUtc();
    while (!m_recentSends.isEmpty() && m_recentSends.head().secsTo(now) >= 60)
        m_recentSends.dequeue();
    if (m_blockedUntil.isValid() && m_blockedUntil <= now) {
        m_blockedUntil = QDateTime();
        m_blockReason.clear();
        m_pausedForDailyLimit = false;
    }
    Q_EMIT statusChanged(status());
}

} // namespace mlc
