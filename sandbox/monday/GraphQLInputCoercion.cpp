#include "GraphQLInputCoercion.h"

#include "GraphQLSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace mlc::sandbox {

namespace {

bool isInt32(double number)
{
    return std::isfinite(number) && std::floor(number) == number &&
           number >= double(std::numeric_limits<qint32>::min()) &&
           number <= double(std::numeric_limits<qint32>::max());
}

QString describe(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

// Scalars whose values are passed on as they are: monday's JSON scalar and the few custom ones the subset
// uses (CompareValue is a list or a single value).
bool isOpaqueScalar(const QString& name)
{
    return name != QLatin1String("Int") && name != QLatin1String("Float") &&
           name != QLatin1String("String") && name != QLatin1String("Boolean") && name != QLatin1String("ID");
}

QJsonValue literalAsJson(const GraphQLValue& literal)
{
    switch (literal.kind) {
    case GraphQLValue::Kind::Int:
    case GraphQLValue::Kind::Float:
        return literal.text.toDouble();
    case GraphQLValue::Kind::String:
    case GraphQLValue::Kind::Enum:
        return literal.text;
    case GraphQLValue::Kind::Boolean:
        return literal.boolean;
    case GraphQLValue::Kind::List: {
        QJsonArray array;
        for (const GraphQLValue& item : literal.items)
            array.append(literalAsJson(item));
        return array;
    }
    case GraphQLValue::Kind::Object: {
        QJsonObject object;
        for (size_t i = 0; i < literal.fieldValues.size(); ++i)
            object.insert(literal.fieldNames.at(qsizetype(i)), literalAsJson(literal.fieldValues.at(i)));
        return object;
    }
    default:
        return QJsonValue::Null;
    }
}

} // namespace

GraphQLInputCoercion::GraphQLInputCoercion(const GraphQLSchema& schema)
    : m_schema(schema)
{}

QJsonObject GraphQLInputCoercion::variables(const GraphQLOperation& operation, const QJsonObject& provided,
                                            QList<GraphQLError>* errors) const
{
    QJsonObject coerced;
    for (const GraphQLVariableDefinition& definition : operation.variables) {
        const QString message = QStringLiteral("Variable $%1 of type %2 was provided invalid value")
                                    .arg(definition.name, definition.type.toString());
        const auto fail = [&](const QJsonValue& value, const QString& explanation) {
            QJsonObject problem{{QStringLiteral("path"), QJsonArray()},
                                {QStringLiteral("explanation"), explanation}};
            errors->append(GraphQLError(message, definition.location,
                                        {{QStringLiteral("code"), QStringLiteral("variableMismatch")},
                                         {QStringLiteral("value"), value},
                                         {QStringLiteral("problems"), QJsonArray{problem}}}));
        };
        if (!provided.contains(definition.name)) {
            if (definition.defaultValue) {
                QString problem;
                const auto value = fromLiteral(*definition.defaultValue, definition.type, &coerced, &problem);
                if (value)
                    coerced.insert(definition.name, *value);
            } else if (definition.type.nonNull) {
                fail(QJsonValue::Null, QStringLiteral("Expected value to not be null"));
            }
            continue;
        }
        QString problem;
        const std::optional<QJsonValue> value =
            fromJson(provided.value(definition.name), definition.type, &problem);
        if (value)
            coerced.insert(definition.name, *value);
        else
            fail(provided.value(definition.name), problem);
    }
    return coerced;
}

std::optional<QJsonValue> GraphQLInputCoercion::fromJson(const QJsonValue& value, const GraphQLTypeRef& type,
                                                         QString* problem) const
{
    if (value.isNull() || value.isUndefined()) {
        if (type.nonNull) {
            *problem = QStringLiteral("Expected value to not be null");
            return std::nullopt;
        }
        return QJsonValue(QJsonValue::Null);
    }
    if (type.isList()) {
        const QJsonArray input = value.isArray() ? value.toArray() : QJsonArray{value};
        QJsonArray output;
        for (const QJsonValue& item : input) {
            const std::optional<QJsonValue> coerced = fromJson(item, type.ofType(), problem);
            if (!coerced)
                return std::nullopt;
            output.append(*coerced);
        }
        return output;
    }
    const GraphQLTypeDef* named = m_schema.type(type.name);
    if (named && named->kind == GraphQLTypeDef::Kind::Input)
        return objectFromJson(value, type.name, problem);
    if (named && named->kind == GraphQLTypeDef::Kind::Enum) {
        if (value.isString() && named->enumValues.contains(value.toString()))
            return value;
        *problem = QStringLiteral("Expected %1 to be one of: %2")
                       .arg(describe(value), named->enumValues.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return scalarFromJson(value, type.name, problem);
}

std::optional<QJsonValue>
GraphQLInputCoercion::scalarFromJson(const QJsonValue& value, const QString& typeName, QString* problem) const
{
    if (isOpaqueScalar(typeName))
        return value;
    if (typeName == QLatin1String("String") && value.isString())
        return value;
    if (typeName == QLatin1String("Boolean") && value.isBool())
        return value;
    if (typeName == QLatin1String("Int") && value.isDouble() && isInt32(value.toDouble()))
        return value;
    if (typeName == QLatin1String("Float") && value.isDouble())
        return value;
    if (typeName == QLatin1String("ID")) {
        if (value.isString())
            return value;
        if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble())
            return QString::number(qint64(value.toDouble()));
    }
    *problem = QStringLiteral("Could not coerce value %1 to %2").arg(describe(value), typeName);
    return std::nullopt;
}

std::optional<QJsonValue>
GraphQLInputCoercion::objectFromJson(const QJsonValue& value, const QString& typeName, QString* problem) const
{
    if (!value.isObject()) {
        *problem = QStringLiteral("Expected %1 to be a key-value object").arg(describe(value));
        return std::nullopt;
    }
    const GraphQLTypeDef* input = m_schema.type(typeName);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!input->inputField(it.key())) {
            *problem = QStringLiteral("Field is not defined on %1: %2").arg(typeName, it.key());
            return std::nullopt;
        }
    }
    QJsonObject output;
    for (const GraphQLInputValueDef& field : input->inputFields) {
        if (object.contains(field.name)) {
            const std::optional<QJsonValue> coerced = fromJson(object.value(field.name), field.type, problem);
            if (!coerced)
                return std::nullopt;
            output.insert(field.name, *coerced);
        } else if (field.defaultValue) {
            output.insert(field.name, literalAsJson(*field.defaultValue));
        } else if (field.type.nonNull) {
            *problem = QStringLiteral("Expected value for %1.%2 to not be null").arg(typeName, field.name);
            return std::nullopt;
        }
    }
    return output;
}

