// BC's webhook side as the simulator plays it, through the connector's own BC client over loopback HTTP and a
// subscriber endpoint this test controls: the subscriptions API (201, If-Match on PATCH and DELETE, 412 for a
// stale etag, 204, 404 once gone, the 200-subscription limit), the handshake on create and renewal (a wrong
// answer or none within the timeout creates nothing), expiry after 3 days, deliveries coalesced per record,
// BC's retry schedule on 5xx and 429, and deletion on any other answer or after the fifth retry.

#include "BcLoopback.h"
#include "bc/BcRequest.h"

#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <deque>

using namespace mlc;
using namespace std::chrono_literals;
using mlc::sandbox::BcWebhookSimulator;

namespace {

// The connector's end, reduced to what the test needs to steer: how handshakes and deliveries are answered,
// and what arrived.
class Subscriber
{
public:
    enum class Handshake
    {
        Echo,
        WrongToken,
        Refuse,
        Silent
    };

    Subscriber()
    {
        m_server.route(QStringLiteral("/hook"),
                       [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                           answer(request, std::move(responder));
                       });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_port); }

    Handshake handshake = Handshake::Echo;
    std::deque<int> deliveryStatuses; // answered in order; 202 when empty
    int handshakes = 0;
    QList<QJsonArray> deliveries;

private:
    void answer(const QHttpServerRequest& request, QHttpServerResponder&& responder)
    {
        const QString token = QUrlQuery(request.url()).queryItemValue(QStringLiteral("validationToken"));
        if (!token.isEmpty()) {
            ++handshakes;
            if (handshake == Handshake::Silent) {
                m_held.push_back(std::move(responder)); // never answered
                return;
            }
            const QByteArray body = handshake == Handshake::WrongToken ? "something else" : token.toUtf8();
            responder.write(body, "text/plain",
                            handshake == Handshake::Refuse
                                ? QHttpServerResponder::StatusCode::InternalServerError
                                : QHttpServerResponder::StatusCode::Ok);
            return;
        }
        deliveries.append(
            QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("value")).toArray());
        const int status = deliveryStatuses.empty() ? 202 : deliveryStatuses.front();
        if (!deliveryStatuses.empty())
            deliveryStatuses.pop_front();
        responder.write(QHttpServerResponder::StatusCode(status));
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    std::vector<QHttpServerResponder> m_held;
};

struct Result
{
    bool ok = false;
    QJsonObject body;
    BcError error;
};

Result await(BcRequest* request)
{
    Result result;
    QEventLoop events;
    QObject::connect(request, &BcRequest::succeeded, &events, [&](const QJsonObject& body) {
        result.ok = true;
        result.body = body;
        events.quit();
    });
    QObject::connect(request, &BcRequest::failed, &events, [&](const BcError& error) {
        result.error = error;
        events.quit();
    });
    QTimer::singleShot(20000, &events, &QEventLoop::quit);
    events.exec();
    return result;
}

} // namespace

