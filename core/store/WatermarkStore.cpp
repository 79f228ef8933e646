#include "WatermarkStore.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreStatement.h"

namespace mlc {

WatermarkStore::WatermarkStore(Database& database)
    : m_database(database)
{}

std::optional<Watermark> WatermarkStore::load(const QString& entity, const QString& boardId,
                                              QString* error) const
{
    StoreStatement select(m_database,
                          QStringLiteral("SELECT last_modified, delta_cursor, last_polled_at, updated_at"
                                         " FROM watermarks WHERE entity = ? AND board_id = ?"));
    select.bind(entity).bind(boardId);
    if (!select.exec(
            tr("Cannot read how far %1 on board %2 was synced from the state database").arg(entity, boardId),
            error) ||
        !select.next()) {
        return std::nullopt;
    }
    Watermark watermark;
    watermark.lastModified = select.time(QStringLiteral("last_modified"));
    watermark.deltaCursor = select.json(QStringLiteral("delta_cursor"));
    watermark.lastPolledAt = select.time(QStringLiteral("last_polled_at"));
    watermark.updatedAt = select.time(QStringLiteral("updated_at"));
    return watermark;
}

bool WatermarkStore::save(const QString& entity, const QString& boardId, const Watermark& watermark,
                          QString* error)
{
    StoreStatement upsert(
        m_database,
        QStringLiteral(
            "INSERT INTO watermarks (entity, board_id, last_modified, delta_cursor, last_polled_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (entity, board_id) DO UPDATE SET last_modified = excluded.last_modified,"
            " delta_cursor = excluded.delta_cursor, last_polled_at = excluded.last_polled_at,"
            " updated_at = excluded.updated_at"));
    upsert.bind(entity)
        .bind(boardId)
        .bindTime(watermark.lastModified)
        .bindJsonOrNull(watermark.deltaCursor)
        .bindTime(watermark.lastPolledAt)
        .bindTime(m_database.clock().nowUtc());
    return upsert.exec(
        tr("Cannot save how far %1 on board %2 was synced in the state database").arg(entity, boardId),
        error);
}

} // namespace mlc
