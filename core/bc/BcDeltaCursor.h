#pragma once

#include "bc/BcRecord.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <chrono>
#include <optional>

namespace mlc {

// How far a delta read of one entity has come: the newest lastModifiedDateTime delivered (the watermark),
// and the versions (id + ETag) of the records delivered near it. The next read asks again from
// watermark − overlap, so rows that BC committed late with an older timestamp are not missed (spec §8.8);
// the remembered versions keep the records it sees a second time from being reported twice.
class BcDeltaCursor
{
public:
    // Invalid: nothing read yet, the next read is a full one.
    QDateTime watermark() const { return m_watermark; }
    // The lower bound of the next read's filter; invalid for a full read.
    QDateTime readFrom(std::chrono::milliseconds overlap) const;

    bool wasDelivered(const BcRecord& record) const;
    void markDelivered(const BcRecord& record);
    // Forgets versions older than the next read's lower bound: they cannot come back from that read.
    void forgetOlderThan(const QDateTime& lowerBound);
    int rememberedCount() const { return int(m_delivered.size()); }

    // For the state store, which keeps the cursor with the watermark.
    QJsonObject toJson() const;
    static std::optional<BcDeltaCursor> fromJson(const QJsonObject& json);

private:
    struct Version
    {
        QString tag; // the ETag, or the timestamp when BC sent no ETag
        QDateTime modifiedUtc;
    };
    static QString versionTag(const BcRecord& record);

    QDateTime m_watermark;
    QHash<QString, Version> m_delivered; // by record id
};

} // namespace mlc
