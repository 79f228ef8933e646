#include "AuditLog.h"

#include "common/Clock.h"
#include "store/Database.h"
#include "store/StoreStatement.h"
#include "store/StoredTime.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QVariantList>

#include <algorithm>

Q_LOGGING_CATEGORY(lcStoreAudit, "mlc.store.audit")

namespace mlc {

namespace {

QVariant numberOrNull(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

} // namespace

AuditLog::AuditLog(Database& database)
    : m_database(database)
{}

std::optional<qint64> AuditLog::append(const AuditEntry& entry, QString* error)
{
    if (entry.event == AuditEvent::Unknown) {
        const QString message =
            tr("An audit entry without a known event cannot be recorded. This is a bug in "
               "ml-connector; please report it.");
        qCCritical(lcStoreAudit).noquote() << message;
        if (error)
            *error = message;
        return std::nullopt;
    }
    StoreStatement insert(m_database,
                          QStringLiteral("INSERT INTO audit (at, entity, board_id, bc_id, bc_number, item_id,"
                                         " event, changes, request_id, attempt, error, outbox_id, detail)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindTime(m_database.clock().nowUtc())
        .bindText(entry.entity)
        .bindText(entry.boardId)
        .bindText(entry.bcId)
        .bindText(entry.bcNumber)
        .bindText(entry.itemId)
        .bind(AuditEvents::wireName(entry.event))
        .bindJsonOrNull(entry.changes)
        .bindText(entry.requestId)
        .bind(numberOrNull(entry.attempt))
        .bindText(entry.error)
        .bind(numberOrNull(entry.outboxId))
        .bindText(entry.detail);
    if (!insert.exec(tr("Cannot add the \"%1\" entry for %2 %3 to the audit trail in the state database")
                         .arg(AuditEvents::wireName(entry.event), entry.entity, entry.bcId),
                     error)) {
        return std::nullopt;
    }
    return insert.lastInsertId();
}

std::optional<QList<AuditEntry>> AuditLog::query(const AuditFilter& filter, QString* error) const
{
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const QString& condition, const QVariant& value) {
        conditions << condition;
        values << value;
    };
    if (!filter.entity.isEmpty())
        where(QStringLiteral("entity = ?"), filter.entity);
    if (!filter.boardId.isEmpty())
        where(QStringLiteral("board_id = ?"), filter.boardId);
    if (filter.event)
        where(QStringLiteral("event = ?"), AuditEvents::wireName(*filter.event));
    if (!filter.record.isEmpty()) {
        // Both columns are indexed, so SQLite answers the OR with two index lookups.
        where(QStringLiteral("(bc_id = ? OR bc_number = ?)"), filter.record);
        values << filter.record;
    }
    if (!filter.itemId.isEmpty())
        where(QStringLiteral("item_id = ?"), filter.itemId);
    if (!filter.text.isEmpty()) {
        where(QStringLiteral("(bc_id = ? OR bc_number = ? OR item_id = ?)"), filter.text);
        values << filter.text << filter.text;
    }
    if (filter.since.isValid())
        where(QStringLiteral("at >= ?"), StoredTime::toText(filter.since));
    if (filter.until.isValid())
        where(QStringLiteral("at < ?"), StoredTime::toText(filter.until));
    if (filter.beforeId > 0)
        where(QStringLiteral("id < ?"), filter.beforeId);
    if (filter.afterId > 0)
        where(QStringLiteral("id > ?"), filter.afterId);

    QString sql = QStringLiteral("SELECT * FROM audit");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << std::clamp(filter.limit, 1, AuditFilter::maximumLimit);

    StoreStatement select(m_database, sql);
    for (const QVariant& value : values)
        select.bind(value);
    if (!select.exec(tr("Cannot read the audit trail from the state database"), error))
        return std::nullopt;
    QList<AuditEntry> entries;
    while (select.next())
        entries << entryAt(select);
    return entries;
}

std::optional<QList<int>> AuditLog::writesPerMinute(const QDateTime& now, int minutes, QString* error) const
{
    // Times are stored as ISO 8601 UTC text, so the first 16 characters name the minute ("2026-11-29T09:30").
    const QDateTime end = now.toUTC();
    const QDateTime lastMinute = end.addSecs(-end.time().second()).addMSecs(-end.time().msec());
    const QDateTime since = lastMinute.addSecs(-60LL * (minutes - 1));
    StoreStatement select(
        m_database, QStringLiteral("SELECT substr(at, 1, 16) AS minute, count(*) AS writes FROM audit"
                                   " WHERE at >= ? AND event IN ('created', 'updated', 'archived', 'deleted')"
                                   " GROUP BY minute"));
    select.bind(StoredTime::toText(since));
    if (!select.exec(tr("Cannot read the audit trail from the state database"), error))
        return std::nullopt;
    QList<int> counts(minutes, 0);
    while (select.next()) {
        const QDateTime minute =
            QDateTime::fromString(select.text(QStringLiteral("minute")), QStringLiteral("yyyy-MM-ddTHH:mm"));
        const qint64 index = since.secsTo(QDateTime(minute.date(), minute.time(), Qt::UTC)) / 60;
        if (index >= 0 && index < minutes)
            counts[index] = int(select.number(QStringLiteral("writes")));
    }
    return counts;
}

std::optional<AuditEntry> AuditLog::entry(qint64 id, QString* error) const
{
    AuditFilter filter;
    filter.beforeId = id + 1;
    filter.limit = 1;
    const std::optional<QList<AuditEntry>> entries = query(filter, error);
    if (!entries)
        return std::nullopt;
    if (entries->isEmpty() || entries->first().id != id)
        return std::nullopt;
    return entries->first();
}

AuditEntry AuditLog::entryAt(const StoreStatement& row)
{
    AuditEntry entry;
    entry.id = row.number(QStringLiteral("id"));
    entry.at = row.time(QStringLiteral("at"));
    entry.entity = row.text(QStringLiteral("entity"));
    entry.boardId = row.text(QStringLiteral("board_id"));
    entry.bcId = row.text(QStringLiteral("bc_id"));
    entry.bcNumber = row.text(QStringLiteral("bc_number"));
    entry.itemId = row.text(QStringLiteral("item_id"));
    entry.event = AuditEvents::fromWireName(row.text(QStringLiteral("event"))).value_or(AuditEvent::Unknown);
    entry.changes = row.json(QStringLiteral("changes"));
    entry.requestId = row.text(QStringLiteral("request_id"));
    entry.attempt = static_cast<int>(row.number(QStringLiteral("attempt")));
    entry.error = row.text(QStringLiteral("error"));
    entry.outboxId = row.number(QStringLiteral("outbox_id"));
    entry.detail = row.text(QStringLiteral("detail"));
    return entry;
}

} // namespace mlc
