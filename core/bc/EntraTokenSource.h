#pragma once

#include "bc/TokenError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace mlc {

class Clock;

// Gets and caches the Business Central access token by the OAuth2 client-credentials grant at Entra ID.
// A cached token is reused until shortly before it expires; callers asking while a fetch runs share it.
// The client secret is registered with SecretRedactor and never logged.
class EntraTokenSource : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl tokenUrl; // https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token
        QString clientId;
        QString clientSecret;
        QString scope = QStringLiteral("https://api.businesscentral.dynamics.com/.default");
        std::chrono::seconds transferTimeout{30}; // without progress for this long, the fetch fails
    };

    // {authority}/{tenant}/oauth2/v2.0/token, e.g.
    // https://login.microsoftonline.com/contoso.onmicrosoft.com/...
    static QUrl tokenUrlFor(const QUrl& authority, const QString& tenant);

    EntraTokenSource(QNetworkAccessManager* network, const Clock& clock, Settings settings,
                     QObject* parent = nullptr);
    ~EntraTokenSource() override;

    // Answers with tokenReady() or failed(), always after returning: from the cache when the token is
    // still fresh, otherwise from one fetch shared by all who ask while it runs.
    void requestToken();

    // The cached token while it is fresh, otherwise empty.
    QString token() const;
    bool isFetching() const { return !m_reply.isNull(); }

    // Forgets the cached token, e.g. after the API answered 401 with it, so the next request fetches anew.
    void invalidate();

    // Larger bodies than this are not a token answer.
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;

Q_SIGNALS:
    void tokenReady(const QString& accessToken);
    void failed(const mlc::TokenError& error);

private:
    void startFetch();
    void onFinished();
    void acceptTokenAnswer(const QByteArray& body);
    QString networkFailureReason(const QNetworkReply& reply) const;
    void succeed(const QString& accessToken, qint64 expiresInSeconds);
    void fail(const TokenError& error);
    TokenError withSecretIdHint(TokenError error) const;
    void rememberForRedaction(const QString& accessToken);
    QByteArray formBody() const;
    QDateTime refreshAt(qint64 expiresInSeconds) const;

    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    Settings m_settings;
    QPointer<QNetworkReply> m_reply;
    bool m_bodyTooLarge = false;
    QString m_token;
    QStringList m_maskedTokens; // newest last
    QDateTime m_refreshAt;
};

} // namespace mlc
