#pragma once

#include "GraphQLAst.h"
#include "GraphQLError.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

namespace mlc::sandbox {

class GraphQLSchema;
class GraphQLInputCoercion;

// Checks a whole document against a schema before anything runs, so a document outside the supported subset
// is refused whole and never half-executed. The errors carry graphql-ruby's wording and codes, as monday
// answers them (undefinedField, argumentNotAccepted, missingRequiredArguments, variableMismatch, ...).
class GraphQLValidator
{
public:
    GraphQLValidator(const GraphQLSchema& schema, const GraphQLDocument& document);

    QList<GraphQLError> validate();

private:
    struct Scope
    {
        const GraphQLOperation* operation = nullptr;
        QHash<QString, const GraphQLVariableDefinition*> variables;
        QSet<QString> usedVariables;
        QSet<QString> visitedFragments; // guards against spreads that loop
    };

    void operation(const GraphQLOperation& op);
    void selections(const std::vector<GraphQLSelection>& items, const QString& parentType, QJsonArray path,
                    Scope& scope);
    void field(const GraphQLField& f, const QString& parentType, QJsonArray path, Scope& scope);
    void arguments(const GraphQLField& f, const QString& parentType, const QJsonArray& path, Scope& scope);
    void argumentValue(const GraphQLArgument& argument, const GraphQLTypeRef& type, const QString& fieldName,
                       bool hasDefault, const QJsonArray& path, Scope& scope);
    void variableUse(const GraphQLValue& variable, const GraphQLTypeRef& locationType,
                     bool locationHasDefault, const QString& argumentName, const QJsonArray& path,
                     Scope& scope);
    void fragmentSpread(const GraphQLSelection& spread, const QString& parentType, const QJsonArray& path,
                        Scope& scope);
    bool typeCondition(const QString& condition, const QString& parentType, const GraphQLLocation& at,
                       const QString& fragmentLabel, const QJsonArray& path);
    void directives(const std::vector<GraphQLDirective>& list, const QJsonArray& path);
    void add(const QString& message, const GraphQLLocation& at, const QJsonArray& path,
             const QJsonObject& extensions);

    static bool typesCompatible(const GraphQLTypeRef& variable, const GraphQLTypeRef& location);
    bool isInputType(const GraphQLTypeRef& type) const;

    const GraphQLSchema& m_schema;
    const GraphQLDocument& m_document;
    QList<GraphQLError> m_errors;
    QSet<QString> m_usedFragments;
};

} // namespace mlc::sandbox
