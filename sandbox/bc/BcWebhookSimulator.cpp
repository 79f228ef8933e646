#include "BcWebhookSimulator.h"

#include "BcApiResponses.h"
#include "BcDataSet.h"
#include "common/Clock.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

Q_LOGGING_CATEGORY(lcBcWebhooks, "mlc.sandbox.bc.webhooks")

namespace mlc::sandbox {

namespace {

using std::chrono::milliseconds;

// BaseApp codeunit 6154, GetDelayTimeForAttempt: 1 min for attempts 0-2, then 10 min, 100 min, ~16.7 h.
milliseconds retryDelay(int attempt)
{
    if (attempt <= 2)
        return milliseconds(60 * 1000);
    if (attempt == 3)
        return milliseconds(600 * 1000);
    if (attempt == 4)
        return milliseconds(6000 * 1000);
    return milliseconds(60000 * 1000);
}
constexpr int kMaxAttempts = 5;

// The v2.0 resources BC documents as webhook-capable, of those the connector maps; purchaseOrders is not
// among them (spec §5.7).
const QStringList& documentedResources()
{
    static const QStringList resources{
        QStringLiteral("accounts"),         QStringLiteral("companyInformation"),
        QStringLiteral("currencies"),       QStringLiteral("customers"),
        QStringLiteral("employees"),        QStringLiteral("items"),
        QStringLiteral("purchaseInvoices"), QStringLiteral("salesCreditMemos"),
        QStringLiteral("salesInvoices"),    QStringLiteral("salesOrders"),
        QStringLiteral("salesQuotes"),      QStringLiteral("vendors")};
    return resources;
}

QString header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value).trimmed();
    }
    return {};
}

// A responder kept past the handler's return, for answers that wait on the handshake. A connection the
// client closed meanwhile is answered by nobody.
class HeldResponder
{
public:
    explicit HeldResponder(QHttpServerResponder&& responder)
        : m_responder(std::make_shared<QHttpServerResponder>(std::move(responder)))
        , m_socket(m_responder->socket())
    {}

    void answer(QHttpServerResponse&& response) const
    {
        if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
            response.write(std::move(*m_responder));
    }

private:
    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
};

// "companies(<id>)/<entitySet>" anywhere in a relative or absolute resource URL.
bool parseResource(const QString& resource, QString* companyId, QString* entitySet)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|/)api/v2\\.0/companies\\(([0-9A-Fa-f-]+)\\)/([A-Za-z]+)/?$"));
    const QRegularExpressionMatch match = pattern.match(QUrl(resource).path());
    if (!match.hasMatch())
        return false;
    *companyId = match.captured(1);
    *entitySet = match.captured(2);
    return true;
}

} // namespace

QString BcWebhookSimulator::Subscription::etag() const
{
    return QStringLiteral("W/\"JzE5OzE%1OzAn\"").arg(version);
}

QJsonObject BcWebhookSimulator::Subscription::toJson() const
{
    const QString modified = modifiedAt.toString(Qt::ISODateWithMs);
    return {{QStringLiteral("@odata.etag"), etag()},
            {QStringLiteral("subscriptionId"), id},
            {QStringLiteral("notificationUrl"), notificationUrl},
            {QStringLiteral("resource"), resource},
            {QStringLiteral("userId"), QStringLiteral("00000000-0000-0000-0000-000000000001")},
            {QStringLiteral("lastModifiedDateTime"), modified},
            {QStringLiteral("clientState"), clientState},
            {QStringLiteral("expirationDateTime"), expiresAt.toString(Qt::ISODate)},
            {QStringLiteral("systemCreatedAt"), modified},
            {QStringLiteral("systemModifiedAt"), modified}};
}

BcWebhookSimulator::BcWebhookSimulator(const BcDataSet& data, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_data(data)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
{
    for (const QString& resource : documentedResources())
        m_supported.insert(resource);
}

void BcWebhookSimulator::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                                const QString& tail, const QString& contextRoot)
{
    purgeExpired();
    static const QRegularExpression keyed(QStringLiteral("^subscriptions\\('?([^'()]*)'?\\)$"));
    const QRegularExpressionMatch match = keyed.match(tail);
    const bool collection = tail == QStringLiteral("subscriptions");
    const QString id = match.captured(1);
    const auto method = request.method();
    using Method = QHttpServerRequest::Method;

    if (collection && method == Method::Post) {
        create(request, std::move(responder), contextRoot);
    } else if (collection && method == Method::Get) {
        QJsonArray value;
        for (const Subscription& subscription : std::as_const(m_subscriptions))
            value.append(subscription.toJson());
        BcApiResponses::json(
            {{QStringLiteral("@odata.context"), contextRoot + QStringLiteral("#subscriptions")},
             {QStringLiteral("value"), value}})
            .write(std::move(responder));
    } else if (match.hasMatch() && !m_subscriptions.contains(id)) {
        BcApiResponses::error(404, QStringLiteral("BadRequest_NotFound"),
                              tr("The subscription '%1' does not exist.").arg(id))
            .write(std::move(responder));
    } else if (match.hasMatch() && method == Method::Get) {
        BcApiResponses::json(m_subscriptions.value(id).toJson()).write(std::move(responder));
    } else if (match.hasMatch() && method == Method::Patch) {
        renew(request, std::move(responder), id);
    } else if (match.hasMatch() && method == Method::Delete) {
        remove(request, std::move(responder), id);
    } else {
        BcApiResponses::error(405, QStringLiteral("BadRequest_MethodNotAllowed"),
                              tr("The subscriptions resource does not support this method."))
            .write(std::move(responder));
    }
}

