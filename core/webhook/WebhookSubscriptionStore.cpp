#include "WebhookSubscriptionStore.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreStatement.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mlc {

namespace {

// Stored as "sha256:<hex>", the form the table has held since migration 1.
QByteArray hashOf(const QString& clientState)
{
    return "sha256:" + QCryptographicHash::hash(clientState.toUtf8(), QCryptographicHash::Sha256).toHex();
}

bool sameInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

WebhookSubscriptionStore::WebhookSubscriptionStore(Database& database)
    : m_database(database)
{}

QString WebhookSubscriptionStore::newClientState()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool WebhookSubscriptionStore::save(const WebhookSubscription& subscription, const QString& clientState,
                                    QString* error)
{
    const QDateTime now = m_database.clock().nowUtc();
    StoreStatement upsert(
        m_database,
        QStringLiteral(
            "INSERT INTO webhook_subscriptions (subscription_id, entity, resource, notification_url,"
            " client_state_hash, etag, expires_at, state, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (subscription_id) DO UPDATE SET"
            " entity = excluded.entity, resource = excluded.resource,"
            " notification_url = excluded.notification_url,"
            " client_state_hash = excluded.client_state_hash, etag = excluded.etag,"
            " expires_at = excluded.expires_at, state = excluded.state,"
            " updated_at = excluded.updated_at"));
    upsert.bind(subscription.subscriptionId)
        .bind(subscription.entity)
        .bind(subscription.resource)
        .bind(subscription.notificationUrl)
        .bind(QString::fromLatin1(hashOf(clientState)))
        .bindText(subscription.etag)
        .bindTime(subscription.expiresAt)
        .bind(subscription.state)
        .bindTime(now)
        .bindTime(now);
    return upsert.exec(
        tr("Cannot save webhook subscription %1 in the state database").arg(subscription.subscriptionId),
        error);
}

std::optional<WebhookSubscription> WebhookSubscriptionStore::find(const QString& subscriptionId,
                                                                  QString* error) const
{
    StoreStatement select(m_database,
                          QStringLiteral("SELECT * FROM webhook_subscriptions WHERE subscription_id = ?"));
    select.bind(subscriptionId);
    if (!select.exec(tr("Cannot read webhook subscription %1 from the state database").arg(subscriptionId),
                     error) ||
        !select.next())
        return std::nullopt;
    return subscriptionFrom(select);
}

std::optional<QList<WebhookSubscription>> WebhookSubscriptionStore::all(QString* error) const
{
    StoreStatement select(
        m_database,
        QStringLiteral("SELECT * FROM webhook_subscriptions ORDER BY created_at, subscription_id"));
    if (!select.exec(tr("Cannot read the webhook subscriptions from the state database"), error))
        return std::nullopt;
    QList<WebhookSubscription> subscriptions;
    while (select.next())
        subscriptions.append(subscriptionFrom(select));
    return subscriptions;
}

bool WebhookSubscriptionStore::update(const WebhookSubscription& subscription, QString* error)
{
    StoreStatement update(m_database,
                          QStringLiteral("UPDATE webhook_subscriptions SET etag = ?, expires_at = ?,"
                                         " state = ?, last_error = ?, updated_at = ?"
                                         " WHERE subscription_id = ?"));
    update.bindText(subscription.etag)
        .bindTime(subscription.expiresAt)
        .bind(subscription.state)
        .bindText(subscription.lastError)
        .bindTime(m_database.clock().nowUtc())
        .bind(subscription.subscriptionId);
    return update.exec(
        tr("Cannot save webhook subscription %1 in the state database").arg(subscription.subscriptionId),
        error);
}

bool WebhookSubscriptionStore::remove(const QString& subscriptionId, QString* error)
{
    StoreStatement remove(m_database,
                          QStringLiteral("DELETE FROM webhook_subscriptions WHERE subscription_id = ?"));
    remove.bind(subscriptionId);
    return remove.exec(
        tr("Cannot remove webhook subscription %1 from the state database").arg(subscriptionId), error);
}

WebhookSubscription WebhookSubscriptionStore::subscriptionFrom(const StoreStatement& select)
{
    WebhookSubscription subscription;
    subscription.subscriptionId = select.text(QStringLiteral("subscription_id"));
    subscription.entity = select.text(QStringLiteral("entity"));
    subscription.resource = select.text(QStringLiteral("resource"));
    subscription.notificationUrl = select.text(QStringLiteral("notification_url"));
    subscription.etag = select.text(QStringLiteral("etag"));
    subscription.expiresAt = select.time(QStringLiteral("expires_at"));
    subscription.state = select.text(QStringLiteral("state"));
    subscription.lastError = select.text(QStringLiteral("last_error"));
    return subscription;
}

bool WebhookSubscriptionStore::clientStateMatches(const QString& subscriptionId, const QString& clientState,
                                                  QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT client_state_hash FROM webhook_subscriptions"
                                                     " WHERE subscription_id = ?"));
    select.bind(subscriptionId);
    if (!select.exec(tr("Cannot read webhook subscription %1 from the state database").arg(subscriptionId),
                     error) ||
        !select.next())
        return false;
    return sameInConstantTime(select.text(QStringLiteral("client_state_hash")).toLatin1(),
                              hashOf(clientState));
}

} // namespace mlc
