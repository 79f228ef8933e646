#include "ReplayCommand.h"

#include "CliOptions.h"
#include "CliOutput.h"
#include "EngineSetup.h"
#include "SyncCommand.h"
#include "sync/FailedWriteReplay.h"
#include "sync/Profile.h"

namespace mlc::cli {

ReplayCommand::ReplayCommand(const CliOptions& options, Clock& clock, const CliOutput& output)
    : m_options(options)
    , m_clock(clock)
    , m_output(output)
{}

ExitCode ReplayCommand::run(const QStringList& arguments)
{
    const QString usage =
        tr("Use: ml-connector-cli replay --failed, or replay --id N with N an audit entry.");
    const bool all = m_options.commandOptions.contains(QStringLiteral("failed"));
    const bool one = m_options.commandOptions.contains(QStringLiteral("id"));
    if (!arguments.isEmpty() || all == one) {
        m_output.error(tr("\"replay\" takes either --failed or --id N. %1").arg(usage));
        return ExitUsageOrProfile;
    }
    bool isNumber = false;
    const qint64 auditId = m_options.commandOptions.value(QStringLiteral("id")).toLongLong(&isNumber);
    if (one && (!isNumber || auditId <= 0)) {
        m_output.error(tr("--id takes the number of an audit entry (see \"ml-connector-cli audit --status "
                          "failed\"), not \"%1\". %2")
                           .arg(m_options.commandOptions.value(QStringLiteral("id")), usage));
        return ExitUsageOrProfile;
    }

    ExitCode failure = ExitOk;
    std::optional<EngineSetup> setup = EngineSetup::open(m_options, m_clock, m_output, &failure);
    if (!setup)
        return failure;
    const Profile& profile = setup->profile;

    FailedWriteReplay replay(setup->session->database(), profile.mappings);
    QString error;
    const std::optional<FailedWriteReplay::Outcome> outcome =
        all ? replay.replayAll(&error) : replay.replayEntry(auditId, &error);
    if (!outcome) {
        m_output.error(error);
        return replay.wasRefused() ? ExitUsageOrProfile : ExitLocalStateError;
    }
    if (outcome->writes + outcome->records == 0) {
        m_output.line(tr("Nothing to replay: no write or record is failed."));
        if (m_output.isJson())
            m_output.result({{QStringLiteral("replayed"), 0}});
        return ExitOk;
    }
    m_output.line(tr("Replaying %n failed write(s)", nullptr, outcome->writes) +
                  tr(" and reading %n record(s) again.", nullptr, outcome->records));

    QList<Mapping> concerned;
    for (const Mapping& mapping : profile.mappings) {
        if (outcome->boardIds.contains(mapping.boardId))
            concerned.append(mapping);
    }
    SyncCommand sync(m_options, m_clock, m_output);
    sync.addToResult(QStringLiteral("replayed"), outcome->writes + outcome->records);
    return sync.pass(*setup->session, profile, concerned, setup->secrets);
}

} // namespace mlc::cli
