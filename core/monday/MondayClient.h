#pragma once

#include "monday/MondayRequestBody.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace mlc {

class Clock;
class MondayRequest;

// The connector's line to monday's GraphQL API: it posts {query, variables} with the token, the pinned API
// version and, for a write, the outbox's Idempotency-Key, and counts what it sends for the sync summary.
// It never retries: each request reports one classified MondayOutcome, and the write queue decides whether
// and when to send again, so pacing and backoff live in one place.
class MondayClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl apiUrl;        // the profile's monday.apiUrl
        QString apiVersion; // the profile's monday.apiVersion, sent as API-Version on every request
        // monday stops a call after 60 s; a little longer lets its own timeout error arrive first.
        std::chrono::milliseconds transferTimeout{75 * 1000};
        // A page of 500 wide items is a few MB; anything far larger is not an answer from monday.
        qint64 maxBodyBytes = qint64(64) * 1024 * 1024;
    };

    MondayClient(QNetworkAccessManager* network, Clock& clock, Settings settings, QObject* parent = nullptr);

    // The API token, sent raw in Authorization (no "Bearer"; monday.md §1.1). Registered with the
    // SecretRedactor so it never reaches a log.
    void setToken(const QString& token);
    bool hasToken() const { return !m_token.isEmpty(); }

    // Starts a POST of `body` and returns at once; the request reports finished() once, after the caller has
    // connected, then deletes itself. `idempotencyKey` is sent as Idempotency-Key when not empty: the
    // outbox's stable key, the same on every attempt of one write.
    MondayRequest* send(const MondayRequestBody& body, const QString& idempotencyKey = QString());

    // HTTP requests sent to monday, and those that carried a mutation; retries included.
    int requestsSent() const { return m_requestsSent; }
    int mutationRequestsSent() const { return m_mutationRequestsSent; }
    void resetCounters();

    const Settings& settings() const { return m_settings; }

private:
    friend class MondayRequest;

    QNetworkAccessManager* m_network;
    Clock& m_clock;
    Settings m_settings;
    QString m_token;
    int m_requestsSent = 0;
    int m_mutationRequestsSent = 0;
};

} // namespace mlc
