#include "MondayWrite.h"

namespace mlc {

bool MondayWrite::createsItem() const
{
    return body.operationName == QLatin1String("CreateItem");
}

QString MondayWriteResult::statusName(Status status)
{
    switch (status) {
    case Status::Written:
        return QStringLiteral("written");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Unresolved:
        return QStringLiteral("unresolved");
    }
    return {};
}

} // namespace mlc
