#include "SyncCommand.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "EngineSetup.h"
#include "StateSession.h"
#include "StopSignals.h"
#include "bc/BcApiClient.h"
#include "common/Clock.h"
#include "monday/MondayClient.h"
#include "sync/EngineClients.h"
#include "sync/Profile.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>

namespace mlc::cli {

namespace {

QJsonObject resultJson(const SyncPass::MappingResult& result)
{
    QJsonObject json{{QStringLiteral("entity"), BcEntities::toString(result.mapping.entity)},
                     {QStringLiteral("boardId"), result.mapping.boardId},
                     {QStringLiteral("fetched"), result.poll.fetched},
                     {QStringLiteral("planned"), result.poll.planned()},
                     {QStringLiteral("created"), result.created},
                     {QStringLiteral("updated"), result.updated},
                     {QStringLiteral("adopted"), result.adopted},
                     {QStringLiteral("unchanged"), result.poll.unchanged},
                     {QStringLiteral("deferred"), result.poll.deferred},
                     {QStringLiteral("archived"), result.archived},
                     {QStringLiteral("failed"), result.failed + result.poll.failed}};
    if (result.drift) {
        QStringList columns(result.drift->columns.cbegin(), result.drift->columns.cend());
        columns.sort();
        json.insert(QStringLiteral("drifted"), result.drift->drifted);
        json.insert(QStringLiteral("driftedColumns"), QJsonArray::fromStringList(columns));
        json.insert(QStringLiteral("missingItems"), result.drift->missing);
    }
    if (!result.error.isEmpty())
        json.insert(QStringLiteral("error"), result.error);
    return json;
}

} // namespace

SyncCommand::SyncCommand(const CliOptions& options, Clock& clock, const CliOutput& output, Mode mode)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
    , m_mode(mode)
{}

ExitCode SyncCommand::run(const QStringList& arguments)
{
    const QString usage = m_mode == Mode::Reconcile
                              ? tr("Use: ml-connector-cli reconcile [--entity E]")
                              : tr("Use: ml-connector-cli sync --once [--entity E] [--dry-run]");
    if (!arguments.isEmpty()) {
        m_output.error(
            tr("\"sync\" takes no arguments, got \"%1\". %2").arg(arguments.join(QLatin1Char(' ')), usage));
        return ExitUsageOrProfile;
    }
    if (m_mode == Mode::Once && !m_options.commandOptions.contains(QStringLiteral("once"))) {
        m_output.error(
            tr("\"sync\" needs --once: one pass, then exit. To keep syncing, use \"run\". %1").arg(usage));
        return ExitUsageOrProfile;
    }
    m_dryRun = m_options.commandOptions.contains(QStringLiteral("dry-run"));
    const QString entityName = m_options.commandOptions.value(QStringLiteral("entity"));
    std::optional<BcEntity> entity;
    if (!entityName.isEmpty()) {
        entity = BcEntities::fromString(entityName);
        if (!entity) {
            m_output.error(tr("--entity \"%1\" is not a Business Central entity the connector maps. %2")
                               .arg(entityName, usage));
            return ExitUsageOrProfile;
        }
    }

    ExitCode failure = ExitOk;
    std::optional<EngineSetup> setup = EngineSetup::open(m_options, m_clock, m_output, &failure);
    if (!setup)
        return failure;
    QList<Mapping> mappings;
    for (const Mapping& mapping : setup->profile.mappings) {
        if (!entity || mapping.entity == *entity)
            mappings.append(mapping);
    }
    if (mappings.isEmpty()) {
        m_output.error(tr("The profile maps no \"%1\"; nothing to sync.").arg(entityName));
        return ExitUsageOrProfile;
    }
    return pass(*setup->session, setup->profile, mappings, setup->secrets);
}

ExitCode SyncCommand::pass(StateSession& session, const Profile& profile, QList<Mapping> mappings,
                           const EngineSecrets& secrets)
{
    EngineClients clients(profile, secrets.bcClientSecret, secrets.mondayToken, m_clock);
    BcApiClient& bc = clients.bc();
    MondayClient& monday = clients.monday();
    SyncPass::Settings settings;
    settings.writes.mutationsPerMinute = profile.monday.mutationsPerMinute;
    settings.polling.dryRun = m_dryRun;
    settings.reconcile = m_mode == Mode::Reconcile;
    SyncPass pass(session.database(), bc, monday, m_clock, std::move(mappings), settings);
    pass.setLinkTargets(profile.mappings);
    QObject::connect(&pass, &SyncPass::planned,
                     [this](const Mapping& mapping, const RecordPlan& plan) { printPlan(mapping, plan); });
    QObject::connect(&pass, &SyncPass::mappingFinished, [this](const SyncPass::MappingResult& result) {
        if (!result.error.isEmpty())
            m_output.error(tr("%1: %2").arg(BcEntities::toString(result.mapping.entity), result.error));
    });
    QEventLoop loop;
    QObject::connect(&pass, &SyncPass::finished, &loop, &QEventLoop::quit);
    StopSignals signals;
    QObject::connect(&signals, &StopSignals::stopRequested, [&] {
        if (pass.stopped()) {
            loop.quit(); // a second signal: at once; every change is a transaction, the state stays whole
            return;
        }
        m_output.line(tr("Stopping: letting the write on its way finish; the next sync goes on from here."));
        pass.stop();
    });
    QElapsedTimer elapsed;
    elapsed.start();
    pass.start();
    loop.exec();
    if (pass.stopped())
        addToResult(QStringLiteral("interrupted"), true);
    return report(pass.results(), monday.mutationRequestsSent(), bc.requestsSent(),
                  double(elapsed.elapsed()) / 1000.0);
}

// In a dry run each planned write is the point of the output; in a real one only --verbose lists them.
void SyncCommand::printPlan(const Mapping& mapping, const RecordPlan& plan) const
{
    const QString entity = BcEntities::toString(mapping.entity);
    const QString who = plan.bcNumber.isEmpty() ? plan.bcId : plan.bcNumber;
    // A record that cannot be written is worth a line always: it is what the admin has to fix.
    if (plan.action == RecordPlan::Action::Failed) {
        m_output.error(tr("%1 %2: %3").arg(entity, who, plan.error));
        return;
    }
    if ((!m_dryRun && !m_options.verbose) || plan.action == RecordPlan::Action::Deferred)
        return;
    if (plan.action == RecordPlan::Action::Create)
        m_output.line(tr("  %1 %2: create \"%3\"").arg(entity, who, plan.itemName));
    else
        m_output.line(
            tr("  %1 %2: update %3").arg(entity, who, plan.changedColumns.join(QStringLiteral(", "))));
}

void SyncCommand::printResult(const SyncPass::MappingResult& result) const
{
    const QString where =
        tr("%1 → board %2").arg(BcEntities::toString(result.mapping.entity), result.mapping.boardId);
    if (m_dryRun) {
        m_output.line(tr("%1: would create %2 and update %3; %4 unchanged, %5 cannot be written")
                          .arg(where)
                          .arg(result.poll.creates)
                          .arg(result.poll.updates)
                          .arg(result.poll.unchanged)
                          .arg(result.poll.failed));
    } else {
        m_output.line(tr("%1: %2 created, %3 updated, %4 unchanged, %5 failed")
                          .arg(where)
                          .arg(result.created + result.adopted)
                          .arg(result.updated)
                          .arg(result.poll.unchanged)
                          .arg(result.failed + result.poll.failed));
    }
    if (result.archived > 0)
        m_output.line(tr("  %n item(s) removed: their records are no longer in Business Central.", nullptr,
                         result.archived));
    if (result.drift && result.drift->drifted > 0) {
        QStringList columns(result.drift->columns.cbegin(), result.drift->columns.cend());
        columns.sort();
        m_output.line(tr("  %n item(s) had been changed on the board by hand (%1); Business Central's values "
                         "were written back.",
                         nullptr, result.drift->drifted)
                          .arg(columns.join(QStringLiteral(", "))));
    }
    if (result.drift && result.drift->missing > 0)
        m_output.line(tr("  %n item(s) had been removed from the board by hand and were created again.",
                         nullptr, result.drift->missing));
    if (result.poll.deferred > 0)
        m_output.line(tr("  %n record(s) wait for a linked record that is not on its board yet.", nullptr,
                         result.poll.deferred));
}

ExitCode SyncCommand::report(const QList<SyncPass::MappingResult>& results, int mutations, int bcRequests,
                             double seconds) const
{
    int created = 0, updated = 0, unchanged = 0, archived = 0, failed = 0, planned = 0;
    ExitCode code = ExitOk;
    QJsonArray perMapping;
    for (const SyncPass::MappingResult& result : results) {
        created += result.created + result.adopted;
        updated += result.updated;
        unchanged += result.poll.unchanged;
        archived += result.archived;
        failed += result.failed + result.poll.failed;
        planned += result.poll.planned();
        perMapping.append(resultJson(result));
        printResult(result);
        switch (result.failure) {
        case SyncFailure::Unreachable:
            code = ExitUnreachable;
            break;
        case SyncFailure::LocalState:
            code = code == ExitUnreachable ? code : ExitLocalStateError;
            break;
        case SyncFailure::Mapping:
            code = code == ExitOk || code == ExitRecordsFailed ? ExitUsageOrProfile : code;
            break;
        case SyncFailure::Other:
        case SyncFailure::None:
            break;
        }
        if (result.failure == SyncFailure::Other && code == ExitOk)
            code = ExitRecordsFailed;
    }
    if (code == ExitOk && failed > 0)
        code = ExitRecordsFailed;
    if (failed > 0 && !m_dryRun)
        m_output.line(
            tr("%n write(s) failed; they are in the audit trail and can be replayed.", nullptr, failed));
    if (m_output.isJson()) {
        QJsonObject json{{QStringLiteral("created"), created},
                         {QStringLiteral("updated"), updated},
                         {QStringLiteral("unchanged"), unchanged},
                         {QStringLiteral("archived"), archived},
                         {QStringLiteral("failed"), failed},
                         {QStringLiteral("mutations"), mutations},
                         {QStringLiteral("bcRequests"), bcRequests},
                         {QStringLiteral("seconds"), seconds},
                         {QStringLiteral("dryRun"), m_dryRun},
                         {QStringLiteral("mappings"), perMapping},
                         {QStringLiteral("errors"), QJsonArray::fromStringList(m_output.errors())}};
        if (m_dryRun)
            json.insert(QStringLiteral("planned"), planned);
        for (auto it = m_extraResult.constBegin(); it != m_extraResult.constEnd(); ++it)
            json.insert(it.key(), it.value());
        m_output.result(json);
    }
    return code;
}

} // namespace mlc::cli
