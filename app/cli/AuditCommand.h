#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mlc {
class Clock;
struct AuditEntry;
struct AuditFilter;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `audit [--entity E] [--status S] [--bc-id ID] [--item ID] [--since T] [--until T] [--limit N]`
// (contract §4): the audit trail, newest first, one line per entry, or with --json {"entries": [...]}.
// Reads the database read-only, so it works while the engine runs.
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    AuditCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    std::optional<AuditFilter> filter(QString* problem) const;
    QString describe(const AuditEntry& entry) const;

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
