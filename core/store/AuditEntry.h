#pragma once

#include "store/AuditEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace mlc {

// One line of the audit trail. Empty strings, an invalid time and 0 stand for "not applicable" (stored as
// NULL), since not every event concerns an item, a request or an outbox row.
struct AuditEntry
{
    qint64 id = 0;  // set by AuditLog::append
    QDateTime at;   // set by AuditLog::append, from the Database's clock
    QString entity; // BC entity set of the mapping, e.g. "vendors"
    QString boardId;
    QString bcId;
    QString bcNumber;
    QString itemId;
    AuditEvent event = AuditEvent::Unknown;
    // column id -> {"old": value, "new": value}; see change().
    QJsonObject changes;
    QString requestId;
    int attempt = 0;
    QString error;
    qint64 outboxId = 0;
    QString detail;

    // One entry of `changes`, so every writer spells it the same way.
    static QJsonObject change(const QJsonValue& oldValue, const QJsonValue& newValue);
    // Every field by its name here, the event by its wire name, the time in ISO 8601 UTC; fields that do
    // not apply are left out. What `audit --json` prints and an export writes.
    QJsonObject toJson() const;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::AuditEntry)
