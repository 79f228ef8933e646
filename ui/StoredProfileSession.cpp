#include "StoredProfileSession.h"

#include "BothSecrets.h"
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
    readBothSecrets(
        &m_secrets, this,
        [this](const QString& bcSecret, const QString& mondayToken) {
            SyncController::Start start;
            start.profile = m_profile;
            start.dataDir = m_dataDir;
            start.bcClientSecret = bcSecret;
            start.mondayToken = mondayToken;
            m_engine = std::make_unique<EngineSession>(m_window);
            m_engine->start(start);
            Q_EMIT started();
        },
        [this](SecretId id, const SecretResult& result) { Q_EMIT failed(missing(id, result)); });
}

} // namespace mlc::ui
