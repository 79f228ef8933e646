#pragma once

#include "CliOptions.h"
#include "common/ExitCode.h"
#include "common/SystemClock.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlc::cli {

// Parses the command line of contract.md §4 and runs one command. Every path out returns an exit code of
// the contract; nothing calls exit() behind the caller's back.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    int run(const QStringList& arguments);

    static QString helpText();

private:
    bool parse(const QStringList& arguments, CliOptions* options, ExitCode* early);
    ExitCode dispatch(const CliOptions& options);

    SystemClock m_clock;
};

} // namespace mlc::cli
