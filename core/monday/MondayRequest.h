#pragma once

#include "monday/MondayOutcome.h"
#include "monday/MondayRequestBody.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace mlc {

class MondayClient;

// One POST to monday, seen through to a classified outcome. It reports exactly once, then deletes itself.
// Unlike BcRequest it does not retry: the write queue owns retries and pacing (DESIGN §3, §4), and a
// retry of a mutation must go out with the same Idempotency-Key from the outbox. Made by
// MondayClient::send().
class MondayRequest : public QObject
{
    Q_OBJECT

public:
    MondayRequest(MondayClient& client, MondayRequestBody body, QString idempotencyKey);
    ~MondayRequest() override;

    void start();
    const MondayRequestBody& body() const { return m_body; }
    QString idempotencyKey() const { return m_idempotencyKey; }

Q_SIGNALS:
    void finished(const mlc::MondayOutcome& outcome);

private:
    void onFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    MondayResponse responseFrom(QNetworkReply& reply) const;
    void report(const MondayResponse& response);

    MondayClient& m_client;
    MondayRequestBody m_body;
    QString m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    bool m_bodyTooLarge = false;
    bool m_done = false;
};

} // namespace mlc
