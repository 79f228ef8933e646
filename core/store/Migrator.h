#pragma once

#include "store/Migration.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>
#include <vector>

namespace mlc {

class Clock;

// Brings a database to the latest version of a migration list. Every pending migration is applied inside
// ONE transaction, so a failure anywhere leaves the file exactly as it was, and two processes or threads
// opening the same file at once cannot both upgrade it (BEGIN IMMEDIATE serialises them).
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    // What a database holds before anything is written to it.
    struct Inspection
    {
        int version = 0;             // 0: no schema_migrations table
        bool hasOtherTables = false; // tables that ml-connector did not create (only meaningful at version 0)
    };

    Migrator(const QSqlDatabase& connection, const Clock& clock, std::vector<Migration> migrations);

    int latestVersion() const;
    bool migrate(QString* error);

    // Reads only; never writes, so it is safe before deciding whether the file may be touched at all.
    static std::optional<Inspection> inspect(const QSqlDatabase& connection, QSqlError* error);
    static QString newerVersionMessage(int foundVersion, int latestVersion);

private:
    bool applyPendingInTransaction(QString* error);
    bool apply(const Migration& migration, QSqlError* error);
    bool execute(const QString& statement, QSqlError* error);
    QString failedMigrationMessage(const Migration& migration, const QSqlError& error) const;
    QString failedUpgradeMessage(const QSqlError& error) const;

    QSqlDatabase m_connection;
    const Clock& m_clock;
    std::vector<Migration> m_migrations;
};

} // namespace mlc
