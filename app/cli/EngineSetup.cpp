#include "EngineSetup.h"

#include "CliOptions.h"
#include "ProfileSource.h"

namespace mlc::cli {

std::optional<EngineSetup> EngineSetup::open(const CliOptions& options, Clock& clock, const CliOutput& output,
                                             ExitCode* failure)
{
    std::optional<Profile> profile = ProfileSource::load(options, clock, output, failure);
    if (!profile)
        return std::nullopt;
    std::optional<EngineSecrets> secrets = CliSecrets::readForEngine(clock, output);
    if (!secrets) {
        *failure = ExitUnreachable;
        return std::nullopt;
    }
    std::unique_ptr<StateSession> session =
        StateSession::open(options.dataDir, options.verbose, clock, output, failure);
    if (!session)
        return std::nullopt;
    return EngineSetup{std::move(*profile), std::move(*secrets), std::move(session)};
}

} // namespace mlc::cli
