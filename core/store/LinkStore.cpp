#include "LinkStore.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreStatement.h"

#include <algorithm>

namespace mlc {

LinkStore::LinkStore(Database& database)
    : m_database(database)
{}

std::optional<Link> LinkStore::findByRecord(const QString& entity, const QString& boardId,
                                            const QString& bcId, QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT * FROM links"
                                                     " WHERE entity = ? AND board_id = ? AND bc_id = ?"));
    select.bind(entity).bind(boardId).bind(bcId);
    return findOne(select, tr("Cannot read the link of %1 %2 from the state database").arg(entity, bcId),
                   error);
}

std::optional<Link> LinkStore::findByItem(const QString& boardId, const QString& itemId, QString* error) const
{
    StoreStatement select(m_database,
                          QStringLiteral("SELECT * FROM links WHERE board_id = ? AND item_id = ?"));
    select.bind(boardId).bind(itemId);
    return findOne(
        select,
        tr("Cannot read the link of item %1 on board %2 from the state database").arg(itemId, boardId),
        error);
}

bool LinkStore::upsert(const Link& link, QString* error)
{
    StoreStatement upsert(
        m_database,
        QStringLiteral(
            "INSERT INTO links (entity, board_id, bc_id, item_id, bc_number, written_values, bc_etag,"
            " bc_modified_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (entity, board_id, bc_id) DO UPDATE SET item_id = excluded.item_id,"
            " bc_number = excluded.bc_number, written_values = excluded.written_values,"
            " bc_etag = excluded.bc_etag, bc_modified_at = excluded.bc_modified_at,"
            " updated_at = excluded.updated_at"));
    const QDateTime now = m_database.clock().nowUtc();
    upsert.bind(link.entity)
        .bind(link.boardId)
        .bind(link.bcId)
        .bind(link.itemId)
        .bindText(link.bcNumber)
        .bindJson(link.writtenValues)
        .bindText(link.bcEtag)
        .bindTime(link.bcModifiedAt)
        .bindTime(now)
        .bindTime(now);
    return upsert.exec(tr("Cannot save the link of %1 %2 to item %3 in the state database")
                           .arg(link.entity, link.bcId, link.itemId),
                       error);
}

bool LinkStore::remove(const QString& entity, const QString& boardId, const QString& bcId, QString* error)
{
    StoreStatement remove(
        m_database, QStringLiteral("DELETE FROM links WHERE entity = ? AND board_id = ? AND bc_id = ?"));
    remove.bind(entity).bind(boardId).bind(bcId);
    return remove.exec(tr("Cannot remove the link of %1 %2 from the state database").arg(entity, bcId),
                       error);
}

std::optional<QList<LinkIds>> LinkStore::idsOnBoard(const QString& entity, const QString& boardId,
                                                    const QString& afterBcId, int limit, QString* error) const
{
    // Keyset paging on the primary key: each page is one index range scan, however deep the page.
    StoreStatement select(m_database, QStringLiteral("SELECT bc_id, item_id FROM links"
                                                     " WHERE entity = ? AND board_id = ? AND bc_id > ?"
                                                     " ORDER BY bc_id LIMIT ?"));
    // A null string would bind as NULL, and "bc_id > NULL" matches nothing.
    select.bind(entity).bind(boardId).bind(afterBcId.isNull() ? QStringLiteral("") : afterBcId);
    select.bind(std::max(limit, 1));
    if (!select.exec(tr("Cannot read the links of board %1 from the state database").arg(boardId), error))
        return std::nullopt;
    QList<LinkIds> page;
    while (select.next())
        page.append({select.text(QStringLiteral("bc_id")), select.text(QStringLiteral("item_id"))});
    return page;
}

bool LinkStore::forEachOnBoard(const QString& entity, const QString& boardId,
                               const std::function<void(const LinkIds&)>& visit, QString* error) const
{
    QString after;
    for (;;) {
        const std::optional<QList<LinkIds>> page = idsOnBoard(entity, boardId, after, defaultPageSize, error);
        if (!page)
            return false;
        for (const LinkIds& ids : *page)
            visit(ids);
        if (page->size() < defaultPageSize)
            return true;
        after = page->last().bcId;
    }
}

std::optional<qint64> LinkStore::countOnBoard(const QString& entity, const QString& boardId,
                                              QString* error) const
{
    StoreStatement select(m_database, QStringLiteral("SELECT count(*) AS links FROM links"
                                                     " WHERE entity = ? AND board_id = ?"));
    select.bind(entity).bind(boardId);
    if (!select.exec(tr("Cannot count the links of board %1 in the state database").arg(boardId), error) ||
        !select.next())
        return std::nullopt;
    return select.number(QStringLiteral("links"));
}

std::optional<Link> LinkStore::findOne(StoreStatement& select, const QString& failure, QString* error) const
{
    if (!select.exec(failure, error) || !select.next())
        return std::nullopt;
    return linkAt(select);
}

Link LinkStore::linkAt(const StoreStatement& row)
{
    Link link;
    link.entity = row.text(QStringLiteral("entity"));
    link.boardId = row.text(QStringLiteral("board_id"));
    link.bcId = row.text(QStringLiteral("bc_id"));
    link.itemId = row.text(QStringLiteral("item_id"));
    link.bcNumber = row.text(QStringLiteral("bc_number"));
    link.writtenValues = row.json(QStringLiteral("written_values"));
    link.bcEtag = row.text(QStringLiteral("bc_etag"));
    link.bcModifiedAt = row.time(QStringLiteral("bc_modified_at"));
    link.createdAt = row.time(QStringLiteral("created_at"));
    link.updatedAt = row.time(QStringLiteral("updated_at"));
    return link;
}

} // namespace mlc
