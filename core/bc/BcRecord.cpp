#include "BcRecord.h"

#include "bc/BcTimestamp.h"

#include <QCoreApplication>

namespace mlc {

std::optional<BcRecord> BcRecord::fromJson(const QJsonObject& json, QString* whyNot)
{
    BcRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    if (record.id.isEmpty()) {
        *whyNot = QCoreApplication::translate("mlc::BcRecord", "a record without an \"id\"");
        return std::nullopt;
    }
    const QJsonValue modified = json.value(QStringLiteral("lastModifiedDateTime"));
    if (!modified.isUndefined()) {
        const std::optional<QDateTime> parsed = BcTimestamp::parse(modified.toString());
        if (!parsed) {
            *whyNot = QCoreApplication::translate("mlc::BcRecord",
                                                  "record %1 has a lastModifiedDateTime that is not a UTC "
                                                  "timestamp")
                          .arg(record.id);
            return std::nullopt;
        }
        record.lastModifiedUtc = *parsed;
    }
    record.etag = json.value(QStringLiteral("@odata.etag")).toString();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('@'))) {
            record.fields.insert(it.key(), it.value());
        }
    }
    return record;
}

} // namespace mlc
