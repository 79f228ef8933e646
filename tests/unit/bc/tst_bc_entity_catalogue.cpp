#include "BcApiSimulator.h"
#include "BcDataSet.h"
#include "bc/BcEntityCatalogue.h"
#include "bc/BcEnumCodec.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mlc;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Why `value` does not fit `field`, or an empty string.
QString misfit(const BcField& field, const QJsonValue& value)
{
    static const QRegularExpression guidPattern(
        QStringLiteral("\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    static const QRegularExpression datePattern(QStringLiteral("\\A[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    switch (field.type) {
    case BcFieldType::Guid:
        return guidPattern.match(value.toString()).hasMatch() ? QString() : QStringLiteral("not a GUID");
    case BcFieldType::String:
        return value.isString() ? QString() : QStringLiteral("not a string");
    case BcFieldType::Decimal:
        return value.isDouble() ? QString() : QStringLiteral("not a number");
    case BcFieldType::Boolean:
        return value.isBool() ? QString() : QStringLiteral("not a boolean");
    case BcFieldType::Date: {
        const QString text = value.toString();
        const bool empty = text == QLatin1String("0001-01-01");
        const bool valid =
            datePattern.match(text).hasMatch() && (empty || QDate::fromString(text, Qt::ISODate).isValid());
        return value.isString() && valid ? QString() : QStringLiteral("not a YYYY-MM-DD date");
    }
    case BcFieldType::DateTime: {
        const QString text = value.toString();
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        return value.isString() && parsed.isValid() && text.endsWith(QLatin1Char('Z'))
                   ? QString()
                   : QStringLiteral("not a UTC timestamp");
    }
    case BcFieldType::Enum:
        return value.isString() && field.member(value.toString())
                   ? QString()
                   : QStringLiteral("not one of %1").arg(field.memberWireValues().join(QStringLiteral(", ")));
    }
    return QStringLiteral("unknown type");
}

} // namespace

class tst_BcEntityCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEscapes_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("space") << QStringLiteral("In_x0020_Review") << QStringLiteral("In Review");
        QTest::newRow("space and dot")
            << QStringLiteral("Positive_x0020_Adjmt_x002E_") << QStringLiteral("Positive Adjmt.");
        QTest::newRow("blank member") << QStringLiteral("_x0020_") << QStringLiteral(" ");
        QTest::newRow("plain") << QStringLiteral("Open") << QStringLiteral("Open");
        QTest::newRow("lower-case hex") << QStringLiteral("a_x002e_b") << QStringLiteral("a.b");
        QTest::newRow("non-latin") << QStringLiteral("_x00FC_ber") << QStringLiteral("\u00FCber");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("bad hex digit") << QStringLiteral("_x00G0_") << QStringLiteral("_x00G0_");
        QTest::newRow("truncated") << QStringLiteral("In_x002") << QStringLiteral("In_x002");
        QTest::newRow("no closing underscore") << QStringLiteral("_x0020x") << QStringLiteral("_x0020x");
        QTest::newRow("lone prefix") << QStringLiteral("_x") << QStringLiteral("_x");
        QTest::newRow("upper-case X") << QStringLiteral("_X0020_") << QStringLiteral("_X0020_");
        QTest::newRow("bad then good") << QStringLiteral("_x_x0020_") << QStringLiteral("_x ");
        QTest::newRow("plain underscore") << QStringLiteral("My_Value") << QStringLiteral("My_Value");
    }

    void decodesEscapes()
    {
        QFETCH(QString, wire);
        QFETCH(QString, decoded);
        QCOMPARE(BcEnumCodec::decode(wire), decoded);
    }

    void encodesAsBcDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("wire");
        QTest::newRow("space") << QStringLiteral("In Review") << QStringLiteral("In_x0020_Review");
        QTest::newRow("dot") << QStringLiteral("Positive Adjmt.")
                             << QStringLiteral("Positive_x0020_Adjmt_x002E_");
        QTest::newRow("blank") << QStringLiteral(" ") << QStringLiteral("_x0020_");
        QTest::newRow("plain") << QStringLiteral("Canceled") << QStringLiteral("Canceled");
        QTest::newRow("slash") << QStringLiteral("A/B") << QStringLiteral("A_x002F_B");
        QTest::newRow("underscore stays") << QStringLiteral("My_Value") << QStringLiteral("My_Value");
        QTest::newRow("escape-like text") << QStringLiteral("_x0020_") << QStringLiteral("_x005F_x0020_");
        QTest::newRow("malformed escape stays") << QStringLiteral("_x00G0_") << QStringLiteral("_x00G0_");
    }

    void encodesAsBcDoes()
    {
        QFETCH(QString, text);
        QFETCH(QString, wire);
        QCOMPARE(BcEnumCodec::encode(text), wire);
        QCOMPARE(BcEnumCodec::decode(wire), text);
    }

    void roundTripsAnyText()
    {
        const QStringList samples = {QStringLiteral("In Review"),    QStringLiteral("a.b c-d"),
                                     QStringLiteral("_x0020_"),      QStringLiteral("__x__"),
                                     QStringLiteral("\u00FC\u00DF"), QStringLiteral("\U0001F600 emoji"),
                                     QStringLiteral("_x00G0_"),      QStringLiteral("trailing_")};
        for (const QString& text : samples)
            QCOMPARE(BcEnumCodec::decode(BcEnumCodec::encode(text)), text);
    }

    void displayTextDecodesButMatchingUsesTheWireValue()
    {
        const BcField* status =
            BcEntityCatalogue::field(BcEntity::PurchaseInvoices, QStringLiteral("status"));
        QVERIFY(status);
        QVERIFY(status->member(QStringLiteral("In_x0020_Review")));
        QCOMPARE(status->member(QStringLiteral("In Review")), nullptr);
        QCOMPARE(status->member(QStringLiteral("In_x0020_Review"))->displayText, QStringLiteral("In Review"));
        QCOMPARE(BcEnumCodec::displayText(BcEntity::PurchaseInvoices, QStringLiteral("status"),
                                          QStringLiteral("In_x0020_Review")),
                 QStringLiteral("In Review"));
        QCOMPARE(
            BcEnumCodec::displayText(BcEntity::Vendors, QStringLiteral("blocked"), QStringLiteral("_x0020_")),
            QStringLiteral("(blank)"));
        // A member a tenant added, and a field that is no enum: decoded, never refused.
        QCOMPARE(BcEnumCodec::displayText(BcEntity::SalesOrders, QStringLiteral("status"),
                                          QStringLiteral("On_x0020_Hold")),
                 QStringLiteral("On Hold"));
        QCOMPARE(
            BcEnumCodec::displayText(BcEntity::Vendors, QStringLiteral("city"), QStringLiteral("_x0020_")),
            QStringLiteral(" "));
        QCOMPARE(
            BcEnumCodec::displayText(BcEntity::Vendors, QStringLiteral("nope"), QStringLiteral("A_x002E_")),
            QStringLiteral("A."));
    }

    void enumMembersAreTheSpecs()
    {
        auto wires = [](BcEntity entity, const char* field) {
            const BcField* found = BcEntityCatalogue::field(entity, QLatin1String(field));
            return found && found->isEnum() ? found->memberWireValues() : QStringList();
        };
        const QStringList invoiceStatus = {
            QStringLiteral("_x0020_"),   QStringLiteral("Draft"), QStringLiteral("In_x0020_Review"),
            QStringLiteral("Open"),      QStringLiteral("Paid"),  QStringLiteral("Canceled"),
            QStringLiteral("Corrective")};
        const QStringList orderStatus = {QStringLiteral("Draft"), QStringLiteral("In_x0020_Review"),
                                         QStringLiteral("Open")};
        QCOMPARE(wires(BcEntity::PurchaseInvoices, "status"), invoiceStatus);
        QCOMPARE(wires(BcEntity::SalesInvoices, "status"), invoiceStatus);
        QCOMPARE(wires(BcEntity::PurchaseOrders, "status"), orderStatus);
        QCOMPARE(wires(BcEntity::SalesOrders, "status"), orderStatus);
        QCOMPARE(wires(BcEntity::Vendors, "blocked"),
                 QStringList({QStringLiteral("_x0020_"), QStringLiteral("Payment"), QStringLiteral("All")}));
        QCOMPARE(wires(BcEntity::Customers, "blocked"),
                 QStringList({QStringLiteral("_x0020_"), QStringLiteral("Ship"), QStringLiteral("Invoice"),
                              QStringLiteral("All")}));
        QCOMPARE(wires(BcEntity::Customers, "type"),
                 QStringList({QStringLiteral("Company"), QStringLiteral("Person")}));
        // Exactly these seven enum fields, no more.
        int enumFields = 0;
        for (BcEntity entity : BcEntities::all()) {
            for (const BcField& field : BcEntityCatalogue::info(entity).fields) {
                if (field.isEnum())
                    ++enumFields;
                else
                    QVERIFY(field.members.isEmpty());
            }
        }
        QCOMPARE(enumFields, 7);
    }

    void webhookSupportFollowsTheDocumentedList()
    {
        for (BcEntity entity : BcEntities::all()) {
            QCOMPARE(BcEntityCatalogue::info(entity).supportsWebhooks, entity != BcEntity::PurchaseOrders);
        }
    }

    void entitiesNameThemselvesAndTheirRecords()
    {
        for (BcEntity entity : BcEntities::all()) {
            const BcEntityInfo& info = BcEntityCatalogue::info(entity);
            QCOMPARE(info.entity, entity);
            QCOMPARE(info.entitySetName, BcEntities::toString(entity));
            QVERIFY(!info.displayName.isEmpty());
            const bool master = entity == BcEntity::Vendors || entity == BcEntity::Customers;
            QCOMPARE(info.nameField, master ? QStringLiteral("displayName") : QStringLiteral("number"));
            QVERIFY(BcEntityCatalogue::field(entity, info.nameField));
            // The same object every time: built once.
            QCOMPARE(&BcEntityCatalogue::info(entity), &info);
        }
        QCOMPARE(BcEntityCatalogue::info(BcEntity::PurchaseInvoices).displayName,
                 QStringLiteral("Purchase invoices"));
    }

    void fieldListsAreTheSpecsInPageOrder_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("fields");
        QTest::newRow("vendors")
            << int(BcEntity::Vendors)
            << QStringLiteral("id number displayName addressLine1 addressLine2 city state country "
                              "postalCode phoneNumber email website taxRegistrationNumber currencyId "
                              "currencyCode irs1099Code paymentTermsId paymentMethodId taxLiable "
                              "blocked balance lastModifiedDateTime");
        QTest::newRow("customers")
            << int(BcEntity::Customers)
            << QStringLiteral(
                   "id number displayName type addressLine1 addressLine2 city state country postalCode "
                   "phoneNumber email website salespersonCode balanceDue creditLimit taxLiable "
                   "taxAreaId taxAreaDisplayName taxRegistrationNumber currencyId currencyCode "
                   "paymentTermsId shipmentMethodId paymentMethodId blocked lastModifiedDateTime");
        QTest::newRow("purchaseInvoices")
            << int(BcEntity::PurchaseInvoices)
            << QStringLiteral(
                   "id number postingDate invoiceDate dueDate vendorInvoiceNumber vendorId vendorNumber "
                   "vendorName payToName payToContact payToVendorId payToVendorNumber shipToName "
                   "shipToContact "
                   "buyFromAddressLine1 buyFromAddressLine2 buyFromCity buyFromCountry buyFromState "
                   "buyFromPostCode shipToAddressLine1 shipToAddressLine2 shipToCity shipToCountry "
                   "shipToState "
                   "shipToPostCode payToAddressLine1 payToAddressLine2 payToCity payToCountry payToState "
                   "payToPostCode shortcutDimension1Code shortcutDimension2Code currencyId currencyCode "
                   "orderId "
                   "orderNumber purchaser pricesIncludeTax discountAmount discountAppliedBeforeTax "
                   "totalAmountExcludingTax totalTaxAmount totalAmountIncludingTax status "
                   "lastModifiedDateTime");
        QTest::newRow("salesInvoices")
            << int(BcEntity::SalesInvoices)
            << QStringLiteral(
                   "id number externalDocumentNumber invoiceDate postingDate dueDate promisedPayDate "
                   "customerPurchaseOrderReference customerId customerNumber customerName billToName "
                   "billToCustomerId billToCustomerNumber shipToName shipToContact sellToAddressLine1 "
                   "sellToAddressLine2 sellToCity sellToCountry sellToState sellToPostCode "
                   "billToAddressLine1 "
                   "billToAddressLine2 billToCity billToCountry billToState billToPostCode "
                   "shipToAddressLine1 "
                   "shipToAddressLine2 shipToCity shipToCountry shipToState shipToPostCode currencyId "
                   "shortcutDimension1Code shortcutDimension2Code currencyCode orderId orderNumber "
                   "paymentTermsId "
                   "shipmentMethodId salesperson disputeStatusId disputeStatus pricesIncludeTax "
                   "remainingAmount "
                   "discountAmount discountAppliedBeforeTax totalAmountExcludingTax totalTaxAmount "
                   "totalAmountIncludingTax status lastModifiedDateTime phoneNumber email");
        QTest::newRow("purchaseOrders")
            << int(BcEntity::PurchaseOrders)
            << QStringLiteral(
                   "id number orderDate postingDate vendorId vendorNumber vendorName payToName payToVendorId "
                   "payToVendorNumber shipToName shipToContact buyFromAddressLine1 buyFromAddressLine2 "
                   "buyFromCity buyFromCountry buyFromState buyFromPostCode payToAddressLine1 "
                   "payToAddressLine2 "
                   "payToCity payToCountry payToState payToPostCode shipToAddressLine1 shipToAddressLine2 "
                   "shipToCity shipToCountry shipToState shipToPostCode shortcutDimension1Code "
                   "shortcutDimension2Code currencyId currencyCode pricesIncludeTax paymentTermsId "
                   "shipmentMethodId purchaser requestedReceiptDate discountAmount discountAppliedBeforeTax "
                   "totalAmountExcludingTax totalTaxAmount totalAmountIncludingTax fullyReceived status "
                   "lastModifiedDateTime");
        QTest::newRow("salesOrders")
            << int(BcEntity::SalesOrders)
            << QStringLiteral(
                   "id number externalDocumentNumber orderDate postingDate customerId customerNumber "
                   "customerName "
                   "billToName billToCustomerId billToCustomerNumber shipToName shipToContact "
                   "sellToAddressLine1 "
                   "sellToAddressLine2 sellToCity sellToCountry sellToState sellToPostCode "
                   "billToAddressLine1 "
                   "billToAddressLine2 billToCity billToCountry billToState billToPostCode "
                   "shipToAddressLine1 "
                   "shipToAddressLine2 shipToCity shipToCountry shipToState shipToPostCode "
                   "shortcutDimension1Code "
                   "shortcutDimension2Code currencyId currencyCode pricesIncludeTax paymentTermsId "
                   "shipmentMethodId salesperson partialShipping requestedDeliveryDate discountAmount "
                   "discountAppliedBeforeTax totalAmountExcludingTax totalTaxAmount totalAmountIncludingTax "
                   "fullyShipped status lastModifiedDateTime phoneNumber email");
    }

    void fieldListsAreTheSpecsInPageOrder()
    {
        QFETCH(int, entity);
        QFETCH(QString, fields);
        const BcEntity bcEntity = static_cast<BcEntity>(entity);
        const QStringList expected = fields.split(QLatin1Char(' '));
        QCOMPARE(BcEntityCatalogue::fieldNames(bcEntity), expected);
        const BcEntityInfo& info = BcEntityCatalogue::info(bcEntity);
        QCOMPARE(info.fields.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(info.fields.at(i).name, expected.at(i));
        QCOMPARE(QSet<QString>(expected.begin(), expected.end()).size(), expected.size());
        QCOMPARE(BcEntityCatalogue::field(bcEntity, QStringLiteral("lastModifiedDateTime"))->type,
                 BcFieldType::DateTime);
        QCOMPARE(BcEntityCatalogue::field(bcEntity, QStringLiteral("id"))->type, BcFieldType::Guid);
        // OData names are case-sensitive.
        QCOMPARE(BcEntityCatalogue::field(bcEntity, QStringLiteral("ID")), nullptr);
        QCOMPARE(BcEntityCatalogue::field(bcEntity, QStringLiteral("@odata.etag")), nullptr);
    }

    void typesFollowTheSpec()
    {
        auto type = [](BcEntity entity, const char* name) {
            const BcField* found = BcEntityCatalogue::field(entity, QLatin1String(name));
            return found ? int(found->type) : -1;
        };
        QCOMPARE(type(BcEntity::Vendors, "balance"), int(BcFieldType::Decimal));
        QCOMPARE(type(BcEntity::Vendors, "taxLiable"), int(BcFieldType::Boolean));
        QCOMPARE(type(BcEntity::Vendors, "number"), int(BcFieldType::String));
        QCOMPARE(type(BcEntity::Customers, "creditLimit"), int(BcFieldType::Decimal));
        QCOMPARE(type(BcEntity::PurchaseInvoices, "dueDate"), int(BcFieldType::Date));
        QCOMPARE(type(BcEntity::PurchaseInvoices, "vendorId"), int(BcFieldType::Guid));
        QCOMPARE(type(BcEntity::SalesInvoices, "remainingAmount"), int(BcFieldType::Decimal));
        QCOMPARE(type(BcEntity::SalesInvoices, "disputeStatus"), int(BcFieldType::String));
        QCOMPARE(type(BcEntity::PurchaseOrders, "fullyReceived"), int(BcFieldType::Boolean));
        QCOMPARE(type(BcEntity::PurchaseOrders, "requestedReceiptDate"), int(BcFieldType::Date));
        QCOMPARE(type(BcEntity::PurchaseOrders, "dueDate"), -1); // spec §3.5: no dueDate on orders
        QCOMPARE(type(BcEntity::SalesOrders, "partialShipping"), int(BcFieldType::Boolean));
    }

    // The simulator is what every other test syncs against: its records must look like the spec's.
    void simulatorRecordsMatchTheCatalogue()
    {
        const sandbox::BcDataSet data = sandbox::BcDataSet::seeded(sandbox::BcApiSimulator::kDefaultSeed);
        QVERIFY(!data.companies().isEmpty());
        QStringList problems;
        for (BcEntity entity : BcEntities::all()) {
            const QString entityName = BcEntities::toString(entity);
            const QStringList expected = sorted(BcEntityCatalogue::fieldNames(entity));
            int seen = 0;
            for (const QJsonObject& company : data.companies()) {
                const QList<QJsonObject>* records =
                    data.records(company.value(QStringLiteral("id")).toString(), entity);
                if (!records)
                    continue;
                for (const QJsonObject& record : *records) {
                    ++seen;
                    QStringList keys = record.keys();
                    keys.removeAll(QStringLiteral("@odata.etag"));
                    if (sorted(keys) != expected) {
                        const QSet<QString> have(keys.begin(), keys.end());
                        const QSet<QString> want(expected.begin(), expected.end());
                        problems << QStringLiteral("%1 %2: missing {%3}, extra {%4}")
                                        .arg(entityName, record.value(QStringLiteral("id")).toString(),
                                             sorted(QSet<QString>(want).subtract(have).values())
                                                 .join(QLatin1Char(',')),
                                             sorted(QSet<QString>(have).subtract(want).values())
                                                 .join(QLatin1Char(',')));
                    }
                    for (const BcField& field : BcEntityCatalogue::info(entity).fields) {
                        if (!record.contains(field.name))
                            continue;
                        const QString why = misfit(field, record.value(field.name));
                        if (!why.isEmpty())
                            problems << QStringLiteral("%1.%2 = %3: %4")
                                            .arg(entityName, field.name,
                                                 record.value(field.name).toVariant().toString(), why);
                    }
                }
            }
            QVERIFY2(seen > 0, qPrintable(entityName));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_BcEntityCatalogue)
#include "tst_bc_entity_catalogue.moc"
