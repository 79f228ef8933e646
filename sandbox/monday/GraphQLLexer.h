#pragma once

#include "GraphQLAst.h"

#include <QString>

#include <optional>

namespace mlc::sandbox {

struct GraphQLToken
{
    enum class Kind
    {
        Punctuator, // ! $ & ( ) ... : = @ [ ] { | }
        Name,
        Int,
        Float,
        String, // text holds the decoded value, for "..." and """...""" alike
        End,
        Invalid // text holds what was wrong
    };
    Kind kind = Kind::End;
    QString text;
    QString source; // the token as written, for error messages
    GraphQLLocation location;

    bool is(Kind k, QLatin1String value) const { return kind == k && text == value; }
    bool isPunctuator(char c) const
    {
        return kind == Kind::Punctuator && text.size() == 1 && text.at(0) == QLatin1Char(c);
    }
    // graphql-ruby's token names, which monday's parse errors quote: RCURLY, IDENTIFIER, ...
    QString kindName() const;
};

// Splits a GraphQL source into tokens, skipping white space, commas, comments and a byte order mark, and
// tracking 1-based lines and columns.
class GraphQLLexer
{
public:
    explicit GraphQLLexer(const QString& source);

    GraphQLToken next();

private:
    void skipIgnored();
    GraphQLToken punctuator(const GraphQLLocation& at);
    GraphQLToken name(const GraphQLLocation& at);
    GraphQLToken number(const GraphQLLocation& at);
    GraphQLToken string(const GraphQLLocation& at);
    GraphQLToken blockString(const GraphQLLocation& at);
    GraphQLToken invalid(const GraphQLLocation& at, qsizetype start, const QString& why);
    std::optional<QChar> escape(); // after a backslash; nullopt when the escape is not valid
    QChar peek(qsizetype ahead = 0) const;
    void advance(qsizetype count = 1);
    GraphQLLocation here() const { return {m_line, m_column}; }

    QString m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace mlc::sandbox
