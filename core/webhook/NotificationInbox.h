#pragma once

#include "webhook/WebhookNotification.h"

#include <QCoreApplication>

namespace mlc {

class Database;

// The webhook_inbox table: notifications BC delivered, stored before the listener acknowledges them, until
// the engine has handled them. Uses the Database's connection, so it lives on the Database's thread.
class NotificationInbox
{
    Q_DECLARE_TR_FUNCTIONS(NotificationInbox)

public:
    struct Stored
    {
        qint64 id = 0;
        WebhookNotification notification;
    };

    explicit NotificationInbox(Database& database);

    // All of them in one transaction, or none.
    bool store(const QList<WebhookNotification>& notifications, QString* error);
    std::optional<QList<Stored>> unhandled(int limit, QString* error) const;
    bool markHandled(qint64 id, QString* error);

private:
    Database& m_database;
};

} // namespace mlc
