#include "NotificationHandler.h"

#include "store/Transaction.h"
#include "sync/PollState.h"
#include "sync/RecordRemoval.h"
#include "webhook/NotificationInbox.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QRegularExpression>
#include <QUrl>

namespace mlc {

namespace {

constexpr int kBatch = 500;

} // namespace

NotificationHandler::NotificationHandler(Database& database, QList<Mapping> mappings)
    : m_database(database)
    , m_mappings(std::move(mappings))
{}

QString NotificationHandler::recordIdOf(const QString& resource)
{
    const QString path = resource.section(QLatin1Char('?'), 0, 0);
    static const QRegularExpression keyed(QStringLiteral("\\(([^()]*)\\)$"));
    const QRegularExpressionMatch match = keyed.match(path);
    if (!match.hasMatch())
        return {};
    QString key = QUrl::fromPercentEncoding(match.captured(1).toUtf8());
    if (key.size() >= 2 && key.startsWith(QLatin1Char('\'')) && key.endsWith(QLatin1Char('\'')))
        key = key.mid(1, key.size() - 2);
    return key;
}

std::optional<QList<Mapping>> NotificationHandler::handlePending(QString* error)
{
    NotificationInbox inbox(m_database);
    const WebhookSubscriptionStore subscriptions(m_database);
    QList<Mapping> due;
    for (;;) {
        const std::optional<QList<NotificationInbox::Stored>> batch = inbox.unhandled(kBatch, error);
        if (!batch)
            return std::nullopt;
        if (batch->isEmpty())
            return due;
        Transaction transaction(m_database);
        if (!transaction.begin(error))
            return std::nullopt;
        for (const NotificationInbox::Stored& stored : *batch) {
            const WebhookNotification& notification = stored.notification;
            QString readError;
            const std::optional<WebhookSubscription> subscription =
                subscriptions.find(notification.subscriptionId, &readError);
            if (!readError.isEmpty()) {
                *error = readError;
                return std::nullopt;
            }
            const QString recordId = recordIdOf(notification.resource);
            for (const Mapping& mapping : std::as_const(m_mappings)) {
                if (!subscription || BcEntities::toString(mapping.entity) != subscription->entity)
                    continue;
                const QString entity = BcEntities::toString(mapping.entity);
                bool ok = true;
                if (notification.changeType == QLatin1String("deleted")) {
                    ok = recordId.isEmpty() ||
                         RecordRemoval(m_database, mapping).remove(recordId, error).has_value();
                } else if (notification.changeType != QLatin1String("collection") && !recordId.isEmpty()) {
                    ok = PollState::update(
                        m_database, entity, mapping.boardId,
                        [&recordId](PollState& state) { state.deferred.insert(recordId); }, error);
                }
                if (!ok)
                    return std::nullopt;
                if (!due.contains(mapping))
                    due.append(mapping);
            }
            if (!inbox.markHandled(stored.id, error))
                return std::nullopt;
        }
        if (!transaction.commit(error))
            return std::nullopt;
    }
}

} // namespace mlc
