#pragma once

#include "CliSecrets.h"
#include "StateSession.h"
#include "common/ExitCode.h"
#include "sync/Profile.h"

#include <memory>
#include <optional>

namespace mlc {
class Clock;
}

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// What a command that syncs (sync, replay, reconcile, run) needs before it starts, got in this order so the
// cheapest problem is reported first: the profile, both secrets, then the claimed data folder and database.
struct EngineSetup
{
    Profile profile;
    EngineSecrets secrets;
    std::unique_ptr<StateSession> session;

    // No value when something is missing; the user was told why and *failure holds the exit code.
    static std::optional<EngineSetup> open(const CliOptions& options, Clock& clock, const CliOutput& output,
                                           ExitCode* failure);
};

} // namespace mlc::cli
