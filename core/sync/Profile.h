#pragma once

#include "sync/BusinessCentralSettings.h"
#include "sync/Mapping.h"
#include "sync/MondaySettings.h"
#include "sync/WebhookSettings.h"

#include <QList>

#include <optional>

namespace mlc {

// Everything the engine needs except secrets (contract §2). Read with ProfileReader, written with
// ProfileWriter.
struct Profile
{
    static constexpr int kCurrentVersion = 1;

    int version = kCurrentVersion;
    BusinessCentralSettings businessCentral;
    MondaySettings monday;
    std::optional<WebhookSettings> webhooks; // absent: disabled
    QList<Mapping> mappings;

    // nullptr when no mapping maps `entity`; the pointer is valid until `mappings` changes.
    const Mapping* mappingFor(BcEntity entity) const;
    bool webhooksEnabled() const { return webhooks && webhooks->enabled; }
};

inline bool operator==(const Profile& a, const Profile& b)
{
    return a.version == b.version && a.businessCentral == b.businessCentral && a.monday == b.monday &&
           a.webhooks == b.webhooks && a.mappings == b.mappings;
}

inline bool operator!=(const Profile& a, const Profile& b)
{
    return !(a == b);
}

} // namespace mlc
