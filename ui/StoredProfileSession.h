#pragma once

#include "sync/Profile.h"

#include <QObject>

#include <memory>

namespace mlc {
class CredentialStore;
}

namespace mlc::ui {

class EngineSession;
class MainWindow;

// The admin's own configuration: the profile stored in the data folder (`profile import`) and both secrets
// from the keychain, read without blocking; then the engine runs on it. When a secret is missing the window
// says which one and how to store it, and nothing starts.
class StoredProfileSession : public QObject
{
    Q_OBJECT

public:
    StoredProfileSession(MainWindow* window, CredentialStore& secrets, Profile profile, QString dataDir);
    ~StoredProfileSession() override;

    void start();
    EngineSession* engine() const { return m_engine.get(); }

Q_SIGNALS:
    void started();
    void failed(const QString& reason);

private:
    MainWindow* m_window;
    CredentialStore& m_secrets;
    Profile m_profile;
    QString m_dataDir;
    std::unique_ptr<EngineSession> m_engine;
};

} // namespace mlc::ui