std::optional<QJsonValue> GraphQLInputCoercion::fromLiteral(const GraphQLValue& literal,
                                                            const GraphQLTypeRef& type,
                                                            const QJsonObject* variables,
                                                            QString* problem) const
{
    if (literal.kind == GraphQLValue::Kind::Variable) {
        if (!variables)
            return QJsonValue(QJsonValue::Undefined);
        if (!variables->contains(literal.text))
            return std::nullopt;
        return variables->value(literal.text);
    }
    if (literal.kind == GraphQLValue::Kind::Null) {
        if (type.nonNull) {
            *problem = QStringLiteral("Expected value to not be null");
            return std::nullopt;
        }
        return QJsonValue(QJsonValue::Null);
    }
    if (type.isList()) {
        std::vector<GraphQLValue> single;
        if (literal.kind != GraphQLValue::Kind::List)
            single.push_back(literal);
        QJsonArray output;
        for (const GraphQLValue& item : literal.kind == GraphQLValue::Kind::List ? literal.items : single) {
            const std::optional<QJsonValue> coerced = fromLiteral(item, type.ofType(), variables, problem);
            if (!coerced) {
                if (problem->isEmpty())
                    continue; // an unset variable in a list is left out
                return std::nullopt;
            }
            output.append(*coerced);
        }
        return output;
    }
    const GraphQLTypeDef* named = m_schema.type(type.name);
    if (named && named->kind == GraphQLTypeDef::Kind::Input)
        return objectFromLiteral(literal, type.name, variables, problem);
    if (named && named->kind == GraphQLTypeDef::Kind::Enum) {
        if (literal.kind == GraphQLValue::Kind::Enum && named->enumValues.contains(literal.text))
            return QJsonValue(literal.text);
        *problem = QStringLiteral("Expected type '%1'").arg(type.toString());
        return std::nullopt;
    }
    return scalarFromLiteral(literal, type.name, problem);
}

std::optional<QJsonValue> GraphQLInputCoercion::scalarFromLiteral(const GraphQLValue& literal,
                                                                  const QString& typeName,
                                                                  QString* problem) const
{
    using Kind = GraphQLValue::Kind;
    if (isOpaqueScalar(typeName))
        return literalAsJson(literal);
    if (typeName == QLatin1String("String") && literal.kind == Kind::String)
        return QJsonValue(literal.text);
    if (typeName == QLatin1String("Boolean") && literal.kind == Kind::Boolean)
        return QJsonValue(literal.boolean);
    if (typeName == QLatin1String("Int") && literal.kind == Kind::Int && isInt32(literal.text.toDouble()))
        return QJsonValue(literal.text.toDouble());
    if (typeName == QLatin1String("Float") && (literal.kind == Kind::Int || literal.kind == Kind::Float))
        return QJsonValue(literal.text.toDouble());
    if (typeName == QLatin1String("ID") && (literal.kind == Kind::String || literal.kind == Kind::Int))
        return QJsonValue(literal.text);
    *problem = QStringLiteral("Expected type '%1'").arg(typeName);
    return std::nullopt;
}

std::optional<QJsonValue> GraphQLInputCoercion::objectFromLiteral(const GraphQLValue& literal,
                                                                  const QString& typeName,
                                                                  const QJsonObject* variables,
                                                                  QString* problem) const
{
    if (literal.kind != GraphQLValue::Kind::Object) {
        *problem = QStringLiteral("Expected type '%1'").arg(typeName);
        return std::nullopt;
    }
    const GraphQLTypeDef* input = m_schema.type(typeName);
    for (const QString& name : literal.fieldNames) {
        if (!input->inputField(name)) {
            *problem = QStringLiteral("Field is not defined on %1: %2").arg(typeName, name);
            return std::nullopt;
        }
    }
    QJsonObject output;
    for (const GraphQLInputValueDef& field : input->inputFields) {
        const qsizetype at = literal.fieldNames.indexOf(field.name);
        if (at >= 0) {
            const std::optional<QJsonValue> coerced =
                fromLiteral(literal.fieldValues.at(size_t(at)), field.type, variables, problem);
            if (coerced)
                output.insert(field.name, *coerced);
            else if (!problem->isEmpty())
                return std::nullopt;
        } else if (field.defaultValue) {
            output.insert(field.name, literalAsJson(*field.defaultValue));
        } else if (field.type.nonNull) {
            *problem = QStringLiteral("Argument '%1' on InputObject '%2' is required. Expected type %3")
                           .arg(field.name, typeName, field.type.toString());
            return std::nullopt;
        }
    }
    return output;
}

} // namespace mlc::sandbox
