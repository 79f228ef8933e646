#include "GraphQLParser.h"

#include "GraphQLSchema.h"

namespace mlc::sandbox {

GraphQLParser::GraphQLParser(const QString& source)
    : m_lexer(source)
    , m_token(m_lexer.next())
{}

std::optional<GraphQLDocument> GraphQLParser::parseDocument(const QString& source, GraphQLError* error)
{
    GraphQLParser parser(source);
    GraphQLDocument document;
    if (parser.document(document))
        return document;
    if (error)
        *error = parser.m_error;
    return std::nullopt;
}

bool GraphQLParser::parseSchema(const QString& sdl, GraphQLSchema& schema, GraphQLError* error)
{
    GraphQLParser parser(sdl);
    if (parser.schemaDefinitions(schema))
        return true;
    if (error)
        *error = parser.m_error;
    return false;
}

void GraphQLParser::shift()
{
    m_token = m_lexer.next();
}

bool GraphQLParser::unexpected()
{
    const GraphQLLocation at = m_token.location;
    const QString where = QStringLiteral(" at [%1, %2]").arg(at.line).arg(at.column);
    if (m_token.kind == GraphQLToken::Kind::End) {
        m_error = GraphQLError(QStringLiteral("Parse error on end of document") + where, at);
    } else {
        QString message =
            QStringLiteral("Parse error on \"%1\" (%2)").arg(m_token.source, m_token.kindName()) + where;
        if (m_token.kind == GraphQLToken::Kind::Invalid)
            message += QStringLiteral(": ") + m_token.text;
        m_error = GraphQLError(message, at);
    }
    return false;
}

bool GraphQLParser::accept(char punctuator)
{
    if (!m_token.isPunctuator(punctuator) &&
        !(punctuator == '.' && m_token.is(GraphQLToken::Kind::Punctuator, QLatin1String("..."))))
        return false;
    shift();
    return true;
}

bool GraphQLParser::expect(char punctuator)
{
    return accept(punctuator) || unexpected();
}

bool GraphQLParser::acceptKeyword(QLatin1String keyword)
{
    if (!m_token.is(GraphQLToken::Kind::Name, keyword))
        return false;
    shift();
    return true;
}

bool GraphQLParser::name(QString& out)
{
    if (m_token.kind != GraphQLToken::Kind::Name)
        return unexpected();
    out = m_token.text;
    shift();
    return true;
}

bool GraphQLParser::document(GraphQLDocument& out)
{
    if (m_token.kind == GraphQLToken::Kind::End)
        return unexpected();
    while (m_token.kind != GraphQLToken::Kind::End) {
        if (m_token.is(GraphQLToken::Kind::Name, QLatin1String("fragment"))) {
            GraphQLFragmentDefinition fragment;
            if (!fragmentDefinition(fragment))
                return false;
            out.fragments.push_back(std::move(fragment));
            continue;
        }
        GraphQLOperation op;
        if (!operation(op))
            return false;
        out.operations.push_back(std::move(op));
    }
    return true;
}

bool GraphQLParser::operation(GraphQLOperation& out)
{
    out.location = m_token.location;
    if (m_token.isPunctuator('{'))
        return selectionSet(out.selections); // the query shorthand
    if (acceptKeyword(QLatin1String("query")))
        out.type = GraphQLOperation::Type::Query;
    else if (acceptKeyword(QLatin1String("mutation")))
        out.type = GraphQLOperation::Type::Mutation;
    else if (acceptKeyword(QLatin1String("subscription")))
        out.type = GraphQLOperation::Type::Subscription;
    else
        return unexpected();
    if (m_token.kind == GraphQLToken::Kind::Name && !name(out.name))
        return false;
    if (m_token.isPunctuator('(') && !variableDefinitions(out.variables))
        return false;
    return directives(out.directives, false) && selectionSet(out.selections);
}

bool GraphQLParser::fragmentDefinition(GraphQLFragmentDefinition& out)
{
    out.location = m_token.location;
    shift(); // "fragment"
    if (!name(out.name))
        return false;
    if (out.name == QLatin1String("on"))
        return unexpected();
    if (!acceptKeyword(QLatin1String("on")))
        return unexpected();
    return name(out.typeCondition) && directives(out.directives, false) && selectionSet(out.selections);
}

bool GraphQLParser::variableDefinitions(std::vector<GraphQLVariableDefinition>& out)
{
    shift(); // "("
    do {
        GraphQLVariableDefinition definition;
        definition.location = m_token.location;
        if (!expect('$') || !name(definition.name) || !expect(':') || !typeRef(definition.type))
            return false;
        if (accept('=')) {
            GraphQLValue fallback;
            if (!value(fallback, true))
                return false;
            definition.defaultValue = fallback;
        }
        std::vector<GraphQLDirective> ignored;
        if (!directives(ignored, true))
            return false;
        out.push_back(std::move(definition));
    } while (!m_token.isPunctuator(')'));
    shift();
    return true;
}

bool GraphQLParser::typeRef(GraphQLTypeRef& out)
{
    if (accept('[')) {
        GraphQLTypeRef element;
        if (!typeRef(element) || !expect(']'))
            return false;
        out.element.push_back(std::move(element));
    } else if (!name(out.name)) {
        return false;
    }
    out.nonNull = accept('!');
    return true;
}

bool GraphQLParser::selectionSet(std::vector<GraphQLSelection>& out)
{
    if (!expect('{'))
        return false;
    do {
        GraphQLSelection item;
        if (!selection(item))
            return false;
        out.push_back(std::move(item));
    } while (!m_token.isPunctuator('}'));
    shift();
    return true;
}

bool GraphQLParser::selection(GraphQLSelection& out)
{
    out.location = m_token.location;
    if (!accept('.')) {
        out.kind = GraphQLSelection::Kind::Field;
        return field(out.field);
    }
    if (m_token.kind == GraphQLToken::Kind::Name && m_token.text != QLatin1String("on")) {
        out.kind = GraphQLSelection::Kind::FragmentSpread;
        return name(out.fragmentName) && directives(out.directives, false);
    }
    out.kind = GraphQLSelection::Kind::InlineFragment;
    if (acceptKeyword(QLatin1String("on")) && !name(out.typeCondition))
        return false;
    return directives(out.directives, false) && selectionSet(out.selections);
}

bool GraphQLParser::field(GraphQLField& out)
{
    out.location = m_token.location;
    if (!name(out.name))
        return false;
    if (accept(':')) {
        out.alias = out.name;
        if (!name(out.name))
            return false;
    }
    if (m_token.isPunctuator('(') && !arguments(out.arguments, false))
        return false;
    if (!directives(out.directives, false))
        return false;
    return !m_token.isPunctuator('{') || selectionSet(out.selections);
}

bool GraphQLParser::arguments(std::vector<GraphQLArgument>& out, bool constant)
{
    shift(); // "("
    do {
        GraphQLArgument argument;
        argument.location = m_token.location;
        if (!name(argument.name) || !expect(':') || !value(argument.value, constant))
            return false;
        out.push_back(std::move(argument));
    } while (!m_token.isPunctuator(')'));
    shift();
    return true;
}

bool GraphQLParser::directives(std::vector<GraphQLDirective>& out, bool constant)
{
    while (m_token.isPunctuator('@')) {
        GraphQLDirective directive;
        directive.location = m_token.location;
        shift();
        if (!name(directive.name))
            return false;
        if (m_token.isPunctuator('(') && !arguments(directive.arguments, constant))
            return false;
        out.push_back(std::move(directive));
    }
    return true;
}

bool GraphQLParser::value(GraphQLValue& out, bool constant)
{
    out.location = m_token.location;
    switch (m_token.kind) {
    case GraphQLToken::Kind::Int:
    case GraphQLToken::Kind::Float:
    case GraphQLToken::Kind::String:
        out.kind = m_token.kind == GraphQLToken::Kind::Int     ? GraphQLValue::Kind::Int
                   : m_token.kind == GraphQLToken::Kind::Float ? GraphQLValue::Kind::Float
                                                               : GraphQLValue::Kind::String;
        out.text = m_token.text;
        shift();
        return true;
    case GraphQLToken::Kind::Name:
        if (m_token.text == QLatin1String("true") || m_token.text == QLatin1String("false")) {
            out.kind = GraphQLValue::Kind::Boolean;
            out.boolean = m_token.text == QLatin1String("true");
        } else if (m_token.text == QLatin1String("null")) {
            out.kind = GraphQLValue::Kind::Null;
        } else {
            out.kind = GraphQLValue::Kind::Enum;
            out.text = m_token.text;
        }
        shift();
        return true;
    case GraphQLToken::Kind::Punctuator:
        if (m_token.isPunctuator('['))
            return listValue(out, constant);
        if (m_token.isPunctuator('{'))
            return objectValue(out, constant);
        if (m_token.isPunctuator('$') && !constant) {
            shift();
            out.kind = GraphQLValue::Kind::Variable;
            return name(out.text);
        }
        return unexpected();
    default:
        return unexpected();
    }
}

bool GraphQLParser::listValue(GraphQLValue& out, bool constant)
{
    out.kind = GraphQLValue::Kind::List;
    shift(); // "["
    while (!accept(']')) {
        GraphQLValue item;
        if (!value(item, constant))
            return false;
        out.items.push_back(std::move(item));
    }
    return true;
}

bool GraphQLParser::objectValue(GraphQLValue& out, bool constant)
{
    out.kind = GraphQLValue::Kind::Object;
    shift(); // "{"
    while (!accept('}')) {
        QString fieldName;
        GraphQLValue fieldValue;
        if (!name(fieldName) || !expect(':') || !value(fieldValue, constant))
            return false;
        out.fieldNames.append(fieldName);
        out.fieldValues.push_back(std::move(fieldValue));
    }
    return true;
}

// ---- The type-system subset: scalar, type, interface, union, enum, input; descriptions are skipped.

void GraphQLParser::skipDescription()
{
    if (m_token.kind == GraphQLToken::Kind::String)
        shift();
}

bool GraphQLParser::schemaDefinitions(GraphQLSchema& schema)
{
    while (m_token.kind != GraphQLToken::Kind::End) {
        skipDescription();
        const bool extension = acceptKeyword(QLatin1String("extend"));
        if (!typeDefinition(schema, extension))
            return false;
    }
    return true;
}

bool GraphQLParser::typeDefinition(GraphQLSchema& schema, bool extension)
{
    GraphQLTypeDef type;
    std::vector<GraphQLDirective> ignored;
    if (acceptKeyword(QLatin1String("scalar"))) {
        type.kind = GraphQLTypeDef::Kind::Scalar;
        if (!name(type.name) || !directives(ignored, true))
            return false;
    } else if (acceptKeyword(QLatin1String("type")) ||
               m_token.is(GraphQLToken::Kind::Name, QLatin1String("interface"))) {
        if (acceptKeyword(QLatin1String("interface")))
            type.kind = GraphQLTypeDef::Kind::Interface;
        if (!name(type.name))
            return false;
        if (acceptKeyword(QLatin1String("implements"))) {
            accept('&');
            do {
                QString interfaceName;
                if (!name(interfaceName))
                    return false;
                type.interfaces.append(interfaceName);
            } while (accept('&'));
        }
        if (!directives(ignored, true) || !fieldDefinitions(type.fields))
            return false;
    } else if (acceptKeyword(QLatin1String("union"))) {
        type.kind = GraphQLTypeDef::Kind::Union;
        if (!name(type.name) || !directives(ignored, true) || !expect('='))
            return false;
        accept('|');
        do {
            QString member;
            if (!name(member))
                return false;
            type.members.append(member);
        } while (accept('|'));
    } else if (acceptKeyword(QLatin1String("enum"))) {
        type.kind = GraphQLTypeDef::Kind::Enum;
        if (!name(type.name) || !directives(ignored, true) || !expect('{'))
            return false;
        while (!accept('}')) {
            skipDescription();
            QString enumValue;
            if (!name(enumValue) || !directives(ignored, true))
                return false;
            type.enumValues.append(enumValue);
        }
    } else if (acceptKeyword(QLatin1String("input"))) {
        type.kind = GraphQLTypeDef::Kind::Input;
        if (!name(type.name) || !directives(ignored, true) || !expect('{') ||
            !inputValueDefinitions(type.inputFields, '}')) {
            return false;
        }
    } else {
        return unexpected();
    }
    if (extension || schema.type(type.name))
        schema.extendType(type);
    else
        schema.addType(type);
    return true;
}

bool GraphQLParser::fieldDefinitions(std::vector<GraphQLFieldDef>& out)
{
    if (!expect('{'))
        return false;
    while (!accept('}')) {
        skipDescription();
        GraphQLFieldDef definition;
        if (!name(definition.name))
            return false;
        if (accept('(') && !inputValueDefinitions(definition.arguments, ')'))
            return false;
        std::vector<GraphQLDirective> ignored;
        if (!expect(':') || !typeRef(definition.type) || !directives(ignored, true))
            return false;
        out.push_back(std::move(definition));
    }
    return true;
}

bool GraphQLParser::inputValueDefinitions(std::vector<GraphQLInputValueDef>& out, char close)
{
    while (!accept(close)) {
        GraphQLInputValueDef definition;
        if (!inputValueDefinition(definition))
            return false;
        out.push_back(std::move(definition));
    }
    return true;
}

bool GraphQLParser::inputValueDefinition(GraphQLInputValueDef& out)
{
    skipDescription();
    if (!name(out.name) || !expect(':') || !typeRef(out.type))
        return false;
    if (accept('=')) {
        GraphQLValue fallback;
        if (!value(fallback, true))
            return false;
        out.defaultValue = fallback;
    }
    std::vector<GraphQLDirective> ignored;
    return directives(ignored, true);
}

} // namespace mlc::sandbox
