#pragma once

#include "secrets/CredentialStore.h"

#include <QCoreApplication>

#include <chrono>
#include <optional>

namespace mlc {
class Clock;
}

namespace mlc::cli {

class CliOutput;

// What a command that syncs needs from the secret stores.
struct EngineSecrets
{
    QString bcClientSecret;
    QString mondayToken;
};

// The secrets a command needs, read the way the headless engine reads them: the environment (variable, then
// file), then the keychain; and the advice to give when one is missing.
class CliSecrets
{
    Q_DECLARE_TR_FUNCTIONS(CliSecrets)

public:
    // A keychain waiting for the user to unlock it must not keep a script waiting for ever.
    static constexpr std::chrono::seconds kTimeout{30};

    static SecretResult read(SecretId id, Clock& clock);
    // What could not be read and how to provide it.
    static QString missingAdvice(SecretId id, const SecretResult& result);
    // Both secrets of a sync; when one is missing, tells the user how to provide it and returns no value.
    static std::optional<EngineSecrets> readForEngine(Clock& clock, const CliOutput& output);
};

} // namespace mlc::cli
