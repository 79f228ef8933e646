#include "DeletionSweep.h"

#include "bc/BcApiClient.h"
#include "bc/BcCollectionReader.h"
#include "store/LinkStore.h"
#include "store/Transaction.h"
#include "sync/RecordRemoval.h"

namespace mlc {

DeletionSweep::DeletionSweep(Database& database, BcApiClient& bc, Mapping mapping, Settings settings,
                             QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_bc(bc)
    , m_mapping(std::move(mapping))
    , m_settings(settings)
    , m_links(std::make_unique<LinkStore>(database))
{}

DeletionSweep::~DeletionSweep() = default;

void DeletionSweep::start()
{
    m_inBc.clear();
    m_summary = Summary();
    // A mapping without items (its first pass) has nothing to remove: no need to read BC.
    QString error;
    const std::optional<qint64> linked =
        m_links->countOnBoard(BcEntities::toString(m_mapping.entity), m_mapping.boardId, &error);
    if (!linked || *linked == 0) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (error.isEmpty())
                    Q_EMIT finished(m_summary);
                else
                    Q_EMIT failed(error, SyncFailure::LocalState);
            },
            Qt::QueuedConnection);
        return;
    }
    BcQuery query;
    query.select = {QStringLiteral("id")};
    if (m_reader)
        m_reader->deleteLater();
    m_reader = new BcCollectionReader(m_bc, query.appliedTo(m_bc.collectionUrl(m_mapping.entity)),
                                      BcCollectionReader::kMaxPageSize, this);
    connect(m_reader, &BcCollectionReader::pageRead, this, &DeletionSweep::onIds);
    connect(m_reader, &BcCollectionReader::failed, this, [this](const BcError& bcError) {
        Q_EMIT failed(tr("Could not read the ids of %1 to find deleted records: %2")
                          .arg(BcEntities::toString(m_mapping.entity), bcError.summary()),
                      syncFailureOf(bcError));
    });
    m_reader->readNextPage();
}

void DeletionSweep::onIds(const QList<BcRecord>& records)
{
    for (const BcRecord& record : records)
        m_inBc.insert(record.id);
    m_summary.idsRead += int(records.size());
    if (m_reader->hasMorePages()) {
        m_reader->readNextPage();
        return;
    }
    QString error;
    if (!queueRemovals(&error)) {
        Q_EMIT failed(error, error.startsWith(tr("Nothing was removed")) ? SyncFailure::Mapping
                                                                         : SyncFailure::LocalState);
        return;
    }
    if (m_summary.queued > 0)
        Q_EMIT queued();
    Q_EMIT finished(m_summary);
}

// One transaction for the whole mapping: the guard decides on all removals or none.
bool DeletionSweep::queueRemovals(QString* error)
{
    const QString entity = BcEntities::toString(m_mapping.entity);
    QList<LinkIds> gone;
    qint64 linked = 0;
    const bool read = m_links->forEachOnBoard(
        entity, m_mapping.boardId,
        [&](const LinkIds& ids) {
            ++linked;
            if (!m_inBc.contains(ids.bcId))
                gone.append(ids);
        },
        error);
    if (!read)
        return false;
    if (gone.size() > m_settings.alwaysAllowed && gone.size() > linked * m_settings.maxRemovedShare) {
        *error = tr("Nothing was removed from board %1: %2 of its %3 items are no longer among the %4 %5 "
                    "Business Central returned. That looks like the wrong company or a missing permission "
                    "rather than deletions; check the profile and the app's permissions in BC.")
                     .arg(m_mapping.boardId)
                     .arg(gone.size())
                     .arg(linked)
                     .arg(m_summary.idsRead)
                     .arg(entity);
        return false;
    }
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    RecordRemoval removal(m_database, m_mapping);
    for (const LinkIds& ids : gone) {
        const std::optional<RecordRemoval::Outcome> outcome = removal.remove(ids.bcId, error);
        if (!outcome)
            return false;
        m_summary.queued += *outcome == RecordRemoval::Outcome::Queued ? 1 : 0;
        m_summary.kept += *outcome == RecordRemoval::Outcome::Kept ? 1 : 0;
    }
    return transaction.commit(error);
}

} // namespace mlc
