#include "BcApiSimulator.h"
#include "FakeClock.h"
#include "SandboxHost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using mlc::BcEntity;
using mlc::sandbox::BcApiSimulator;
using mlc::sandbox::BcFault;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray preferenceApplied;
    QByteArray etag;
};

// One simulated BC environment on loopback, reached over real HTTP.
class Environment
{
public:
    explicit Environment(quint32 seed = BcApiSimulator::kDefaultSeed)
        : host(QStringLiteral("Business Central"))
        , simulator(host, clock, seed)
    {
        QString error;
        listening = host.listen(0, &error);
    }

    QUrl url(const QString& relative, const QString& query = QString()) const
    {
        QUrl result(simulator.apiRoot(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("production"))
                        .toString() +
                    QLatin1Char('/') + relative);
        if (!query.isEmpty())
            result.setQuery(query);
        return result;
    }

    QString entityPath(BcEntity entity, const QString& companyId = QString()) const
    {
        return QStringLiteral("companies(%1)/%2")
            .arg(companyId.isEmpty() ? simulator.firstCompanyId() : companyId,
                 mlc::BcEntities::toString(entity));
    }

    Reply get(const QUrl& url, const QString& token = BcApiSimulator::demoToken(), int maxPageSize = 0)
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (maxPageSize > 0)
            request.setRawHeader("Prefer", "odata.maxpagesize=" + QByteArray::number(maxPageSize));
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        result.preferenceApplied = reply->rawHeader("Preference-Applied");
        result.etag = reply->rawHeader("ETag");
        return result;
    }

    mlc::FakeClock clock;
    mlc::sandbox::SandboxHost host;
    BcApiSimulator simulator;
    QNetworkAccessManager network;
    bool listening = false;
};

QString errorCode(const Reply& reply)
{
    return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QJsonArray values(const Reply& reply)
{
    return reply.json.value(QStringLiteral("value")).toArray();
}

} // namespace

