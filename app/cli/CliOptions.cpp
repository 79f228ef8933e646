#include "CliOptions.h"

#include <QStandardPaths>

namespace mlc::cli {

QString CliOptions::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace mlc::cli
