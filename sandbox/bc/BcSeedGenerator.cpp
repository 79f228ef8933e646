#include "BcSeedGenerator.h"

#include "BcDataSet.h"

#include <QUuid>

#include <array>
#include <cmath>

namespace mlc::sandbox {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QList<QString> kCurrencies{QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("CAD")};

QString emptyDate()
{
    return QStringLiteral("0001-01-01");
}

} // namespace

BcSeedGenerator::BcSeedGenerator(quint32 seed)
    : m_random(seed)
    , m_epoch(QDate(2025, 12, 31), QTime(18, 0), Qt::UTC)
{}

void BcSeedGenerator::fill(BcDataSet& data)
{
    for (int i = 0; i < 4; ++i) {
        m_paymentTermsIds.append(guid());
        m_shipmentMethodIds.append(guid());
        m_paymentMethodIds.append(guid());
    }
    for (int i = 0; i < kCurrencies.size(); ++i)
        m_currencyIds.append(guid());

    const QJsonObject main =
        makeCompany(QStringLiteral("NORTHWIND DIST"), QStringLiteral("Northwind Distribution, Inc."));
    data.addCompany(main);
    fillCompany(data, main.value(QStringLiteral("id")).toString(), 50, 40, 180);
    const QJsonObject second =
        makeCompany(QStringLiteral("NORTHWIND CA"), QStringLiteral("Northwind Distribution Canada Ltd."));
    data.addCompany(second);
    fillCompany(data, second.value(QStringLiteral("id")).toString(), 8, 6, 10);
}

void BcSeedGenerator::fillCompany(BcDataSet& data, const QString& companyId, int vendorCount,
                                  int customerCount, int documentCount)
{
    QList<QJsonObject> vendors;
    for (int i = 0; i < vendorCount; ++i) {
        vendors.append(makeVendor(i));
        data.insert(companyId, BcEntity::Vendors, vendors.last());
    }
    QList<QJsonObject> customers;
    for (int i = 0; i < customerCount; ++i) {
        customers.append(makeCustomer(i));
        data.insert(companyId, BcEntity::Customers, customers.last());
    }
    for (int i = 0; i < documentCount; ++i)
        data.insert(companyId, BcEntity::PurchaseInvoices, makePurchaseInvoice(i, pick(vendors)));
    for (int i = 0; i < documentCount; ++i)
        data.insert(companyId, BcEntity::SalesInvoices, makeSalesInvoice(i, pick(customers)));
    for (int i = 0; i < documentCount * 2 / 3; ++i)
        data.insert(companyId, BcEntity::PurchaseOrders, makePurchaseOrder(i, pick(vendors)));
    for (int i = 0; i < documentCount * 2 / 3; ++i)
        data.insert(companyId, BcEntity::SalesOrders, makeSalesOrder(i, pick(customers)));
}

QJsonObject BcSeedGenerator::makeCompany(const QString& name, const QString& displayName)
{
    const QString created = timestamp();
    return QJsonObject{{QStringLiteral("id"), guid()},
                       {QStringLiteral("systemVersion"), QStringLiteral("25.4.29661.30893")},
                       {QStringLiteral("timestamp"), static_cast<qint64>(m_random.bounded(100000, 900000))},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("businessProfileId"), QString()},
                       {QStringLiteral("systemCreatedAt"), created},
                       {QStringLiteral("systemCreatedBy"), BcDataSet::nullGuid()},
                       {QStringLiteral("systemModifiedAt"), created},
                       {QStringLiteral("systemModifiedBy"), guid()}};
}

