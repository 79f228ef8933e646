#include "GraphQLLexer.h"

#include <QHash>

namespace mlc::sandbox {

namespace {

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isNameContinue(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The common indentation of a block string's lines goes, and so do blank first and last lines (spec 2.9.4).
QString dedentBlockString(const QString& raw)
{
    QStringList lines = raw.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    qsizetype common = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        qsizetype indent = 0;
        while (indent < line.size() &&
               (line.at(indent) == QLatin1Char(' ') || line.at(indent) == QLatin1Char('\t')))
            ++indent;
        if (indent < line.size() && (common < 0 || indent < common))
            common = indent;
    }
    if (common > 0) {
        for (qsizetype i = 1; i < lines.size(); ++i)
            lines[i] = lines.at(i).mid(common);
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString GraphQLToken::kindName() const
{
    switch (kind) {
    case Kind::Name:
        return QStringLiteral("IDENTIFIER");
    case Kind::Int:
        return QStringLiteral("INT");
    case Kind::Float:
        return QStringLiteral("FLOAT");
    case Kind::String:
        return QStringLiteral("STRING");
    case Kind::End:
        return QStringLiteral("EOF");
    case Kind::Invalid:
        return QStringLiteral("UNKNOWN_CHAR");
    case Kind::Punctuator:
        break;
    }
    static const QHash<QString, QString> names{{QStringLiteral("{"), QStringLiteral("LCURLY")},
                                               {QStringLiteral("}"), QStringLiteral("RCURLY")},
                                               {QStringLiteral("("), QStringLiteral("LPAREN")},
                                               {QStringLiteral(")"), QStringLiteral("RPAREN")},
                                               {QStringLiteral("["), QStringLiteral("LBRACKET")},
                                               {QStringLiteral("]"), QStringLiteral("RBRACKET")},
                                               {QStringLiteral(":"), QStringLiteral("COLON")},
                                               {QStringLiteral("$"), QStringLiteral("VAR_SIGN")},
                                               {QStringLiteral("!"), QStringLiteral("BANG")},
                                               {QStringLiteral("="), QStringLiteral("EQUALS")},
                                               {QStringLiteral("..."), QStringLiteral("ELLIPSIS")},
                                               {QStringLiteral("@"), QStringLiteral("DIR_SIGN")},
                                               {QStringLiteral("|"), QStringLiteral("PIPE")},
                                               {QStringLiteral("&"), QStringLiteral("AMP")}};
    return names.value(text, QStringLiteral("PUNCTUATOR"));
}

GraphQLLexer::GraphQLLexer(const QString& source)
    : m_source(source)
{}

QChar GraphQLLexer::peek(qsizetype ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_source.size() ? m_source.at(at) : QChar();
}

void GraphQLLexer::advance(qsizetype count)
{
    for (qsizetype i = 0; i < count && m_pos < m_source.size(); ++i) {
        const QChar c = m_source.at(m_pos++);
        if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && peek() != QLatin1Char('\n'))) {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }
}

void GraphQLLexer::skipIgnored()
{
    while (m_pos < m_source.size()) {
        const QChar c = peek();
        if (c == QLatin1Char('#')) {
            while (m_pos < m_source.size() && peek() != QLatin1Char('\n') && peek() != QLatin1Char('\r'))
                advance();
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                   c == QLatin1Char('\r') || c == QLatin1Char(',') || c == QChar(0xFEFF)) {
            advance();
        } else {
            return;
        }
    }
}

GraphQLToken GraphQLLexer::next()
{
    skipIgnored();
    const GraphQLLocation at = here();
    if (m_pos >= m_source.size())
        return {GraphQLToken::Kind::End, QString(), QString(), at};
    const QChar c = peek();
    if (isNameStart(c))
        return name(at);
    if (isDigit(c) || c == QLatin1Char('-'))
        return number(at);
    if (c == QLatin1Char('"'))
        return peek(1) == QLatin1Char('"') && peek(2) == QLatin1Char('"') ? blockString(at) : string(at);
    return punctuator(at);
}

GraphQLToken GraphQLLexer::invalid(const GraphQLLocation& at, qsizetype start, const QString& why)
{
    return {GraphQLToken::Kind::Invalid, why, m_source.mid(start, m_pos - start), at};
}

GraphQLToken GraphQLLexer::punctuator(const GraphQLLocation& at)
{
    const qsizetype start = m_pos;
    if (peek() == QLatin1Char('.')) {
        if (peek(1) == QLatin1Char('.') && peek(2) == QLatin1Char('.')) {
            advance(3);
            return {GraphQLToken::Kind::Punctuator, QStringLiteral("..."), QStringLiteral("..."), at};
        }
        advance();
        return invalid(at, start, QStringLiteral("a lone '.'"));
    }
    static const QString single = QStringLiteral("!$&():=@[]{|}");
    const QChar c = peek();
    advance();
    if (!single.contains(c))
        return invalid(at, start, QStringLiteral("unexpected character"));
    return {GraphQLToken::Kind::Punctuator, QString(c), QString(c), at};
}

GraphQLToken GraphQLLexer::name(const GraphQLLocation& at)
{
    const qsizetype start = m_pos;
    while (m_pos < m_source.size() && isNameContinue(peek()))
        advance();
    const QString text = m_source.mid(start, m_pos - start);
    return {GraphQLToken::Kind::Name, text, text, at};
}

GraphQLToken GraphQLLexer::number(const GraphQLLocation& at)
{
    const qsizetype start = m_pos;
    bool isFloat = false;
    if (peek() == QLatin1Char('-'))
        advance();
    if (!isDigit(peek()))
        return invalid(at, start, QStringLiteral("a '-' without digits"));
    if (peek() == QLatin1Char('0') && isDigit(peek(1))) {
        advance(2);
        return invalid(at, start, QStringLiteral("a number with a leading zero"));
    }
    while (isDigit(peek()))
        advance();
    if (peek() == QLatin1Char('.')) {
        isFloat = true;
        advance();
        if (!isDigit(peek()))
            return invalid(at, start, QStringLiteral("a number without digits after '.'"));
        while (isDigit(peek()))
            advance();
    }
    if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
        isFloat = true;
        advance();
        if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
            advance();
        if (!isDigit(peek()))
            return invalid(at, start, QStringLiteral("a number without exponent digits"));
        while (isDigit(peek()))
            advance();
    }
    if (isNameStart(peek()) || peek() == QLatin1Char('.')) {
        advance();
        return invalid(at, start, QStringLiteral("a number followed by a name"));
    }
    const QString text = m_source.mid(start, m_pos - start);
    return {isFloat ? GraphQLToken::Kind::Float : GraphQLToken::Kind::Int, text, text, at};
}

std::optional<QChar> GraphQLLexer::escape()
{
    const QChar c = peek();
    advance();
    switch (c.unicode()) {
    case '"':
        return QLatin1Char('"');
    case '\\':
        return QLatin1Char('\\');
    case '/':
        return QLatin1Char('/');
    case 'b':
        return QLatin1Char('\b');
    case 'f':
        return QLatin1Char('\f');
    case 'n':
        return QLatin1Char('\n');
    case 'r':
        return QLatin1Char('\r');
    case 't':
        return QLatin1Char('\t');
    case 'u': {
        bool ok = false;
        const uint code = m_source.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok || m_source.mid(m_pos, 4).size() != 4)
            return std::nullopt;
        advance(4);
        return QChar(static_cast<char16_t>(code));
    }
    default:
        return std::nullopt;
    }
}

GraphQLToken GraphQLLexer::string(const GraphQLLocation& at)
{
    const qsizetype start = m_pos;
    advance();
    QString value;
    while (m_pos < m_source.size()) {
        const QChar c = peek();
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        advance();
        if (c == QLatin1Char('"'))
            return {GraphQLToken::Kind::String, value, m_source.mid(start, m_pos - start), at};
        if (c != QLatin1Char('\\')) {
            value.append(c);
            continue;
        }
        const std::optional<QChar> escaped = escape();
        if (!escaped)
            return invalid(at, start, QStringLiteral("a bad escape sequence"));
        value.append(*escaped);
    }
    return invalid(at, start, QStringLiteral("an unterminated string"));
}

GraphQLToken GraphQLLexer::blockString(const GraphQLLocation& at)
{
    const qsizetype start = m_pos;
    advance(3);
    QString raw;
    while (m_pos < m_source.size()) {
        if (peek() == QLatin1Char('"') && peek(1) == QLatin1Char('"') && peek(2) == QLatin1Char('"')) {
            advance(3);
            return {GraphQLToken::Kind::String, dedentBlockString(raw), m_source.mid(start, m_pos - start),
                    at};
        }
        if (peek() == QLatin1Char('\\') && m_source.mid(m_pos + 1, 3) == QLatin1String("\"\"\"")) {
            raw.append(QStringLiteral("\"\"\""));
            advance(4);
            continue;
        }
        raw.append(peek());
        advance();
    }
    return invalid(at, start, QStringLiteral("an unterminated block string"));
}

} // namespace mlc::sandbox