void BcWebhookSimulator::create(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                                const QString& contextRoot)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    Subscription subscription;
    subscription.notificationUrl = body.value(QStringLiteral("notificationUrl")).toString();
    subscription.resource = body.value(QStringLiteral("resource")).toString();
    subscription.clientState = body.value(QStringLiteral("clientState")).toString();
    const bool parsed =
        parseResource(subscription.resource, &subscription.companyId, &subscription.entitySet);
    if (!parsed || !m_data.company(subscription.companyId) || !m_supported.contains(subscription.entitySet)) {
        BcApiResponses::error(400, QStringLiteral("BadRequest_ResourceNotFound"),
                              tr("The resource '%1' does not exist or does not support subscriptions.")
                                  .arg(subscription.resource))
            .write(std::move(responder));
        return;
    }
    if (!QUrl(subscription.notificationUrl).isValid() || subscription.notificationUrl.isEmpty() ||
        subscription.clientState.size() > 2048) {
        BcApiResponses::error(400, QStringLiteral("BadRequest"),
                              tr("The notificationUrl or clientState is not valid."))
            .write(std::move(responder));
        return;
    }
    if (m_subscriptions.size() >= m_options.maxSubscriptions) {
        BcApiResponses::error(
            400, QStringLiteral("BadRequest_TooManySubscriptions"),
            tr("The maximum number of subscriptions (%1) has been reached.").arg(m_options.maxSubscriptions))
            .write(std::move(responder));
        return;
    }
    const HeldResponder held(std::move(responder));
    validate(subscription.notificationUrl, [this, held, subscription, contextRoot](bool ok,
                                                                                   const QString& why) {
        if (!ok) {
            held.answer(BcApiResponses::error(400, QStringLiteral("BadRequest"),
                                              tr("The subscription could not be validated: %1").arg(why)));
            return;
        }
        Subscription made = subscription;
        made.id = newId();
        made.modifiedAt = m_clock.nowUtc();
        made.expiresAt = made.modifiedAt.addDays(m_options.expiryDays);
        m_subscriptions.insert(made.id, made);
        QJsonObject answer = made.toJson();
        answer.insert(QStringLiteral("@odata.context"),
                      contextRoot + QStringLiteral("#subscriptions/$entity"));
        QHttpServerResponse response = BcApiResponses::json(answer, 201);
        response.addHeader(QByteArrayLiteral("ETag"), made.etag().toLatin1());
        held.answer(std::move(response));
    });
}