QJsonObject BcSeedGenerator::makeVendor(int index)
{
    static const QList<QString> names{
        s("Fabrikam, Inc."),       s("First Up Consultants"),  s("Graphic Design Institute"),
        s("Wide World Importers"), s("Nod Publishers"),        s("Litware Supplies"),
        s("Proseware Components"), s("Adatum Packaging"),      s("Contoso Pallets"),
        s("Tailspin Freight"),     s("Blue Yonder Logistics"), s("Coho Wholesale Foods"),
        s("Lucerne Paper Mill"),   s("Margie's Travel"),       s("Alpine Ski House Supply"),
        s("Trey Hardware")};
    QJsonObject v;
    v.insert(QStringLiteral("id"), guid());
    v.insert(QStringLiteral("number"), QStringLiteral("V%1").arg(10000 + index * 10));
    const QString name = index < names.size()
                             ? names.at(index)
                             : QStringLiteral("%1 %2").arg(pick(names)).arg(index / names.size() + 1);
    v.insert(QStringLiteral("displayName"), name);
    addAddress(v, QString(), QStringLiteral("postalCode"));
    v.insert(QStringLiteral("phoneNumber"), QStringLiteral("+1 425 555 %1").arg(1000 + index * 7));
    v.insert(QStringLiteral("email"), QStringLiteral("ap%1@vendor-mail.example").arg(index));
    v.insert(QStringLiteral("website"),
             index % 3 == 0 ? QString() : QStringLiteral("www.vendor%1.example").arg(index));
    v.insert(QStringLiteral("taxRegistrationNumber"),
             index % 4 == 0 ? QString() : QStringLiteral("%1").arg(m_random.bounded(100000000, 999999999)));
    const QString currency = currencyCode();
    v.insert(QStringLiteral("currencyId"), currency == QStringLiteral("USD")
                                               ? BcDataSet::nullGuid()
                                               : m_currencyIds.at(kCurrencies.indexOf(currency)));
    v.insert(QStringLiteral("currencyCode"), currency);
    v.insert(QStringLiteral("irs1099Code"), index % 5 == 0 ? QStringLiteral("MISC-07") : QString());
    v.insert(QStringLiteral("paymentTermsId"), pick(m_paymentTermsIds));
    v.insert(QStringLiteral("paymentMethodId"),
             index % 6 == 0 ? BcDataSet::nullGuid() : pick(m_paymentMethodIds));
    v.insert(QStringLiteral("taxLiable"), index % 2 == 0);
    v.insert(QStringLiteral("blocked"),
             index % 11 == 5 ? QStringLiteral("Payment")
                             : (index % 17 == 9 ? QStringLiteral("All") : QStringLiteral("_x0020_")));
    v.insert(QStringLiteral("balance"), amount(0, 25000));
    v.insert(QStringLiteral("lastModifiedDateTime"), timestamp());
    return v;
}

QJsonObject BcSeedGenerator::makeCustomer(int index)
{
    static const QList<QString> names{s("Adatum Corporation"),
                                      s("Trey Research"),
                                      s("School of Fine Art"),
                                      s("Alpine Ski House"),
                                      s("Relecloud"),
                                      s("Coho Winery"),
                                      s("Fourth Coffee"),
                                      s("Northwind Traders"),
                                      s("Woodgrove Bank"),
                                      s("Bellows College"),
                                      s("Munson's Pickles and Preserves Farm"),
                                      s("Humongous Insurance"),
                                      s("Southridge Video"),
                                      s("City Power & Light"),
                                      s("Consolidated Messenger"),
                                      s("Best For You Organics")};
    QJsonObject c;
    c.insert(QStringLiteral("id"), guid());
    c.insert(QStringLiteral("number"), QStringLiteral("C%1").arg(10000 + index * 10));
    const QString name = index < names.size()
                             ? names.at(index)
                             : QStringLiteral("%1 %2").arg(pick(names)).arg(index / names.size() + 1);
    c.insert(QStringLiteral("displayName"), name);
    c.insert(QStringLiteral("type"), index % 9 == 4 ? QStringLiteral("Person") : QStringLiteral("Company"));
    addAddress(c, QString(), QStringLiteral("postalCode"));
    c.insert(QStringLiteral("phoneNumber"), QStringLiteral("+1 206 555 %1").arg(2000 + index * 13));
    c.insert(QStringLiteral("email"), QStringLiteral("purchasing%1@customer-mail.example").arg(index));
    c.insert(QStringLiteral("website"),
             index % 4 == 1 ? QString() : QStringLiteral("www.customer%1.example").arg(index));
    c.insert(QStringLiteral("salespersonCode"), pick(QList<QString>{s("JR"), s("PS"), s("OF"), QString()}));
    c.insert(QStringLiteral("balanceDue"), amount(0, 40000));
    c.insert(QStringLiteral("creditLimit"), static_cast<double>(m_random.bounded(0, 20) * 5000));
    c.insert(QStringLiteral("taxLiable"), index % 3 != 0);
    const bool taxed = index % 3 != 0;
    c.insert(QStringLiteral("taxAreaId"), taxed ? pick(m_paymentTermsIds) : BcDataSet::nullGuid());
    c.insert(QStringLiteral("taxAreaDisplayName"), taxed ? QStringLiteral("ATLANTA, GA") : QString());
    c.insert(QStringLiteral("taxRegistrationNumber"),
             index % 5 == 0 ? QStringLiteral("%1").arg(m_random.bounded(100000000, 999999999)) : QString());
    const QString currency = currencyCode();
    c.insert(QStringLiteral("currencyId"), currency == QStringLiteral("USD")
                                               ? BcDataSet::nullGuid()
                                               : m_currencyIds.at(kCurrencies.indexOf(currency)));
    c.insert(QStringLiteral("currencyCode"), currency);
    c.insert(QStringLiteral("paymentTermsId"), pick(m_paymentTermsIds));
    c.insert(QStringLiteral("shipmentMethodId"),
             index % 7 == 0 ? BcDataSet::nullGuid() : pick(m_shipmentMethodIds));
    c.insert(QStringLiteral("paymentMethodId"), pick(m_paymentMethodIds));
    c.insert(QStringLiteral("blocked"),
             index % 13 == 6 ? QStringLiteral("Ship")
                             : (index % 19 == 3 ? QStringLiteral("Invoice") : QStringLiteral("_x0020_")));
    c.insert(QStringLiteral("lastModifiedDateTime"), timestamp());
    return c;
}

