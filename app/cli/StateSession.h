#pragma once

#include "common/ExitCode.h"

#include <QString>

#include <memory>

namespace mlc {
class Clock;
class DataFolder;
class Database;
} // namespace mlc

namespace mlc::cli {

class CliOutput;

// What a command needs to touch the state: the claimed data folder, then the database with its migrations.
// The database closes before the folder is released.
class StateSession
{
public:
    ~StateSession();

    // On failure returns nullptr, has told the user why, and sets `exitCode`.
    static std::unique_ptr<StateSession> open(const QString& dataDir, bool verbose, const Clock& clock,
                                              const CliOutput& output, ExitCode* exitCode);

    // For commands that only read (audit, status): the database read-only, without claiming the folder, so
    // they work while `run` or the desktop application holds it.
    static std::unique_ptr<StateSession> openForReading(const QString& dataDir, const Clock& clock,
                                                        const CliOutput& output, ExitCode* exitCode);

    Database& database() { return *m_database; }
    QString dataDir() const;

private:
    StateSession();

    QString m_dataDir;
    std::unique_ptr<DataFolder> m_folder; // null when only reading
    std::unique_ptr<Database> m_database;
};

} // namespace mlc::cli
