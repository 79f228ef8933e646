#pragma once

#include "common/ExitCode.h"
#include "sync/SyncPass.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace mlc {
class Clock;
struct Profile;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
class StateSession;
struct CliOptions;
struct EngineSecrets;

// `sync --once [--entity E] [--dry-run]`: one delta pass over every mapping (or one), linked-to mappings
// first, then waits until each board's writes are settled (contract §4). With --dry-run it prints the
// creates and updates it would make and writes nothing: no mutation, no outbox row, no watermark moved.
// Prints a line per mapping, or with --json the contract's object plus the per-mapping details.
// `reconcile [--entity E]` is the same pass with Mode::Reconcile: each board is first compared with what
// was written (DriftCheck) and deletions are looked for, so hand-made changes to mapped columns and items
// removed by hand are restored.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    enum class Mode
    {
        Once,      // `sync --once`
        Reconcile, // `reconcile`: the same pass, first comparing each board with what was written
    };

    SyncCommand(const CliOptions& options, Clock& clock, const CliOutput& output, Mode mode = Mode::Once);

    ExitCode run(const QStringList& arguments);

    // One pass over `mappings` in an open session (also how `replay` sends what it took back).
    ExitCode pass(StateSession& session, const Profile& profile, QList<Mapping> mappings,
                  const EngineSecrets& secrets);

    // One line (and notes) per mapping of a finished pass; `run` prints its passes the same way.
    void printResult(const SyncPass::MappingResult& result) const;

    // Something the command that runs the pass adds to its JSON result (replay: how many it took back).
    void addToResult(const QString& key, const QJsonValue& value) { m_extraResult.insert(key, value); }

private:
    void printPlan(const Mapping& mapping, const RecordPlan& plan) const;
    ExitCode report(const QList<SyncPass::MappingResult>& results, int mutations, int bcRequests,
                    double seconds) const;

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
    Mode m_mode;
    bool m_dryRun = false;
    QJsonObject m_extraResult;
};

} // namespace mlc::cli