QJsonObject BcSeedGenerator::makePurchaseInvoice(int index, const QJsonObject& vendor)
{
    static const QList<QString> statuses{s("Draft"), s("Open"), s("Open"),     s("Paid"),
                                         s("Paid"),  s("Paid"), s("Canceled"), s("Corrective")};
    const QString status = index % 15 == 14 ? QStringLiteral("In_x0020_Review") : pick(statuses);
    const bool draft = status == QStringLiteral("Draft") || status == QStringLiteral("In_x0020_Review");
    const QString vendorId = vendor.value(QStringLiteral("id")).toString();
    const QString vendorNumber = vendor.value(QStringLiteral("number")).toString();
    const QString vendorName = vendor.value(QStringLiteral("displayName")).toString();
    QJsonObject p;
    p.insert(QStringLiteral("id"), guid());
    p.insert(QStringLiteral("number"),
             draft ? QStringLiteral("%1").arg(1001 + index) : QStringLiteral("%1").arg(108001 + index));
    p.insert(QStringLiteral("postingDate"), draft ? emptyDate() : date(300));
    p.insert(QStringLiteral("invoiceDate"), date(300));
    p.insert(QStringLiteral("dueDate"), index % 10 == 3 ? emptyDate() : date(240));
    p.insert(QStringLiteral("vendorInvoiceNumber"),
             draft && index % 2 == 0 ? QString()
                                     : QStringLiteral("INV-%1").arg(m_random.bounded(10000, 99999)));
    p.insert(QStringLiteral("vendorId"), vendorId);
    p.insert(QStringLiteral("vendorNumber"), vendorNumber);
    p.insert(QStringLiteral("vendorName"), vendorName);
    p.insert(QStringLiteral("payToName"), vendorName);
    p.insert(QStringLiteral("payToContact"), index % 3 == 0 ? QString() : QStringLiteral("Accounts Payable"));
    p.insert(QStringLiteral("payToVendorId"), vendorId);
    p.insert(QStringLiteral("payToVendorNumber"), vendorNumber);
    p.insert(QStringLiteral("shipToName"), QStringLiteral("Northwind Distribution, Inc."));
    p.insert(QStringLiteral("shipToContact"), QStringLiteral("Receiving Dock"));
    addAddress(p, QStringLiteral("buyFrom"), QStringLiteral("buyFromPostCode"));
    addAddress(p, QStringLiteral("shipTo"), QStringLiteral("shipToPostCode"));
    addAddress(p, QStringLiteral("payTo"), QStringLiteral("payToPostCode"));
    p.insert(QStringLiteral("shortcutDimension1Code"),
             pick(QList<QString>{s("SALES"), s("ADM"), s("PROD"), QString()}));
    p.insert(QStringLiteral("shortcutDimension2Code"),
             pick(QList<QString>{s("LARGE"), s("MEDIUM"), s("SMALL"), QString()}));
    const QString currency = vendor.value(QStringLiteral("currencyCode")).toString();
    p.insert(QStringLiteral("currencyId"), vendor.value(QStringLiteral("currencyId")).toString());
    p.insert(QStringLiteral("currencyCode"), currency);
    const bool fromOrder = index % 4 == 1;
    p.insert(QStringLiteral("orderId"), fromOrder ? guid() : BcDataSet::nullGuid());
    p.insert(QStringLiteral("orderNumber"), fromOrder ? QStringLiteral("%1").arg(106001 + index) : QString());
    p.insert(QStringLiteral("purchaser"), pick(QList<QString>{s("AH"), s("MH"), QString()}));
    p.insert(QStringLiteral("pricesIncludeTax"), false);
    addAmounts(p, currency);
    p.insert(QStringLiteral("status"), status);
    p.insert(QStringLiteral("lastModifiedDateTime"), timestamp());
    return p;
}

