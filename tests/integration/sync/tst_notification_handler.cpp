// Notifications from the inbox to the boards: an updated record is read again and written by the next
// pass (three notifications for it cost one read), a deleted one is archived as its mapping says, a
// collection makes its mapping due, and each notification is handled once.

#include "SyncChecks.h"
#include "webhook/NotificationHandler.h"
#include "webhook/NotificationInbox.h"
#include "webhook/WebhookSubscriptionStore.h"

#include <QLoggingCategory>
#include <QTest>

using namespace mlc;

namespace {

const QString kSubscription = QStringLiteral("c670ea73cacb459bb51dc1740da2f1db");

WebhookNotification notificationOf(const QString& changeType, const QString& resource)
{
    WebhookNotification notification;
    notification.subscriptionId = kSubscription;
    notification.changeType = changeType;
    notification.resource = resource;
    return notification;
}

} // namespace

class tst_NotificationHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SyncPass::MappingResult>();
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void theResourceNamesTheRecord()
    {
        QCOMPARE(NotificationHandler::recordIdOf(
                     QStringLiteral("api/v2.0/companies(b18aed47-c385-49d2-b954-dbdf8ad71780)/"
                                    "vendors(26814998-936a-401c-81c1-0e848a64971d)")),
                 QStringLiteral("26814998-936a-401c-81c1-0e848a64971d"));
        QCOMPARE(NotificationHandler::recordIdOf(QStringLiteral("/api/v2.0/companies(x)/items('AB%20C')")),
                 QStringLiteral("AB C"));
        QCOMPARE(NotificationHandler::recordIdOf(QStringLiteral(
                     "/api/v2.0/companies(x)/"
                     "salesInvoices?$filter=lastModifiedDateTime%20gt%202018-10-15T11:00:00Z")),
                 QString());
    }

    void notificationsBecomeWritesOnTheBoard()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        const Mapping vendors = env.vendorsMapping();
        QVERIFY(runPass(env, {vendors}));
        QString error;
        WebhookSubscription subscription;
        subscription.subscriptionId = kSubscription;
        subscription.entity = QStringLiteral("vendors");
        subscription.resource = QStringLiteral("/api/v2.0/companies(%1)/vendors").arg(env.bc.companyId());
        subscription.notificationUrl = QStringLiteral("https://connector.example/bc");
        QVERIFY(WebhookSubscriptionStore(*env.database).save(subscription, QStringLiteral("secret"), &error));

        const QList<QJsonObject> records = env.bcRecords(BcEntity::Vendors);
        const QString changed = records.at(3).value(QStringLiteral("id")).toString();
        const QString deleted = records.at(4).value(QStringLiteral("id")).toString();
        env.bc.clock.advance(std::chrono::minutes(1));
        QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors, changed,
                                        {{QStringLiteral("email"), QStringLiteral("hook@changed.example")}}));
        QVERIFY(env.bc.api.deleteRecord(env.bc.companyId(), BcEntity::Vendors, deleted));
        const QString base = subscription.resource;
        QVERIFY(
            NotificationInbox(*env.database)
                .store(
                    {notificationOf(QStringLiteral("updated"), base + QStringLiteral("(%1)").arg(changed)),
                     notificationOf(QStringLiteral("updated"), base + QStringLiteral("(%1)").arg(changed)),
                     notificationOf(QStringLiteral("updated"), base + QStringLiteral("(%1)").arg(changed)),
                     notificationOf(QStringLiteral("deleted"), base + QStringLiteral("(%1)").arg(deleted))},
                    &error));

        NotificationHandler handler(*env.database, {vendors, env.invoicesMapping()});
        const std::optional<QList<Mapping>> due = handler.handlePending(&error);
        QVERIFY2(due, qPrintable(error));
        QCOMPARE(*due, QList<Mapping>{vendors});
        QCOMPARE(NotificationInbox(*env.database).unhandled(10, &error)->size(), 0);
        QCOMPARE(handler.handlePending(&error)->size(), 0); // handled once

        env.bc.api.resetRequestCounts();
        env.monday.clearRequests();
        QList<SyncPass::MappingResult> results;
        QVERIFY(runPass(env, {vendors}, &results));
        QCOMPARE(results.first().updated, 1);
        QCOMPARE(results.first().archived, 1);
        bool unique = false;
        const auto items = itemsByBcId(env, env.vendorsBoard, &unique);
        QCOMPARE(cellText(items.value(changed), QStringLiteral("email")),
                 QStringLiteral("hook@changed.example"));
        QCOMPARE(items.value(deleted)->state, QStringLiteral("archived"));
        // The delta page found the change, so the record was not read a second time.
        QCOMPARE(env.bc.api.requestCount(QStringLiteral("vendors")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_NotificationHandler)
#include "tst_notification_handler.moc"
