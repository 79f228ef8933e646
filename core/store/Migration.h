#pragma once

#include <QString>
#include <QStringList>

namespace mlc {

// One numbered step of the schema. A released migration never changes: databases in the field were built
// by it, and tests/data/schema/v<version>.sql preserves what they look like. Fix mistakes with a new one.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // one SQL statement each: Qt's SQLite driver runs only the first of a batch
};

} // namespace mlc
