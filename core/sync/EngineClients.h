#pragma once

#include <QNetworkAccessManager>
#include <QString>

#include <memory>

namespace mlc {

class BcApiClient;
class Clock;
class EntraTokenSource;
class MondayClient;
struct Profile;

// The Business Central and monday.com clients of an engine (a CLI command that syncs, the controller's
// engine thread), set up from the profile and the secrets, on one network access manager of their own.
class EngineClients
{
public:
    EngineClients(const Profile& profile, const QString& bcClientSecret, const QString& mondayToken,
                  Clock& clock);
    ~EngineClients();

    BcApiClient& bc() { return *m_bc; }
    MondayClient& monday() { return *m_monday; }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<EntraTokenSource> m_tokens;
    std::unique_ptr<BcApiClient> m_bc;
    std::unique_ptr<MondayClient> m_monday;
};

} // namespace mlc
