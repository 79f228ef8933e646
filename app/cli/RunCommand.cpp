#include "RunCommand.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "EngineSetup.h"
#include "StopSignals.h"
#include "SyncCommand.h"
#include "common/Clock.h"
#include "sync/EngineClients.h"
#include "sync/Profile.h"
#include "sync/SyncLoop.h"
#include "webhook/WebhookService.h"

#include <QEventLoop>
#include <QJsonObject>

#include <csignal>

namespace mlc::cli {

RunCommand::RunCommand(const CliOptions& options, Clock& clock, const CliOutput& output)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
{}

QString RunCommand::webhookLine(const SubscriptionStatus& status)
{
    const QString entity = BcEntities::toString(status.entity);
    switch (status.state) {
    case SubscriptionStatus::State::Live:
        return tr("%1: notifications live until %2; polled hourly as a safety net")
            .arg(entity, status.expiresAt.toString(Qt::ISODate));
    case SubscriptionStatus::State::Subscribing: // on its way; its outcome is what is worth a line
        return {};
    case SubscriptionStatus::State::Failing:
        return tr("%1: notifications failing (%2); polled on its cadence").arg(entity, status.reason);
    case SubscriptionStatus::State::Polled:
        return tr("%1: polled (%2)").arg(entity, status.reason);
    }
    return {};
}

ExitCode RunCommand::run(const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        m_output.error(tr("\"run\" takes no arguments, got \"%1\".").arg(arguments.join(QLatin1Char(' '))));
        return ExitUsageOrProfile;
    }
    ExitCode failure = ExitOk;
    std::optional<EngineSetup> setup = EngineSetup::open(m_options, m_clock, m_output, &failure);
    if (!setup)
        return failure;
    const Profile& profile = setup->profile;
    EngineClients clients(profile, setup->secrets.bcClientSecret, setup->secrets.mondayToken, m_clock);
    SyncPass::Settings settings;
    settings.writes.mutationsPerMinute = profile.monday.mutationsPerMinute;
    SyncLoop loop(setup->session->database(), clients.bc(), clients.monday(), m_clock, profile.mappings,
                  settings);
    WebhookService webhooks(setup->session->database(), clients.bc(), m_clock,
                            profile.webhooks.value_or(WebhookSettings()), profile.mappings, loop);
    QHash<BcEntity, QString> webhookLines; // what was last said per entity, to say only what changed
    QObject::connect(&webhooks, &WebhookService::statusChanged, [&] {
        for (const SubscriptionStatus& status : webhooks.statuses()) {
            const QString line = webhookLine(status);
            if (status.state != SubscriptionStatus::State::Subscribing &&
                webhookLines.value(status.entity) != line) {
                webhookLines.insert(status.entity, line);
                m_output.line(line);
            }
        }
    });
    const SyncCommand printer(m_options, m_clock, m_output);
    int passes = 0, created = 0, updated = 0, archived = 0, failed = 0;
    ExitCode code = ExitOk;
    QEventLoop events;
    QObject::connect(&loop, &SyncLoop::passFinished, [&](const QList<SyncPass::MappingResult>& results) {
        ++passes;
        for (const SyncPass::MappingResult& result : results) {
            created += result.created + result.adopted;
            updated += result.updated;
            archived += result.archived;
            failed += result.failed + result.poll.failed;
            if (!result.error.isEmpty() && !loop.isStopping())
                m_output.error(tr("%1: %2").arg(BcEntities::toString(result.mapping.entity), result.error));
            if (result.failure == SyncFailure::LocalState && !loop.isStopping()) {
                // The state database refused a change: going on could lose track of what was written.
                code = ExitLocalStateError;
                loop.stop();
            }
            printer.printResult(result);
        }
    });
    QObject::connect(&loop, &SyncLoop::stopped, &events, &QEventLoop::quit);

    QString stoppedBy;
    StopSignals signals;
    QObject::connect(&signals, &StopSignals::stopRequested, [&](int signalNumber) {
        if (!loop.isStopping()) {
            stoppedBy = signalNumber == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT");
            m_output.line(tr("Stopping: letting the write on its way finish; what waits stays queued for "
                             "the next start. (Again to stop at once.)"));
            webhooks.stop(); // sources first: no notification is taken that this run would not handle
            loop.stop();
        } else {
            events.quit();
        }
    });
    m_output.line(
        tr("Syncing %n mapping(s); stop with Ctrl+C or SIGTERM.", nullptr, int(profile.mappings.size())));
    loop.start();
    QString webhookError;
    if (!webhooks.start(&webhookError))
        m_output.error(tr("Webhooks: %1 Every mapping is polled on its cadence.").arg(webhookError));
    events.exec();
    webhooks.stop();
    m_output.line(tr("Stopped after %n pass(es).", nullptr, passes));
    if (m_output.isJson())
        m_output.result({{QStringLiteral("passes"), passes},
                         {QStringLiteral("created"), created},
                         {QStringLiteral("updated"), updated},
                         {QStringLiteral("archived"), archived},
                         {QStringLiteral("failed"), failed},
                         {QStringLiteral("stoppedBy"), stoppedBy}});
    return code;
}

} // namespace mlc::cli