QJsonObject BcSeedGenerator::makeSalesInvoice(int index, const QJsonObject& customer)
{
    static const QList<QString> statuses{s("Draft"), s("Open"), s("Open"),     s("Paid"),
                                         s("Paid"),  s("Paid"), s("Canceled"), s("Corrective")};
    const QString status = index % 13 == 12 ? QStringLiteral("In_x0020_Review") : pick(statuses);
    const bool draft = status == QStringLiteral("Draft") || status == QStringLiteral("In_x0020_Review");
    const QString customerId = customer.value(QStringLiteral("id")).toString();
    const QString customerNumber = customer.value(QStringLiteral("number")).toString();
    const QString customerName = customer.value(QStringLiteral("displayName")).toString();
    QJsonObject si;
    si.insert(QStringLiteral("id"), guid());
    si.insert(QStringLiteral("number"),
              draft ? QStringLiteral("S-INV%1").arg(1001 + index) : QStringLiteral("%1").arg(103001 + index));
    si.insert(QStringLiteral("externalDocumentNumber"),
              index % 3 == 0 ? QString() : QStringLiteral("PO-%1").arg(m_random.bounded(1000, 9999)));
    si.insert(QStringLiteral("invoiceDate"), date(300));
    si.insert(QStringLiteral("postingDate"), draft ? emptyDate() : date(300));
    si.insert(QStringLiteral("dueDate"), date(240));
    si.insert(QStringLiteral("promisedPayDate"), index % 5 == 0 ? date(100) : emptyDate());
    si.insert(QStringLiteral("customerPurchaseOrderReference"),
              index % 2 == 0 ? QString() : QStringLiteral("REF-%1").arg(index));
    si.insert(QStringLiteral("customerId"), customerId);
    si.insert(QStringLiteral("customerNumber"), customerNumber);
    si.insert(QStringLiteral("customerName"), customerName);
    si.insert(QStringLiteral("billToName"), customerName);
    si.insert(QStringLiteral("billToCustomerId"), customerId);
    si.insert(QStringLiteral("billToCustomerNumber"), customerNumber);
    si.insert(QStringLiteral("shipToName"), customerName);
    si.insert(QStringLiteral("shipToContact"),
              index % 4 == 0 ? QString() : QStringLiteral("Warehouse Manager"));
    addAddress(si, QStringLiteral("sellTo"), QStringLiteral("sellToPostCode"));
    addAddress(si, QStringLiteral("billTo"), QStringLiteral("billToPostCode"));
    addAddress(si, QStringLiteral("shipTo"), QStringLiteral("shipToPostCode"));
    const QString currency = customer.value(QStringLiteral("currencyCode")).toString();
    si.insert(QStringLiteral("currencyId"), customer.value(QStringLiteral("currencyId")).toString());
    si.insert(QStringLiteral("shortcutDimension1Code"),
              pick(QList<QString>{s("SALES"), s("ADM"), QString()}));
    si.insert(QStringLiteral("shortcutDimension2Code"),
              pick(QList<QString>{s("LARGE"), s("SMALL"), QString()}));
    si.insert(QStringLiteral("currencyCode"), currency);
    const bool fromOrder = index % 3 == 2;
    si.insert(QStringLiteral("orderId"), fromOrder ? guid() : BcDataSet::nullGuid());
    si.insert(QStringLiteral("orderNumber"),
              fromOrder ? QStringLiteral("%1").arg(101001 + index) : QString());
    si.insert(QStringLiteral("paymentTermsId"), customer.value(QStringLiteral("paymentTermsId")).toString());
    si.insert(QStringLiteral("shipmentMethodId"),
              customer.value(QStringLiteral("shipmentMethodId")).toString());
    si.insert(QStringLiteral("salesperson"), customer.value(QStringLiteral("salespersonCode")).toString());
    si.insert(QStringLiteral("disputeStatusId"), BcDataSet::nullGuid());
    si.insert(QStringLiteral("disputeStatus"), QString());
    si.insert(QStringLiteral("pricesIncludeTax"), false);
    addAmounts(si, currency);
    const double total = si.value(QStringLiteral("totalAmountIncludingTax")).toDouble();
    si.insert(QStringLiteral("remainingAmount"),
              status == QStringLiteral("Paid") || status == QStringLiteral("Canceled") ? 0.0 : total);
    si.insert(QStringLiteral("status"), status);
    si.insert(QStringLiteral("lastModifiedDateTime"), timestamp());
    si.insert(QStringLiteral("phoneNumber"), customer.value(QStringLiteral("phoneNumber")).toString());
    si.insert(QStringLiteral("email"), customer.value(QStringLiteral("email")).toString());
    return si;
}

