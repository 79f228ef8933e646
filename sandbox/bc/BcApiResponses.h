#pragma once

#include <QByteArray>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace mlc::sandbox {

// Responses shaped like BC's: OData JSON headers and the {"error":{"code","message"}} body (spec §4.5).
class BcApiResponses
{
public:
    static QHttpServerResponse json(const QJsonObject& body, int status = 200);
    // The message ends with "CorrelationId:  <guid>." as BC's do.
    static QHttpServerResponse error(int status, const QString& code, const QString& message,
                                     std::optional<int> retryAfterSeconds = std::nullopt);
    static QHttpServerResponse malformed();
};

} // namespace mlc::sandbox
