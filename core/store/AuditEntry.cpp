#include "AuditEntry.h"

namespace mlc {

QJsonObject AuditEntry::change(const QJsonValue& oldValue, const QJsonValue& newValue)
{
    return QJsonObject{{QStringLiteral("old"), oldValue}, {QStringLiteral("new"), newValue}};
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("event"), AuditEvents::wireName(event)}};
    const auto text = [&json](const char* name, const QString& value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(name), value);
    };
    text("entity", entity);
    text("boardId", boardId);
    text("bcId", bcId);
    text("bcNumber", bcNumber);
    text("itemId", itemId);
    if (!changes.isEmpty())
        json.insert(QStringLiteral("changes"), changes);
    text("requestId", requestId);
    if (attempt > 0)
        json.insert(QStringLiteral("attempt"), attempt);
    text("error", error);
    if (outboxId > 0)
        json.insert(QStringLiteral("outboxId"), outboxId);
    text("detail", detail);
    return json;
}

} // namespace mlc
