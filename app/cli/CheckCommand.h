#pragma once

#include "common/ExitCode.h"
#include "secrets/CredentialStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <chrono>

namespace mlc {
class Clock;
struct BcConnectionReport;
struct Profile;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `check`: can the connector reach and read everything the profile names? Business Central is checked step
// by step with BcConnectionCheck (secret, token, company, each mapped entity); monday.com is reported as not
// checked until the monday client exists. Exit 0 when Business Central passed, 3 when it did not, 2 for a
// missing or invalid profile. Waits on a local event loop: the CLI has nothing else to do meanwhile.
class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    // A keychain waiting for the user to unlock it must not keep a script waiting for ever.
    static constexpr std::chrono::seconds kSecretTimeout{30};

    CheckCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    SecretResult readClientSecret();
    BcConnectionReport checkBusinessCentral(const Profile& profile, const QString& clientSecret);
    static QString missingSecretAdvice(const SecretResult& result);

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
