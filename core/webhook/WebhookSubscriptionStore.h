#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace mlc {

class Database;
class StoreStatement;

// A subscription this connector made in BC. Its clientState is a secret shared with BC only: the store
// keeps a SHA-256 hash of it, never the value.
struct WebhookSubscription
{
    QString subscriptionId;
    QString entity;
    QString resource;
    QString notificationUrl;
    QString etag;
    QDateTime expiresAt;
    QString state = QStringLiteral("active");
    QString lastError;
};

// The webhook_subscriptions table. Uses the Database's connection, so it lives on the Database's thread.
class WebhookSubscriptionStore
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSubscriptionStore)

public:
    explicit WebhookSubscriptionStore(Database& database);

    // A fresh clientState: 32 random bytes from the system's generator, base64url.
    static QString newClientState();

    bool save(const WebhookSubscription& subscription, const QString& clientState, QString* error);
    std::optional<WebhookSubscription> find(const QString& subscriptionId, QString* error = nullptr) const;
    // Every subscription, oldest first; nullopt when the table cannot be read.
    std::optional<QList<WebhookSubscription>> all(QString* error = nullptr) const;
    // After a renewal or a failed one: etag, expiry, state and last error; the clientState stays.
    bool update(const WebhookSubscription& subscription, QString* error);
    bool remove(const QString& subscriptionId, QString* error);
    // Whether `clientState` is the one the subscription was made with; compared in constant time, so the
    // time an answer takes tells a forger nothing. False for an unknown subscription.
    bool clientStateMatches(const QString& subscriptionId, const QString& clientState,
                            QString* error = nullptr) const;

private:
    static WebhookSubscription subscriptionFrom(const StoreStatement& select);

    Database& m_database;
};

} // namespace mlc
