// Webhooks end to end, over real HTTP on loopback: the engine subscribes to BC's simulator, which
// handshakes with the engine's listener and delivers notifications after its batching delay on the fake
// clock; a change reaches its item within a second of delivery, subscriptions are renewed before expiry
// and made again when BC forgot them, a forged notification changes nothing, a bulk change arrives as one
// `collection`, and polling falls back to the cadence (with the reason) when webhooks fail.

#include "WebhookRig.h"
#include "store/Outbox.h"
#include "sync/SyncLoop.h"
#include "webhook/NotificationInbox.h"
#include "webhook/WebhookService.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

using namespace mlc;
using namespace std::chrono_literals;
using mlc::sandbox::BcWebhookSimulator;

namespace {

// A cell of the item made for `bcId`; empty when there is no such item.
QString cellOf(const SyncLoopback& env, const QString& boardId, const QString& bcId, const QString& column)
{
    bool unique = false;
    const mlc::sandbox::MondayItem* item = itemsByBcId(env, boardId, &unique).value(bcId);
    return item ? cellText(item, column) : QString();
}

QString subscriptionFor(BcWebhookSimulator& webhooks, const QString& entitySet)
{
    for (const BcWebhookSimulator::Subscription& subscription : webhooks.subscriptions()) {
        if (subscription.entitySet == entitySet)
            return subscription.id;
    }
    return {};
}

} // namespace

