// The webhook listener over real HTTP: the validation handshake (GET and POST), a notification stored
// before its 202, a forged clientState refused with 403 and nothing stored, and a battery of bad requests
// (garbage, wrong type, huge body, unknown subscription, wrong method, half-sent requests, bytes that are
// not HTTP) each refused while the listener keeps serving; a store that cannot be written answers 503,
// which BC retries; and HTTPS with a certificate and key.

#include "FakeClock.h"
#include "store/Database.h"
#include "webhook/NotificationInbox.h"
#include "webhook/WebhookListener.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

QByteArray notificationBody(const QString& subscriptionId, const QString& clientState,
                            const QString& changeType = QStringLiteral("updated"))
{
    const QJsonObject notification{
        {QStringLiteral("subscriptionId"), subscriptionId},
        {QStringLiteral("clientState"), clientState},
        {QStringLiteral("expirationDateTime"), QStringLiteral("2026-12-01T10:00:00Z")},
        {QStringLiteral("resource"),
         QStringLiteral("api/v2.0/companies(b18aed47-c385-49d2-b954-dbdf8ad71780)/"
                        "vendors(26814998-936a-401c-81c1-0e848a64971d)")},
        {QStringLiteral("changeType"), changeType},
        {QStringLiteral("lastModifiedDateTime"), QStringLiteral("2026-11-28T12:54:20.467Z")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("value"), QJsonArray{notification}}}).toJson();
}

} // namespace

