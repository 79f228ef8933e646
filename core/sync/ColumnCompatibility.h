#pragma once

#include "bc/BcField.h"
#include "monday/MondayColumnType.h"

#include <QCoreApplication>
#include <QString>

namespace mlc {

// Which BC field types a monday column type can hold, for `check`, the mapping editor's drop hints and the
// planner's errors: text columns take anything, numbers take decimals, dates take dates, status and dropdown
// take enums and strings, checkboxes booleans, connect-boards the GUID of a linked record.
class ColumnCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(ColumnCompatibility)

public:
    static bool compatible(BcFieldType field, MondayColumnType column);
    // Why `field` cannot go into the column, in plain words; empty when it can.
    static QString whyNot(BcFieldType field, MondayColumnType column, const QString& columnTypeName);
};

} // namespace mlc
