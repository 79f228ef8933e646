#include "BcEntity.h"

namespace mlc::BcEntities {

QString toString(BcEntity entity)
{
    switch (entity) {
    case BcEntity::Vendors:
        return QStringLiteral("vendors");
    case BcEntity::Customers:
        return QStringLiteral("customers");
    case BcEntity::PurchaseInvoices:
        return QStringLiteral("purchaseInvoices");
    case BcEntity::SalesInvoices:
        return QStringLiteral("salesInvoices");
    case BcEntity::PurchaseOrders:
        return QStringLiteral("purchaseOrders");
    case BcEntity::SalesOrders:
        return QStringLiteral("salesOrders");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<BcEntity> fromString(const QString& name)
{
    // Case-sensitive on purpose: the profile uses the API's exact collection names.
    for (BcEntity entity : all()) {
        if (toString(entity) == name)
            return entity;
    }
    return std::nullopt;
}

QList<BcEntity> all()
{
    return {BcEntity::Vendors,       BcEntity::Customers,      BcEntity::PurchaseInvoices,
            BcEntity::SalesInvoices, BcEntity::PurchaseOrders, BcEntity::SalesOrders};
}

QStringList names()
{
    QStringList names;
    for (BcEntity entity : all())
        names << toString(entity);
    return names;
}

} // namespace mlc::BcEntities
