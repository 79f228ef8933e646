#pragma once

#include "GraphQLAst.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mlc::sandbox {

// One entry of a GraphQL response's "errors" array, in monday's unified format (monday.md §2.1):
// message, locations, path and extensions ({code, status_code, error_data, ...}).
struct GraphQLError
{
    QString message;
    QList<GraphQLLocation> locations;
    QJsonArray path;
    QJsonObject extensions;

    GraphQLError() = default;
    GraphQLError(const QString& text, const GraphQLLocation& at, const QJsonObject& ext = {});

    // An application error at HTTP 200 the way monday words them: extensions {code, status_code: 200,
    // error_data}.
    static GraphQLError application(const QString& code, const QString& text,
                                    const QJsonObject& errorData = {});

    QJsonObject toJson() const;
    static QJsonArray toJson(const QList<GraphQLError>& errors);
};

} // namespace mlc::sandbox
