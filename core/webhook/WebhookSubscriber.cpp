#include "WebhookSubscriber.h"

#include "bc/BcApiClient.h"
#include "bc/BcLogging.h"
#include "bc/BcTimestamp.h"
#include "common/Clock.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QJsonArray>

namespace mlc {

namespace {

QString stored(const QString& error)
{
    return WebhookSubscriber::tr("the state database could not be written: %1").arg(error);
}

} // namespace

QString SubscriptionStatus::stateName() const
{
    switch (state) {
    case State::Subscribing:
        return QStringLiteral("subscribing");
    case State::Live:
        return QStringLiteral("live");
    case State::Failing:
        return QStringLiteral("failing");
    case State::Polled:
        return QStringLiteral("polled");
    }
    return {};
}

WebhookSubscriber::WebhookSubscriber(Database& database, BcApiClient& bc, Clock& clock, Settings settings,
                                     QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_clock(clock)
    , m_settings(std::move(settings))
{}

WebhookSubscriber::~WebhookSubscriber() = default;

void WebhookSubscriber::start(const QList<BcEntity>& entities)
{
    m_stopped = false;
    m_entities.clear();
    for (BcEntity entity : entities) {
        if (m_entities.contains(entity))
            continue;
        m_entities.append(entity);
        SubscriptionStatus status;
        status.entity = entity;
        if (entity == BcEntity::PurchaseOrders) {
            status.state = SubscriptionStatus::State::Polled;
            status.reason = tr("Business Central does not send notifications for purchase orders");
        }
        setStatus(status);
    }
    startWork();
    readSupportedResources();
}

void WebhookSubscriber::stop()
{
    m_stopped = true;
    for (quint64& generation : m_renewalGeneration)
        ++generation;
}

QList<SubscriptionStatus> WebhookSubscriber::statuses() const
{
    return m_status.values();
}

bool WebhookSubscriber::isLive(BcEntity entity) const
{
    return m_status.value(entity).state == SubscriptionStatus::State::Live;
}

// Which entities BC can push, where the runtime API answers; where it does not (an older BC, a missing
// permission), every entity but purchase orders is tried, and one BC refuses is polled.
void WebhookSubscriber::readSupportedResources()
{
    BcRequest* request = m_bc.get(m_bc.webhookSupportedResourcesUrl());
    connect(request, &BcRequest::succeeded, this, [this](const QJsonObject& body) {
        m_supported.clear();
        for (const QJsonValue& value : body.value(QStringLiteral("value")).toArray()) {
            const QString resource = value.toObject().value(QStringLiteral("resource")).toString();
            if (resource.startsWith(QStringLiteral("v2.0/")))
                m_supported.insert(resource.mid(5));
        }
        readExisting();
    });
    connect(request, &BcRequest::failed, this, [this](const BcError& error) {
        qCInfo(lcOData).noquote() << "webhookSupportedResources is not available; trying every entity:"
                                  << error.summary();
        m_supported.clear();
        readExisting();
    });
}

void WebhookSubscriber::readExisting()
{
    BcRequest* request = m_bc.get(m_bc.subscriptionsUrl());
    connect(request, &BcRequest::succeeded, this, [this](const QJsonObject& body) {
        QHash<QString, QString> etagInBc;
        QSet<QString> atOurUrl;
        const QString ours = m_settings.publicUrl.toString();
        for (const QJsonValue& value : body.value(QStringLiteral("value")).toArray()) {
            const QJsonObject subscription = value.toObject();
            const QString id = subscription.value(QStringLiteral("subscriptionId")).toString();
            etagInBc.insert(id, subscription.value(QStringLiteral("@odata.etag")).toString());
            if (subscription.value(QStringLiteral("notificationUrl")).toString() == ours)
                atOurUrl.insert(id);
        }
        reconcile(etagInBc, atOurUrl);
    });
    connect(request, &BcRequest::failed, this, [this](const BcError& error) {
        for (BcEntity entity : std::as_const(m_entities)) {
            if (m_status.value(entity).state != SubscriptionStatus::State::Polled) {
                fail(entity, tr("the subscriptions could not be read: %1").arg(error.summary()));
                retryLater(entity);
            }
        }
        finishWork();
    });
}

// Stored and BC's lists side by side: ours still in BC are kept (renewed when due), ours BC forgot are
// made again, ours no longer wanted (another entity, another URL) are deleted, and BC's for our URL that
// the store never heard of are deleted too. Subscriptions of other applications are left alone.
void WebhookSubscriber::reconcile(const QHash<QString, QString>& etagInBc, const QSet<QString>& atOurUrl)
{
    WebhookSubscriptionStore store(m_database);
    QString error;
    const std::optional<QList<WebhookSubscription>> known = store.all(&error);
    if (!known) {
        for (BcEntity entity : std::as_const(m_entities))
            fail(entity, stored(error));
        finishWork();
        return;
    }
    QSet<BcEntity> covered;
    QSet<QString> knownIds;
    for (WebhookSubscription subscription : *known) {
        knownIds.insert(subscription.subscriptionId);
        const std::optional<BcEntity> entity = BcEntities::fromString(subscription.entity);
        const bool inBc = etagInBc.contains(subscription.subscriptionId);
        const bool wanted = entity && m_entities.contains(*entity) && !covered.contains(*entity) &&
                            m_status.value(*entity).state != SubscriptionStatus::State::Polled &&
                            subscription.notificationUrl == m_settings.publicUrl.toString() &&
                            subscription.resource == resourceFor(*entity);
        if (inBc && !wanted) {
            unsubscribe(subscription.subscriptionId, etagInBc.value(subscription.subscriptionId));
            continue;
        }
        if (!inBc || !wanted) {
            store.remove(subscription.subscriptionId, &error);
            continue;
        }
        covered.insert(*entity);
        subscription.etag = etagInBc.value(subscription.subscriptionId);
        if (renewalDue(subscription) <= m_clock.nowUtc()) {
            renew(subscription, subscription.etag.toLatin1());
        } else {
            setStatus({*entity, SubscriptionStatus::State::Live, subscription.subscriptionId,
                       subscription.expiresAt, QString()});
            scheduleRenewal(subscription);
        }
    }
    for (const QString& id : atOurUrl) {
        if (!knownIds.contains(id))
            unsubscribe(id, etagInBc.value(id));
    }
    for (BcEntity entity : std::as_const(m_entities)) {
        if (covered.contains(entity) || m_status.value(entity).state == SubscriptionStatus::State::Polled)
            continue;
        if (!m_supported.isEmpty() && !m_supported.contains(BcEntities::toString(entity))) {
            setStatus({entity, SubscriptionStatus::State::Polled, QString(), QDateTime(),
                       tr("Business Central does not offer notifications for this entity")});
            continue;
        }
        subscribe(entity);
    }
    finishWork();
}

void WebhookSubscriber::subscribe(BcEntity entity)
{
    const QString clientState = WebhookSubscriptionStore::newClientState();
    BcRequest::Write write;
    write.method = BcRequest::Method::Post;
    write.body = {{QStringLiteral("notificationUrl"), m_settings.publicUrl.toString()},
                  {QStringLiteral("resource"), resourceFor(entity)},
                  {QStringLiteral("clientState"), clientState}};
    startWork();
    BcRequest* request = m_bc.send(m_bc.subscriptionsUrl(), write);
    connect(request, &BcRequest::succeeded, this, [this, entity, clientState](const QJsonObject& body) {
        WebhookSubscription subscription;
        subscription.subscriptionId = body.value(QStringLiteral("subscriptionId")).toString();
        subscription.entity = BcEntities::toString(entity);
        subscription.resource = resourceFor(entity);
        subscription.notificationUrl = m_settings.publicUrl.toString();
        subscription.etag = body.value(QStringLiteral("@odata.etag")).toString();
        subscription.expiresAt =
            BcTimestamp::parse(body.value(QStringLiteral("expirationDateTime")).toString())
                .value_or(QDateTime());
        QString error;
        if (storeOk(WebhookSubscriptionStore(m_database).save(subscription, clientState, &error), error,
                    entity)) {
            qCInfo(lcOData).noquote() << "Subscribed to" << subscription.entity << "until"
                                      << subscription.expiresAt.toString(Qt::ISODate);
            setStatus({entity, SubscriptionStatus::State::Live, subscription.subscriptionId,
                       subscription.expiresAt, QString()});
            scheduleRenewal(subscription);
        }
        finishWork();
    });
    connect(request, &BcRequest::failed, this, [this, entity](const BcError& error) {
        fail(entity, tr("Business Central did not accept the subscription: %1").arg(error.summary()));
        retryLater(entity);
        finishWork();
    });
}

// The body leaves clientState out: PATCH changes only what it names, and the store keeps no copy of the
// secret to send, only its hash.
void WebhookSubscriber::renew(const WebhookSubscription& subscription, const QByteArray& ifMatch)
{
    const std::optional<BcEntity> entity = BcEntities::fromString(subscription.entity);
    if (!entity)
        return;
    BcRequest::Write write;
    write.method = BcRequest::Method::Patch;
    write.ifMatch = ifMatch.isEmpty() ? QByteArrayLiteral("*") : ifMatch;
    write.body = {{QStringLiteral("notificationUrl"), subscription.notificationUrl},
                  {QStringLiteral("resource"), subscription.resource}};
    startWork();
    BcRequest* request = m_bc.send(m_bc.subscriptionUrl(subscription.subscriptionId), write);
    connect(request, &BcRequest::succeeded, this, [this, subscription, entity](const QJsonObject& body) {
        WebhookSubscription renewed = subscription;
        renewed.etag = body.value(QStringLiteral("@odata.etag")).toString();
        renewed.expiresAt = BcTimestamp::parse(body.value(QStringLiteral("expirationDateTime")).toString())
                                .value_or(QDateTime());
        renewed.state = QStringLiteral("active");
        renewed.lastError.clear();
        QString error;
        if (storeOk(WebhookSubscriptionStore(m_database).update(renewed, &error), error, *entity)) {
            qCInfo(lcOData).noquote() << "Renewed the subscription to" << renewed.entity << "until"
                                      << renewed.expiresAt.toString(Qt::ISODate);
            setStatus({*entity, SubscriptionStatus::State::Live, renewed.subscriptionId, renewed.expiresAt,
                       QString()});
            scheduleRenewal(renewed);
        }
        finishWork();
    });
    connect(request, &BcRequest::failed, this, [this, subscription, entity, ifMatch](const BcError& error) {
        if (error.httpStatus == 404) {
            // Expired or deleted by BC (after failed deliveries, say): made again, with a new secret.
            qCInfo(lcOData).noquote() << "The subscription to" << subscription.entity
                                      << "is gone from Business Central; subscribing again.";
            QString storeError;
            WebhookSubscriptionStore(m_database).remove(subscription.subscriptionId, &storeError);
            setStatus({*entity, SubscriptionStatus::State::Subscribing, QString(), QDateTime(),
                       tr("the subscription expired or was deleted in Business Central; subscribing again")});
            subscribe(*entity);
        } else if (error.httpStatus == 412 && ifMatch != QByteArrayLiteral("*")) {
            renew(subscription,
                  QByteArrayLiteral("*")); // changed by someone else; ours to renew all the same
        } else {
            WebhookSubscription failing = subscription;
            failing.state = QStringLiteral("failing");
            failing.lastError = error.summary();
            QString storeError;
            WebhookSubscriptionStore(m_database).update(failing, &storeError);
            fail(*entity, tr("the renewal failed: %1").arg(error.summary()));
            retryLater(*entity);
        }
        finishWork();
    });
}

void WebhookSubscriber::unsubscribe(const QString& subscriptionId, const QString& etag)
{
    BcRequest::Write write;
    write.method = BcRequest::Method::Delete;
    write.ifMatch = etag.isEmpty() ? QByteArrayLiteral("*") : etag.toLatin1();
    startWork();
    BcRequest* request = m_bc.send(m_bc.subscriptionUrl(subscriptionId), write);
    const auto forget = [this, subscriptionId] {
        QString error;
        WebhookSubscriptionStore(m_database).remove(subscriptionId, &error);
        finishWork();
    };
    connect(request, &BcRequest::succeeded, this, forget);
    connect(request, &BcRequest::failed, this, [forget, subscriptionId](const BcError& error) {
        // Left in BC it expires within three days, and meanwhile its notifications are refused as not ours.
        qCWarning(lcOData).noquote() << "Could not delete subscription" << subscriptionId << ":"
                                     << error.summary();
        forget();
    });
}

void WebhookSubscriber::scheduleRenewal(const WebhookSubscription& subscription)
{
    const std::optional<BcEntity> entity = BcEntities::fromString(subscription.entity);
    if (!entity || m_stopped)
        return;
    const quint64 generation = ++m_renewalGeneration[*entity];
    QDateTime due = renewalDue(subscription);
    const QDateTime now = m_clock.nowUtc();
    if (due <= now) {
        // Due already, though just made or renewed: BC's clock and ours disagree, or BC grants less than
        // the renewal margin. Renewing at once would loop; the retry interval keeps it alive gently.
        qCWarning(lcOData).noquote() << "The subscription to" << subscription.entity << "expires at"
                                     << subscription.expiresAt.toString(Qt::ISODate)
                                     << "by Business Central's clock; is this computer's clock right?";
        due = now.addSecs(std::chrono::seconds(m_settings.retryAfterFailure).count());
    }
    m_clock.callAt(due, this, [this, subscription, entity = *entity, generation] {
        if (generation != m_renewalGeneration.value(entity) || m_stopped)
            return;
        // The store has the latest etag (a renewal meanwhile would have bumped the generation).
        const std::optional<WebhookSubscription> current =
            WebhookSubscriptionStore(m_database).find(subscription.subscriptionId);
        renew(current.value_or(subscription), current.value_or(subscription).etag.toLatin1());
    });
}

void WebhookSubscriber::retryLater(BcEntity entity)
{
    if (m_stopped)
        return;
    const quint64 generation = ++m_renewalGeneration[entity];
    m_clock.callAfter(m_settings.retryAfterFailure, this, [this, entity, generation] {
        if (generation != m_renewalGeneration.value(entity) || m_stopped)
            return;
        // Whatever the store still has for the entity is renewed (a 404 makes it anew); else subscribe.
        const std::optional<QList<WebhookSubscription>> known = WebhookSubscriptionStore(m_database).all();
        for (const WebhookSubscription& subscription : known.value_or(QList<WebhookSubscription>())) {
            if (subscription.entity == BcEntities::toString(entity)) {
                renew(subscription, subscription.etag.toLatin1());
                return;
            }
        }
        subscribe(entity);
    });
}

void WebhookSubscriber::setStatus(const SubscriptionStatus& status)
{
    const SubscriptionStatus before = m_status.value(status.entity);
    m_status.insert(status.entity, status);
    if (before.state != status.state || before.expiresAt != status.expiresAt ||
        before.reason != status.reason)
        Q_EMIT statusChanged(status);
}

void WebhookSubscriber::fail(BcEntity entity, const QString& reason)
{
    qCWarning(lcOData).noquote() << "Webhooks for" << BcEntities::toString(entity)
                                 << "are failing:" << reason;
    SubscriptionStatus status = m_status.value(entity);
    status.entity = entity;
    status.state = SubscriptionStatus::State::Failing;
    status.reason = reason;
    setStatus(status);
}

bool WebhookSubscriber::storeOk(bool ok, const QString& error, BcEntity entity)
{
    if (!ok) {
        fail(entity, stored(error));
        retryLater(entity);
    }
    return ok;
}

void WebhookSubscriber::startWork()
{
    ++m_work;
}

void WebhookSubscriber::finishWork()
{
    if (--m_work == 0)
        Q_EMIT settled();
}

QDateTime WebhookSubscriber::renewalDue(const WebhookSubscription& subscription) const
{
    return subscription.expiresAt.addSecs(-std::chrono::seconds(m_settings.renewBefore).count());
}

QString WebhookSubscriber::resourceFor(BcEntity entity) const
{
    // Relative to the environment, as BC's own examples write it (spec §5.1).
    return QStringLiteral("/api/v2.0/companies(%1)/%2")
        .arg(m_bc.settings().companyId, BcEntities::toString(entity));
}

} // namespace mlc
