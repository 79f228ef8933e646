#pragma once

#include "sync/Mapping.h"
#include "sync/WebhookSettings.h"
#include "webhook/WebhookSubscriber.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace mlc {

class BcApiClient;
class Clock;
class Database;
class SyncLoop;
class WebhookListener;

// Webhooks for a running engine (`run`, the desktop app): the listener on the profile's `listen` address,
// the subscriptions for the mapped entities, and the hand-off of stored notifications to the SyncLoop. While
// an entity's subscription is live its mappings are polled as a safety sweep only; when the listener
// cannot start or a subscription fails they go back to their cadence and the status says why. With webhooks
// switched off it only deletes the subscriptions an earlier run left. Lives on the engine thread.
class WebhookService : public QObject
{
    Q_OBJECT

public:
    WebhookService(Database& database, BcApiClient& bc, Clock& clock, WebhookSettings settings,
                   QList<Mapping> mappings, SyncLoop& loop, QObject* parent = nullptr);
    ~WebhookService() override;

    void setRenewBefore(std::chrono::hours before) { m_subscriberSettings.renewBefore = before; }

    // Starts listening and subscribing. False with *error when the listener cannot start (a port in use, a
    // bad certificate): then every mapping is polled on its cadence and the statuses carry the reason.
    bool start(QString* error);
    // Stops renewing and listening; subscriptions stay in BC and the next start takes them up again.
    void stop();

    QList<SubscriptionStatus> statuses() const;
    // The port the listener bound; 0 when it is not listening.
    quint16 port() const { return m_port; }
    WebhookSubscriber* subscriber() const { return m_subscriber.get(); }

Q_SIGNALS:
    void statusChanged();
    // Notifications were turned into work for these many mappings (or failed to be: `error`).
    void notificationsHandled(int mappings, const QString& error);

private:
    QList<BcEntity> pushableEntities() const;
    void handleNotifications();
    void onSubscriptionStatus(const SubscriptionStatus& status);
    void pollEverything(const QString& reason);

    Database& m_database;
    BcApiClient& m_bc;
    Clock& m_clock;
    WebhookSettings m_settings;
    QList<Mapping> m_mappings;
    SyncLoop& m_loop;
    WebhookSubscriber::Settings m_subscriberSettings;
    std::unique_ptr<WebhookListener> m_listener;
    std::unique_ptr<WebhookSubscriber> m_subscriber;
    QList<SubscriptionStatus> m_listenerFailure; // the statuses while the listener cannot start
    quint16 m_port = 0;
};

} // namespace mlc
