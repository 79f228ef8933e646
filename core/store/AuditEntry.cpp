#include "AuditEntry.h"

namespace mlc {

QJsonObject AuditEntry::change(const QJsonValue& oldValue, const QJsonValue& newValue)
{
    return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

} // namespace mlc
