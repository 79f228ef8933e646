#pragma once

#include "sync/Mapping.h"

#include <QCoreApplication>

#include <memory>

namespace mlc {

class AuditLog;
class Database;
class LinkStore;
class Outbox;

// What happens to a linked record that left Business Central, found by the DeletionSweep or a `deleted`
// notification: per the mapping's onDelete, an archive or delete of its item is queued (and audited as
// planned), or with `keep` its link is dropped and the item left, audited as deleted. Call inside the
// caller's Transaction. Uses the Database's connection, so it lives on the Database's thread.
class RecordRemoval
{
    Q_DECLARE_TR_FUNCTIONS(RecordRemoval)

public:
    enum class Outcome
    {
        Queued,  // an archive or delete is in the outbox
        Kept,    // onDelete keep: the link is gone, the item stays
        Nothing, // no link, or already on its way out, or a write in flight (the next sweep sees it again)
    };

    RecordRemoval(Database& database, Mapping mapping);
    ~RecordRemoval();

    std::optional<Outcome> remove(const QString& bcId, QString* error);

private:
    QString reason() const;

    Mapping m_mapping;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace mlc