QJsonObject BcSeedGenerator::makePurchaseOrder(int index, const QJsonObject& vendor)
{
    static const QList<QString> statuses{s("Draft"), s("In_x0020_Review"), s("Open"), s("Open")};
    const QString vendorId = vendor.value(QStringLiteral("id")).toString();
    const QString vendorName = vendor.value(QStringLiteral("displayName")).toString();
    QJsonObject po;
    po.insert(QStringLiteral("id"), guid());
    po.insert(QStringLiteral("number"), QStringLiteral("%1").arg(106001 + index));
    po.insert(QStringLiteral("orderDate"), date(200));
    po.insert(QStringLiteral("postingDate"), date(200));
    po.insert(QStringLiteral("vendorId"), vendorId);
    po.insert(QStringLiteral("vendorNumber"), vendor.value(QStringLiteral("number")).toString());
    po.insert(QStringLiteral("vendorName"), vendorName);
    po.insert(QStringLiteral("payToName"), vendorName);
    po.insert(QStringLiteral("payToVendorId"), vendorId);
    po.insert(QStringLiteral("payToVendorNumber"), vendor.value(QStringLiteral("number")).toString());
    po.insert(QStringLiteral("shipToName"), QStringLiteral("Northwind Distribution, Inc."));
    po.insert(QStringLiteral("shipToContact"), QStringLiteral("Receiving Dock"));
    addAddress(po, QStringLiteral("buyFrom"), QStringLiteral("buyFromPostCode"));
    addAddress(po, QStringLiteral("payTo"), QStringLiteral("payToPostCode"));
    addAddress(po, QStringLiteral("shipTo"), QStringLiteral("shipToPostCode"));
    po.insert(QStringLiteral("shortcutDimension1Code"), pick(QList<QString>{s("PROD"), s("ADM"), QString()}));
    po.insert(QStringLiteral("shortcutDimension2Code"), pick(QList<QString>{s("MEDIUM"), QString()}));
    const QString currency = vendor.value(QStringLiteral("currencyCode")).toString();
    po.insert(QStringLiteral("currencyId"), vendor.value(QStringLiteral("currencyId")).toString());
    po.insert(QStringLiteral("currencyCode"), currency);
    po.insert(QStringLiteral("pricesIncludeTax"), false);
    po.insert(QStringLiteral("paymentTermsId"), vendor.value(QStringLiteral("paymentTermsId")).toString());
    po.insert(QStringLiteral("shipmentMethodId"),
              index % 5 == 0 ? BcDataSet::nullGuid() : pick(m_shipmentMethodIds));
    po.insert(QStringLiteral("purchaser"), pick(QList<QString>{s("AH"), s("MH"), QString()}));
    po.insert(QStringLiteral("requestedReceiptDate"), index % 4 == 0 ? emptyDate() : date(60));
    addAmounts(po, currency);
    const QString status = pick(statuses);
    po.insert(QStringLiteral("fullyReceived"), status == QStringLiteral("Open") && index % 3 == 0);
    po.insert(QStringLiteral("status"), status);
    po.insert(QStringLiteral("lastModifiedDateTime"), timestamp());
    return po;
}

