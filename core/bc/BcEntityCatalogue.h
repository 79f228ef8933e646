#pragma once

#include "bc/BcEntity.h"
#include "bc/BcEntityInfo.h"
#include "bc/BcField.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mlc {

// The fields of the six entities as BC API v2.0 defines them (spec §3), so a profile can be checked against
// them before a sync sends a $select BC would refuse. Built once; lookups never allocate.
class BcEntityCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(BcEntityCatalogue)

public:
    static const BcEntityInfo& info(BcEntity entity);
    // nullptr when `entity` has no field called `name` (exact, case-sensitive, as OData is).
    static const BcField* field(BcEntity entity, const QString& name);
    static const QStringList& fieldNames(BcEntity entity);
};

} // namespace mlc
