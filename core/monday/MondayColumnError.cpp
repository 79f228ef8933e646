#include "MondayColumnError.h"

#include <QCoreApplication>

namespace mlc {

QString MondayColumnError::message() const
{
    return QCoreApplication::translate("mlc::MondayColumnError", "Column \"%1\" (%2, %3): %4")
        .arg(columnTitle.isEmpty() ? columnId : columnTitle, columnId, columnType, reason);
}

} // namespace mlc
