#include "CliSecrets.h"

#include "CliOutput.h"
#include "common/Clock.h"
#include "secrets/EnvironmentCredentialStore.h"
#include "secrets/LayeredCredentialStore.h"

#include <QEventLoop>

#include <optional>

namespace mlc::cli {

// The same layers the headless engine reads: the environment (variable, then file), then the keychain.
SecretResult CliSecrets::read(SecretId id, Clock& clock)
{
    const std::unique_ptr<CredentialStore> store = LayeredCredentialStore::environmentThenKeychain();
    QEventLoop loop;
    QObject context; // answers arriving after we stopped waiting are dropped with it
    std::optional<SecretResult> answer;
    store->read(id, &context, [&answer, &loop](SecretResult result) {
        answer = std::move(result);
        loop.quit();
    });
    clock.callAfter(kTimeout, &context, [&loop] { loop.quit(); });
    if (!answer)
        loop.exec();
    if (answer)
        return *answer;
    return SecretResult::failed(CredentialError::Unavailable,
                                tr("The system keychain did not answer within %1 s; it may be locked and "
                                   "waiting for a password.")
                                    .arg(kTimeout.count()));
}

QString CliSecrets::missingAdvice(SecretId id, const SecretResult& result)
{
    const QString variable = EnvironmentCredentialStore::variableName(id);
    const QString problem =
        tr("No %1 could be read: %2").arg(CredentialStore::displayName(id), result.message);
    // A keychain that is missing altogether already names the variables; saying it twice only adds noise.
    if (result.message.contains(variable))
        return problem;
    return problem + QLatin1Char(' ') +
           tr("Set %1 to its value, or %2 to a file that holds it, or save it in the system "
              "keychain "
              "with the desktop application.")
               .arg(variable, EnvironmentCredentialStore::fileVariableName(id));
}

std::optional<EngineSecrets> CliSecrets::readForEngine(Clock& clock, const CliOutput& output)
{
    const SecretResult secret = read(SecretId::BcClientSecret, clock);
    const SecretResult token = read(SecretId::MondayToken, clock);
    if (!secret.ok)
        output.error(missingAdvice(SecretId::BcClientSecret, secret));
    if (!token.ok)
        output.error(missingAdvice(SecretId::MondayToken, token));
    if (!secret.ok || !token.ok)
        return std::nullopt;
    return EngineSecrets{secret.value, token.value};
}

} // namespace mlc::cli
