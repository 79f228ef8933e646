#pragma once

#include "common/ExitCode.h"
#include "secrets/CredentialStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>

namespace mlc {
class Clock;
struct BcConnectionReport;
struct MondayConnectionReport;
struct Profile;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `check`: can the connector reach and read everything the profile names? Business Central is checked step
// by step with BcConnectionCheck (secret, token, company, each mapped entity), monday.com with
// MondayConnectionCheck (token, account, each mapped board and its columns and labels). Exit 0 when both
// passed, 3 when a system could not be reached or refused the credentials, 2 for a missing or invalid
// profile or boards that do not fit it. Waits on a local event loop: the CLI has nothing else to do
// meanwhile.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    BcConnectionReport checkBusinessCentral(const Profile& profile, const QString& clientSecret);
    MondayConnectionReport checkMonday(const Profile& profile, const QString& token);

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
