#pragma once

#include "bc/BcEntity.h"

#include <QString>

namespace mlc {

// BC sends enum members as XML-encoded names (spec §3.0): a character that may not stand in a name becomes
// _xHHHH_ with its UTF-16 code in hex, so "In Review" travels as "In_x0020_Review". Profiles match on the
// wire value; only text shown to people is decoded.
class BcEnumCodec
{
public:
    // "_x0020_" -> " "; plain text and malformed escapes ("_x00G0_", "_x002") stay as they are.
    static QString decode(const QString& wireValue);
    // " " -> "_x0020_", "." -> "_x002E_"; letters, digits and underscores stay, except an underscore that
    // would read as the start of an escape, which becomes "_x005F_" so decode(encode(x)) == x.
    static QString encode(const QString& text);
    // The catalogue's display text for a known member of an enum field, otherwise the decoded value.
    static QString displayText(BcEntity entity, const QString& field, const QString& wireValue);
};

} // namespace mlc
