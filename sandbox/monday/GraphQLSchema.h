#pragma once

#include "GraphQLAst.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mlc::sandbox {

struct GraphQLInputValueDef
{
    QString name;
    GraphQLTypeRef type;
    std::optional<GraphQLValue> defaultValue;
};

struct GraphQLFieldDef
{
    QString name;
    std::vector<GraphQLInputValueDef> arguments;
    GraphQLTypeRef type;

    const GraphQLInputValueDef* argument(const QString& argumentName) const;
};

struct GraphQLTypeDef
{
    enum class Kind
    {
        Scalar,
        Object,
        Interface,
        Union,
        Enum,
        Input
    };
    Kind kind = Kind::Object;
    QString name;
    std::vector<GraphQLFieldDef> fields;           // Object, Interface
    std::vector<GraphQLInputValueDef> inputFields; // Input
    QStringList interfaces;                        // Object
    QStringList members;                           // Union
    QStringList enumValues;                        // Enum

    const GraphQLFieldDef* field(const QString& fieldName) const;
    const GraphQLInputValueDef* inputField(const QString& fieldName) const;
    bool isComposite() const
    {
        return kind == Kind::Object || kind == Kind::Interface || kind == Kind::Union;
    }
    bool isLeaf() const { return kind == Kind::Scalar || kind == Kind::Enum; }
};

// The types a GraphQL server knows: what validation checks a document against and what the executor walks.
// Built from SDL text (GraphQLParser::parseSchema), so the simulator's subset is written the way monday's
// published schema is.
class GraphQLSchema
{
public:
    GraphQLSchema();

    void addType(const GraphQLTypeDef& type);
    // Adds the fields of `extension` to an existing object type (or adds the type): how a later layer, such
    // as the mutations, extends the schema.
    void extendType(const GraphQLTypeDef& extension);

    const GraphQLTypeDef* type(const QString& name) const;
    const GraphQLFieldDef* field(const QString& typeName, const QString& fieldName) const;
    QStringList typeNames() const { return m_order; }
    // The object types a value of `abstractType` can have at run time (itself for an object type).
    QStringList possibleTypes(const QString& typeName) const;
    bool typesOverlap(const QString& a, const QString& b) const;

    static QString queryTypeName() { return QStringLiteral("Query"); }
    static QString mutationTypeName() { return QStringLiteral("Mutation"); }

private:
    QHash<QString, GraphQLTypeDef> m_types;
    QStringList m_order;
};

} // namespace mlc::sandbox
