#pragma once

#include "sync/Mapping.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

class AuditLog;
class Database;
class Outbox;
struct AuditEntry;
struct OutboxRow;

// Replay of DESIGN §4: what failed is taken back, with one `replayed` audit entry per record, in one
// transaction; the next pass of the mapping then sends it.
//  - A failed write goes back to pending under a key derived from its own (Outbox::replay says why not the
//    same one). One superseded by a newer plan of its record is left alone.
//  - A record whose plan failed never reached the outbox: it is read again from BC by the next pass
//    (PollState::askAgain), so it is planned against the mapping as it is now.
// Uses the Database's connection, so it lives on the Database's thread.
class FailedWriteReplay
{
    Q_DECLARE_TR_FUNCTIONS(FailedWriteReplay)

public:
    struct Outcome
    {
        int writes = 0;  // failed writes back on the queue
        int records = 0; // records to read and plan again
        QSet<QString> boardIds;
    };

    FailedWriteReplay(Database& database, QList<Mapping> mappings);
    ~FailedWriteReplay();

    // Every failed write and every failed plan of the mappings.
    std::optional<Outcome> replayAll(QString* error);
    // What audit entry `auditId` reported as failed.
    std::optional<Outcome> replayEntry(qint64 auditId, QString* error);
    // After a call that returned no value: true when it was refused (no such entry, not failed, not mapped,
    // superseded), which the admin can correct; false when the state database failed.
    bool wasRefused() const { return m_refused; }

private:
    bool replayWrite(const OutboxRow& row, Outcome* outcome, QString* error);
    std::nullopt_t refuse(QString* error, const QString& message);
    bool askAgain(const QString& entity, const QString& boardId, const QString& bcId, Outcome* outcome,
                  QString* error);
    bool isMapped(const QString& entity, const QString& boardId) const;

    Database& m_database;
    QList<Mapping> m_mappings;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditLog> m_audit;
    bool m_refused = false;
};

} // namespace mlc
