#include "DriftCheck.h"

#include "monday/MondayColumnCodec.h"
#include "store/AuditLog.h"
#include "store/LinkStore.h"
#include "store/Transaction.h"
#include "sync/PollState.h"

#include <QJsonDocument>

namespace mlc {

namespace {

const QString kNameKey = QStringLiteral("name");

} // namespace

DriftCheck::DriftCheck(Database& database, MondayClient& client, Clock& clock, Mapping mapping,
                       MondayBoardStructure board, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_clock(clock)
    , m_mapping(std::move(mapping))
    , m_board(std::move(board))
    , m_links(std::make_unique<LinkStore>(database))
    , m_audit(std::make_unique<AuditLog>(database))
{}

DriftCheck::~DriftCheck() = default;

void DriftCheck::start()
{
    m_summary = Summary();
    m_seenItems.clear();
    if (m_scan)
        m_scan->deleteLater();
    m_scan = new MondayBoardScan(m_client, m_clock, m_mapping.boardId, m_mapping.columnIds(), {}, this);
    connect(m_scan, &MondayBoardScan::pageRead, this, &DriftCheck::onPage);
    connect(m_scan, &MondayBoardScan::finished, this, [this] {
        QString error;
        if (finish(&error))
            Q_EMIT finished(m_summary);
        else
            Q_EMIT failed(error, SyncFailure::LocalState);
    });
    connect(m_scan, &MondayBoardScan::failed, this, [this](const MondayOutcome& outcome) {
        m_scan->disconnect(this);
        Q_EMIT failed(tr("Could not read board %1 to compare it with what was written: %2")
                          .arg(m_mapping.boardId, outcome.summary()),
                      outcome.kind == MondayOutcome::Kind::Permanent ? SyncFailure::Other
                                                                     : SyncFailure::Unreachable);
    });
    m_scan->start();
}

// Each page in one transaction: the links it corrects and the records it asks to read again.
void DriftCheck::onPage(const QList<MondayItem>& items)
{
    QString error;
    Transaction transaction(m_database);
    QStringList reread;
    bool ok = transaction.begin(&error);
    for (const MondayItem& item : items) {
        if (!ok)
            break;
        m_seenItems.insert(item.id);
        ok = checkItem(item, &reread, &error);
    }
    ok = ok && readAgain(reread, &error) && transaction.commit(&error);
    m_summary.items += int(items.size());
    if (!ok) {
        m_scan->disconnect(this);
        Q_EMIT failed(error, SyncFailure::LocalState);
    }
}

bool DriftCheck::checkItem(const MondayItem& item, QStringList* reread, QString* error)
{
    std::optional<Link> link = m_links->findByItem(m_mapping.boardId, item.id, error);
    if (!error->isEmpty())
        return false;
    if (!link || link->entity != BcEntities::toString(m_mapping.entity))
        return true; // not an item of this mapping: never touched
    AuditEntry entry;
    entry.entity = link->entity;
    entry.boardId = link->boardId;
    entry.bcId = link->bcId;
    entry.bcNumber = link->bcNumber;
    entry.itemId = item.id;
    const auto compare = [&](const QString& key, const QJsonValue& onBoard) {
        const QJsonValue written = link->writtenValues.value(key);
        if (written.isUndefined() || written == onBoard)
            return;
        entry.changes.insert(key, AuditEntry::change(written, onBoard));
        link->writtenValues.insert(key, onBoard);
        m_summary.columns.insert(key);
    };
    compare(kNameKey, item.name);
    for (const ColumnMapping& mapped : m_mapping.columns) {
        if (const MondayColumn* column = m_board.column(mapped.column))
            compare(mapped.column, MondayColumnCodec::readBack(*column, item.columnValue(mapped.column)));
    }
    if (entry.changes.isEmpty())
        return true;
    ++m_summary.drifted;
    reread->append(link->bcId);
    // What the board shows now is what the next pass compares with: it writes back exactly these columns.
    entry.event = AuditEvent::Drifted;
    entry.detail = tr("Changed on the board by hand since it was written; Business Central's values are "
                      "written back by the next pass.");
    return m_links->upsert(*link, error) && m_audit->append(entry, error).has_value();
}

// Linked records whose items were not on the board: their links go, and they are read again (a new item).
bool DriftCheck::finish(QString* error)
{
    const QString entity = BcEntities::toString(m_mapping.entity);
    Transaction transaction(m_database);
    if (!transaction.begin(error))
        return false;
    QStringList reread;
    const bool read = m_links->forEachOnBoard(
        entity, m_mapping.boardId,
        [&](const LinkIds& ids) {
            if (!m_seenItems.contains(ids.itemId))
                reread.append(ids.bcId);
        },
        error);
    if (!read)
        return false;
    for (const QString& bcId : std::as_const(reread)) {
        AuditEntry entry;
        entry.entity = entity;
        entry.boardId = m_mapping.boardId;
        entry.bcId = bcId;
        entry.event = AuditEvent::Drifted;
        entry.detail = tr("Its item is no longer on the board; the next pass creates it again.");
        if (!m_links->remove(entity, m_mapping.boardId, bcId, error) || !m_audit->append(entry, error))
            return false;
    }
    m_summary.missing = int(reread.size());
    return readAgain(reread, error) && transaction.commit(error);
}

bool DriftCheck::readAgain(const QStringList& bcIds, QString* error)
{
    if (bcIds.isEmpty())
        return true;
    return PollState::update(
        m_database, BcEntities::toString(m_mapping.entity), m_mapping.boardId,
        [&bcIds](PollState& state) {
            for (const QString& id : bcIds)
                state.deferred.insert(id);
        },
        error);
}

} // namespace mlc
