#pragma once

#include "bc/BcEntity.h"
#include "bc/BcField.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlc {

// What the connector knows about one BC API v2.0 entity set (spec §3.1-3.6, §5.7).
struct BcEntityInfo
{
    BcEntity entity = BcEntity::Vendors;
    QString entitySetName; // the API path segment, BcEntities::toString(entity)
    QString displayName;   // for people, e.g. "Purchase invoices"
    QString nameField;     // the field that names a record: number for documents, displayName otherwise
    bool supportsWebhooks = false;
    QList<BcField> fields;  // in page order, as the API sends them
    QStringList fieldNames; // the same order; ready for $select
};

} // namespace mlc
