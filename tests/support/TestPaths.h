#pragma once

#include <QString>

namespace mlc::test {

// Where a test finds its fixtures (tests/data) and the programs the build made.
QString dataPath(const QString& relative);
QString programPath(const QString& program);
QString sourcePath(const QString& relative);

} // namespace mlc::test
