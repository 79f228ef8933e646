#include "BcApiResponses.h"

#include <QJsonDocument>
#include <QUuid>

namespace mlc::sandbox {

namespace {

QHttpServerResponse withODataHeaders(const QByteArray& body, int status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json; odata.metadata=minimal"), body,
                                 static_cast<QHttpServerResponse::StatusCode>(status));
    response.addHeader(QByteArrayLiteral("OData-Version"), QByteArrayLiteral("4.0"));
    return response;
}

} // namespace

QHttpServerResponse BcApiResponses::json(const QJsonObject& body, int status)
{
    return withODataHeaders(QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse BcApiResponses::error(int status, const QString& code, const QString& message,
                                          std::optional<int> retryAfterSeconds)
{
    const QString text = QStringLiteral("%1  CorrelationId:  %2.")
                             .arg(message, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QJsonObject body{{QStringLiteral("error"),
                            QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), text}}}};
    QHttpServerResponse response = json(body, status);
    if (retryAfterSeconds)
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfterSeconds));
    return response;
}

QHttpServerResponse BcApiResponses::malformed()
{
    return withODataHeaders(QByteArrayLiteral("{\"@odata.context\":\"truncated"), 200);
}

} // namespace mlc::sandbox
