#pragma once

#include "bc/BcError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkReply;
class QNetworkRequest;

namespace mlc {

class BcApiClient;

// One request to the Business Central API, seen through to a result: it fetches the token, sends the
// request, refreshes the token once after a 401, and waits on the Clock before retrying what the retry
// policy allows. It reports exactly once, then deletes itself. Made by BcApiClient::get() for reads and
// BcApiClient::send() for the only writes the connector makes, its webhook subscriptions.
class BcRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method
    {
        Get,
        Post,
        Patch,
        Delete
    };

    // What a write sends besides the URL. BC refuses PATCH and DELETE without If-Match (spec §5.6).
    struct Write
    {
        Method method = Method::Get;
        QJsonObject body;
        QByteArray ifMatch;
    };

    BcRequest(BcApiClient& client, const QUrl& url, int maxPageSize);
    BcRequest(BcApiClient& client, const QUrl& url, Write write);
    ~BcRequest() override;

    void start();
    QUrl url() const { return m_url; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    // The answer's JSON object; empty for a 204.
    void succeeded(const QJsonObject& body);
    void failed(const mlc::BcError& error);
    // A retryable failure; the request is sent again after `delay`.
    void retrying(const mlc::BcError& reason, std::chrono::milliseconds delay);

private:
    void withToken();
    void send(const QString& accessToken);
    QNetworkReply* sendWith(QNetworkRequest request) const;
    QByteArray methodName() const;
    void onFinished();
    void onDownloadProgress(qint64 received, qint64 total);
    void acceptBody(const QByteArray& body);
    void retryOrFail(BcError error, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    void retryAfterUnauthorized(const BcError& error);
    void finishWith(const QJsonObject& body);
    void failWith(BcError error);
    BcError errorFromAnswer(int httpStatus, const QByteArray& body, const QByteArray& reasonPhrase) const;
    BcError errorWithoutAnswer(const QNetworkReply& reply) const;
    BcError error(BcError::Kind kind, const QString& message) const;

    BcApiClient& m_client;
    QUrl m_url;
    int m_maxPageSize = 0;
    Write m_write;
    QPointer<QNetworkReply> m_reply;
    QMetaObject::Connection m_tokenReady;
    QMetaObject::Connection m_tokenFailed;
    QString m_sentToken;
    int m_attempts = 0;
    bool m_tokenRefreshedAfter401 = false;
    bool m_bodyTooLarge = false;
    bool m_done = false;
};

} // namespace mlc