class tst_BcApiSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsCompaniesWithTheirContext()
    {
        Environment bc;
        QVERIFY(bc.listening);
        const Reply reply = bc.get(bc.url(QStringLiteral("companies")));
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.json.value(QStringLiteral("@odata.context"))
                     .toString()
                     .endsWith(QStringLiteral("/api/v2.0/$metadata#companies")),
                 reply.body.constData());
        const QJsonArray companies = values(reply);
        QCOMPARE(companies.size(), bc.simulator.data().companies().size());
        QVERIFY(companies.size() >= 1);
        const QJsonObject first = companies.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), bc.simulator.firstCompanyId());
        for (const char* field : {"systemVersion", "name", "displayName", "businessProfileId", "timestamp"})
            QVERIFY2(first.contains(QString::fromLatin1(field)), field);
    }

    void pagingWithMaxPageSizeGivesEveryRecordOnce()
    {
        Environment bc;
        const qsizetype expected =
            bc.simulator.data().records(bc.simulator.firstCompanyId(), BcEntity::PurchaseInvoices)->size();
        QVERIFY(expected > 50);
        QSet<QString> seen;
        QUrl next = bc.url(bc.entityPath(BcEntity::PurchaseInvoices));
        int pages = 0;
        while (next.isValid() && pages < 100) {
            const Reply reply = bc.get(next, BcApiSimulator::demoToken(), 25);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.preferenceApplied, QByteArray("odata.maxpagesize=25"));
            const QJsonArray page = values(reply);
            QVERIFY(page.size() <= 25);
            for (const QJsonValue& record : page) {
                const QString id = record.toObject().value(QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
            }
            next = QUrl(reply.json.value(QStringLiteral("@odata.nextLink")).toString());
            ++pages;
        }
        QCOMPARE(seen.size(), expected);
        QCOMPARE(pages, int((expected + 24) / 25));
    }

    void theNextLinkKeepsTheFilter()
    {
        Environment bc;
        const QString companyId = bc.simulator.firstCompanyId();
        qsizetype paid = 0;
        for (const QJsonObject& invoice : *bc.simulator.data().records(companyId, BcEntity::SalesInvoices))
            paid += invoice.value(QStringLiteral("status")).toString() == QStringLiteral("Paid");
        QVERIFY(paid > 10);
        QUrl next =
            bc.url(bc.entityPath(BcEntity::SalesInvoices), QStringLiteral("$filter=status eq 'Paid'"));
        qsizetype received = 0;
        while (next.isValid()) {
            const Reply reply = bc.get(next, BcApiSimulator::demoToken(), 4);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue& record : values(reply))
                QCOMPARE(record.toObject().value(QStringLiteral("status")).toString(),
                         QStringLiteral("Paid"));
            received += values(reply).size();
            next = QUrl(reply.json.value(QStringLiteral("@odata.nextLink")).toString());
        }
        QCOMPARE(received, paid);
    }

    void filterOnLastModifiedReturnsOnlyTheChangedRecord()
    {
        Environment bc;
        const QString companyId = bc.simulator.firstCompanyId();
        const QJsonObject vendor = bc.simulator.data().records(companyId, BcEntity::Vendors)->at(7);
        const QString watermark = bc.clock.nowUtc().toString(Qt::ISODateWithMs);
        bc.clock.advance(std::chrono::milliseconds(1500));
        QVERIFY(bc.simulator.changeRecord(
            companyId, BcEntity::Vendors, vendor.value(QStringLiteral("id")).toString(),
            QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Fabrikam Renamed")}}));

        const Reply reply =
            bc.get(bc.url(bc.entityPath(BcEntity::Vendors),
                          QStringLiteral("$filter=lastModifiedDateTime gt %1").arg(watermark)));
        QCOMPARE(reply.status, 200);
        const QJsonArray changed = values(reply);
        QCOMPARE(changed.size(), 1);
        const QJsonObject record = changed.first().toObject();
        QCOMPARE(record.value(QStringLiteral("id")), vendor.value(QStringLiteral("id")));
        QCOMPARE(record.value(QStringLiteral("displayName")).toString(), QStringLiteral("Fabrikam Renamed"));
        QVERIFY(record.value(QStringLiteral("@odata.etag")) != vendor.value(QStringLiteral("@odata.etag")));
        QCOMPARE(record.value(QStringLiteral("lastModifiedDateTime")).toString(),
                 QStringLiteral("2026-01-05T09:00:01.5Z"));

        const Reply none =
            bc.get(bc.url(bc.entityPath(BcEntity::Vendors),
                          QStringLiteral("$filter=lastModifiedDateTime ge 2026-01-05T09:00:01.501Z")));
        QCOMPARE(values(none).size(), 0);
    }

    void eqOnAnEncodedEnumValue()
    {
        Environment bc;
        qsizetype inReview = 0;
        for (const QJsonObject& order :
             *bc.simulator.data().records(bc.simulator.firstCompanyId(), BcEntity::PurchaseOrders))
            inReview += order.value(QStringLiteral("status")).toString() == QStringLiteral("In_x0020_Review");
        QVERIFY(inReview > 0);
        const Reply reply = bc.get(bc.url(bc.entityPath(BcEntity::PurchaseOrders),
                                          QStringLiteral("$filter=status eq 'In_x0020_Review'")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(values(reply).size(), inReview);
        const Reply caption = bc.get(
            bc.url(bc.entityPath(BcEntity::PurchaseOrders), QStringLiteral("$filter=status eq 'In Review'")));
        QCOMPARE(values(caption).size(), 0);
    }

    void selectReturnsOnlyThoseFieldsAndTheEtag()
    {
        Environment bc;
        const Reply reply =
            bc.get(bc.url(bc.entityPath(BcEntity::Customers), QStringLiteral("$select=id,number")));
        QCOMPARE(reply.status, 200);
        QVERIFY(!values(reply).isEmpty());
        for (const QJsonValue& record : values(reply)) {
            QStringList keys = record.toObject().keys();
            keys.sort();
            QCOMPARE(keys, (QStringList{QStringLiteral("@odata.etag"), QStringLiteral("id"),
                                        QStringLiteral("number")}));
        }
    }

    void topSuppressesTheNextLink()
    {
        Environment bc;
        const Reply reply = bc.get(bc.url(bc.entityPath(BcEntity::SalesOrders),
                                          QStringLiteral("$top=5&$orderby=lastModifiedDateTime desc")),
                                   BcApiSimulator::demoToken(), 2);
        QCOMPARE(reply.status, 200);
        QCOMPARE(values(reply).size(), 5);
        QVERIFY(!reply.json.contains(QStringLiteral("@odata.nextLink")));
    }

    void singleEntityHasTheEntityContext()
    {
        Environment bc;
        const QJsonObject customer =
            bc.simulator.data().records(bc.simulator.firstCompanyId(), BcEntity::Customers)->at(3);
        const QString id = customer.value(QStringLiteral("id")).toString();
        const Reply reply =
            bc.get(bc.url(bc.entityPath(BcEntity::Customers) + QStringLiteral("(%1)").arg(id)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("number")), customer.value(QStringLiteral("number")));
        QCOMPARE(QString::fromLatin1(reply.etag), customer.value(QStringLiteral("@odata.etag")).toString());
        QVERIFY(reply.json.value(QStringLiteral("@odata.context"))
                    .toString()
                    .endsWith(QStringLiteral("/customers/$entity")));
    }

    void theTenantlessAndCompanyParameterFormsWork()
    {
        Environment bc;
        const QString companyId = bc.simulator.firstCompanyId();
        QUrl tenantless = bc.host.baseUrl();
        tenantless.setPath(QStringLiteral("/production/api/v2.0/companies(%1)/vendors").arg(companyId));
        const Reply viaPath = bc.get(tenantless);
        QCOMPARE(viaPath.status, 200);
        QCOMPARE(values(viaPath).size(), 50);
        QVERIFY2(viaPath.json.value(QStringLiteral("@odata.context"))
                     .toString()
                     .contains(QStringLiteral("/production/api/v2.0/$metadata#companies(")),
                 viaPath.body.constData());

        const Reply viaParameter =
            bc.get(bc.url(QStringLiteral("customers"), QStringLiteral("company=%1").arg(companyId)));
        QCOMPARE(viaParameter.status, 200);
        QCOMPARE(values(viaParameter).size(), 40);

        const Reply company = bc.get(bc.url(QStringLiteral("companies(%1)").arg(companyId)));
        QCOMPARE(company.status, 200);
        QCOMPARE(company.json.value(QStringLiteral("id")).toString(), companyId);
    }

    void unknownCompaniesRecordsAndEntitySetsAre404()
    {
        Environment bc;
        const QString nobody = QStringLiteral("11111111-2222-3333-4444-555555555555");
        const Reply company = bc.get(bc.url(QStringLiteral("companies(%1)/vendors").arg(nobody)));
        QCOMPARE(company.status, 404);
        QVERIFY(!errorCode(company).isEmpty());
        const Reply record =
            bc.get(bc.url(bc.entityPath(BcEntity::Vendors) + QStringLiteral("(%1)").arg(nobody)));
        QCOMPARE(record.status, 404);
        QCOMPARE(errorCode(record), QStringLiteral("Internal_RecordNotFound"));
        const Reply entitySet = bc.get(
            bc.url(QStringLiteral("companies(%1)/purchaseCreditMemos").arg(bc.simulator.firstCompanyId())));
        QCOMPARE(entitySet.status, 404);
        QVERIFY(errorCode(entitySet).startsWith(QStringLiteral("BadRequest")));
    }

    void missingOrBadTokensAre401()
    {
        Environment bc;
        const Reply missing = bc.get(bc.url(QStringLiteral("companies")), QString());
        QCOMPARE(missing.status, 401);
        QCOMPARE(errorCode(missing), QStringLiteral("Authentication_InvalidCredentials"));
        const Reply bad = bc.get(bc.url(QStringLiteral("companies")), QStringLiteral("not-a-token"));
        QCOMPARE(bad.status, 401);
        QVERIFY(bad.json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("CorrelationId")));

        bc.simulator.setTokenValidator(
            [](const QString& token) { return token == QStringLiteral("entra-issued"); });
        QCOMPARE(bc.get(bc.url(QStringLiteral("companies")), QStringLiteral("entra-issued")).status, 200);
        QCOMPARE(bc.get(bc.url(QStringLiteral("companies"))).status, 401);
    }

    void unsupportedQuerySyntaxIs400()
    {
        Environment bc;
        const QString vendors = bc.entityPath(BcEntity::Vendors);
        for (const QString& query : {QStringLiteral("$filter=number eq '10000' or city eq 'Atlanta'"),
                                     QStringLiteral("$filter=startswith(displayName,'Fab')"),
                                     QStringLiteral("$filter=lastModifiedDateTime gt 2025-01-01T00:00:00"),
                                     QStringLiteral("$filter=noSuchField eq 'x'"),
                                     QStringLiteral("$expand=picture"), QStringLiteral("$top=many")}) {
            const Reply reply = bc.get(bc.url(vendors, query));
            QVERIFY2(reply.status == 400, qPrintable(query));
            QVERIFY2(!errorCode(reply).isEmpty(), qPrintable(query));
        }
    }

    void injected429CarriesRetryAfterOnce()
    {
        Environment bc;
        bc.simulator.faults().inject(QStringLiteral("vendors"), BcFault::status429(7));
        const QUrl vendors = bc.url(bc.entityPath(BcEntity::Vendors));
        QCOMPARE(bc.get(bc.url(QStringLiteral("companies"))).status, 200);
        const Reply throttled = bc.get(vendors);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.retryAfter, QByteArray("7"));
        QCOMPARE(bc.get(vendors).status, 200);
        QCOMPARE(bc.simulator.requestCount(QStringLiteral("vendors")), 2);
        QCOMPARE(bc.simulator.requestCount(), 3);
        bc.simulator.resetRequestCounts();
        QCOMPARE(bc.simulator.requestCount(), 0);
        QCOMPARE(bc.simulator.requestCount(QStringLiteral("vendors")), 0);
    }

    void injected503And504AndMalformedBodies()
    {
        Environment bc;
        const QUrl customers = bc.url(bc.entityPath(BcEntity::Customers));
        bc.simulator.faults().inject(mlc::sandbox::BcFaultInjector::anyEndpoint(), BcFault::status503(30));
        bc.simulator.faults().inject(QStringLiteral("customers"), BcFault::status504());
        bc.simulator.faults().inject(QStringLiteral("customers"), BcFault::malformedBody());
        const Reply first = bc.get(customers);
        QCOMPARE(first.status, 504); // the endpoint's own queue comes first
        const Reply second = bc.get(customers);
        QCOMPARE(second.status, 200);
        QVERIFY(QJsonDocument::fromJson(second.body).isNull());
        const Reply third = bc.get(customers);
        QCOMPARE(third.status, 503);
        QCOMPARE(third.retryAfter, QByteArray("30"));
        QCOMPARE(bc.get(customers).status, 200);
    }

    void droppedConnectionGivesNoResponse()
    {
        Environment bc;
        // QNetworkAccessManager silently resends a GET once when the connection closes before any byte of
        // the response, so two drops are needed for the client to see the failure.
        bc.simulator.faults().inject(QStringLiteral("companies"), BcFault::droppedConnection(), 2);
        const Reply dropped = bc.get(bc.url(QStringLiteral("companies")));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(bc.simulator.requestCount(QStringLiteral("companies")), 2);
        QCOMPARE(bc.get(bc.url(QStringLiteral("companies"))).status, 200);
    }

    void throttlesAfterTheBudgetWithinTheWindow()
    {
        Environment bc;
        bc.simulator.throttle().configure(3, std::chrono::seconds(60), true);
        const QUrl companies = bc.url(QStringLiteral("companies"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bc.get(companies).status, 200);
            bc.clock.advance(std::chrono::seconds(10));
        }
        const Reply refused = bc.get(companies);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.retryAfter, QByteArray("30")); // the first request leaves the window 30 s from now
        bc.clock.advance(std::chrono::seconds(30));
        QCOMPARE(bc.get(companies).status, 200);

        bc.simulator.throttle().configure(1, std::chrono::seconds(60), false);
        QCOMPARE(bc.get(companies).status, 200);
        const Reply withoutHint = bc.get(companies);
        QCOMPARE(withoutHint.status, 429);
        QVERIFY(withoutHint.retryAfter.isEmpty());
    }

    void postingADraftKeepsTheIdAndChangesTheNumber()
    {
        Environment bc;
        const QString companyId = bc.simulator.firstCompanyId();
        QJsonObject draft;
        for (const QJsonObject& invoice :
             *bc.simulator.data().records(companyId, BcEntity::PurchaseInvoices)) {
            if (invoice.value(QStringLiteral("status")).toString() == QStringLiteral("Draft")) {
                draft = invoice;
                break;
            }
        }
        QVERIFY(!draft.isEmpty());
        QCOMPARE(draft.value(QStringLiteral("postingDate")).toString(), QStringLiteral("0001-01-01"));
        const QString id = draft.value(QStringLiteral("id")).toString();
        bc.clock.advance(std::chrono::minutes(1));
        QVERIFY(bc.simulator.postDraftInvoice(companyId, BcEntity::PurchaseInvoices, id));
        QVERIFY(!bc.simulator.postDraftInvoice(companyId, BcEntity::PurchaseInvoices, id));

        const Reply reply =
            bc.get(bc.url(bc.entityPath(BcEntity::PurchaseInvoices) + QStringLiteral("(%1)").arg(id)));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("Open"));
        QVERIFY(reply.json.value(QStringLiteral("number")) != draft.value(QStringLiteral("number")));
        QCOMPARE(reply.json.value(QStringLiteral("postingDate")).toString(), QStringLiteral("2026-01-05"));
    }

    void createdAndDeletedRecordsShowInTheApi()
    {
        Environment bc;
        const QString companyId = bc.simulator.firstCompanyId();
        const QString id = bc.simulator.createRecord(
            companyId, BcEntity::Vendors,
            QJsonObject{{QStringLiteral("number"), QStringLiteral("V99990")},
                        {QStringLiteral("displayName"), QStringLiteral("Tailwind Traders")}});
        QVERIFY(!id.isEmpty());
        const QUrl url = bc.url(bc.entityPath(BcEntity::Vendors) + QStringLiteral("(%1)").arg(id));
        QCOMPARE(bc.get(url).json.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Tailwind Traders"));
        QVERIFY(bc.simulator.deleteRecord(companyId, BcEntity::Vendors, id));
        QCOMPARE(bc.get(url).status, 404);
    }

    void theSameSeedGivesIdenticalData()
    {
        Environment one(42);
        Environment two(42);
        Environment other(43);
        for (const BcEntity entity : mlc::BcEntities::all()) {
            const QUrl path = one.url(one.entityPath(entity));
            const Reply a = one.get(path);
            const Reply b = two.get(two.url(two.entityPath(entity)));
            QCOMPARE(a.status, 200);
            QCOMPARE(QJsonDocument(values(a)).toJson(), QJsonDocument(values(b)).toJson());
            QVERIFY(!values(a).isEmpty());
        }
        QCOMPARE(one.simulator.firstCompanyId(), two.simulator.firstCompanyId());
        QVERIFY(one.simulator.firstCompanyId() != other.simulator.firstCompanyId());
    }

    void everyEntityHasExactlyTheFieldsOfTheSpec_data()
    {
        QTest::addColumn<BcEntity>("entity");
        QTest::addColumn<QString>("fields");
        const QString buyFrom = QStringLiteral("buyFromAddressLine1 buyFromAddressLine2 buyFromCity "
                                               "buyFromCountry buyFromState buyFromPostCode ");
        const QString shipTo = QStringLiteral(
            "shipToAddressLine1 shipToAddressLine2 shipToCity shipToCountry shipToState shipToPostCode ");
        const QString payTo = QStringLiteral(
            "payToAddressLine1 payToAddressLine2 payToCity payToCountry payToState payToPostCode ");
        const QString sellTo = QStringLiteral(
            "sellToAddressLine1 sellToAddressLine2 sellToCity sellToCountry sellToState sellToPostCode ");
        const QString billTo = QStringLiteral(
            "billToAddressLine1 billToAddressLine2 billToCity billToCountry billToState billToPostCode ");
        const QString amounts =
            QStringLiteral("discountAmount discountAppliedBeforeTax totalAmountExcludingTax totalTaxAmount "
                           "totalAmountIncludingTax ");
        QTest::newRow("vendors")
            << BcEntity::Vendors
            << QStringLiteral("id number displayName addressLine1 addressLine2 city state country postalCode "
                              "phoneNumber email website taxRegistrationNumber currencyId currencyCode "
                              "irs1099Code paymentTermsId paymentMethodId taxLiable blocked balance "
                              "lastModifiedDateTime");
        QTest::newRow("customers")
            << BcEntity::Customers
            << QStringLiteral("id number displayName type addressLine1 addressLine2 city state country "
                              "postalCode phoneNumber email website salespersonCode balanceDue creditLimit "
                              "taxLiable taxAreaId taxAreaDisplayName taxRegistrationNumber currencyId "
                              "currencyCode paymentTermsId shipmentMethodId paymentMethodId blocked "
                              "lastModifiedDateTime");
        QTest::newRow("purchaseInvoices")
            << BcEntity::PurchaseInvoices
            << QStringLiteral(
                   "id number postingDate invoiceDate dueDate vendorInvoiceNumber vendorId vendorNumber "
                   "vendorName payToName payToContact payToVendorId payToVendorNumber shipToName "
                   "shipToContact ") +
                   buyFrom + shipTo + payTo +
                   QStringLiteral(
                       "shortcutDimension1Code shortcutDimension2Code currencyId currencyCode orderId "
                       "orderNumber purchaser pricesIncludeTax ") +
                   amounts + QStringLiteral("status lastModifiedDateTime");
        QTest::newRow("salesInvoices")
            << BcEntity::SalesInvoices
            << QStringLiteral(
                   "id number externalDocumentNumber invoiceDate postingDate dueDate promisedPayDate "
                   "customerPurchaseOrderReference customerId customerNumber customerName billToName "
                   "billToCustomerId billToCustomerNumber shipToName shipToContact ") +
                   sellTo + billTo + shipTo +
                   QStringLiteral(
                       "currencyId shortcutDimension1Code shortcutDimension2Code currencyCode orderId "
                       "orderNumber paymentTermsId shipmentMethodId salesperson disputeStatusId "
                       "disputeStatus pricesIncludeTax remainingAmount ") +
                   amounts + QStringLiteral("status lastModifiedDateTime phoneNumber email");
        QTest::newRow("purchaseOrders")
            << BcEntity::PurchaseOrders
            << QStringLiteral("id number orderDate postingDate vendorId vendorNumber vendorName payToName "
                              "payToVendorId payToVendorNumber shipToName shipToContact ") +
                   buyFrom + payTo + shipTo +
                   QStringLiteral(
                       "shortcutDimension1Code shortcutDimension2Code currencyId currencyCode "
                       "pricesIncludeTax paymentTermsId shipmentMethodId purchaser requestedReceiptDate ") +
                   amounts + QStringLiteral("fullyReceived status lastModifiedDateTime");
        QTest::newRow("salesOrders")
            << BcEntity::SalesOrders
            << QStringLiteral(
                   "id number externalDocumentNumber orderDate postingDate customerId customerNumber "
                   "customerName billToName billToCustomerId billToCustomerNumber shipToName "
                   "shipToContact ") +
                   sellTo + billTo + shipTo +
                   QStringLiteral(
                       "shortcutDimension1Code shortcutDimension2Code currencyId currencyCode "
                       "pricesIncludeTax paymentTermsId shipmentMethodId salesperson partialShipping "
                       "requestedDeliveryDate ") +
                   amounts + QStringLiteral("fullyShipped status lastModifiedDateTime phoneNumber email");
    }

    void everyEntityHasExactlyTheFieldsOfTheSpec()
    {
        QFETCH(BcEntity, entity);
        QFETCH(QString, fields);
        QStringList expected = fields.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        expected.append(QStringLiteral("@odata.etag"));
        expected.sort();
        Environment bc;
        const Reply reply = bc.get(bc.url(bc.entityPath(entity)), BcApiSimulator::demoToken(), 10);
        QCOMPARE(reply.status, 200);
        for (const QJsonValue& record : values(reply)) {
            QStringList keys = record.toObject().keys();
            keys.sort();
            QCOMPARE(keys, expected);
        }
    }

    void seededRecordsCarryTheSpecQuirks()
    {
        Environment bc;
        const QString companyId = bc.simulator.firstCompanyId();
        const QList<QJsonObject>& vendors = *bc.simulator.data().records(companyId, BcEntity::Vendors);
        QCOMPARE(vendors.size(), 50);
        QCOMPARE(bc.simulator.data().records(companyId, BcEntity::Customers)->size(), 40);
        QSet<int> fractionDigits;
        bool blankBlocked = false;
        bool foreignCurrency = false;
        for (const QJsonObject& vendor : vendors) {
            const QString modified = vendor.value(QStringLiteral("lastModifiedDateTime")).toString();
            QVERIFY(modified.endsWith(QLatin1Char('Z')));
            const qsizetype dot = modified.indexOf(QLatin1Char('.'));
            fractionDigits.insert(dot < 0 ? 0 : int(modified.size() - dot - 2));
            blankBlocked |= vendor.value(QStringLiteral("blocked")).toString() == QStringLiteral("_x0020_");
            foreignCurrency |=
                vendor.value(QStringLiteral("currencyCode")).toString() != QStringLiteral("USD");
            QVERIFY(
                vendor.value(QStringLiteral("@odata.etag")).toString().startsWith(QStringLiteral("W/\"")));
            QVERIFY(vendor.value(QStringLiteral("balance")).isDouble());
            QVERIFY(vendor.value(QStringLiteral("taxLiable")).isBool());
        }
        QVERIFY(fractionDigits.size() >= 3);
        QVERIFY(blankBlocked);
        QVERIFY(foreignCurrency);
        const QJsonObject order = bc.simulator.data().records(companyId, BcEntity::PurchaseOrders)->first();
        QVERIFY(!order.contains(QStringLiteral("dueDate")));
        QVERIFY(order.contains(QStringLiteral("fullyReceived")));
    }
};

QTEST_GUILESS_MAIN(tst_BcApiSimulator)
#include "tst_bc_api_simulator.moc"
