#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlc {
class Clock;
}

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `run` (contract §4): keeps syncing, a pass over every mapping first and then each on its cadence, until
// SIGINT or SIGTERM; then lets the write in flight finish, leaves the rest pending and exits 0. A second
// signal stops at once (the state stays consistent: every change is a transaction). Prints a line per
// mapping and pass; with --json one object at the end: {"passes", "created", "updated", "archived",
// "failed", "stoppedBy"}.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    RunCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
