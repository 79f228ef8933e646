#pragma once

#include "common/ExitCode.h"

#include <QString>

#include <memory>

namespace mlc {
class Clock;
class DataDirLock;
class Database;
} // namespace mlc

namespace mlc::cli {

class CliOutput;

// Everything a command needs to touch the data folder, acquired in a fixed order: the folder lock first (so a
// second process is turned away before it reads anything), then the log file, then the database and its
// migrations. The database closes before the lock is released; the log stays open until the program ends.
class StateSession
{
public:
    ~StateSession();

    // On failure returns nullptr, has told the user why, and sets `exitCode`.
    static std::unique_ptr<StateSession> open(const QString& dataDir, bool verbose, const Clock& clock,
                                              const CliOutput& output, ExitCode* exitCode);

    Database& database() { return *m_database; }
    QString dataDir() const { return m_dataDir; }

private:
    explicit StateSession(QString dataDir);

    QString m_dataDir;
    std::unique_ptr<DataDirLock> m_lock;
    std::unique_ptr<Database> m_database;
};

} // namespace mlc::cli
