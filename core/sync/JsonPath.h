#pragma once

#include <QString>

namespace mlc {

// Builds the dotted JSON paths of profile errors: "mappings[1].columns[3].column". A key that is not a plain
// name (a `values` key with a space, say) is written in brackets, `values["In Review"]`, so the path stays
// unambiguous.
class JsonPath
{
public:
    static QString root() { return QStringLiteral("$"); }
    static QString key(const QString& parent, const QString& key);
    static QString index(const QString& parent, qsizetype index);
};

} // namespace mlc