class tst_WebhookListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
        m_listener = std::make_unique<WebhookListener>(*m_database, QStringLiteral("/bc/notify"));
        m_port = m_listener->listen(QHostAddress::LocalHost, 0, &error);
        QVERIFY2(m_port != 0, qPrintable(error));
        m_clientState = WebhookSubscriptionStore::newClientState();
        WebhookSubscription subscription;
        subscription.subscriptionId = QStringLiteral("c670ea73cacb459bb51dc1740da2f1db");
        subscription.entity = QStringLiteral("vendors");
        subscription.resource =
            QStringLiteral("/api/v2.0/companies(b18aed47-c385-49d2-b954-dbdf8ad71780)/vendors");
        subscription.notificationUrl = QStringLiteral("https://connector.example/bc/notify");
        QVERIFY2(WebhookSubscriptionStore(*m_database).save(subscription, m_clientState, &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_listener.reset();
        m_database.reset();
    }

    void theHandshakeAnswersWithTheTokenAsPlainText()
    {
        for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
            const Answer answer =
                send(method, QStringLiteral("/bc/notify?validationToken=abc%2B123"), {}, {});
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.body, QByteArray("abc+123"));
            QVERIFY(answer.contentType.startsWith("text/plain"));
        }
    }

    void aNotificationIsStoredBeforeItsAcceptance()
    {
        QSignalSpy stored(m_listener.get(), &WebhookListener::notificationsStored);
        const Answer answer =
            post(notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), m_clientState));
        QCOMPARE(answer.status, 202);
        QCOMPARE(stored.size(), 1);
        QString error;
        const auto inbox = NotificationInbox(*m_database).unhandled(10, &error);
        QVERIFY2(inbox, qPrintable(error));
        QCOMPARE(inbox->size(), 1);
        QCOMPARE(inbox->first().notification.changeType, QStringLiteral("updated"));
        QVERIFY(inbox->first().notification.resource.endsWith(
            QStringLiteral("vendors(26814998-936a-401c-81c1-0e848a64971d)")));
        QVERIFY(NotificationInbox(*m_database).markHandled(inbox->first().id, &error));
        QCOMPARE(NotificationInbox(*m_database).unhandled(10, &error)->size(), 0);
    }

    void aForgedClientStateIsRefusedAndStoresNothing()
    {
        const Answer answer = post(
            notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), QStringLiteral("guessed")));
        QCOMPARE(answer.status, 403);
        QString error;
        QCOMPARE(NotificationInbox(*m_database).unhandled(10, &error)->size(), 0);
        // The stored secret is a hash: the database never holds the value.
        QSqlQuery raw(m_database->connection());
        QVERIFY(raw.exec(QStringLiteral("SELECT client_state_hash FROM webhook_subscriptions")) &&
                raw.next());
        QVERIFY(raw.value(0).toString() != m_clientState);
        QVERIFY(!raw.value(0).toString().contains(m_clientState));
    }

    void badRequestsAreRefusedAndTheListenerKeepsServing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("POST") << QByteArray("application/json")
                                 << QByteArray("\x01{not json") << 400;
        QTest::newRow("no value array")
            << QByteArray("POST") << QByteArray("application/json") << QByteArray("{\"value\":{}}") << 400;
        QTest::newRow("unknown change type")
            << QByteArray("POST") << QByteArray("application/json")
            << notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), QString(),
                                QStringLiteral("exploded"))
            << 400;
        QTest::newRow("wrong type") << QByteArray("POST") << QByteArray("text/plain") << QByteArray("{}")
                                    << 415;
        QTest::newRow("huge body") << QByteArray("POST") << QByteArray("application/json")
                                   << QByteArray(WebhookListener::kMaxBodyBytes + 1, ' ') << 413;
        QTest::newRow("unknown subscription")
            << QByteArray("POST") << QByteArray("application/json")
            << notificationBody(QStringLiteral("not-ours"), QStringLiteral("x")) << 404;
        QTest::newRow("wrong method")
            << QByteArray("PUT") << QByteArray("application/json") << QByteArray("{}") << 405;
    }

    void badRequestsAreRefusedAndTheListenerKeepsServing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QCOMPARE(send(method, QStringLiteral("/bc/notify"), contentType, body).status, status);
        QString error;
        QCOMPARE(NotificationInbox(*m_database).unhandled(10, &error)->size(), 0);
        QCOMPARE(
            post(notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), m_clientState)).status,
            202);
    }

    void anInboxThatCannotBeWrittenAnswers503()
    {
        QSqlQuery raw(m_database->connection());
        QVERIFY(raw.exec(QStringLiteral("DROP TABLE webhook_inbox")));
        QCOMPARE(
            post(notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), m_clientState)).status,
            503);
    }

    // Connections that send half a request and then nothing (slowloris) hold only their own socket: BC's
    // deliveries and handshakes on other connections are answered at once.
    void slowClientsDoNotHoldUpOthers()
    {
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 20; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket->waitForConnected(5000));
            socket->write(i % 2 == 0 ? QByteArray("POST /bc/notify HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                                  "application/json\r\nContent-Length: 5000\r\n\r\n{\"va")
                                     : QByteArray("POST /bc/notify HTTP/1.1\r\nHost: x\r\nContent-Ty"));
            QVERIFY(socket->waitForBytesWritten(5000));
            slow.push_back(std::move(socket));
        }
        QCOMPARE(send("GET", QStringLiteral("/bc/notify?validationToken=still-here"), {}, {}).body,
                 QByteArray("still-here"));
        QCOMPARE(
            post(notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), m_clientState)).status,
            202);
    }

    // Bytes that are not HTTP at all get the connection closed; the listener serves the next one.
    void garbageOnTheSocketIsDropped()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        QByteArray garbage(4096, Qt::Uninitialized);
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        socket.write(garbage);
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000) || socket.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(
            post(notificationBody(QStringLiteral("c670ea73cacb459bb51dc1740da2f1db"), m_clientState)).status,
            202);
    }

    // With the profile's certificate and key the listener speaks HTTPS; a bad key file is refused clearly.
    void servesHttpsWithACertificateAndKey()
    {
        QTemporaryDir keys;
        const QString certificate = keys.filePath(QStringLiteral("listener.crt"));
        const QString key = keys.filePath(QStringLiteral("listener.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), certificate, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAllStandardError());

        WebhookListener tls(*m_database, QStringLiteral("/bc/notify"));
        QString error;
        QVERIFY(!tls.useTls(certificate, certificate, &error));
        QVERIFY2(error.contains(QStringLiteral("listener.crt")), qPrintable(error));
        QVERIFY2(tls.useTls(certificate, key, &error), qPrintable(error));
        const quint16 port = tls.listen(QHostAddress::LocalHost, 0, &error);
        QVERIFY2(port != 0, qPrintable(error));

        QNetworkRequest request(
            QUrl(QStringLiteral("https://127.0.0.1:%1/bc/notify?validationToken=tls").arg(port)));
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromPath(certificate));
        trust.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(trust);
        QNetworkReply* reply = m_network.get(request);
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>& errors) {
            // Only the name check may differ: the certificate is made for this test and trusted above.
            QList<QSslError> expected;
            for (const QSslError& sslError : errors) {
                if (sslError.error() == QSslError::HostNameMismatch)
                    expected.append(sslError);
            }
            reply->ignoreSslErrors(expected);
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("tls"));
        reply->deleteLater();
    }

private:
    Answer post(const QByteArray& body)
    {
        return send("POST", QStringLiteral("/bc/notify"), "application/json", body);
    }

    Answer send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& contentType,
                const QByteArray& body)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
        reply->deleteLater();
        return answer;
    }

    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WebhookListener> m_listener;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    QString m_clientState;
};

QTEST_GUILESS_MAIN(tst_WebhookListener)
#include "tst_webhook_listener.moc"
