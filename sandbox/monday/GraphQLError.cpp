#include "GraphQLError.h"

namespace mlc::sandbox {

GraphQLError::GraphQLError(const QString& text, const GraphQLLocation& at, const QJsonObject& ext)
    : message(text)
    , locations{at}
    , extensions(ext)
{}

GraphQLError GraphQLError::application(const QString& code, const QString& text, const QJsonObject& errorData)
{
    GraphQLError error;
    error.message = text;
    error.extensions = QJsonObject{{QStringLiteral("code"), code},
                                   {QStringLiteral("status_code"), 200},
                                   {QStringLiteral("error_data"), errorData}};
    return error;
}

QJsonObject GraphQLError::toJson() const
{
    QJsonObject json{{QStringLiteral("message"), message}};
    QJsonArray where;
    for (const GraphQLLocation& location : locations) {
        if (location.line > 0) {
            where.append(QJsonObject{{QStringLiteral("line"), location.line},
                                     {QStringLiteral("column"), location.column}});
        }
    }
    if (!where.isEmpty())
        json.insert(QStringLiteral("locations"), where);
    if (!path.isEmpty())
        json.insert(QStringLiteral("path"), path);
    if (!extensions.isEmpty())
        json.insert(QStringLiteral("extensions"), extensions);
    return json;
}

QJsonArray GraphQLError::toJson(const QList<GraphQLError>& errors)
{
    QJsonArray array;
    for (const GraphQLError& error : errors)
        array.append(error.toJson());
    return array;
}

} // namespace mlc::sandbox
