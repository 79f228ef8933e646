#include "MondayRequestBody.h"

#include <QJsonDocument>

namespace mlc {

QJsonObject MondayRequestBody::toJsonObject() const
{
    return QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("variables"), variables}};
}

QByteArray MondayRequestBody::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

} // namespace mlc
