#include "WebhookListener.h"

#include "webhook/NotificationInbox.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace mlc {

namespace {

Q_LOGGING_CATEGORY(lcWebhook, "mlc.webhook")

QHttpServerResponse plain(const QByteArray& text, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), text, status);
}

} // namespace

WebhookListener::WebhookListener(Database& database, QString path, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_path(path.isEmpty() ? QStringLiteral("/") : std::move(path))
{
    m_server.route(m_path, [this](const QHttpServerRequest& request) { return handle(request); });
}

WebhookListener::~WebhookListener() = default;

bool WebhookListener::useTls(const QString& certificateFile, const QString& keyFile, QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("TLS is not available on this system (no OpenSSL found), so the listener cannot serve "
                    "HTTPS; install OpenSSL or let a reverse proxy terminate TLS.");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("The TLS certificate %1 cannot be read as PEM.").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The TLS key %1 cannot be read: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = tr("The TLS key %1 is not an unencrypted RSA or EC key in PEM.").arg(keyFile);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain); // intermediates too, so BC can build the path
    configuration.setPrivateKey(key);
    m_server.sslSetup(configuration);
    return true;
}

quint16 WebhookListener::listen(const QHostAddress& address, quint16 port, QString* error)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        *error = tr("Cannot listen for Business Central's notifications on %1:%2; is the port in use?")
                     .arg(address.toString())
                     .arg(port);
    return bound;
}

QHttpServerResponse WebhookListener::handle(const QHttpServerRequest& request)
{
    // The handshake first and at once: BC gives it 5 seconds, on creation and on every renewal.
    const QString token =
        request.query().queryItemValue(QStringLiteral("validationToken"), QUrl::FullyDecoded);
    if (!token.isEmpty() && (request.method() == QHttpServerRequest::Method::Get ||
                             request.method() == QHttpServerRequest::Method::Post))
        return plain(token.toUtf8(), QHttpServerResponse::StatusCode::Ok);
    if (request.method() != QHttpServerRequest::Method::Post)
        return plain("Only POST is accepted here.\n", QHttpServerResponse::StatusCode::MethodNotAllowed);
    if (request.body().size() > kMaxBodyBytes)
        return plain("The body is too large.\n", QHttpServerResponse::StatusCode::PayloadTooLarge);
    if (!request.value(QByteArrayLiteral("Content-Type")).toLower().startsWith("application/json"))
        return plain("Send application/json.\n", QHttpServerResponse::StatusCode::UnsupportedMediaType);
    return notifications(request);
}

QHttpServerResponse WebhookListener::notifications(const QHttpServerRequest& request)
{
    QString error;
    const std::optional<QList<WebhookNotification>> delivered =
        WebhookNotification::listFromBody(request.body(), &error);
    if (!delivered) {
        qCWarning(lcWebhook) << "refused a notification body:" << error;
        return plain(error.toUtf8() + '\n', QHttpServerResponse::StatusCode::BadRequest);
    }
    const WebhookSubscriptionStore subscriptions(m_database);
    QList<WebhookNotification> ours;
    for (const WebhookNotification& notification : *delivered) {
        QString readError;
        const std::optional<WebhookSubscription> known =
            subscriptions.find(notification.subscriptionId, &readError);
        if (!readError.isEmpty()) {
            qCWarning(lcWebhook) << readError;
            return plain("Not now.\n", QHttpServerResponse::StatusCode::ServiceUnavailable);
        }
        if (!known)
            continue;
        if (!subscriptions.clientStateMatches(notification.subscriptionId, notification.clientState)) {
            // Never from BC: it echoes the clientState we gave it. Nothing of this request is kept.
            qCWarning(lcWebhook) << "refused a notification with a wrong clientState for subscription"
                                 << notification.subscriptionId;
            return plain("Forbidden.\n", QHttpServerResponse::StatusCode::Forbidden);
        }
        ours.append(notification);
    }
    if (ours.isEmpty())
        return plain("No subscription of ours.\n", QHttpServerResponse::StatusCode::NotFound);
    if (!NotificationInbox(m_database).store(ours, &error)) {
        qCWarning(lcWebhook) << error;
        return plain("Not now.\n", QHttpServerResponse::StatusCode::ServiceUnavailable);
    }
    Q_EMIT notificationsStored(int(ours.size()));
    return QHttpServerResponse(QHttpServerResponse::StatusCode::Accepted);
}

} // namespace mlc
