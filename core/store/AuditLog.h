#pragma once

#include "store/AuditEntry.h"
#include "store/AuditFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mlc {

class Database;
class StoreStatement;

// The append-only record of everything the engine did to every record (issue 5). There is no way to change
// or remove an entry here, and the schema's triggers refuse it from anywhere else. Append inside the same
// Transaction as the change it describes, so the trail never claims a write that was rolled back.
// Uses the Database's connection, so it lives on the Database's thread; the GUI's browser reads through its
// own read-only Database.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& database);

    // Stamps the entry with the Database clock's time and returns its id; no value (and a sentence in
    // *error) on failure or for AuditEvent::Unknown.
    std::optional<qint64> append(const AuditEntry& entry, QString* error);
    // Newest first; see AuditFilter for paging. No value (and a sentence in *error) if the read failed.
    std::optional<QList<AuditEntry>> query(const AuditFilter& filter, QString* error) const;
    // The entry with this id; no value when there is none, and then a sentence in *error only if the read
    // failed.
    std::optional<AuditEntry> entry(qint64 id, QString* error) const;
    // Writes that reached a board (created, updated, archived, deleted) in each of the last `minutes` whole
    // minutes up to `now`, oldest first: what the Status page charts.
    std::optional<QList<int>> writesPerMinute(const QDateTime& now, int minutes, QString* error) const;

private:
    static AuditEntry entryAt(const StoreStatement& row);

    Database& m_database;
};

} // namespace mlc