QJsonObject BcSeedGenerator::makeSalesOrder(int index, const QJsonObject& customer)
{
    static const QList<QString> statuses{s("Draft"), s("In_x0020_Review"), s("Open"), s("Open")};
    const QString customerId = customer.value(QStringLiteral("id")).toString();
    const QString customerName = customer.value(QStringLiteral("displayName")).toString();
    QJsonObject so;
    so.insert(QStringLiteral("id"), guid());
    so.insert(QStringLiteral("number"), QStringLiteral("%1").arg(101001 + index));
    so.insert(QStringLiteral("externalDocumentNumber"),
              index % 2 == 0 ? QString() : QStringLiteral("PO-%1").arg(m_random.bounded(1000, 9999)));
    so.insert(QStringLiteral("orderDate"), date(200));
    so.insert(QStringLiteral("postingDate"), date(200));
    so.insert(QStringLiteral("customerId"), customerId);
    so.insert(QStringLiteral("customerNumber"), customer.value(QStringLiteral("number")).toString());
    so.insert(QStringLiteral("customerName"), customerName);
    so.insert(QStringLiteral("billToName"), customerName);
    so.insert(QStringLiteral("billToCustomerId"), customerId);
    so.insert(QStringLiteral("billToCustomerNumber"), customer.value(QStringLiteral("number")).toString());
    so.insert(QStringLiteral("shipToName"), customerName);
    so.insert(QStringLiteral("shipToContact"), QString());
    addAddress(so, QStringLiteral("sellTo"), QStringLiteral("sellToPostCode"));
    addAddress(so, QStringLiteral("billTo"), QStringLiteral("billToPostCode"));
    addAddress(so, QStringLiteral("shipTo"), QStringLiteral("shipToPostCode"));
    so.insert(QStringLiteral("shortcutDimension1Code"), pick(QList<QString>{s("SALES"), QString()}));
    so.insert(QStringLiteral("shortcutDimension2Code"),
              pick(QList<QString>{s("LARGE"), s("SMALL"), QString()}));
    const QString currency = customer.value(QStringLiteral("currencyCode")).toString();
    so.insert(QStringLiteral("currencyId"), customer.value(QStringLiteral("currencyId")).toString());
    so.insert(QStringLiteral("currencyCode"), currency);
    so.insert(QStringLiteral("pricesIncludeTax"), false);
    so.insert(QStringLiteral("paymentTermsId"), customer.value(QStringLiteral("paymentTermsId")).toString());
    so.insert(QStringLiteral("shipmentMethodId"),
              customer.value(QStringLiteral("shipmentMethodId")).toString());
    so.insert(QStringLiteral("salesperson"), customer.value(QStringLiteral("salespersonCode")).toString());
    so.insert(QStringLiteral("partialShipping"), index % 3 == 0);
    so.insert(QStringLiteral("requestedDeliveryDate"), index % 4 == 0 ? emptyDate() : date(60));
    addAmounts(so, currency);
    const QString status = pick(statuses);
    so.insert(QStringLiteral("fullyShipped"), status == QStringLiteral("Open") && index % 4 == 0);
    so.insert(QStringLiteral("status"), status);
    so.insert(QStringLiteral("lastModifiedDateTime"), timestamp());
    so.insert(QStringLiteral("phoneNumber"), customer.value(QStringLiteral("phoneNumber")).toString());
    so.insert(QStringLiteral("email"), customer.value(QStringLiteral("email")).toString());
    return so;
}

