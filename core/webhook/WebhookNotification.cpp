#include "WebhookNotification.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mlc {

bool WebhookNotification::isKnownChangeType(const QString& changeType)
{
    return changeType == QLatin1String("created") || changeType == QLatin1String("updated") ||
           changeType == QLatin1String("deleted") || changeType == QLatin1String("collection");
}

std::optional<QList<WebhookNotification>> WebhookNotification::listFromBody(const QByteArray& body,
                                                                            QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The body is not a JSON object.");
        return std::nullopt;
    }
    const QJsonValue value = document.object().value(QStringLiteral("value"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error = tr("The body has no \"value\" array of notifications.");
        return std::nullopt;
    }
    QList<WebhookNotification> notifications;
    const QJsonArray elements = value.toArray();
    for (const QJsonValue& element : elements) {
        const QJsonObject object = element.toObject();
        WebhookNotification notification;
        notification.subscriptionId = object.value(QStringLiteral("subscriptionId")).toString();
        notification.clientState = object.value(QStringLiteral("clientState")).toString();
        notification.changeType = object.value(QStringLiteral("changeType")).toString();
        notification.resource = object.value(QStringLiteral("resource")).toString();
        notification.lastModified = QDateTime::fromString(
            object.value(QStringLiteral("lastModifiedDateTime")).toString(), Qt::ISODateWithMs);
        if (notification.subscriptionId.isEmpty() || notification.resource.isEmpty() ||
            !isKnownChangeType(notification.changeType)) {
            *error = tr("A notification lacks its subscriptionId or resource, or has an unknown changeType.");
            return std::nullopt;
        }
        notifications.append(notification);
    }
    return notifications;
}

} // namespace mlc
