#pragma once

#include "GraphQLAst.h"
#include "GraphQLError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace mlc::sandbox {

class GraphQLSchema;

// Turns input values into the plain JSON resolvers read (GraphQL spec 3.x "Input Coercion"): request
// variables, and argument literals with the variables in them. IDs become strings, lists accept a single
// item, input objects get their defaults; `null` for a non-null type, an unknown input field or a wrong
// scalar is a problem described in words.
class GraphQLInputCoercion
{
public:
    explicit GraphQLInputCoercion(const GraphQLSchema& schema);

    // Coerces the request's `variables` to the operation's definitions; monday's (graphql-ruby's) wording:
    // "Variable $boardId of type ID! was provided invalid value", code variableMismatch.
    QJsonObject variables(const GraphQLOperation& operation, const QJsonObject& provided,
                          QList<GraphQLError>* errors) const;

    std::optional<QJsonValue> fromJson(const QJsonValue& value, const GraphQLTypeRef& type,
                                       QString* problem) const;
    // `variables` null: validation, where any variable is taken as fitting (its type is checked apart).
    // A variable that was not provided gives nullopt with an empty problem: the argument is left out.
    std::optional<QJsonValue> fromLiteral(const GraphQLValue& literal, const GraphQLTypeRef& type,
                                          const QJsonObject* variables, QString* problem) const;

private:
    std::optional<QJsonValue> scalarFromJson(const QJsonValue& value, const QString& typeName,
                                             QString* problem) const;
    std::optional<QJsonValue> scalarFromLiteral(const GraphQLValue& literal, const QString& typeName,
                                                QString* problem) const;
    std::optional<QJsonValue> objectFromLiteral(const GraphQLValue& literal, const QString& typeName,
                                                const QJsonObject* variables, QString* problem) const;
    std::optional<QJsonValue> objectFromJson(const QJsonValue& value, const QString& typeName,
                                             QString* problem) const;

    const GraphQLSchema& m_schema;
};

} // namespace mlc::sandbox
