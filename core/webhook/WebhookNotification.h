#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mlc {

// One element of the `value` array BC posts to the notification URL (business-central.md §5.3).
struct WebhookNotification
{
    Q_DECLARE_TR_FUNCTIONS(WebhookNotification)

public:
    QString subscriptionId;
    QString clientState;
    QString changeType; // created, updated, deleted, collection
    QString resource;   // relative or absolute; for `collection` with its $filter
    QDateTime lastModified;

    static bool isKnownChangeType(const QString& changeType);
    // The notifications of a delivery body; no value (and why in *error) when it is not BC's shape.
    static std::optional<QList<WebhookNotification>> listFromBody(const QByteArray& body, QString* error);
};

} // namespace mlc
