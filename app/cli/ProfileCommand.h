#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace mlc {
class Clock;
struct Profile;
struct ProfileError;
struct ProfileReadResult;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `profile validate FILE`, `profile import FILE`, `profile export [FILE]`. The stored profile lives in the
// database's settings table, so it moves with the data folder and is replaced in one transaction.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    ProfileCommand(const CliOptions& options, const Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    ExitCode validate(const QString& file);
    ExitCode importFile(const QString& file);
    ExitCode exportTo(const QString& file);

    // Whether --json prints the validation verdict for a valid profile too (validate) or only a failed one.
    enum class Verdict
    {
        Always,
        OnlyIfInvalid
    };
    bool readValid(const QString& file, Profile* profile, Verdict when);
    void reportProblems(const QString& source, const ProfileReadResult& result);
    ExitCode usage(const QString& problem);

    static QJsonArray toJson(const QList<ProfileError>& problems);

    const CliOptions& m_options;
    const Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
