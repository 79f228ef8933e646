#include "CheckCommand.h"

#include "CheckPrinter.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "CliSecrets.h"
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
    const SecretResult secret = CliSecrets::read(SecretId::BcClientSecret, m_clock);
    const SecretResult token = CliSecrets::read(SecretId::MondayToken, m_clock);
    const BcConnectionReport bc =
        secret.ok ? checkBusinessCentral(*profile, secret.value) : BcConnectionReport();
    const MondayConnectionReport monday =
        token.ok ? checkMonday(*profile, token.value) : MondayConnectionReport();
    return printer.report(
        bc, secret.ok ? QString() : CliSecrets::missingAdvice(SecretId::BcClientSecret, secret), monday,
        token.ok ? QString() : CliSecrets::missingAdvice(SecretId::MondayToken, token));
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
