#pragma once

#include "common/ExponentialBackoff.h"
#include "monday/MondayOutcome.h"
#include "monday/MondayRequestBody.h"
#include "monday/MondayRetrySettings.h"

#include <QObject>

namespace mlc {

class Clock;
class MondayClient;

// One read from monday, seen through to an answer: it sends the document, and when monday says "not now"
// (429, complexity, 5xx, a timeout) it waits on the Clock as told, or backs off, and sends it again. It
// reports finished() exactly once: Done, or the outcome that ended it. Reads have no side effect, so unlike
// a write any failure may be retried. Its parent owns it.
class MondayQuery : public QObject
{
    Q_OBJECT

public:
    MondayQuery(MondayClient& client, Clock& clock, MondayRequestBody body, MondayRetrySettings settings,
                QObject* parent = nullptr);

    // Sends the first attempt; call once.
    void start();
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished(const mlc::MondayOutcome& outcome);
    // A wait before the next attempt began, for a status line ("monday asked to wait 7 s").
    void waiting(const mlc::MondayOutcome& outcome, std::chrono::milliseconds delay);

private:
    void send();
    void onAnswer(const MondayOutcome& outcome);
    std::optional<std::chrono::milliseconds> delayBeforeRetry(const MondayOutcome& outcome);

    MondayClient& m_client;
    Clock& m_clock;
    MondayRequestBody m_body;
    MondayRetrySettings m_settings;
    ExponentialBackoff m_backoff;
    int m_attempts = 0;
    int m_failures = 0; // attempts that failed on their own, not because monday asked to wait
};

} // namespace mlc
