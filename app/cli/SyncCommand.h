#pragma once

#include "common/ExitCode.h"
#include "sync/SyncPass.h"

#include <QCoreApplication>
#include <QStringList>

namespace mlc {
class Clock;
struct Profile;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `sync --once [--entity E] [--dry-run]`: one delta pass over every mapping (or one), linked-to mappings
// first, then waits until each board's writes are settled (contract §4). With --dry-run it prints the
// creates and updates it would make and writes nothing: no mutation, no outbox row, no watermark moved.
// Prints a line per mapping, or with --json the contract's object plus the per-mapping details.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    SyncCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    ExitCode sync(const Profile& profile, QList<Mapping> mappings, const QString& clientSecret,
                  const QString& mondayToken);
    void printPlan(const Mapping& mapping, const RecordPlan& plan) const;
    void printResult(const SyncPass::MappingResult& result) const;
    ExitCode report(const QList<SyncPass::MappingResult>& results, int mutations, int bcRequests,
                    double seconds) const;

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
    bool m_dryRun = false;
};

} // namespace mlc::cli
