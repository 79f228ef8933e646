#include "ProfileSource.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "StateSession.h"
#include "store/SettingsStore.h"
#include "sync/ProfileReader.h"

namespace mlc::cli {

std::optional<Profile> ProfileSource::load(const CliOptions& options, const Clock& clock,
                                           const CliOutput& output, ExitCode* failure)
{
    return options.profilePath.isEmpty() ? stored(options, clock, output, failure)
                                         : fromFile(options.profilePath, output, failure);
}

std::optional<Profile> ProfileSource::fromFile(const QString& file, const CliOutput& output,
                                               ExitCode* failure)
{
    const ProfileReadResult result = ProfileReader::readFile(file);
    reportProblems(file, result, output);
    if (!result.ok()) {
        *failure = ExitUsageOrProfile;
        return std::nullopt;
    }
    return result.profile;
}

std::optional<Profile> ProfileSource::stored(const CliOptions& options, const Clock& clock,
                                             const CliOutput& output, ExitCode* failure)
{
    auto session = StateSession::open(options.dataDir, options.verbose, clock, output, failure);
    if (!session)
        return std::nullopt;
    return storedIn(*session, output, failure);
}

std::optional<Profile> ProfileSource::storedIn(StateSession& session, const CliOutput& output,
                                               ExitCode* failure)
{
    QString readError;
    const std::optional<QByteArray> stored =
        SettingsStore(session.database()).value(storageKey(), &readError);
    if (!readError.isEmpty()) {
        output.error(readError);
        *failure = ExitLocalStateError;
        return std::nullopt;
    }
    if (!stored) {
        output.error(tr("No profile is stored in the data folder %1. Import one with "
                        "\"ml-connector-cli profile import FILE\", or name one with --profile FILE.")
                         .arg(session.dataDir()));
        *failure = ExitUsageOrProfile;
        return std::nullopt;
    }
    const ProfileReadResult result = ProfileReader::read(*stored);
    reportProblems(tr("the stored profile"), result, output);
    if (!result.ok()) {
        *failure = ExitUsageOrProfile;
        return std::nullopt;
    }
    return result.profile;
}

void ProfileSource::reportProblems(const QString& source, const ProfileReadResult& result,
                                   const CliOutput& output)
{
    for (const ProfileError& warning : result.warnings)
        output.warning(warning.toString());
    for (const ProfileError& error : result.errors)
        output.error(error.toString());
    if (!result.ok())
        output.error(
            tr("%1 is not a valid profile (%n problem(s)).", nullptr, int(result.errors.size())).arg(source));
}

} // namespace mlc::cli
