#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace mlc {

class Database;

// The HTTP end of Business Central's change notifications (issue 6, business-central.md §5.2-§5.5). On the
// configured path it
//  - answers the validation handshake (`validationToken`, GET or POST) with 200 and the token as plain
//    text, at once;
//  - takes a notification POST only as JSON, up to kMaxBodyBytes, in BC's shape; checks every
//    notification's clientState against its subscription's stored hash; stores the notifications in the
//    inbox in one transaction and only then answers 202, so nothing acknowledged can be lost.
// Answers: 400 for a body that is not BC's shape, 403 for a wrong clientState (nothing is stored), 404
// when no notification names a subscription of ours (BC then deletes that subscription, which is what a
// subscription we forgot should get), 413 and 415 for size and type, and 503 when the inbox cannot be
// written: BC retries 5xx, so a problem of ours never costs a subscription.
class WebhookListener : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    WebhookListener(Database& database, QString path, QObject* parent = nullptr);
    ~WebhookListener() override;

    // Serves HTTPS with the PEM certificate (chain) and key from these files; call before listen().
    bool useTls(const QString& certificateFile, const QString& keyFile, QString* error);
    // The port actually bound (0 asks the system for one); 0 and *error on failure.
    quint16 listen(const QHostAddress& address, quint16 port, QString* error);

Q_SIGNALS:
    // New notifications are in the inbox.
    void notificationsStored(int count);

private:
    QHttpServerResponse handle(const QHttpServerRequest& request);
    QHttpServerResponse notifications(const QHttpServerRequest& request);

    Database& m_database;
    QString m_path;
    QHttpServer m_server;
};

} // namespace mlc