QString BcSeedGenerator::guid()
{
    // Drawn one by one: the order of evaluation of function arguments is unspecified.
    std::array<uchar, 16> bytes{};
    for (uchar& byte : bytes)
        byte = static_cast<uchar>(m_random.bounded(256));
    bytes[6] = static_cast<uchar>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<uchar>((bytes[8] & 0x3f) | 0x80);
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

QString BcSeedGenerator::timestamp()
{
    // Milliseconds like 793, 530 and 500 give the 3, 2 and 1 fractional digits BC sends; 0 gives none.
    static const QList<int> millis{793, 530, 500, 0, 127, 60};
    const qint64 secondsBack = m_random.bounded(1, 365 * 24 * 3600);
    return BcDataSet::formatTimestamp(m_epoch.addSecs(-secondsBack).addMSecs(pick(millis)));
}

QString BcSeedGenerator::date(int maxDaysBack)
{
    return m_epoch.date()
        .addDays(-static_cast<qint64>(m_random.bounded(0, maxDaysBack)))
        .toString(Qt::ISODate);
}

double BcSeedGenerator::amount(double low, double high)
{
    const double value = low + (high - low) * m_random.generateDouble();
    return std::round(value * 100.0) / 100.0;
}

void BcSeedGenerator::addAddress(QJsonObject& target, const QString& prefix, const QString& postCodeKey)
{
    struct Place
    {
        const char* city;
        const char* state;
        const char* country;
        const char* postCode;
    };
    static const QList<Place> places{{"Atlanta", "GA", "US", "31772"},   {"Chicago", "IL", "US", "61236"},
                                     {"Seattle", "WA", "US", "98101"},   {"Miami", "FL", "US", "37125"},
                                     {"Toronto", "ON", "CA", "M5H 2N2"}, {"London", "", "GB", "W2 8HG"}};
    static const QList<QString> streets{s("Main Street"), s("Oak Avenue"),     s("Industrial Way"),
                                        s("Harbor Road"), s("Commerce Drive"), s("Lakeview Boulevard")};
    const auto key = [&prefix](const char* field) {
        const QString name = QString::fromLatin1(field);
        return prefix.isEmpty() ? name.at(0).toLower() + name.mid(1) : prefix + name;
    };
    const Place& place = pick(places);
    target.insert(key("AddressLine1"),
                  QStringLiteral("%1 %2").arg(m_random.bounded(1, 9999)).arg(pick(streets)));
    target.insert(key("AddressLine2"), m_random.bounded(4) == 0
                                           ? QStringLiteral("Suite %1").arg(m_random.bounded(100, 999))
                                           : QString());
    target.insert(key("City"), QString::fromLatin1(place.city));
    target.insert(key("State"), QString::fromLatin1(place.state));
    target.insert(key("Country"), QString::fromLatin1(place.country));
    target.insert(postCodeKey, QString::fromLatin1(place.postCode));
}

void BcSeedGenerator::addAmounts(QJsonObject& target, const QString& currencyCode)
{
    const double net = amount(120, currencyCode == QStringLiteral("USD") ? 48000 : 15000);
    const double discount = m_random.bounded(5) == 0 ? std::round(net * 5.0) / 100.0 : 0.0;
    const double tax = std::round((net - discount) * 6.0) / 100.0;
    target.insert(QStringLiteral("discountAmount"), discount);
    target.insert(QStringLiteral("discountAppliedBeforeTax"), true);
    target.insert(QStringLiteral("totalAmountExcludingTax"), net - discount);
    target.insert(QStringLiteral("totalTaxAmount"), tax);
    target.insert(QStringLiteral("totalAmountIncludingTax"),
                  std::round((net - discount + tax) * 100.0) / 100.0);
}

QString BcSeedGenerator::currencyCode()
{
    // A blank local currency is sent as the LCY code (USD) with a null currencyId (spec §3.0).
    return m_random.bounded(6) == 0 ? pick(kCurrencies) : QStringLiteral("USD");
}

} // namespace mlc::sandbox
