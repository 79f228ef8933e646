#include "NotificationInbox.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreStatement.h"
#include "store/Transaction.h"

namespace mlc {

NotificationInbox::NotificationInbox(Database& database)
    : m_database(database)
{}

bool NotificationInbox::store(const QList<WebhookNotification>& notifications, QString* error)
{
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    const QDateTime now = m_database.clock().nowUtc();
    for (const WebhookNotification& notification : notifications) {
        StoreStatement insert(
            m_database, QStringLiteral("INSERT INTO webhook_inbox (subscription_id, change_type, resource,"
                                       " last_modified, received_at) VALUES (?, ?, ?, ?, ?)"));
        insert.bind(notification.subscriptionId)
            .bind(notification.changeType)
            .bind(notification.resource)
            .bindTime(notification.lastModified)
            .bindTime(now);
        if (!insert.exec(tr("Cannot store a change notification in the state database"), error))
            return false;
    }
    return transaction.commit(error);
}

std::optional<QList<NotificationInbox::Stored>> NotificationInbox::unhandled(int limit, QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT * FROM webhook_inbox WHERE handled_at IS NULL"
                                                     " ORDER BY id LIMIT ?"));
    select.bind(std::max(limit, 1));
    if (!select.exec(tr("Cannot read the change notifications from the state database"), error))
        return std::nullopt;
    QList<Stored> stored;
    while (select.next()) {
        Stored row;
        row.id = select.number(QStringLiteral("id"));
        row.notification.subscriptionId = select.text(QStringLiteral("subscription_id"));
        row.notification.changeType = select.text(QStringLiteral("change_type"));
        row.notification.resource = select.text(QStringLiteral("resource"));
        row.notification.lastModified = select.time(QStringLiteral("last_modified"));
        stored.append(row);
    }
    return stored;
}

bool NotificationInbox::markHandled(qint64 id, QString* error)
{
    StoreStatement update(m_database, QStringLiteral("UPDATE webhook_inbox SET handled_at = ? WHERE id = ?"));
    update.bindTime(m_database.clock().nowUtc()).bind(id);
    return update.exec(tr("Cannot mark change notification %1 handled in the state database").arg(id), error);
}

} // namespace mlc