class tst_WebhooksEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<SyncPass::MappingResult>>();
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void aChangeReachesItsItemWithinASecondOfDelivery()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        WebhookRig rig(env);
        QVERIFY(rig.start());
        BcWebhookSimulator& webhooks = env.bc.api.webhooks();
        QCOMPARE(webhooks.subscriptions().size(), 2);
        QCOMPARE(webhooks.handshakesSent(), 2);
        QCOMPARE(rig.status(BcEntity::Vendors).stateName(), QStringLiteral("live"));
        QVERIFY(rig.loop->isPushed(env.vendorsMapping()));

        // With notifications live, the next poll is the hourly safety sweep, not the 5-minute cadence.
        QSignalSpy passes(rig.loop.get(), &SyncLoop::passFinished);
        const QJsonObject vendor = env.bcRecords(BcEntity::Vendors).first();
        const QString vendorId = vendor.value(QStringLiteral("id")).toString();
        QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors, vendorId,
                                        {{QStringLiteral("email"), QStringLiteral("ap@pushed.example")}}));
        QVERIFY(passes.wait(200) == false); // nothing happens before BC sends
        QSignalSpy delivered(&webhooks, &BcWebhookSimulator::deliveryAnswered);
        env.bc.clock.advance(30s); // BC's batching delay
        QVERIFY(delivered.wait(5000));
        QCOMPARE(delivered.first().at(2).toInt(), 202);
        QElapsedTimer sinceDelivery;
        sinceDelivery.start();
        QTRY_COMPARE_WITH_TIMEOUT(cellOf(env, env.vendorsBoard, vendorId, QStringLiteral("email")),
                                  QStringLiteral("ap@pushed.example"), 1000);
        qInfo() << "Delivery to settled item:" << sinceDelivery.elapsed() << "ms";
        QTRY_COMPARE(rig.loop->nextPollAt(env.vendorsMapping()), env.bc.clock.nowUtc().addSecs(3600));
        QTRY_VERIFY(NotificationInbox(*env.database).unhandled(10, nullptr)->isEmpty());
    }

    void subscriptionsAreRenewedBeforeExpiryAndMadeAgainWhenGone()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        WebhookRig rig(env);
        QVERIFY(rig.start());
        BcWebhookSimulator& webhooks = env.bc.api.webhooks();
        const QString vendorsId = subscriptionFor(webhooks, QStringLiteral("vendors"));
        const QDateTime firstExpiry = rig.status(BcEntity::Vendors).expiresAt;
        QCOMPARE(firstExpiry, env.bc.clock.nowUtc().addDays(3));

        // A day later both are renewed (PATCH with the etag, a new handshake), keeping their ids.
        QSignalSpy statuses(rig.service.get(), &WebhookService::statusChanged);
        env.bc.clock.advance(24h);
        QTRY_COMPARE(webhooks.handshakesSent(), 4);
        QTRY_COMPARE(rig.status(BcEntity::Vendors).expiresAt, env.bc.clock.nowUtc().addDays(3));
        QTRY_COMPARE(rig.status(BcEntity::PurchaseInvoices).expiresAt, env.bc.clock.nowUtc().addDays(3));
        QCOMPARE(subscriptionFor(webhooks, QStringLiteral("vendors")), vendorsId);

        // BC drops the vendors' subscription (as after failed deliveries): the next renewal gets 404 and
        // subscribes again, with a new id; nothing piles up.
        QVERIFY(webhooks.dropSubscription(vendorsId));
        env.bc.clock.advance(24h);
        QTRY_VERIFY(rig.status(BcEntity::Vendors).subscriptionId != vendorsId &&
                    rig.status(BcEntity::Vendors).state == SubscriptionStatus::State::Live);
        QCOMPARE(subscriptionFor(webhooks, QStringLiteral("vendors")),
                 rig.status(BcEntity::Vendors).subscriptionId);
        QCOMPARE(webhooks.subscriptions().size(), 2);
        QCOMPARE(WebhookSubscriptionStore(*env.database).all()->size(), 2);

        // A restart takes the same subscriptions up again instead of adding more.
        const quint16 port = rig.settings.listenPort;
        rig.service.reset();
        WebhookRig restarted(env, port);
        QVERIFY(restarted.start());
        QCOMPARE(webhooks.subscriptions().size(), 2);
        QCOMPARE(WebhookSubscriptionStore(*env.database).all()->size(), 2);

        // Stopped for four days, every subscription expires; the next start makes them anew.
        restarted.service.reset();
        env.bc.clock.advance(96h);
        QCOMPARE(webhooks.subscriptions().size(), 0);
        WebhookRig afterExpiry(env, port);
        QVERIFY(afterExpiry.start());
        QCOMPARE(webhooks.subscriptions().size(), 2);
        QCOMPARE(WebhookSubscriptionStore(*env.database).all()->size(), 2);
        QCOMPARE(afterExpiry.status(BcEntity::PurchaseInvoices).stateName(), QStringLiteral("live"));
    }

    void aForgedNotificationChangesNothing()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        WebhookRig rig(env);
        QVERIFY(rig.start());
        const QString vendorId =
            env.bcRecords(BcEntity::Vendors).first().value(QStringLiteral("id")).toString();
        const int mutationsBefore = int(env.monday.requests().size());
        QSignalSpy passes(rig.loop.get(), &SyncLoop::passFinished);

        const QJsonObject forged{
            {QStringLiteral("subscriptionId"),
             subscriptionFor(env.bc.api.webhooks(), QStringLiteral("vendors"))},
            {QStringLiteral("clientState"), QStringLiteral("guessed")},
            {QStringLiteral("resource"),
             QStringLiteral("/api/v2.0/companies(%1)/vendors(%2)").arg(env.bc.companyId(), vendorId)},
            {QStringLiteral("changeType"), QStringLiteral("deleted")},
            {QStringLiteral("expirationDateTime"), QStringLiteral("2026-01-08T09:00:00Z")},
            {QStringLiteral("lastModifiedDateTime"), QStringLiteral("2026-01-05T09:00:00Z")}};
        QNetworkRequest request(rig.settings.publicUrl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkAccessManager network;
        QNetworkReply* reply = network.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("value"), QJsonArray{forged}}}).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        reply->deleteLater();

        QVERIFY(!passes.wait(300));
        QCOMPARE(int(env.monday.requests().size()), mutationsBefore);
        QVERIFY(NotificationInbox(*env.database).unhandled(10, nullptr)->isEmpty());
        QVERIFY(!cellOf(env, env.vendorsBoard, vendorId, QStringLiteral("bc_id")).isEmpty());
    }

    void aBulkChangeArrivesAsOneCollectionAndEveryRecordIsSynced()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        env.bc.api.webhooks().options().maxNotificationsPerWindow = 5;
        WebhookRig rig(env);
        QVERIFY(rig.start());
        QStringList changed;
        for (const QJsonObject& vendor : env.bcRecords(BcEntity::Vendors).mid(0, 8)) {
            const QString id = vendor.value(QStringLiteral("id")).toString();
            QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors, id,
                                            {{QStringLiteral("balance"), 4242.5}}));
            changed.append(id);
        }
        QSignalSpy delivered(&env.bc.api.webhooks(), &BcWebhookSimulator::deliveryAnswered);
        env.bc.clock.advance(30s);
        QVERIFY(delivered.wait(5000));
        QCOMPARE(delivered.first().at(1).toInt(), 1); // one notification: the collection
        for (const QString& id : std::as_const(changed))
            QTRY_COMPARE(cellOf(env, env.vendorsBoard, id, QStringLiteral("balance")),
                         QStringLiteral("4242.5"));
    }

    void aFailedRenewalReturnsPollingToTheCadenceAndSaysWhy()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        WebhookRig rig(env);
        QVERIFY(rig.start());
        QVERIFY(rig.loop->isPushed(env.vendorsMapping()));
        sandbox::BcFault refused;
        refused.status = 403;
        env.bc.api.faults().inject(QStringLiteral("subscriptions"), refused, 2);
        QSignalSpy passes(rig.loop.get(), &SyncLoop::passFinished);
        env.bc.clock.advance(24h);
        QTRY_COMPARE(rig.status(BcEntity::Vendors).stateName(), QStringLiteral("failing"));
        QVERIFY(rig.status(BcEntity::Vendors).reason.contains(QStringLiteral("renewal failed")));
        QVERIFY(!rig.loop->isPushed(env.vendorsMapping()));
        // Missed changes are caught up at once, and the cadence is the mapping's own again.
        QVERIFY(passes.count() > 0 || passes.wait(10000));
        QTRY_COMPARE(rig.loop->nextPollAt(env.vendorsMapping()),
                     env.bc.clock.nowUtc().addSecs(env.vendorsMapping().pollSeconds));

        // Five minutes later the renewal is tried again, and succeeds.
        env.bc.clock.advance(5min);
        QTRY_COMPARE(rig.status(BcEntity::Vendors).stateName(), QStringLiteral("live"));
        QVERIFY(rig.loop->isPushed(env.vendorsMapping()));
    }

    void aListenerThatCannotStartLeavesPollingOnTheCadence()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        WebhookRig rig(env, squatter.serverPort());
        rig.loop->start();
        QString error;
        QVERIFY(!rig.service->start(&error));
        QVERIFY2(error.contains(QString::number(squatter.serverPort())), qPrintable(error));
        QCOMPARE(rig.status(BcEntity::Vendors).stateName(), QStringLiteral("failing"));
        QCOMPARE(rig.status(BcEntity::Vendors).reason, error);
        QVERIFY(!rig.loop->isPushed(env.vendorsMapping()));
        QCOMPARE(env.bc.api.webhooks().subscriptions().size(), 0);
    }

    void switchingWebhooksOffDeletesTheSubscriptions()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        WebhookRig rig(env);
        QVERIFY(rig.start());
        QCOMPARE(env.bc.api.webhooks().subscriptions().size(), 2);
        rig.service.reset();

        WebhookRig off(env);
        off.settings.enabled = false;
        off.rebuild();
        QString error;
        QVERIFY(off.service->start(&error));
        QTRY_COMPARE(env.bc.api.webhooks().subscriptions().size(), 0);
        QTRY_COMPARE(WebhookSubscriptionStore(*env.database).all()->size(), 0);
        QVERIFY(off.service->statuses().isEmpty());
    }

    void purchaseOrdersArePolled()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        WebhookRig rig(env);
        Mapping orders = env.vendorsMapping();
        orders.entity = BcEntity::PurchaseOrders;
        rig.mappings = {orders};
        rig.rebuild();
        QString error;
        QVERIFY(rig.service->start(&error));
        QSignalSpy settled(rig.service->subscriber(), &WebhookSubscriber::settled);
        QVERIFY(settled.wait(10000));
        QCOMPARE(rig.status(BcEntity::PurchaseOrders).stateName(), QStringLiteral("polled"));
        QCOMPARE(env.bc.api.webhooks().subscriptions().size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_WebhooksEndToEnd)
#include "tst_webhooks_e2e.moc"
