#include "StoredProfileSession.h"

#include "EngineSession.h"
#include "secrets/CredentialStore.h"
#include "secrets/EnvironmentCredentialStore.h"

namespace mlc::ui {

namespace {

QString missing(SecretId id, const SecretResult& result)
{
    return StoredProfileSession::tr(
               "The stored profile cannot run yet: the %1 could not be read (%2). Put it in "
               "the system keychain (service ml-connector) or set %3, then start "
               "ml-connector again.")
        .arg(CredentialStore::displayName(id), result.message, EnvironmentCredentialStore::variableName(id));
}

} // namespace

StoredProfileSession::StoredProfileSession(MainWindow* window, CredentialStore& secrets, Profile profile,
                                           QString dataDir)
    : m_window(window)
    , m_secrets(secrets)
    , m_profile(std::move(profile))
    , m_dataDir(std::move(dataDir))
{}

StoredProfileSession::~StoredProfileSession() = default;

void StoredProfileSession::start()
{
    readSecrets();
}

// One after the other: the keychain runs its jobs one at a time anyway, and a prompt to unlock it should
// come once.
void StoredProfileSession::readSecrets()
{
    m_secrets.read(SecretId::BcClientSecret, this, [this](const SecretResult& bc) {
        if (!bc.ok) {
            Q_EMIT failed(missing(SecretId::BcClientSecret, bc));
            return;
        }
        m_bcClientSecret = bc.value;
        m_secrets.read(SecretId::MondayToken, this, [this](const SecretResult& monday) {
            if (!monday.ok) {
                Q_EMIT failed(missing(SecretId::MondayToken, monday));
                return;
            }
            SyncController::Start start;
            start.profile = m_profile;
            start.dataDir = m_dataDir;
            start.bcClientSecret = m_bcClientSecret;
            start.mondayToken = monday.value;
            m_bcClientSecret.clear(); // the engine has its copy; this one need not outlive the start
            m_engine = std::make_unique<EngineSession>(m_window);
            m_engine->start(start);
            Q_EMIT started();
        });
    });
}

} // namespace mlc::ui
