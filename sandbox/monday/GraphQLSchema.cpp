#include "GraphQLSchema.h"

#include <algorithm>

namespace mlc::sandbox {

const GraphQLInputValueDef* GraphQLFieldDef::argument(const QString& argumentName) const
{
    for (const GraphQLInputValueDef& argument : arguments) {
        if (argument.name == argumentName)
            return &argument;
    }
    return nullptr;
}

const GraphQLFieldDef* GraphQLTypeDef::field(const QString& fieldName) const
{
    for (const GraphQLFieldDef& f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const GraphQLInputValueDef* GraphQLTypeDef::inputField(const QString& fieldName) const
{
    for (const GraphQLInputValueDef& f : inputFields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

GraphQLSchema::GraphQLSchema()
{
    for (const QString& name : {QStringLiteral("Int"), QStringLiteral("Float"), QStringLiteral("String"),
                                QStringLiteral("Boolean"), QStringLiteral("ID")}) {
        GraphQLTypeDef scalar;
        scalar.kind = GraphQLTypeDef::Kind::Scalar;
        scalar.name = name;
        addType(scalar);
    }
}

void GraphQLSchema::addType(const GraphQLTypeDef& type)
{
    if (!m_types.contains(type.name))
        m_order.append(type.name);
    m_types.insert(type.name, type);
}

void GraphQLSchema::extendType(const GraphQLTypeDef& extension)
{
    auto it = m_types.find(extension.name);
    if (it == m_types.end()) {
        addType(extension);
        return;
    }
    for (const GraphQLFieldDef& field : extension.fields) {
        auto existing = std::find_if(it->fields.begin(), it->fields.end(),
                                     [&](const GraphQLFieldDef& f) { return f.name == field.name; });
        if (existing != it->fields.end())
            *existing = field;
        else
            it->fields.push_back(field);
    }
    it->interfaces.append(extension.interfaces);
    it->enumValues.append(extension.enumValues);
}

const GraphQLTypeDef* GraphQLSchema::type(const QString& name) const
{
    auto it = m_types.constFind(name);
    return it == m_types.constEnd() ? nullptr : &*it;
}

const GraphQLFieldDef* GraphQLSchema::field(const QString& typeName, const QString& fieldName) const
{
    const GraphQLTypeDef* owner = type(typeName);
    return owner ? owner->field(fieldName) : nullptr;
}

QStringList GraphQLSchema::possibleTypes(const QString& typeName) const
{
    const GraphQLTypeDef* t = type(typeName);
    if (!t)
        return {};
    switch (t->kind) {
    case GraphQLTypeDef::Kind::Object:
        return {t->name};
    case GraphQLTypeDef::Kind::Union:
        return t->members;
    case GraphQLTypeDef::Kind::Interface: {
        QStringList implementations;
        for (const QString& name : m_order) {
            const GraphQLTypeDef& candidate = m_types[name];
            if (candidate.kind == GraphQLTypeDef::Kind::Object && candidate.interfaces.contains(typeName))
                implementations.append(name);
        }
        return implementations;
    }
    default:
        return {};
    }
}

bool GraphQLSchema::typesOverlap(const QString& a, const QString& b) const
{
    const QStringList left = possibleTypes(a);
    for (const QString& name : possibleTypes(b)) {
        if (left.contains(name))
            return true;
    }
    return false;
}

} // namespace mlc::sandbox
