#pragma once

#include <QString>

#include <optional>

namespace mlc::sandbox {

// A request path of the standard API, split into its parts:
// /{tenant}/{environment}/api/v2.0/companies[({companyId})[/{entitySet}[({id})]]]
struct BcResourcePath
{
    QString tenant;
    QString environment;
    QString companyId; // empty for the companies collection
    bool companyKeyed = false;
    QString entitySet; // empty when the path ends at companies
    QString recordId;  // empty for a collection

    // nullopt when the path is not under an API v2.0 root or is malformed.
    static std::optional<BcResourcePath> parse(const QString& path);

    // "companies" or the entity set name: the key for faults and request counts.
    QString endpoint() const;
};

} // namespace mlc::sandbox
