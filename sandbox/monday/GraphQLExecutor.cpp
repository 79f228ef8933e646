#include "GraphQLExecutor.h"

#include "GraphQLInputCoercion.h"
#include "GraphQLSchema.h"

#include <QJsonArray>

#include <algorithm>

namespace mlc::sandbox {

GraphQLResolved GraphQLResolved::of(const QJsonValue& value)
{
    GraphQLResolved resolved;
    resolved.value = value;
    return resolved;
}

GraphQLResolved GraphQLResolved::objectOf(const QString& typeName, const QJsonObject& fields)
{
    GraphQLResolved resolved;
    resolved.kind = Kind::Object;
    resolved.object = {typeName, fields};
    return resolved;
}

GraphQLResolved GraphQLResolved::listOf(std::vector<GraphQLResolved> items)
{
    GraphQLResolved resolved;
    resolved.kind = Kind::List;
    resolved.list = std::move(items);
    return resolved;
}

GraphQLResolved GraphQLResolved::failure(const GraphQLError& error)
{
    GraphQLResolved resolved;
    resolved.value = QJsonValue::Null;
    resolved.error = error;
    return resolved;
}

struct GraphQLExecutor::Run
{
    const GraphQLDocument& document;
    const QJsonObject& variables;
    const QVariantMap& context;
    QList<GraphQLError> errors;
};

GraphQLExecutor::GraphQLExecutor(const GraphQLSchema& schema)
    : m_schema(schema)
{}

void GraphQLExecutor::setResolver(const QString& typeName, const QString& fieldName, GraphQLResolver resolver)
{
    m_resolvers[typeName].insert(fieldName, std::move(resolver));
}

bool GraphQLExecutor::hasResolver(const QString& typeName, const QString& fieldName) const
{
    return m_resolvers.value(typeName).contains(fieldName);
}

const GraphQLOperation* GraphQLExecutor::selectOperation(const GraphQLDocument& document,
                                                         const QString& operationName, QString* error)
{
    if (operationName.isEmpty()) {
        if (document.operations.size() == 1)
            return &document.operations.front();
        *error = document.operations.empty() ? QStringLiteral("The document holds no operation")
                                             : QStringLiteral("An operation name is required");
        return nullptr;
    }
    for (const GraphQLOperation& op : document.operations) {
        if (op.name == operationName)
            return &op;
    }
    *error = QStringLiteral("No operation named \"%1\"").arg(operationName);
    return nullptr;
}

GraphQLExecutor::Result GraphQLExecutor::execute(const GraphQLDocument& document,
                                                 const GraphQLOperation& operation,
                                                 const QJsonObject& variables,
                                                 const QVariantMap& context) const
{
    Run run{document, variables, context, {}};
    const QString rootType = operation.type == GraphQLOperation::Type::Mutation
                                 ? GraphQLSchema::mutationTypeName()
                                 : GraphQLSchema::queryTypeName();
    // Root fields run one after the other, in document order: what a mutation operation needs (spec §6.2.2).
    const std::optional<QJsonObject> data = selectionSet(run, {rootType, {}}, {&operation.selections}, {});
    return {data ? QJsonValue(*data) : QJsonValue(QJsonValue::Null), run.errors};
}

bool GraphQLExecutor::applies(const QString& condition, const QString& typeName) const
{
    return condition.isEmpty() || condition == typeName ||
           m_schema.possibleTypes(condition).contains(typeName);
}

void GraphQLExecutor::collectFields(Run& run, const QString& typeName,
                                    const std::vector<GraphQLSelection>& selections, QStringList& order,
                                    QHash<QString, FieldGroup>& groups) const
{
    for (const GraphQLSelection& item : selections) {
        if (item.kind == GraphQLSelection::Kind::Field) {
            const QString key = item.field.responseKey();
            if (!groups.contains(key))
                order.append(key);
            groups[key].push_back(&item.field);
        } else if (item.kind == GraphQLSelection::Kind::InlineFragment) {
            if (applies(item.typeCondition, typeName))
                collectFields(run, typeName, item.selections, order, groups);
        } else if (const GraphQLFragmentDefinition* fragment = run.document.fragment(item.fragmentName)) {
            if (applies(fragment->typeCondition, typeName))
                collectFields(run, typeName, fragment->selections, order, groups);
        }
    }
}

std::optional<QJsonObject>
GraphQLExecutor::selectionSet(Run& run, const GraphQLObject& object,
                              const std::vector<const std::vector<GraphQLSelection>*>& selections,
                              const QJsonArray& path) const
{
    QStringList order;
    QHash<QString, FieldGroup> groups;
    for (const auto* list : selections)
        collectFields(run, object.typeName, *list, order, groups);
    QJsonObject result;
    for (const QString& key : order) {
        QJsonArray fieldPath = path;
        fieldPath.append(key);
        const std::optional<QJsonValue> value = field(run, object, groups.value(key), fieldPath);
        if (!value)
            return std::nullopt;
        result.insert(key, *value);
    }
    return result;
}

std::optional<QJsonValue> GraphQLExecutor::field(Run& run, const GraphQLObject& object,
                                                 const FieldGroup& group, const QJsonArray& path) const
{
    const GraphQLField& f = *group.front();
    if (f.name == QLatin1String("__typename"))
        return QJsonValue(object.typeName);
    const GraphQLFieldDef* definition = m_schema.field(object.typeName, f.name);
    QString problem;
    const std::optional<QJsonObject> args = arguments(run, object.typeName, f, &problem);
    GraphQLResolved resolved;
    if (!args) {
        resolved = GraphQLResolved::failure(GraphQLError(problem, f.location));
    } else if (const auto resolver = m_resolvers.value(object.typeName).value(f.name)) {
        resolved = resolver(GraphQLFieldContext{object, *args, f, run.context});
    } else {
        resolved = defaultResolve(object, f);
    }
    return complete(run, definition->type, std::move(resolved), group, path);
}

std::optional<QJsonObject> GraphQLExecutor::arguments(Run& run, const QString& typeName,
                                                      const GraphQLField& f, QString* problem) const
{
    const GraphQLFieldDef* definition = m_schema.field(typeName, f.name);
    GraphQLInputCoercion coercion(m_schema);
    QJsonObject args;
    for (const GraphQLInputValueDef& expected : definition->arguments) {
        auto given = std::find_if(f.arguments.begin(), f.arguments.end(),
                                  [&](const GraphQLArgument& a) { return a.name == expected.name; });
        std::optional<QJsonValue> value;
        if (given != f.arguments.end())
            value = coercion.fromLiteral(given->value, expected.type, &run.variables, problem);
        if (!value && !problem->isEmpty())
            return std::nullopt;
        if (!value && expected.defaultValue)
            value = coercion.fromLiteral(*expected.defaultValue, expected.type, &run.variables, problem);
        if (value)
            args.insert(expected.name, *value);
        else if (expected.type.nonNull) {
            *problem = QStringLiteral("Argument '%1' on Field '%2' is required").arg(expected.name, f.name);
            return std::nullopt;
        }
    }
    return args;
}

GraphQLResolved GraphQLExecutor::defaultResolve(const GraphQLObject& object, const GraphQLField& f) const
{
    return GraphQLResolved::of(object.fields.value(f.name));
}

GraphQLResolved GraphQLExecutor::structured(const GraphQLTypeRef& type, const QJsonValue& value,
                                            const GraphQLSchema& schema)
{
    if (type.isList() && value.isArray()) {
        std::vector<GraphQLResolved> items;
        for (const QJsonValue& item : value.toArray())
            items.push_back(structured(type.ofType(), item, schema));
        return GraphQLResolved::listOf(std::move(items));
    }
    const GraphQLTypeDef* named = schema.type(type.namedType());
    if (named && named->isComposite() && value.isObject()) {
        const QJsonObject fields = value.toObject();
        const QString concrete = fields.value(QStringLiteral("__typename")).toString(named->name);
        return GraphQLResolved::objectOf(concrete, fields);
    }
    return GraphQLResolved::of(value);
}

std::optional<QJsonValue> GraphQLExecutor::complete(Run& run, const GraphQLTypeRef& type,
                                                    GraphQLResolved resolved, const FieldGroup& group,
                                                    const QJsonArray& path) const
{
    const GraphQLField& f = *group.front();
    const auto nullHere = [&]() -> std::optional<QJsonValue> {
        if (type.nonNull)
            return std::nullopt;
        return QJsonValue(QJsonValue::Null);
    };
    if (resolved.error) {
        GraphQLError error = *resolved.error;
        if (error.locations.isEmpty())
            error.locations.append(f.location);
        if (error.path.isEmpty())
            error.path = path;
        run.errors.append(error);
        return nullHere();
    }
    const GraphQLTypeDef* named = m_schema.type(type.namedType());
    if (resolved.kind == GraphQLResolved::Kind::Value && (type.isList() || (named && named->isComposite())))
        resolved = structured(type, resolved.value, m_schema);
    if (resolved.kind == GraphQLResolved::Kind::Value &&
        (resolved.value.isNull() || resolved.value.isUndefined())) {
        if (type.nonNull) {
            GraphQLError error(QStringLiteral("Cannot return null for non-nullable field %1").arg(f.name),
                               f.location);
            error.path = path;
            run.errors.append(error);
        }
        return nullHere();
    }
    if (type.isList()) {
        QJsonArray items;
        for (size_t i = 0; i < resolved.list.size(); ++i) {
            QJsonArray itemPath = path;
            itemPath.append(int(i));
            const std::optional<QJsonValue> item =
                complete(run, type.ofType(), resolved.list.at(i), group, itemPath);
            if (!item)
                return nullHere();
            items.append(*item);
        }
        return QJsonValue(items);
    }
    if (!named || named->isLeaf())
        return resolved.value;
    std::vector<const std::vector<GraphQLSelection>*> selections;
    for (const GraphQLField* member : group)
        selections.push_back(&member->selections);
    const std::optional<QJsonObject> object = selectionSet(run, resolved.object, selections, path);
    if (!object)
        return nullHere();
    return QJsonValue(*object);
}

} // namespace mlc::sandbox
