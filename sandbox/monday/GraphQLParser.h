#pragma once

#include "GraphQLAst.h"
#include "GraphQLError.h"
#include "GraphQLLexer.h"
#include "GraphQLSchema.h"

#include <optional>

namespace mlc::sandbox {

// A recursive-descent parser for GraphQL executable documents (operations, variables with defaults,
// aliases, arguments of every literal kind, directives, inline fragments, named fragments and spreads) and
// for the type-system subset the simulator's schema is written in. Errors read like monday's
// (graphql-ruby's): `Parse error on "}" (RCURLY) at [2, 5]`, with the location.
class GraphQLParser
{
public:
    static std::optional<GraphQLDocument> parseDocument(const QString& source, GraphQLError* error);
    // Adds the SDL's types to `schema`; `extend type` and a repeated type add fields to an existing type.
    static bool parseSchema(const QString& sdl, GraphQLSchema& schema, GraphQLError* error);

private:
    explicit GraphQLParser(const QString& source);

    bool document(GraphQLDocument& out);
    bool operation(GraphQLOperation& out);
    bool fragmentDefinition(GraphQLFragmentDefinition& out);
    bool variableDefinitions(std::vector<GraphQLVariableDefinition>& out);
    bool selectionSet(std::vector<GraphQLSelection>& out);
    bool selection(GraphQLSelection& out);
    bool field(GraphQLField& out);
    bool arguments(std::vector<GraphQLArgument>& out, bool constant);
    bool directives(std::vector<GraphQLDirective>& out, bool constant);
    bool value(GraphQLValue& out, bool constant);
    bool listValue(GraphQLValue& out, bool constant);
    bool objectValue(GraphQLValue& out, bool constant);
    bool typeRef(GraphQLTypeRef& out);
    bool name(QString& out);

    bool schemaDefinitions(GraphQLSchema& schema);
    bool typeDefinition(GraphQLSchema& schema, bool extension);
    bool fieldDefinitions(std::vector<GraphQLFieldDef>& out);
    bool inputValueDefinitions(std::vector<GraphQLInputValueDef>& out, char close);
    bool inputValueDefinition(GraphQLInputValueDef& out);
    void skipDescription();

    bool expect(char punctuator);
    bool accept(char punctuator);
    bool acceptKeyword(QLatin1String keyword);
    bool unexpected();
    void shift();

    GraphQLLexer m_lexer;
    GraphQLToken m_token;
    GraphQLError m_error;
};

} // namespace mlc::sandbox
