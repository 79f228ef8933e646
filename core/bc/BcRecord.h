#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mlc {

// One record as Business Central sent it: its key, its version and its fields with their wire values
// (enum members stay encoded, e.g. "In_x0020_Review", so that matching is exact).
struct BcRecord
{
    QString id;
    QString etag;              // "@odata.etag"; opaque, changes with every write
    QDateTime lastModifiedUtc; // invalid when the field was not read
    QJsonObject fields;        // without the "@odata.*" annotations

    // nullopt, with the reason, for an element that is not a record: no string "id", or a
    // lastModifiedDateTime that is not a timestamp.
    static std::optional<BcRecord> fromJson(const QJsonObject& json, QString* whyNot);
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::BcRecord)
Q_DECLARE_METATYPE(QList<mlc::BcRecord>)
