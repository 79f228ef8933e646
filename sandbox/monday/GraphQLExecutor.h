#pragma once

#include "GraphQLAst.h"
#include "GraphQLError.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <vector>

namespace mlc::sandbox {

class GraphQLSchema;

// A value of an object type while the executor walks it: its type and whatever its resolvers need to know
// (ids, or the fields themselves for the default resolver).
struct GraphQLObject
{
    QString typeName;
    QJsonObject fields;
};

// What a resolver returns: a plain JSON value (a leaf, or JSON the default resolver reads for nested objects
// and lists), an object to select into, a list, or a field error (the field becomes null).
struct GraphQLResolved
{
    enum class Kind
    {
        Value,
        Object,
        List
    };
    Kind kind = Kind::Value;
    QJsonValue value;
    GraphQLObject object;
    std::vector<GraphQLResolved> list;
    std::optional<GraphQLError> error;

    static GraphQLResolved of(const QJsonValue& value);
    static GraphQLResolved objectOf(const QString& typeName, const QJsonObject& fields);
    static GraphQLResolved listOf(std::vector<GraphQLResolved> items);
    static GraphQLResolved failure(const GraphQLError& error);
};

// Everything a resolver gets: its parent object, the coerced arguments (defaults filled in), the field as
// written, and the request's own context (the token, the API version served, complexity figures, ...).
struct GraphQLFieldContext
{
    const GraphQLObject& source;
    const QJsonObject& arguments;
    const GraphQLField& field;
    const QVariantMap& request;
};

using GraphQLResolver = std::function<GraphQLResolved(const GraphQLFieldContext&)>;

// Executes a validated operation (GraphQL spec §6) with resolvers looked up by type and field name; the
// root fields are the resolvers of "Query" and "Mutation", so a new root field is one setResolver() call.
// A field without a resolver reads the same-named key of its parent's `fields`. Errors keep their path and
// location, and a null in a non-null position propagates to the nearest nullable parent.
class GraphQLExecutor
{
public:
    struct Result
    {
        QJsonValue data;
        QList<GraphQLError> errors;
    };

    explicit GraphQLExecutor(const GraphQLSchema& schema);

    void setResolver(const QString& typeName, const QString& fieldName, GraphQLResolver resolver);
    bool hasResolver(const QString& typeName, const QString& fieldName) const;

    Result execute(const GraphQLDocument& document, const GraphQLOperation& operation,
                   const QJsonObject& variables, const QVariantMap& context) const;

    // The operation to run: the only one, or the one named; nullptr with `error` set otherwise.
    static const GraphQLOperation* selectOperation(const GraphQLDocument& document,
                                                   const QString& operationName, QString* error);

private:
    struct Run;
    using FieldGroup = std::vector<const GraphQLField*>;

    std::optional<QJsonObject>
    selectionSet(Run& run, const GraphQLObject& object,
                 const std::vector<const std::vector<GraphQLSelection>*>& selections,
                 const QJsonArray& path) const;
    void collectFields(Run& run, const QString& typeName, const std::vector<GraphQLSelection>& selections,
                       QStringList& order, QHash<QString, FieldGroup>& groups) const;
    bool applies(const QString& condition, const QString& typeName) const;
    std::optional<QJsonValue> field(Run& run, const GraphQLObject& object, const FieldGroup& group,
                                    const QJsonArray& path) const;
    std::optional<QJsonValue> complete(Run& run, const GraphQLTypeRef& type, GraphQLResolved resolved,
                                       const FieldGroup& group, const QJsonArray& path) const;
    std::optional<QJsonObject> arguments(Run& run, const QString& typeName, const GraphQLField& f,
                                         QString* problem) const;
    GraphQLResolved defaultResolve(const GraphQLObject& object, const GraphQLField& f) const;
    static GraphQLResolved structured(const GraphQLTypeRef& type, const QJsonValue& value,
                                      const GraphQLSchema& schema);

    const GraphQLSchema& m_schema;
    QHash<QString, QHash<QString, GraphQLResolver>> m_resolvers;
};

} // namespace mlc::sandbox
