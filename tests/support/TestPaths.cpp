#include "TestPaths.h"

#include <QDir>

namespace mlc::test {

QString dataPath(const QString& relative)
{
    return QDir(QStringLiteral(MLC_SOURCE_DIR "/tests/data")).filePath(relative);
}

QString programPath(const QString& program)
{
    return QDir(QStringLiteral(MLC_BINARY_DIR "/bin")).filePath(program);
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(MLC_SOURCE_DIR)).filePath(relative);
}

} // namespace mlc::test
