#include "AuditEvent.h"

#include <array>
#include <utility>

namespace mlc {

namespace {

const std::array<std::pair<AuditEvent, const char*>, 14>& wireNames()
{
    static const std::array<std::pair<AuditEvent, const char*>, 14> names{{
        {AuditEvent::Fetched, "fetched"},
        {AuditEvent::Planned, "planned"},
        {AuditEvent::Created, "created"},
        {AuditEvent::Updated, "updated"},
        {AuditEvent::Unchanged, "unchanged"},
        {AuditEvent::Deferred, "deferred"},
        {AuditEvent::Failed, "failed"},
        {AuditEvent::Replayed, "replayed"},
        {AuditEvent::Archived, "archived"},
        {AuditEvent::Deleted, "deleted"},
        {AuditEvent::Adopted, "adopted"},
        {AuditEvent::Rejected, "rejected"},
        {AuditEvent::Retried, "retried"},
        {AuditEvent::Drifted, "drifted"},
    }};
    return names;
}

} // namespace

QString AuditEvents::wireName(AuditEvent event)
{
    for (const auto& [known, name] : wireNames()) {
        if (known == event)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

std::optional<AuditEvent> AuditEvents::fromWireName(const QString& name)
{
    for (const auto& [event, known] : wireNames()) {
        if (name == QLatin1String(known))
            return event;
    }
    return std::nullopt;
}

} // namespace mlc
