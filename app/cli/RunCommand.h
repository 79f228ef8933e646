#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlc {
class Clock;
struct SubscriptionStatus;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `run` (contract §4): keeps syncing, a pass over every mapping first and then each on its cadence, until
// SIGINT or SIGTERM. With webhooks enabled it also listens and subscribes (WebhookService), and mappings
// whose entity BC pushes are polled only as a safety sweep. On a signal it stops the webhooks, lets the
// write in flight finish, leaves the rest pending and exits 0. A second signal stops at once (the state
// stays consistent: every change is a transaction). Prints a line per mapping and pass, and per change of
// a subscription; with --json one object at the end: {"passes", "created", "updated", "archived",
// "failed", "stoppedBy"}.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    RunCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    static QString webhookLine(const SubscriptionStatus& status);

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
