#include "CheckCommand.h"

#include "CheckPrinter.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "ProfileSource.h"
#include "bc/BcConnectionCheck.h"
#include "common/Clock.h"
#include "monday/MondayClient.h"
#include "secrets/EnvironmentCredentialStore.h"
#include "secrets/LayeredCredentialStore.h"
#include "sync/MondayConnectionCheck.h"
#include "sync/Profile.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include <optional>

namespace mlc::cli {

namespace {

BcConnectionCheck::Settings checkSettings(const Profile& profile, const QString& clientSecret)
{
    const BusinessCentralSettings& bc = profile.businessCentral;
    BcConnectionCheck::Settings settings;
    settings.tokenUrl = bc.tokenUrl();
    settings.clientId = bc.clientId;
    settings.clientSecret = clientSecret;
    settings.apiRoot = bc.apiRoot();
    settings.companyId = bc.companyId;
    for (const Mapping& mapping : profile.mappings) {
        BcConnectionCheck::EntityFields entity{mapping.entity, {}};
        for (const ColumnMapping& column : mapping.columns)
            entity.fields.append(column.field);
        entity.fields.append(mapping.itemName);
        settings.entities.append(entity);
    }
    return settings;
}

} // namespace

CheckCommand::CheckCommand(const CliOptions& options, Clock& clock, const CliOutput& output)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
{}

ExitCode CheckCommand::run(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.error(tr("\"check\" takes no arguments, got \"%1\". Use: ml-connector-cli [--profile FILE] "
                          "check [--json]")
                           .arg(arguments.join(QLatin1Char(' '))));
        return ExitUsageOrProfile;
    }
    ExitCode failure = ExitOk;
    const std::optional<Profile> profile = ProfileSource::load(m_options, m_clock, m_output, &failure);
    if (!profile)
        return failure;

    const CheckPrinter printer(m_output);
    const SecretResult secret = readSecret(SecretId::BcClientSecret);
    const SecretResult token = readSecret(SecretId::MondayToken);
    const BcConnectionReport bc =
        secret.ok ? checkBusinessCentral(*profile, secret.value) : BcConnectionReport();
    const MondayConnectionReport monday =
        token.ok ? checkMonday(*profile, token.value) : MondayConnectionReport();
    return printer.report(bc, secret.ok ? QString() : missingSecretAdvice(SecretId::BcClientSecret, secret),
                          monday, token.ok ? QString() : missingSecretAdvice(SecretId::MondayToken, token));
}

// The same layers the headless engine reads: the environment (variable, then file), then the keychain.
SecretResult CheckCommand::readSecret(SecretId id)
{
    const std::unique_ptr<CredentialStore> store = LayeredCredentialStore::environmentThenKeychain();
    QEventLoop loop;
    QObject context; // answers arriving after we stopped waiting are dropped with it
    std::optional<SecretResult> answer;
    store->read(id, &context, [&answer, &loop](SecretResult result) {
        answer = std::move(result);
        loop.quit();
    });
    m_clock.callAfter(kSecretTimeout, &context, [&loop] { loop.quit(); });
    if (!answer)
        loop.exec();
    if (answer)
        return *answer;
    return SecretResult::failed(CredentialError::Unavailable,
                                tr("The system keychain did not answer within %1 s; it may be locked and "
                                   "waiting for a password.")
                                    .arg(kSecretTimeout.count()));
}

QString CheckCommand::missingSecretAdvice(SecretId id, const SecretResult& result)
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

BcConnectionReport CheckCommand::checkBusinessCentral(const Profile& profile, const QString& clientSecret)
{
    QNetworkAccessManager network;
    BcConnectionCheck check(&network, m_clock, checkSettings(profile, clientSecret));
    QEventLoop loop;
    QObject::connect(&check, &BcConnectionCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    // Every step has a transfer timeout and at most two attempts, so this returns within a minute or so.
    loop.exec();
    return check.report();
}

} // namespace mlc::cli

namespace mlc::cli {

MondayConnectionReport CheckCommand::checkMonday(const Profile& profile, const QString& token)
{
    QNetworkAccessManager network;
    MondayClient::Settings settings;
    settings.apiUrl = profile.monday.apiUrl;
    settings.apiVersion = profile.monday.apiVersion;
    settings.transferTimeout = std::chrono::seconds(15);
    MondayClient client(&network, m_clock, settings);
    client.setToken(token);
    MondayConnectionCheck check(client, m_clock, profile.mappings);
    QEventLoop loop;
    QObject::connect(&check, &MondayConnectionCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return check.report();
}

} // namespace mlc::cli