void BcWebhookSimulator::renew(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                               const QString& id)
{
    const QString ifMatch = header(request, "If-Match");
    const Subscription current = m_subscriptions.value(id);
    if (ifMatch.isEmpty()) {
        BcApiResponses::error(400, QStringLiteral("BadRequest"),
                              tr("An If-Match header is required to change a subscription."))
            .write(std::move(responder));
        return;
    }
    if (ifMatch != QStringLiteral("*") && ifMatch != current.etag()) {
        BcApiResponses::error(412, QStringLiteral("Request_EntityChanged"),
                              tr("Another user has already changed the record."))
            .write(std::move(responder));
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    Subscription renewed = current;
    if (body.contains(QStringLiteral("notificationUrl")))
        renewed.notificationUrl = body.value(QStringLiteral("notificationUrl")).toString();
    if (body.contains(QStringLiteral("clientState")))
        renewed.clientState = body.value(QStringLiteral("clientState")).toString();
    const HeldResponder held(std::move(responder));
    validate(renewed.notificationUrl, [this, held, renewed](bool ok, const QString& why) {
        if (!ok) {
            held.answer(BcApiResponses::error(400, QStringLiteral("BadRequest"),
                                              tr("The subscription could not be validated: %1").arg(why)));
            return;
        }
        if (!m_subscriptions.contains(renewed.id)) {
            held.answer(BcApiResponses::error(404, QStringLiteral("BadRequest_NotFound"),
                                              tr("The subscription '%1' does not exist.").arg(renewed.id)));
            return;
        }
        Subscription& stored = m_subscriptions[renewed.id];
        stored.notificationUrl = renewed.notificationUrl;
        stored.clientState = renewed.clientState;
        stored.modifiedAt = m_clock.nowUtc();
        stored.expiresAt = stored.modifiedAt.addDays(m_options.expiryDays);
        ++stored.version;
        QHttpServerResponse response = BcApiResponses::json(stored.toJson());
        response.addHeader(QByteArrayLiteral("ETag"), stored.etag().toLatin1());
        held.answer(std::move(response));
    });
}

void BcWebhookSimulator::remove(const QHttpServerRequest& request, QHttpServerResponder&& responder,
                                const QString& id)
{
    const QString ifMatch = header(request, "If-Match");
    if (ifMatch.isEmpty()) {
        BcApiResponses::error(400, QStringLiteral("BadRequest"),
                              tr("An If-Match header is required to delete a subscription."))
            .write(std::move(responder));
        return;
    }
    if (ifMatch != QStringLiteral("*") && ifMatch != m_subscriptions.value(id).etag()) {
        BcApiResponses::error(412, QStringLiteral("Request_EntityChanged"),
                              tr("Another user has already changed the record."))
            .write(std::move(responder));
        return;
    }
    m_subscriptions.remove(id);
    m_pending.remove(id);
    QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent).write(std::move(responder));
}

void BcWebhookSimulator::validate(const QString& notificationUrl,
                                  std::function<void(bool ok, QString reason)> done)
{
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrl url(notificationUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("validationToken"), token);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    request.setTransferTimeout(int(m_options.handshakeTimeout.count()));
    ++m_handshakesSent;
    QNetworkReply* reply = m_network->post(request, QByteArray());
    connect(reply, &QNetworkReply::finished, this, [reply, token, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString answer = QString::fromUtf8(reply->readAll()).trimmed();
        if (status == 0)
            done(false, tr("no answer from the notification URL within the time allowed"));
        else if (status != 200)
            done(false, tr("the notification URL answered %1").arg(status));
        else if (answer != token && answer != QLatin1Char('"') + token + QLatin1Char('"'))
            done(false, tr("the notification URL did not return the validation token"));
        else
            done(true, QString());
    });
}

QJsonObject BcWebhookSimulator::supportedResources() const
{
    QJsonArray value;
    for (const QString& resource : documentedResources()) {
        if (m_supported.contains(resource))
            value.append(QJsonObject{{QStringLiteral("resource"), QStringLiteral("v2.0/") + resource}});
    }
    return {{QStringLiteral("value"), value}};
}

void BcWebhookSimulator::setSupported(BcEntity entity, bool supported)
{
    const QString name = BcEntities::toString(entity);
    supported ? void(m_supported.insert(name)) : void(m_supported.remove(name));
}

QList<BcWebhookSimulator::Subscription> BcWebhookSimulator::subscriptions()
{
    purgeExpired();
    return m_subscriptions.values();
}

bool BcWebhookSimulator::dropSubscription(const QString& id)
{
    if (!m_subscriptions.contains(id))
        return false;
    deleteSubscriptions({id}, tr("dropped through the control API"));
    return true;
}

void BcWebhookSimulator::purgeExpired()
{
    const QDateTime now = m_clock.nowUtc();
    QStringList expired;
    for (const Subscription& subscription : std::as_const(m_subscriptions)) {
        if (subscription.expiresAt <= now)
            expired.append(subscription.id);
    }
    if (!expired.isEmpty())
        deleteSubscriptions(expired, tr("expired"));
}

void BcWebhookSimulator::recordChanged(const QString& companyId, BcEntity entity, const QString& id,
                                       const QString& changeType)
{
    purgeExpired();
    const QString entitySet = BcEntities::toString(entity);
    for (const Subscription& subscription : std::as_const(m_subscriptions)) {
        if (subscription.companyId.compare(companyId, Qt::CaseInsensitive) != 0 ||
            subscription.entitySet != entitySet)
            continue;
        Pending& pending = m_pending[subscription.id];
        if (pending.order.isEmpty())
            pending.firstChangeAt = m_clock.nowUtc();
        // Several changes to one record in a window collapse into one notification (spec §5.4): a record
        // created in the window stays "created" until it is deleted.
        const QString earlier = pending.changeType.value(id);
        if (earlier.isEmpty())
            pending.order.append(id);
        const bool staysCreated =
            earlier == QStringLiteral("created") && changeType == QStringLiteral("updated");
        pending.changeType.insert(id, staysCreated ? earlier : changeType);
        if (!m_flushScheduled.contains(subscription.notificationUrl)) {
            m_flushScheduled.insert(subscription.notificationUrl);
            const QString url = subscription.notificationUrl;
            m_clock.callAfter(m_options.batchingDelay, this, [this, url] { flush(url); });
        }
    }
}

