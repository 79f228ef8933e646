#include "BcEntityCatalogue.h"

#include "bc/BcEnumCodec.h"

#include <QHash>

#include <array>

namespace mlc {

namespace {

// Every non-string field of the six pages; a name has the same type wherever it appears.
BcFieldType typeOf(const QString& name)
{
    static const QHash<QString, BcFieldType> types = [] {
        QHash<QString, BcFieldType> map;
        for (const char* guid :
             {"id", "currencyId", "paymentTermsId", "paymentMethodId", "shipmentMethodId", "taxAreaId",
              "vendorId", "payToVendorId", "customerId", "billToCustomerId", "orderId", "disputeStatusId"})
            map.insert(QLatin1String(guid), BcFieldType::Guid);
        for (const char* decimal :
             {"balance", "balanceDue", "creditLimit", "remainingAmount", "discountAmount",
              "totalAmountExcludingTax", "totalTaxAmount", "totalAmountIncludingTax"})
            map.insert(QLatin1String(decimal), BcFieldType::Decimal);
        for (const char* boolean : {"taxLiable", "pricesIncludeTax", "discountAppliedBeforeTax",
                                    "fullyReceived", "fullyShipped", "partialShipping"})
            map.insert(QLatin1String(boolean), BcFieldType::Boolean);
        for (const char* date : {"postingDate", "invoiceDate", "dueDate", "promisedPayDate", "orderDate",
                                 "requestedReceiptDate", "requestedDeliveryDate"})
            map.insert(QLatin1String(date), BcFieldType::Date);
        map.insert(QStringLiteral("lastModifiedDateTime"), BcFieldType::DateTime);
        return map;
    }();
    return types.value(name, BcFieldType::String);
}

QList<BcEnumMember> members(std::initializer_list<const char*> wireValues)
{
    QList<BcEnumMember> list;
    for (const char* wireValue : wireValues) {
        const QString wire = QLatin1String(wireValue);
        const QString decoded = BcEnumCodec::decode(wire);
        // The blank member decodes to a space, which nobody can see in a list.
        const QString display = decoded.trimmed().isEmpty() ? BcEntityCatalogue::tr("(blank)") : decoded;
        list.append({wire, display});
    }
    return list;
}

struct EnumSpec
{
    const char* field;
    QList<BcEnumMember> members;
};

BcEntityInfo makeInfo(BcEntity entity, const QString& displayName, const char* nameField, bool webhooks,
                      const QString& fieldList, const QList<EnumSpec>& enums)
{
    BcEntityInfo info;
    info.entity = entity;
    info.entitySetName = BcEntities::toString(entity);
    info.displayName = displayName;
    info.nameField = QLatin1String(nameField);
    info.supportsWebhooks = webhooks;
    info.fieldNames = fieldList.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& name : std::as_const(info.fieldNames)) {
        BcField field{name, typeOf(name), {}};
        for (const EnumSpec& spec : enums) {
            if (name == QLatin1String(spec.field)) {
                field.type = BcFieldType::Enum;
                field.members = spec.members;
            }
        }
        info.fields.append(field);
    }
    return info;
}

using Catalogue = std::array<BcEntityInfo, 6>;

Catalogue build()
{
    const QList<BcEnumMember> invoiceStatus =
        members({"_x0020_", "Draft", "In_x0020_Review", "Open", "Paid", "Canceled", "Corrective"});
    const QList<BcEnumMember> orderStatus = members({"Draft", "In_x0020_Review", "Open"});
    // Field lists are spec §3.1-3.6, in page order; the API sends them in this order.
    return {
        makeInfo(
            BcEntity::Vendors, BcEntityCatalogue::tr("Vendors"), "displayName", true,
            QStringLiteral("id number displayName addressLine1 addressLine2 city state country postalCode "
                           "phoneNumber email website taxRegistrationNumber currencyId currencyCode "
                           "irs1099Code paymentTermsId paymentMethodId taxLiable blocked balance "
                           "lastModifiedDateTime"),
            {{"blocked", members({"_x0020_", "Payment", "All"})}}),
        makeInfo(BcEntity::Customers, BcEntityCatalogue::tr("Customers"), "displayName", true,
                 QStringLiteral("id number displayName type addressLine1 addressLine2 city state country "
                                "postalCode phoneNumber email website salespersonCode balanceDue creditLimit "
                                "taxLiable taxAreaId taxAreaDisplayName taxRegistrationNumber currencyId "
                                "currencyCode paymentTermsId shipmentMethodId paymentMethodId blocked "
                                "lastModifiedDateTime"),
                 {{"type", members({"Company", "Person"})},
                  {"blocked", members({"_x0020_", "Ship", "Invoice", "All"})}}),
        makeInfo(
            BcEntity::PurchaseInvoices, BcEntityCatalogue::tr("Purchase invoices"), "number", true,
            QStringLiteral("id number postingDate invoiceDate dueDate vendorInvoiceNumber vendorId "
                           "vendorNumber vendorName payToName payToContact payToVendorId payToVendorNumber "
                           "shipToName shipToContact buyFromAddressLine1 buyFromAddressLine2 buyFromCity "
                           "buyFromCountry buyFromState buyFromPostCode shipToAddressLine1 "
                           "shipToAddressLine2 shipToCity shipToCountry shipToState shipToPostCode "
                           "payToAddressLine1 payToAddressLine2 payToCity payToCountry payToState "
                           "payToPostCode shortcutDimension1Code shortcutDimension2Code currencyId "
                           "currencyCode orderId orderNumber purchaser pricesIncludeTax discountAmount "
                           "discountAppliedBeforeTax totalAmountExcludingTax totalTaxAmount "
                           "totalAmountIncludingTax status lastModifiedDateTime"),
            {{"status", invoiceStatus}}),
        makeInfo(
            BcEntity::SalesInvoices, BcEntityCatalogue::tr("Sales invoices"), "number", true,
            QStringLiteral("id number externalDocumentNumber invoiceDate postingDate dueDate "
                           "promisedPayDate customerPurchaseOrderReference customerId customerNumber "
                           "customerName billToName billToCustomerId billToCustomerNumber shipToName "
                           "shipToContact sellToAddressLine1 sellToAddressLine2 sellToCity sellToCountry "
                           "sellToState sellToPostCode billToAddressLine1 billToAddressLine2 billToCity "
                           "billToCountry billToState billToPostCode shipToAddressLine1 shipToAddressLine2 "
                           "shipToCity shipToCountry shipToState shipToPostCode currencyId "
                           "shortcutDimension1Code shortcutDimension2Code currencyCode orderId orderNumber "
                           "paymentTermsId shipmentMethodId salesperson disputeStatusId disputeStatus "
                           "pricesIncludeTax remainingAmount discountAmount discountAppliedBeforeTax "
                           "totalAmountExcludingTax totalTaxAmount totalAmountIncludingTax status "
                           "lastModifiedDateTime phoneNumber email"),
            {{"status", invoiceStatus}}),
        // Not in the documented webhook list (spec §5.7): poll it.
        makeInfo(
            BcEntity::PurchaseOrders, BcEntityCatalogue::tr("Purchase orders"), "number", false,
            QStringLiteral("id number orderDate postingDate vendorId vendorNumber vendorName payToName "
                           "payToVendorId payToVendorNumber shipToName shipToContact buyFromAddressLine1 "
                           "buyFromAddressLine2 buyFromCity buyFromCountry buyFromState buyFromPostCode "
                           "payToAddressLine1 payToAddressLine2 payToCity payToCountry payToState "
                           "payToPostCode shipToAddressLine1 shipToAddressLine2 shipToCity shipToCountry "
                           "shipToState shipToPostCode shortcutDimension1Code shortcutDimension2Code "
                           "currencyId currencyCode pricesIncludeTax paymentTermsId shipmentMethodId "
                           "purchaser requestedReceiptDate discountAmount discountAppliedBeforeTax "
                           "totalAmountExcludingTax totalTaxAmount totalAmountIncludingTax fullyReceived "
                           "status lastModifiedDateTime"),
            {{"status", orderStatus}}),
        makeInfo(
            BcEntity::SalesOrders, BcEntityCatalogue::tr("Sales orders"), "number", true,
            QStringLiteral("id number externalDocumentNumber orderDate postingDate customerId "
                           "customerNumber customerName billToName billToCustomerId billToCustomerNumber "
                           "shipToName shipToContact sellToAddressLine1 sellToAddressLine2 sellToCity "
                           "sellToCountry sellToState sellToPostCode billToAddressLine1 billToAddressLine2 "
                           "billToCity billToCountry billToState billToPostCode shipToAddressLine1 "
                           "shipToAddressLine2 shipToCity shipToCountry shipToState shipToPostCode "
                           "shortcutDimension1Code shortcutDimension2Code currencyId currencyCode "
                           "pricesIncludeTax paymentTermsId shipmentMethodId salesperson partialShipping "
                           "requestedDeliveryDate discountAmount discountAppliedBeforeTax "
                           "totalAmountExcludingTax totalTaxAmount totalAmountIncludingTax fullyShipped "
                           "status lastModifiedDateTime phoneNumber email"),
            {{"status", orderStatus}}),
    };
}

const Catalogue& catalogue()
{
    static const Catalogue entries = build();
    return entries;
}

} // namespace

const BcEntityInfo& BcEntityCatalogue::info(BcEntity entity)
{
    for (const BcEntityInfo& entry : catalogue()) {
        if (entry.entity == entity)
            return entry;
    }
    Q_UNREACHABLE();
    return catalogue().front();
}

const BcField* BcEntityCatalogue::field(BcEntity entity, const QString& name)
{
    for (const BcField& candidate : info(entity).fields) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const QStringList& BcEntityCatalogue::fieldNames(BcEntity entity)
{
    return info(entity).fieldNames;
}

} // namespace mlc
