#include "BcDeltaCursor.h"

#include "bc/BcTimestamp.h"

#include <QJsonArray>

namespace mlc {

QDateTime BcDeltaCursor::readFrom(std::chrono::milliseconds overlap) const
{
    return m_watermark.isValid() ? m_watermark.addMSecs(-overlap.count()) : QDateTime();
}

QString BcDeltaCursor::versionTag(const BcRecord& record)
{
    return record.etag.isEmpty() ? BcTimestamp::filterLiteral(record.lastModifiedUtc) : record.etag;
}

bool BcDeltaCursor::wasDelivered(const BcRecord& record) const
{
    const auto it = m_delivered.constFind(record.id);
    return it != m_delivered.constEnd() && it->tag == versionTag(record);
}

void BcDeltaCursor::markDelivered(const BcRecord& record)
{
    if (!record.lastModifiedUtc.isValid()) {
        return;
    }
    m_delivered.insert(record.id, Version{versionTag(record), record.lastModifiedUtc});
    if (!m_watermark.isValid() || record.lastModifiedUtc > m_watermark) {
        m_watermark = record.lastModifiedUtc;
    }
}

void BcDeltaCursor::forgetOlderThan(const QDateTime& lowerBound)
{
    for (auto it = m_delivered.begin(); it != m_delivered.end();) {
        it = it->modifiedUtc < lowerBound ? m_delivered.erase(it) : std::next(it);
    }
}

QJsonObject BcDeltaCursor::toJson() const
{
    QJsonArray delivered;
    for (auto it = m_delivered.constBegin(); it != m_delivered.constEnd(); ++it) {
        delivered.append(QJsonArray{it.key(), it->tag, BcTimestamp::filterLiteral(it->modifiedUtc)});
    }
    QJsonObject json{{QStringLiteral("delivered"), delivered}};
    if (m_watermark.isValid()) {
        json.insert(QStringLiteral("watermark"), BcTimestamp::filterLiteral(m_watermark));
    }
    return json;
}

std::optional<BcDeltaCursor> BcDeltaCursor::fromJson(const QJsonObject& json)
{
    BcDeltaCursor cursor;
    const QJsonValue watermark = json.value(QStringLiteral("watermark"));
    if (!watermark.isUndefined()) {
        const std::optional<QDateTime> parsed = BcTimestamp::parse(watermark.toString());
        if (!parsed) {
            return std::nullopt;
        }
        cursor.m_watermark = *parsed;
    }
    for (const QJsonValue& entry : json.value(QStringLiteral("delivered")).toArray()) {
        const QJsonArray fields = entry.toArray();
        const std::optional<QDateTime> modified = BcTimestamp::parse(fields.at(2).toString());
        if (fields.size() != 3 || fields.at(0).toString().isEmpty() || !modified) {
            return std::nullopt;
        }
        cursor.m_delivered.insert(fields.at(0).toString(), Version{fields.at(1).toString(), *modified});
    }
    return cursor;
}

} // namespace mlc
