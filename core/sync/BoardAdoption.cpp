#include "BoardAdoption.h"

#include "monday/MondayColumnCodec.h"

namespace mlc {

BoardAdoption::BoardAdoption(MondayClient& client, Clock& clock, Mapping mapping, MondayBoardStructure board,
                             QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_mapping(std::move(mapping))
    , m_board(std::move(board))
{}

BoardAdoption::~BoardAdoption() = default;

void BoardAdoption::start()
{
    m_adoptable.clear();
    QStringList columns = m_mapping.columnIds();
    if (!columns.contains(m_mapping.bcIdColumn))
        columns.append(m_mapping.bcIdColumn);
    if (m_scan)
        m_scan->deleteLater();
    m_scan = new MondayBoardScan(m_client, m_clock, m_mapping.boardId, columns, {}, this);
    connect(m_scan, &MondayBoardScan::pageRead, this, &BoardAdoption::onPage);
    connect(m_scan, &MondayBoardScan::finished, this, [this] { Q_EMIT finished(m_adoptable); });
    connect(m_scan, &MondayBoardScan::failed, this, &BoardAdoption::failed);
    m_scan->start();
}

void BoardAdoption::onPage(const QList<MondayItem>& items)
{
    for (const MondayItem& item : items) {
        const QString bcId = item.columnText(m_mapping.bcIdColumn).trimmed();
        if (bcId.isEmpty())
            continue;
        const auto known = m_adoptable.constFind(bcId);
        if (known != m_adoptable.constEnd() && known->itemId.toLongLong() < item.id.toLongLong())
            continue;
        m_adoptable.insert(bcId, linkFor(item, bcId));
    }
}

// What the item shows, in the planner's comparable form, so only the columns that differ are written.
Link BoardAdoption::linkFor(const MondayItem& item, const QString& bcId) const
{
    Link link;
    link.entity = BcEntities::toString(m_mapping.entity);
    link.boardId = m_mapping.boardId;
    link.bcId = bcId;
    link.itemId = item.id;
    link.writtenValues.insert(QStringLiteral("name"), item.name);
    link.writtenValues.insert(m_mapping.bcIdColumn, bcId);
    for (const ColumnMapping& mapped : m_mapping.columns) {
        if (const MondayColumn* column = m_board.column(mapped.column))
            link.writtenValues.insert(mapped.column,
                                      MondayColumnCodec::readBack(*column, item.columnValue(mapped.column)));
    }
    return link;
}

} // namespace mlc
