#pragma once

#include <QNetworkAccessManager>

#include <memory>

namespace mlc {
class BcApiClient;
class Clock;
class EntraTokenSource;
class MondayClient;
struct Profile;
} // namespace mlc

namespace mlc::cli {

struct EngineSecrets;

// The Business Central and monday.com clients of a command that syncs, set up from the profile and the
// secrets, on one network access manager.
class EngineClients
{
public:
    EngineClients(const Profile& profile, const EngineSecrets& secrets, Clock& clock);
    ~EngineClients();

    BcApiClient& bc() { return *m_bc; }
    MondayClient& monday() { return *m_monday; }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<EntraTokenSource> m_tokens;
    std::unique_ptr<BcApiClient> m_bc;
    std::unique_ptr<MondayClient> m_monday;
};

} // namespace mlc::cli