class tst_BcWebhookSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BcError>();
        QLoggingCategory::setFilterRules(
            QStringLiteral("mlc.*.debug=false\nmlc.*.info=false\nmlc.*.warning=false"));
    }

    void init()
    {
        m_bc = std::make_unique<BcLoopback>();
        QVERIFY(m_bc->isListening());
        m_subscriber = std::make_unique<Subscriber>();
    }

    void cleanup()
    {
        m_subscriber.reset();
        m_bc.reset();
    }

    void theSubscriptionsApiBehavesLikeBcs()
    {
        const Result created = create(QStringLiteral("vendors"));
        QVERIFY2(created.ok, qPrintable(created.error.summary()));
        const QString id = created.body.value(QStringLiteral("subscriptionId")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
        QCOMPARE(created.body.value(QStringLiteral("expirationDateTime")).toString(),
                 m_bc->clock.nowUtc().addDays(3).toString(Qt::ISODate));
        QCOMPARE(m_subscriber->handshakes, 1);
        const QString etag = created.body.value(QStringLiteral("@odata.etag")).toString();

        const Result listed = await(m_bc->client->get(m_bc->client->subscriptionsUrl()));
        QCOMPARE(listed.body.value(QStringLiteral("value")).toArray().size(), 1);

        QCOMPARE(patch(id, QByteArray()).error.httpStatus, 400); // If-Match is required
        QCOMPARE(patch(id, "W/\"stale\"").error.httpStatus, 412);
        m_bc->clock.advance(24h);
        const Result renewed = patch(id, etag.toLatin1());
        QVERIFY2(renewed.ok, qPrintable(renewed.error.summary()));
        QCOMPARE(m_subscriber->handshakes, 2); // every renewal handshakes again
        QCOMPARE(renewed.body.value(QStringLiteral("expirationDateTime")).toString(),
                 m_bc->clock.nowUtc().addDays(3).toString(Qt::ISODate));
        const QString newEtag = renewed.body.value(QStringLiteral("@odata.etag")).toString();
        QVERIFY(newEtag != etag);

        QCOMPARE(remove(id, QByteArray()).error.httpStatus, 400);
        QCOMPARE(remove(id, etag.toLatin1()).error.httpStatus, 412);
        const Result removed = remove(id, newEtag.toLatin1());
        QVERIFY(removed.ok);
        QVERIFY(removed.body.isEmpty()); // 204
        QCOMPARE(patch(id, "*").error.httpStatus, 404);
    }

    void aHandshakeNotAnsweredRightCreatesNothing()
    {
        m_subscriber->handshake = Subscriber::Handshake::Refuse;
        QCOMPARE(create(QStringLiteral("vendors")).error.httpStatus, 400);
        m_subscriber->handshake = Subscriber::Handshake::WrongToken;
        QCOMPARE(create(QStringLiteral("vendors")).error.httpStatus, 400);
        m_subscriber->handshake = Subscriber::Handshake::Silent;
        m_bc->api.webhooks().options().handshakeTimeout = 300ms; // BC's 5 s, shortened for the test
        const Result silent = create(QStringLiteral("vendors"));
        QCOMPARE(silent.error.httpStatus, 400);
        QVERIFY2(silent.error.message.contains(QStringLiteral("no answer")),
                 qPrintable(silent.error.message));
        QCOMPARE(m_bc->api.webhooks().subscriptions().size(), 0);
        // Purchase orders are not among the resources BC can push.
        m_subscriber->handshake = Subscriber::Handshake::Echo;
        QCOMPARE(create(QStringLiteral("purchaseOrders")).error.httpStatus, 400);
    }

    void anEnvironmentHoldsAtMost200Subscriptions()
    {
        for (int i = 0; i < 200; ++i)
            QVERIFY(create(QStringLiteral("vendors")).ok);
        const Result refused = create(QStringLiteral("vendors"));
        QCOMPARE(refused.error.httpStatus, 400);
        QVERIFY(refused.error.message.contains(QStringLiteral("200")));
    }

    void aSubscriptionExpiresAfterThreeDays()
    {
        const Result created = create(QStringLiteral("vendors"));
        QVERIFY(created.ok);
        m_bc->clock.advance(72h - 1s);
        QCOMPARE(m_bc->api.webhooks().subscriptions().size(), 1);
        m_bc->clock.advance(1s);
        QCOMPARE(m_bc->api.webhooks().subscriptions().size(), 0);
        QCOMPARE(patch(created.body.value(QStringLiteral("subscriptionId")).toString(), "*").error.httpStatus,
                 404);
    }

    void changesInAWindowAreCoalescedPerRecord()
    {
        QVERIFY(create(QStringLiteral("vendors")).ok);
        const QString company = m_bc->companyId();
        const QString changed = m_bc->api.data()
                                    .records(company, BcEntity::Vendors)
                                    ->first()
                                    .value(QStringLiteral("id"))
                                    .toString();
        for (int i = 0; i < 3; ++i)
            m_bc->api.changeRecord(company, BcEntity::Vendors, changed,
                                   {{QStringLiteral("email"), QString::number(i)}});
        const QString created = m_bc->api.createRecord(
            company, BcEntity::Vendors, {{QStringLiteral("displayName"), QStringLiteral("New")}});
        m_bc->api.changeRecord(company, BcEntity::Vendors, created,
                               {{QStringLiteral("email"), QStringLiteral("x")}});
        QSignalSpy answered(&m_bc->api.webhooks(), &BcWebhookSimulator::deliveryAnswered);
        m_bc->clock.advance(29s);
        QVERIFY(!answered.wait(200)); // BC waits 30 s after the first change
        m_bc->clock.advance(1s);
        QVERIFY(answered.wait(5000));
        QCOMPARE(m_subscriber->deliveries.size(), 1);
        const QJsonArray value = m_subscriber->deliveries.first();
        QCOMPARE(value.size(), 2);
        QCOMPARE(value.at(0).toObject().value(QStringLiteral("changeType")).toString(),
                 QStringLiteral("updated"));
        QVERIFY(value.at(0)
                    .toObject()
                    .value(QStringLiteral("resource"))
                    .toString()
                    .endsWith(changed + QLatin1Char(')')));
        QCOMPARE(value.at(1).toObject().value(QStringLiteral("changeType")).toString(),
                 QStringLiteral("created"));
    }

    void deliveriesAreRetriedOn5xxAnd429AndASubscriptionDiesOnAnyOtherAnswer()
    {
        QVERIFY(create(QStringLiteral("vendors")).ok);
        m_subscriber->deliveryStatuses = {503, 429, 408, 202};
        QSignalSpy answered(&m_bc->api.webhooks(), &BcWebhookSimulator::deliveryAnswered);
        changeAVendor();
        m_bc->clock.advance(30s);
        for (int attempt = 1; attempt <= 4; ++attempt) {
            QVERIFY(answered.size() >= attempt || answered.wait(5000));
            m_bc->clock.advance(1min); // attempts 0-2 wait a minute each
        }
        QCOMPARE(m_subscriber->deliveries.size(), 4);
        QCOMPARE(m_bc->api.webhooks().subscriptions().size(), 1);

        QSignalSpy deleted(&m_bc->api.webhooks(), &BcWebhookSimulator::subscriptionDeleted);
        m_subscriber->deliveryStatuses = {400};
        changeAVendor();
        m_bc->clock.advance(30s);
        QVERIFY(deleted.wait(5000));
        QCOMPARE(m_bc->api.webhooks().subscriptions().size(), 0);
    }

    void afterTheFifthRetryTheSubscriptionIsDeleted()
    {
        QVERIFY(create(QStringLiteral("vendors")).ok);
        m_subscriber->deliveryStatuses = {500, 500, 500, 500, 500, 500, 500};
        QSignalSpy answered(&m_bc->api.webhooks(), &BcWebhookSimulator::deliveryAnswered);
        QSignalSpy deleted(&m_bc->api.webhooks(), &BcWebhookSimulator::subscriptionDeleted);
        changeAVendor();
        m_bc->clock.advance(30s);
        // BC's schedule after a failure: 1, 1, 1, 10 and 100 minutes, then it gives up.
        const QList<std::chrono::minutes> waits{1min, 1min, 1min, 10min, 100min};
        for (const std::chrono::minutes wait : waits) {
            QVERIFY(answered.wait(5000));
            m_bc->clock.advance(wait - 1s);
            QVERIFY(!answered.wait(50)); // not before its time
            m_bc->clock.advance(1s);
        }
        QVERIFY(deleted.wait(5000));
        QCOMPARE(m_subscriber->deliveries.size(), 6);
        QCOMPARE(m_bc->api.webhooks().subscriptions().size(), 0);
    }

private:
    Result create(const QString& entitySet)
    {
        BcRequest::Write write;
        write.method = BcRequest::Method::Post;
        write.body = {{QStringLiteral("notificationUrl"), m_subscriber->url()},
                      {QStringLiteral("resource"),
                       QStringLiteral("/api/v2.0/companies(%1)/%2").arg(m_bc->companyId(), entitySet)},
                      {QStringLiteral("clientState"), QStringLiteral("a-shared-secret")}};
        return await(m_bc->client->send(m_bc->client->subscriptionsUrl(), write));
    }

    Result patch(const QString& id, const QByteArray& ifMatch)
    {
        BcRequest::Write write;
        write.method = BcRequest::Method::Patch;
        write.ifMatch = ifMatch;
        write.body = {{QStringLiteral("notificationUrl"), m_subscriber->url()}};
        return await(m_bc->client->send(m_bc->client->subscriptionUrl(id), write));
    }

    Result remove(const QString& id, const QByteArray& ifMatch)
    {
        BcRequest::Write write;
        write.method = BcRequest::Method::Delete;
        write.ifMatch = ifMatch;
        return await(m_bc->client->send(m_bc->client->subscriptionUrl(id), write));
    }

    void changeAVendor()
    {
        const QString company = m_bc->companyId();
        const QJsonObject vendor = m_bc->api.data().records(company, BcEntity::Vendors)->first();
        m_bc->api.changeRecord(company, BcEntity::Vendors, vendor.value(QStringLiteral("id")).toString(),
                               {{QStringLiteral("email"), QUuid::createUuid().toString()}});
    }

    std::unique_ptr<BcLoopback> m_bc;
    std::unique_ptr<Subscriber> m_subscriber;
};

QTEST_GUILESS_MAIN(tst_BcWebhookSimulator)
#include "tst_bc_webhook_simulator.moc"
