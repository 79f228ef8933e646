#pragma once

#include "bc/BcEntity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace mlc::sandbox {

class BcDataSet;

// Builds the demo data of a simulated distributor: companies, vendors, customers and their documents,
// with the quirks the spec lists (encoded enums, 0001-01-01 dates, null GUIDs, varying fractional seconds).
// Only the seed drives the randomness, never the clock, so two runs give identical data.
class BcSeedGenerator
{
public:
    explicit BcSeedGenerator(quint32 seed);
    void fill(BcDataSet& data);

private:
    void fillCompany(BcDataSet& data, const QString& companyId, int vendorCount, int customerCount,
                     int documentCount);
    QJsonObject makeCompany(const QString& name, const QString& displayName);
    QJsonObject makeVendor(int index);
    QJsonObject makeCustomer(int index);
    QJsonObject makePurchaseInvoice(int index, const QJsonObject& vendor);
    QJsonObject makeSalesInvoice(int index, const QJsonObject& customer);
    QJsonObject makePurchaseOrder(int index, const QJsonObject& vendor);
    QJsonObject makeSalesOrder(int index, const QJsonObject& customer);

    QString guid();
    QString timestamp();
    QString date(int maxDaysBack);
    double amount(double low, double high);
    template <typename T>
    const T& pick(const QList<T>& options)
    {
        return options.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(options.size()))));
    }
    void addAddress(QJsonObject& target, const QString& prefix, const QString& postCodeKey);
    void addAmounts(QJsonObject& target, const QString& currencyCode);
    QString currencyCode();

    QRandomGenerator m_random;
    QDateTime m_epoch;
    QList<QString> m_paymentTermsIds;
    QList<QString> m_shipmentMethodIds;
    QList<QString> m_paymentMethodIds;
    QList<QString> m_currencyIds;
};

} // namespace mlc::sandbox
