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

// `replay --failed | --id N` (contract §4): takes back what failed (every failed write and failed plan, or
// the one audit entry N reported) with a `replayed` audit entry each, then runs a pass over the mappings
// concerned, which sends the writes with their original keys and reads the records again. Exit codes and
// JSON are those of `sync --once`, with "replayed" added.
class ReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplayCommand)

public:
    ReplayCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
