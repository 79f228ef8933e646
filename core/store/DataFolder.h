#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace mlc {

class Clock;
class DataDirLock;

// The data folder as this process holds it: claimed with its lock first (so a second process is turned away
// before it reads anything), then its log file opened. The GUI and the CLI claim it the same way.
class DataFolder
{
    Q_DECLARE_TR_FUNCTIONS(DataFolder)

public:
    struct Failure
    {
        ExitCode exitCode = ExitOk;
        QString message;
    };

    ~DataFolder();

    // The platform's app-data folder (~/.local/share/ml-connector on Linux).
    static QString defaultPath();

    // On failure returns nullptr and says why; exit code 4 only when another process holds the folder.
    static std::unique_ptr<DataFolder> claim(const QString& path, const Clock& clock, bool verbose,
                                             Failure* failure);

    QString path() const { return m_path; }

private:
    explicit DataFolder(QString path);

    QString m_path;
    std::unique_ptr<DataDirLock> m_lock;
};

} // namespace mlc
