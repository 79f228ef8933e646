#pragma once

#include "common/ExitCode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace mlc {
class Clock;
class Database;
struct Profile;
struct Mapping;
} // namespace mlc

namespace mlc::cli {

class CliOutput;
struct CliOptions;

// `status` (contract §4): per mapping of the profile, how far it got (last poll, watermark), how many
// records have an item, what waits in the write queue and what failed, and the records waiting for a
// linked record or a fixed mapping. Reads the database read-only, so it works while the engine runs.
class StatusCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    StatusCommand(const CliOptions& options, Clock& clock, const CliOutput& output);

    ExitCode run(const QStringList& arguments);

private:
    std::optional<QJsonObject> mappingStatus(Database& database, const Mapping& mapping,
                                             QString* error) const;
    void print(const QJsonObject& status) const;
    std::optional<QJsonArray> subscriptionStatus(Database& database, const Profile& profile) const;

    const CliOptions& m_options;
    Clock& m_clock;
    const CliOutput& m_output;
};

} // namespace mlc::cli
