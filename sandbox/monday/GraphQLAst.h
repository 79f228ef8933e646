#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mlc::sandbox {

// The syntax tree of a GraphQL document, as plain values. std::vector because the nodes nest (C++17 allows
// a vector of a type that is still incomplete; QList does not promise that).

struct GraphQLLocation
{
    int line = 0;
    int column = 0;
};

struct GraphQLValue
{
    enum class Kind
    {
        Null,
        Int,
        Float,
        String,
        Boolean,
        Enum,
        List,
        Object,
        Variable
    };
    Kind kind = Kind::Null;
    // Int and Float keep their source text; String its decoded content; Enum and Variable their name.
    QString text;
    bool boolean = false;
    std::vector<GraphQLValue> items;
    // An object's fields, in source order: names and values side by side.
    QStringList fieldNames;
    std::vector<GraphQLValue> fieldValues;
    GraphQLLocation location;
};

// `ID`, `[ID!]!`, ...: a named type, or a list of `element`, either of them possibly non-null.
struct GraphQLTypeRef
{
    QString name;
    bool nonNull = false;
    std::vector<GraphQLTypeRef> element; // one entry for a list type, none for a named type

    bool isList() const { return !element.empty(); }
    const GraphQLTypeRef& ofType() const { return element.front(); }
    QString namedType() const { return isList() ? ofType().namedType() : name; }
    QString toString() const
    {
        const QString inner = isList() ? QLatin1Char('[') + ofType().toString() + QLatin1Char(']') : name;
        return nonNull ? inner + QLatin1Char('!') : inner;
    }
};

struct GraphQLArgument
{
    QString name;
    GraphQLValue value;
    GraphQLLocation location;
};

struct GraphQLDirective
{
    QString name;
    std::vector<GraphQLArgument> arguments;
    GraphQLLocation location;
};

struct GraphQLSelection;

struct GraphQLField
{
    QString alias;
    QString name;
    std::vector<GraphQLArgument> arguments;
    std::vector<GraphQLDirective> directives;
    std::vector<GraphQLSelection> selections;
    GraphQLLocation location;

    QString responseKey() const { return alias.isEmpty() ? name : alias; }
};

struct GraphQLSelection
{
    enum class Kind
    {
        Field,
        InlineFragment,
        FragmentSpread
    };
    Kind kind = Kind::Field;
    GraphQLField field;                       // Kind::Field
    QString typeCondition;                    // InlineFragment: may be empty
    QString fragmentName;                     // FragmentSpread
    std::vector<GraphQLDirective> directives; // fragments' own directives
    std::vector<GraphQLSelection> selections; // InlineFragment
    GraphQLLocation location;
};

struct GraphQLVariableDefinition
{
    QString name;
    GraphQLTypeRef type;
    std::optional<GraphQLValue> defaultValue;
    GraphQLLocation location;
};

struct GraphQLOperation
{
    enum class Type
    {
        Query,
        Mutation,
        Subscription
    };
    Type type = Type::Query;
    QString name; // empty when anonymous
    std::vector<GraphQLVariableDefinition> variables;
    std::vector<GraphQLDirective> directives;
    std::vector<GraphQLSelection> selections;
    GraphQLLocation location;
};

struct GraphQLFragmentDefinition
{
    QString name;
    QString typeCondition;
    std::vector<GraphQLDirective> directives;
    std::vector<GraphQLSelection> selections;
    GraphQLLocation location;
};

struct GraphQLDocument
{
    std::vector<GraphQLOperation> operations;
    std::vector<GraphQLFragmentDefinition> fragments;

    const GraphQLFragmentDefinition* fragment(const QString& name) const
    {
        for (const GraphQLFragmentDefinition& f : fragments) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }
};

} // namespace mlc::sandbox
