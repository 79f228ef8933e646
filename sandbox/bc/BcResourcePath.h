#pragma once

#include <QString>

#include <optional>

namespace mlc::sandbox {

// A request path of the standard API, split into its parts. Accepted forms (spec §2.1):
//   /{tenant}/{environment}/api/v2.0/companies[({companyId})[/{entitySet}[({id})]]]
//   /{environment}/api/v2.0/...                  (the tenant comes from the token)
//   /.../api/v2.0/{entitySet}[({id})]?company={companyId}
struct BcResourcePath
{
    QString tenant; // empty in the tenant-less form
    QString environment;
    QString rootPath;  // the path up to and including "/api/v2.0"
    QString companyId; // empty for the companies collection
    bool companyKeyed = false;
    QString entitySet; // empty when the path ends at companies
    QString recordId;  // empty for a collection

    // nullopt when the path is not under an API v2.0 root or is malformed. `companyParameter` is the value of
    // the "company" query parameter, used when the path names an entity set directly.
    static std::optional<BcResourcePath> parse(const QString& path,
                                               const QString& companyParameter = QString());

    // "companies" or the entity set name: the key for faults and request counts.
    QString endpoint() const;
};

} // namespace mlc::sandbox
