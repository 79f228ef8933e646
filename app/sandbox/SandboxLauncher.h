#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mlc::sandbox {

// ml-connector-sandbox's command line: reads the options, starts the simulators, prints how to reach them
// and runs until SIGINT or SIGTERM. Exit status: 0 after a clean stop, 1 when the simulators cannot start
// or the profile cannot be written, 2 for a usage error.
class SandboxLauncher
{
    Q_DECLARE_TR_FUNCTIONS(SandboxLauncher)

public:
    int run(QCoreApplication& app);

private:
    static std::optional<qint64> number(const QString& text, qint64 min, qint64 max);
};

} // namespace mlc::sandbox
