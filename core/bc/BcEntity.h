#pragma once

#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

// The Business Central API collections the connector can map to a board. The wire names (toString) are the
// names of the profile and of the BC API paths, so they never change.
enum class BcEntity
{
    Vendors,
    Customers,
    PurchaseInvoices,
    SalesInvoices,
    PurchaseOrders,
    SalesOrders,
};

inline size_t qHash(BcEntity entity, size_t seed = 0) noexcept
{
    return ::qHash(int(entity), seed);
}

// In their own namespace rather than as mlc::toString(BcEntity): QTest finds a toString by argument-dependent
// lookup and expects it to return char*, so a QString overload next to the enum would break QCOMPARE.
namespace BcEntities {

QString toString(BcEntity entity);
std::optional<BcEntity> fromString(const QString& name); // exact, case-sensitive wire name
QList<BcEntity> all();
QStringList names();

} // namespace BcEntities

} // namespace mlc
