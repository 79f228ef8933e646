#include "WebhookService.h"

#include "sync/SyncLoop.h"
#include "webhook/NotificationHandler.h"
#include "webhook/WebhookListener.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QHostAddress>
#include <QLoggingCategory>

namespace mlc {

namespace {

Q_LOGGING_CATEGORY(lcWebhookService, "mlc.webhook")

} // namespace

WebhookService::WebhookService(Database& database, BcApiClient& bc, Clock& clock, WebhookSettings settings,
                               QList<Mapping> mappings, SyncLoop& loop, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_mappings(std::move(mappings))
    , m_loop(loop)
{
    m_subscriberSettings.publicUrl = m_settings.publicUrl;
    m_loop.setPushedInterval(std::chrono::seconds(m_settings.safetySweepSeconds));
}

WebhookService::~WebhookService() = default;

bool WebhookService::start(QString* error)
{
    m_subscriber = std::make_unique<WebhookSubscriber>(m_database, m_bc, m_clock, m_subscriberSettings);
    connect(m_subscriber.get(), &WebhookSubscriber::statusChanged, this,
            &WebhookService::onSubscriptionStatus);
    if (!m_settings.enabled) {
        // Switched off: only what an earlier run subscribed to is deleted, and nothing is asked of BC when
        // there is nothing to delete.
        const std::optional<QList<WebhookSubscription>> left = WebhookSubscriptionStore(m_database).all();
        if (left && !left->isEmpty())
            m_subscriber->start({});
        return true;
    }
    m_listener = std::make_unique<WebhookListener>(m_database, m_settings.publicUrl.path());
    connect(m_listener.get(), &WebhookListener::notificationsStored, this,
            &WebhookService::handleNotifications);
    const bool tls = !m_settings.tlsCertificate.isEmpty() || !m_settings.tlsKey.isEmpty();
    QString listenError;
    if (tls && !m_listener->useTls(m_settings.tlsCertificate, m_settings.tlsKey, &listenError)) {
        pollEverything(listenError);
        *error = listenError;
        return false;
    }
    m_port = m_listener->listen(QHostAddress(m_settings.listenHost), m_settings.listenPort, &listenError);
    if (m_port == 0) {
        m_listener.reset();
        pollEverything(listenError);
        *error = listenError;
        return false;
    }
    qCInfo(lcWebhookService).noquote()
        << "Listening for Business Central's notifications on" << m_settings.listenHost << "port" << m_port;
    // Notifications acknowledged before a stop or a crash are still in the inbox.
    handleNotifications();
    m_subscriber->start(pushableEntities());
    return true;
}

void WebhookService::stop()
{
    if (m_subscriber)
        m_subscriber->stop();
    m_listener.reset();
    m_port = 0;
}

QList<SubscriptionStatus> WebhookService::statuses() const
{
    if (!m_listenerFailure.isEmpty())
        return m_listenerFailure;
    return m_subscriber && m_settings.enabled ? m_subscriber->statuses() : QList<SubscriptionStatus>();
}

QList<BcEntity> WebhookService::pushableEntities() const
{
    QList<BcEntity> entities;
    for (const Mapping& mapping : m_mappings) {
        if (!entities.contains(mapping.entity))
            entities.append(mapping.entity);
    }
    return entities;
}

void WebhookService::handleNotifications()
{
    QString error;
    const std::optional<QList<Mapping>> due =
        NotificationHandler(m_database, m_mappings).handlePending(&error);
    if (!due) {
        // They stay in the inbox and are handled with the next delivery or start; the safety sweep and the
        // cadence cover the meantime.
        qCWarning(lcWebhookService).noquote() << "Stored notifications could not be handled yet:" << error;
        Q_EMIT notificationsHandled(0, error);
        return;
    }
    if (!due->isEmpty())
        m_loop.makeDue(*due);
    Q_EMIT notificationsHandled(int(due->size()), QString());
}

void WebhookService::onSubscriptionStatus(const SubscriptionStatus& status)
{
    m_loop.setPushed(status.entity, status.state == SubscriptionStatus::State::Live && m_listener);
    Q_EMIT statusChanged();
}

void WebhookService::pollEverything(const QString& reason)
{
    qCWarning(lcWebhookService).noquote()
        << "Webhooks are off for this run; polling on the cadence:" << reason;
    m_listenerFailure.clear();
    for (BcEntity entity : pushableEntities()) {
        SubscriptionStatus status;
        status.entity = entity;
        status.state = SubscriptionStatus::State::Failing;
        status.reason = reason;
        m_listenerFailure.append(status);
    }
    Q_EMIT statusChanged();
}

} // namespace mlc
