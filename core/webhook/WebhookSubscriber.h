#pragma once

#include "bc/BcEntity.h"
#include "bc/BcError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>

namespace mlc {

class BcApiClient;
class Clock;
class Database;
struct WebhookSubscription;

// How one mapped entity learns of changes, for the status: live (BC pushes), on its way, failing (polling
// on the cadence until it recovers) or polled for good (BC cannot push this entity).
struct SubscriptionStatus
{
    enum class State
    {
        Subscribing,
        Live,
        Failing,
        Polled
    };

    BcEntity entity = BcEntity::Vendors;
    State state = State::Subscribing;
    QString subscriptionId;
    QDateTime expiresAt;
    QString reason; // why it is failing or polled; empty otherwise

    // "subscribing", "live", "failing", "polled": the words of `status --json`.
    QString stateName() const;
};

// Keeps one Business Central subscription per pushed entity alive (business-central.md §5.1, §5.6): made
// with a fresh clientState, renewed with PATCH + If-Match well before its 3-day expiry, made again when BC
// answers 404 (expired or deleted), and deleted when its entity is no longer mapped or webhooks are switched
// off. Subscriptions are remembered in the store, and those BC lists for our URL that the store does not
// know (left by a crash between BC's answer and the store) are deleted, so restarts never pile them up.
// Purchase orders, and whatever webhookSupportedResources leaves out, are polled. Runs on the engine thread.
class WebhookSubscriber : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl publicUrl; // what BC calls: the notificationUrl
        // A renewal is due this long before expiry: with 3-day subscriptions, once a day, so a failed
        // renewal has two days of retries before anything is missed.
        std::chrono::hours renewBefore{48};
        std::chrono::minutes retryAfterFailure{5};
    };

    WebhookSubscriber(Database& database, BcApiClient& bc, Clock& clock, Settings settings,
                      QObject* parent = nullptr);
    ~WebhookSubscriber() override;

    // Subscribes to `entities` (one subscription each) and removes every other subscription of ours.
    // With no entities it only removes: what switching webhooks off does.
    void start(const QList<BcEntity>& entities);
    // Stops renewing; subscriptions stay in BC and expire unless the next start renews them.
    void stop();

    QList<SubscriptionStatus> statuses() const;
    bool isLive(BcEntity entity) const;

Q_SIGNALS:
    void statusChanged(const mlc::SubscriptionStatus& status);
    // start() has done what it set out to do: every entity is live, failing or polled, and the
    // subscriptions no longer wanted are gone.
    void settled();

private:
    void readSupportedResources();
    void readExisting();
    void reconcile(const QHash<QString, QString>& etagInBc, const QSet<QString>& atOurUrl);
    void subscribe(BcEntity entity);
    void renew(const WebhookSubscription& subscription, const QByteArray& ifMatch);
    void unsubscribe(const QString& subscriptionId, const QString& etag);
    void scheduleRenewal(const WebhookSubscription& subscription);
    void setStatus(const SubscriptionStatus& status);
    void fail(BcEntity entity, const QString& reason);
    void retryLater(BcEntity entity);
    void startWork();
    void finishWork();
    QString resourceFor(BcEntity entity) const;
    QDateTime renewalDue(const WebhookSubscription& subscription) const;
    bool storeOk(bool ok, const QString& error, BcEntity entity);

    Database& m_database;
    BcApiClient& m_bc;
    Clock& m_clock;
    Settings m_settings;
    QList<BcEntity> m_entities;
    QSet<QString> m_supported; // entity set names BC can push; empty: not known
    QMap<BcEntity, SubscriptionStatus> m_status;
    QMap<BcEntity, quint64> m_renewalGeneration;
    int m_work = 0; // requests of start() still under way
    bool m_stopped = false;
};

} // namespace mlc
