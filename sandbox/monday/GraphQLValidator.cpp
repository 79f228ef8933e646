#include "GraphQLValidator.h"

#include "GraphQLInputCoercion.h"
#include "GraphQLSchema.h"

#include <functional>

namespace mlc::sandbox {

namespace {

QString operationLabel(const GraphQLOperation& op)
{
    QString kind = op.type == GraphQLOperation::Type::Mutation       ? QStringLiteral("mutation")
                   : op.type == GraphQLOperation::Type::Subscription ? QStringLiteral("subscription")
                                                                     : QStringLiteral("query");
    return op.name.isEmpty() ? kind : kind + QLatin1Char(' ') + op.name;
}

QJsonArray extended(QJsonArray path, const QString& step)
{
    path.append(step);
    return path;
}

QJsonObject code(const QString& name, QJsonObject more = {})
{
    more.insert(QStringLiteral("code"), name);
    return more;
}

} // namespace

GraphQLValidator::GraphQLValidator(const GraphQLSchema& schema, const GraphQLDocument& document)
    : m_schema(schema)
    , m_document(document)
{}

QList<GraphQLError> GraphQLValidator::validate()
{
    for (const GraphQLOperation& op : m_document.operations)
        operation(op);
    for (const GraphQLFragmentDefinition& fragment : m_document.fragments) {
        if (!m_usedFragments.contains(fragment.name)) {
            add(QStringLiteral("Fragment %1 was defined, but not used").arg(fragment.name), fragment.location,
                {QStringLiteral("fragment ") + fragment.name}, code(QStringLiteral("useAndDefineFragment")));
        }
    }
    return m_errors;
}

void GraphQLValidator::add(const QString& message, const GraphQLLocation& at, const QJsonArray& path,
                           const QJsonObject& extensions)
{
    GraphQLError error(message, at, extensions);
    error.path = path;
    m_errors.append(error);
}

void GraphQLValidator::operation(const GraphQLOperation& op)
{
    const QJsonArray path{operationLabel(op)};
    QString rootType = GraphQLSchema::queryTypeName();
    if (op.type == GraphQLOperation::Type::Subscription) {
        add(QStringLiteral("Subscriptions are not supported by the monday simulator"), op.location, path,
            code(QStringLiteral("unsupportedOperation")));
        return;
    }
    if (op.type == GraphQLOperation::Type::Mutation)
        rootType = GraphQLSchema::mutationTypeName();
    if (!m_schema.type(rootType)) {
        add(QStringLiteral("Schema is not configured for mutations"), op.location, path,
            code(QStringLiteral("missingMutationConfiguration")));
        return;
    }
    directives(op.directives, path);
    Scope scope;
    scope.operation = &op;
    for (const GraphQLVariableDefinition& definition : op.variables) {
        if (scope.variables.contains(definition.name)) {
            add(QStringLiteral("There can only be one variable named \"%1\"").arg(definition.name),
                definition.location, path, code(QStringLiteral("variableNotUnique")));
        }
        scope.variables.insert(definition.name, &definition);
        if (!isInputType(definition.type)) {
            add(QStringLiteral("%1 isn't a defined input type (on $%2)")
                    .arg(definition.type.namedType(), definition.name),
                definition.location, path, code(QStringLiteral("variableRequiresValidType")));
        } else if (definition.defaultValue) {
            QString problem;
            GraphQLInputCoercion coercion(m_schema);
            const QJsonObject none;
            if (!coercion.fromLiteral(*definition.defaultValue, definition.type, &none, &problem) &&
                !problem.isEmpty()) {
                add(QStringLiteral("Default value for $%1 doesn't match type %2")
                        .arg(definition.name, definition.type.toString()),
                    definition.location, path, code(QStringLiteral("defaultValueInvalidType")));
            }
        }
    }
    selections(op.selections, rootType, path, scope);
    for (const GraphQLVariableDefinition& definition : op.variables) {
        if (!scope.usedVariables.contains(definition.name)) {
            add(QStringLiteral("Variable $%1 is declared by %2 but not used")
                    .arg(definition.name, op.name.isEmpty() ? QStringLiteral("anonymous query") : op.name),
                definition.location, path, code(QStringLiteral("variableNotUsed")));
        }
    }
}

void GraphQLValidator::selections(const std::vector<GraphQLSelection>& items, const QString& parentType,
                                  QJsonArray path, Scope& scope)
{
    for (const GraphQLSelection& item : items) {
        switch (item.kind) {
        case GraphQLSelection::Kind::Field:
            field(item.field, parentType, path, scope);
            break;
        case GraphQLSelection::Kind::InlineFragment: {
            directives(item.directives, path);
            const QString condition = item.typeCondition.isEmpty() ? parentType : item.typeCondition;
            const QJsonArray inner = extended(path, QStringLiteral("... on ") + condition);
            if (typeCondition(condition, parentType, item.location,
                              QStringLiteral("Fragment on ") + condition, inner))
                selections(item.selections, condition, inner, scope);
            break;
        }
        case GraphQLSelection::Kind::FragmentSpread:
            fragmentSpread(item, parentType, path, scope);
            break;
        }
    }
}

bool GraphQLValidator::typeCondition(const QString& condition, const QString& parentType,
                                     const GraphQLLocation& at, const QString& fragmentLabel,
                                     const QJsonArray& path)
{
    const GraphQLTypeDef* type = m_schema.type(condition);
    if (!type) {
        add(QStringLiteral("No such type %1, so it can't be a fragment condition").arg(condition), at, path,
            code(QStringLiteral("undefinedType"), {{QStringLiteral("typeName"), condition}}));
        return false;
    }
    if (!type->isComposite()) {
        add(QStringLiteral("Invalid fragment on type %1 (must be Union, Interface or Object)").arg(condition),
            at, path, code(QStringLiteral("fragmentOnNonCompositeType")));
        return false;
    }
    if (!m_schema.typesOverlap(condition, parentType)) {
        add(QStringLiteral("%1 can't be spread inside %2").arg(fragmentLabel, parentType), at, path,
            code(QStringLiteral("cannotSpreadFragment")));
        return false;
    }
    return true;
}

void GraphQLValidator::fragmentSpread(const GraphQLSelection& spread, const QString& parentType,
                                      const QJsonArray& path, Scope& scope)
{
    directives(spread.directives, path);
    m_usedFragments.insert(spread.fragmentName);
    const GraphQLFragmentDefinition* fragment = m_document.fragment(spread.fragmentName);
    const QJsonArray inner = extended(path, QStringLiteral("... ") + spread.fragmentName);
    if (!fragment) {
        add(QStringLiteral("Fragment %1 was used, but not defined").arg(spread.fragmentName), spread.location,
            inner, code(QStringLiteral("useAndDefineFragment")));
        return;
    }
    if (scope.visitedFragments.contains(fragment->name)) {
        add(QStringLiteral("Fragment %1 contains an infinite loop").arg(fragment->name), spread.location,
            inner, code(QStringLiteral("infiniteLoop")));
        return;
    }
    directives(fragment->directives, inner);
    if (!typeCondition(fragment->typeCondition, parentType, spread.location,
                       QStringLiteral("Fragment %1 on %2").arg(fragment->name, fragment->typeCondition),
                       inner)) {
        return;
    }
    scope.visitedFragments.insert(fragment->name);
    selections(fragment->selections, fragment->typeCondition, inner, scope);
    scope.visitedFragments.remove(fragment->name);
}

void GraphQLValidator::field(const GraphQLField& f, const QString& parentType, QJsonArray path, Scope& scope)
{
    path.append(f.responseKey());
    directives(f.directives, path);
    if (f.name == QLatin1String("__typename")) {
        if (!f.selections.empty() || !f.arguments.empty()) {
            add(QStringLiteral(
                    "Selections can't be made on scalars (field '__typename' returns String but has "
                    "selections)"),
                f.location, path, code(QStringLiteral("selectionMismatch")));
        }
        return;
    }
    const GraphQLFieldDef* definition = m_schema.field(parentType, f.name);
    if (!definition) {
        add(QStringLiteral("Field '%1' doesn't exist on type '%2'").arg(f.name, parentType), f.location, path,
            code(QStringLiteral("undefinedField"),
                 {{QStringLiteral("typeName"), parentType}, {QStringLiteral("fieldName"), f.name}}));
        return;
    }
    arguments(f, parentType, path, scope);
    const QString returnType = definition->type.namedType();
    const GraphQLTypeDef* type = m_schema.type(returnType);
    if (type && type->isLeaf() && !f.selections.empty()) {
        add(QStringLiteral("Selections can't be made on scalars (field '%1' returns %2 but has selections)")
                .arg(f.name, returnType),
            f.location, path,
            code(QStringLiteral("selectionMismatch"), {{QStringLiteral("nodeName"), f.name}}));
    } else if (type && !type->isLeaf() && f.selections.empty()) {
        add(QStringLiteral(
                "Field must have selections (field '%1' returns %2 but has no selections. Did you mean "
                "'%1 { ... }'?)")
                .arg(f.name, returnType),
            f.location, path,
            code(QStringLiteral("selectionMismatch"), {{QStringLiteral("nodeName"), f.name}}));
    } else if (type && !type->isLeaf()) {
        selections(f.selections, returnType, path, scope);
    }
}

void GraphQLValidator::arguments(const GraphQLField& f, const QString& parentType, const QJsonArray& path,
                                 Scope& scope)
{
    const GraphQLFieldDef* definition = m_schema.field(parentType, f.name);
    QStringList given;
    for (const GraphQLArgument& argument : f.arguments) {
        given.append(argument.name);
        const GraphQLInputValueDef* expected = definition->argument(argument.name);
        if (!expected) {
            add(QStringLiteral("Field '%1' doesn't accept argument '%2'").arg(f.name, argument.name),
                argument.location, extended(path, argument.name),
                code(QStringLiteral("argumentNotAccepted"),
                     {{QStringLiteral("name"), f.name},
                      {QStringLiteral("typeName"), QStringLiteral("Field")},
                      {QStringLiteral("argumentName"), argument.name}}));
            continue;
        }
        argumentValue(argument, expected->type, f.name, expected->defaultValue.has_value(), path, scope);
    }
    QStringList missing;
    for (const GraphQLInputValueDef& argument : definition->arguments) {
        if (argument.type.nonNull && !argument.defaultValue && !given.contains(argument.name))
            missing.append(argument.name);
    }
    if (!missing.isEmpty()) {
        add(QStringLiteral("Field '%1' is missing required arguments: %2")
                .arg(f.name, missing.join(QStringLiteral(", "))),
            f.location, path,
            code(QStringLiteral("missingRequiredArguments"),
                 {{QStringLiteral("className"), QStringLiteral("Field")},
                  {QStringLiteral("name"), f.name},
                  {QStringLiteral("arguments"), missing.join(QStringLiteral(", "))}}));
    }
}

void GraphQLValidator::argumentValue(const GraphQLArgument& argument, const GraphQLTypeRef& type,
                                     const QString& fieldName, bool hasDefault, const QJsonArray& path,
                                     Scope& scope)
{
    // Variables anywhere inside the literal are checked against the type at their own position.
    std::function<void(const GraphQLValue&, const GraphQLTypeRef&, bool)> visit =
        [&](const GraphQLValue& value, const GraphQLTypeRef& at, bool atHasDefault) {
            if (value.kind == GraphQLValue::Kind::Variable) {
                variableUse(value, at, atHasDefault, argument.name, path, scope);
            } else if (value.kind == GraphQLValue::Kind::List && at.isList()) {
                for (const GraphQLValue& item : value.items)
                    visit(item, at.ofType(), false);
            } else if (value.kind == GraphQLValue::Kind::Object) {
                const GraphQLTypeDef* input = m_schema.type(at.namedType());
                for (size_t i = 0; input && i < value.fieldValues.size(); ++i) {
                    const GraphQLInputValueDef* fieldDef =
                        input->inputField(value.fieldNames.at(qsizetype(i)));
                    if (fieldDef)
                        visit(value.fieldValues.at(i), fieldDef->type, fieldDef->defaultValue.has_value());
                }
            }
        };
    visit(argument.value, type, hasDefault);

    QString problem;
    GraphQLInputCoercion coercion(m_schema);
    if (!coercion.fromLiteral(argument.value, type, nullptr, &problem) && !problem.isEmpty()) {
        add(QStringLiteral("Argument '%1' on Field '%2' has an invalid value. Expected type '%3'. %4")
                .arg(argument.name, fieldName, type.toString(), problem),
            argument.location, extended(path, argument.name),
            code(QStringLiteral("argumentLiteralsIncompatible"),
                 {{QStringLiteral("typeName"), QStringLiteral("Field")},
                  {QStringLiteral("argumentName"), argument.name}}));
    }
}

void GraphQLValidator::variableUse(const GraphQLValue& variable, const GraphQLTypeRef& locationType,
                                   bool locationHasDefault, const QString& argumentName,
                                   const QJsonArray& path, Scope& scope)
{
    scope.usedVariables.insert(variable.text);
    const GraphQLVariableDefinition* definition = scope.variables.value(variable.text);
    if (!definition) {
        add(QStringLiteral("Variable $%1 is used by %2 but not declared")
                .arg(variable.text, scope.operation->name.isEmpty() ? QStringLiteral("anonymous query")
                                                                    : scope.operation->name),
            variable.location, path,
            code(QStringLiteral("variableNotDefined"), {{QStringLiteral("variableName"), variable.text}}));
        return;
    }
    GraphQLTypeRef effective = definition->type;
    // A nullable variable with a default may fill a non-null position (spec 5.8.5).
    if (locationType.nonNull && !effective.nonNull && (definition->defaultValue || locationHasDefault))
        effective.nonNull = true;
    if (typesCompatible(effective, locationType))
        return;
    const bool onlyNullability = definition->type.namedType() == locationType.namedType() &&
                                 definition->type.isList() == locationType.isList();
    add(QStringLiteral("%1 mismatch on variable $%2 and argument %3 (%4 / %5)")
            .arg(onlyNullability ? QStringLiteral("Nullability") : QStringLiteral("Type"), variable.text,
                 argumentName, definition->type.toString(), locationType.toString()),
        variable.location, path,
        code(QStringLiteral("variableMismatch"), {{QStringLiteral("variableName"), variable.text},
                                                  {QStringLiteral("typeName"), definition->type.toString()},
                                                  {QStringLiteral("argumentName"), argumentName}}));
}

bool GraphQLValidator::typesCompatible(const GraphQLTypeRef& variable, const GraphQLTypeRef& location)
{
    if (location.nonNull && !variable.nonNull)
        return false;
    if (location.isList() != variable.isList())
        return false;
    if (location.isList())
        return typesCompatible(variable.ofType(), location.ofType());
    return variable.name == location.name;
}

bool GraphQLValidator::isInputType(const GraphQLTypeRef& type) const
{
    const GraphQLTypeDef* named = m_schema.type(type.namedType());
    return named && (named->kind == GraphQLTypeDef::Kind::Scalar ||
                     named->kind == GraphQLTypeDef::Kind::Enum || named->kind == GraphQLTypeDef::Kind::Input);
}

void GraphQLValidator::directives(const std::vector<GraphQLDirective>& list, const QJsonArray& path)
{
    for (const GraphQLDirective& directive : list) {
        add(QStringLiteral("Directive '@%1' is not supported by the monday simulator").arg(directive.name),
            directive.location, path,
            code(QStringLiteral("unsupportedBySimulator"),
                 {{QStringLiteral("directiveName"), directive.name}}));
    }
}

} // namespace mlc::sandbox