void BcWebhookSimulator::flush(const QString& notificationUrl)
{
    m_flushScheduled.remove(notificationUrl);
    purgeExpired();
    Delivery delivery;
    delivery.url = notificationUrl;
    // One POST carries the notifications of every subscription that shares the URL.
    for (const Subscription& subscription : std::as_const(m_subscriptions)) {
        if (subscription.notificationUrl != notificationUrl || !m_pending.contains(subscription.id))
            continue;
        const Pending pending = m_pending.take(subscription.id);
        if (pending.order.size() > m_options.maxNotificationsPerWindow) {
            delivery.value.append(collectionNotification(subscription, pending));
        } else {
            for (const QString& id : pending.order)
                delivery.value.append(notificationFor(subscription, id, pending.changeType.value(id)));
        }
        delivery.subscriptionIds.append(subscription.id);
    }
    if (!delivery.value.isEmpty())
        send(delivery);
}

QJsonObject BcWebhookSimulator::notificationFor(const Subscription& subscription, const QString& recordId,
                                                const QString& changeType) const
{
    return {{QStringLiteral("subscriptionId"), subscription.id},
            {QStringLiteral("clientState"), subscription.clientState},
            {QStringLiteral("expirationDateTime"), subscription.expiresAt.toString(Qt::ISODate)},
            {QStringLiteral("resource"), subscription.resource + QStringLiteral("(%1)").arg(recordId)},
            {QStringLiteral("changeType"), changeType},
            {QStringLiteral("lastModifiedDateTime"), m_clock.nowUtc().toString(Qt::ISODateWithMs)}};
}

QJsonObject BcWebhookSimulator::collectionNotification(const Subscription& subscription,
                                                       const Pending& pending) const
{
    // 50 ms earlier than the first change, as codeunit 6154 does for SQL's rounding.
    const QString since = pending.firstChangeAt.addMSecs(-50).toString(Qt::ISODateWithMs);
    QJsonObject notification = notificationFor(subscription, QString(), QStringLiteral("collection"));
    notification.insert(QStringLiteral("resource"),
                        subscription.resource + QStringLiteral("?$filter=lastModifiedDateTime%20gt%20") +
                            since);
    return notification;
}

void BcWebhookSimulator::send(Delivery delivery)
{
    QNetworkRequest request{QUrl(delivery.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray correlation = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    request.setRawHeader(QByteArrayLiteral("clientRequestId"), correlation);
    request.setRawHeader(QByteArrayLiteral("x-ms-correlation-id"), correlation);
    request.setTransferTimeout(30 * 1000);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("value"), delivery.value}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        qCDebug(lcBcWebhooks) << "Delivery to" << delivery.url << "answered" << status;
        Q_EMIT deliveryAnswered(delivery.url, int(delivery.value.size()), status);
        if (status >= 200 && status < 300)
            return;
        if (status == 0 || status == 408 || status == 429 || status >= 500)
            retryOrDelete(delivery, tr("answered %1").arg(status));
        else
            deleteSubscriptions(delivery.subscriptionIds, tr("a notification was answered %1").arg(status));
    });
}

void BcWebhookSimulator::retryOrDelete(Delivery delivery, const QString& reason)
{
    if (delivery.attempt >= kMaxAttempts) {
        deleteSubscriptions(delivery.subscriptionIds,
                            tr("%1 failed deliveries, the last %2").arg(delivery.attempt + 1).arg(reason));
        return;
    }
    const milliseconds delay = retryDelay(delivery.attempt);
    ++delivery.attempt;
    m_clock.callAfter(delay, this, [this, delivery] {
        Delivery again = delivery;
        // Subscriptions deleted meanwhile get nothing more.
        QJsonArray value;
        for (const auto& notification : std::as_const(again.value)) {
            if (m_subscriptions.contains(
                    notification.toObject().value(QStringLiteral("subscriptionId")).toString()))
                value.append(notification);
        }
        again.value = value;
        if (!again.value.isEmpty())
            send(again);
    });
}

void BcWebhookSimulator::deleteSubscriptions(const QStringList& ids, const QString& reason)
{
    for (const QString& id : ids) {
        if (m_subscriptions.remove(id) == 0)
            continue;
        m_pending.remove(id);
        qCInfo(lcBcWebhooks).noquote() << "Subscription" << id << "deleted:" << reason;
        Q_EMIT subscriptionDeleted(id, reason);
    }
}

QString BcWebhookSimulator::newId() const
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace mlc::sandbox
