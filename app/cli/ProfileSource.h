#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mlc {
class Clock;
struct Profile;
struct ProfileReadResult;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
class StateSession;
struct CliOptions;

// Where a command gets its profile: the file named by --profile, else the one `profile import` stored in the
// data folder. Every failure is reported to the user and comes with its exit code.
class ProfileSource
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSource)

public:
    static std::optional<Profile> load(const CliOptions& options, const Clock& clock, const CliOutput& output,
                                       ExitCode* failure);
    static std::optional<Profile> fromFile(const QString& file, const CliOutput& output, ExitCode* failure);
    static std::optional<Profile> stored(const CliOptions& options, const Clock& clock,
                                         const CliOutput& output, ExitCode* failure);
    // The profile stored in an open session's database (which may be read-only).
    static std::optional<Profile> storedIn(StateSession& session, const CliOutput& output, ExitCode* failure);

    // Warnings and errors, each with its JSON path, then one line that says the profile is not valid.
    static void reportProblems(const QString& source, const ProfileReadResult& result,
                               const CliOutput& output);

    static QString storageKey() { return QStringLiteral("profile"); }
};

} // namespace mlc::cli
