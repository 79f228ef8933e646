#pragma once

#include "bc/BcEntity.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <chrono>
#include <functional>

class QHttpServerRequest;
class QHttpServerResponder;
class QNetworkAccessManager;

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

class BcDataSet;

// Business Central's webhook side (business-central.md §5): the subscriptions API at the API root
// (POST 201, GET, PATCH and DELETE with If-Match, 204 on delete, the 200-subscription limit), the
// validation handshake with its 5-second timeout on create and on every renewal, expiry after 3 days on the
// Clock, and the notifications themselves: batched for a delay after the first change, coalesced per
// record, one `collection` notification when more than 1,000 records changed in a window, BC's retry
// schedule on 408/429/5xx or no answer, and deletion of the subscription on any other answer or after the
// fifth retry. Delays run on the Clock, so tests advance a FakeClock instead of waiting.
class BcWebhookSimulator : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds batchingDelay{30 * 1000};
        int maxNotificationsPerWindow = 1000;
        std::chrono::milliseconds handshakeTimeout{5 * 1000};
        int maxSubscriptions = 200;
        int expiryDays = 3;
    };

    struct Subscription
    {
        QString id;
        QString notificationUrl;
        QString resource;
        QString clientState;
        QString companyId;
        QString entitySet;
        QDateTime expiresAt;
        QDateTime modifiedAt;
        int version = 1;

        QString etag() const;
        QJsonObject toJson() const;
    };

    BcWebhookSimulator(const BcDataSet& data, Clock& clock, QObject* parent = nullptr);

    Options& options() { return m_options; }

    // Answers a request under {root}/subscriptions; `tail` is what follows "/api/v2.0/".
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder, const QString& tail,
                const QString& contextRoot);
    // The runtime API's webhookSupportedResources list (spec §5.7).
    QJsonObject supportedResources() const;
    void setSupported(BcEntity entity, bool supported);

    // Called for every change to the simulated data.
    void recordChanged(const QString& companyId, BcEntity entity, const QString& id,
                       const QString& changeType);

    // Subscriptions alive now (expired ones are purged first).
    QList<Subscription> subscriptions();
    // What BC does on its own: forget a subscription, as after too many failed deliveries.
    bool dropSubscription(const QString& id);
    int handshakesSent() const { return m_handshakesSent; }

Q_SIGNALS:
    // A delivery POST was answered; `status` 0 when no answer came.
    void deliveryAnswered(const QString& notificationUrl, int notifications, int status);
    void subscriptionDeleted(const QString& id, const QString& reason);

private:
    struct Pending
    {
        QDateTime firstChangeAt;
        QStringList order;                  // record ids in the order they first changed
        QHash<QString, QString> changeType; // record id → the change to report
    };
    struct Delivery
    {
        QString url;
        QJsonArray value;
        QStringList subscriptionIds;
        int attempt = 0;
    };
    using Reply = std::function<void(QHttpServerResponder&&)>;

    void create(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                const QString& contextRoot);
    void renew(const QHttpServerRequest& request, QHttpServerResponder&& responder, const QString& id);
    void remove(const QHttpServerRequest& request, QHttpServerResponder&& responder, const QString& id);
    // Calls `done(true)` when notificationUrl answered the handshake in time with 200 and the token.
    void validate(const QString& notificationUrl, std::function<void(bool ok, QString reason)> done);
    void purgeExpired();
    void flush(const QString& notificationUrl);
    QJsonObject notificationFor(const Subscription& subscription, const QString& recordId,
                                const QString& changeType) const;
    QJsonObject collectionNotification(const Subscription& subscription, const Pending& pending) const;
    void send(Delivery delivery);
    void retryOrDelete(Delivery delivery, const QString& reason);
    void deleteSubscriptions(const QStringList& ids, const QString& reason);
    QString newId() const;

    const BcDataSet& m_data;
    Clock& m_clock;
    Options m_options;
    QNetworkAccessManager* m_network;
    QHash<QString, Subscription> m_subscriptions;
    QHash<QString, Pending> m_pending; // by subscription id
    QSet<QString> m_flushScheduled;    // notification URLs with a window open
    QSet<QString> m_supported;         // entity set names
    int m_handshakesSent = 0;
};

} // namespace mlc::sandbox
