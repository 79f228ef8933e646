#include "BcEnumCodec.h"

#include "bc/BcEntityCatalogue.h"

namespace mlc {

namespace {

constexpr qsizetype kEscapeLength = 7; // _xHHHH_

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The UTF-16 unit an escape at `at` stands for, or -1 when there is no well-formed escape there.
int escapeAt(const QString& text, qsizetype at)
{
    if (at + kEscapeLength > text.size() || text.at(at) != QLatin1Char('_') ||
        text.at(at + 1) != QLatin1Char('x') || text.at(at + 6) != QLatin1Char('_'))
        return -1;
    int code = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexDigit(text.at(i));
        if (digit < 0)
            return -1;
        code = code * 16 + digit;
    }
    return code;
}

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Upper-case hex, as BC writes it: "_x002E_".
QString escapeOf(QChar c)
{
    return QStringLiteral("_x") +
           QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')) + QLatin1Char('_');
}

} // namespace

QString BcEnumCodec::decode(const QString& wireValue)
{
    if (!wireValue.contains(QLatin1String("_x")))
        return wireValue;
    QString decoded;
    decoded.reserve(wireValue.size());
    for (qsizetype i = 0; i < wireValue.size();) {
        const int code = escapeAt(wireValue, i);
        if (code < 0) {
            decoded.append(wireValue.at(i));
            ++i;
        } else {
            decoded.append(QChar(static_cast<char16_t>(code)));
            i += kEscapeLength;
        }
    }
    return decoded;
}

QString BcEnumCodec::encode(const QString& text)
{
    QString encoded;
    encoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool startsEscape = c == QLatin1Char('_') && escapeAt(text, i) >= 0;
        if (isNameCharacter(c) && !c.isSurrogate() && !startsEscape)
            encoded.append(c);
        else
            encoded.append(escapeOf(c));
    }
    return encoded;
}

QString BcEnumCodec::displayText(BcEntity entity, const QString& field, const QString& wireValue)
{
    if (const BcField* known = BcEntityCatalogue::field(entity, field)) {
        if (const BcEnumMember* member = known->member(wireValue))
            return member->displayText;
    }
    return decode(wireValue);
}

} // namespace mlc
