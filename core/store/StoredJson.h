#pragma once

#include <QJsonObject>
#include <QString>

namespace mlc {

// How the store writes JSON columns: compact UTF-8 text of one object, which json_valid accepts and the
// sqlite3 shell shows readably.
class StoredJson
{
public:
    static QString toText(const QJsonObject& object);
    // An empty object for text that is not a JSON object (NULL included).
    static QJsonObject fromText(const QString& text);
};

} // namespace mlc
