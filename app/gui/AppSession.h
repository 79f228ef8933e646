#pragma once

#include "sync/Profile.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mlc {
class CredentialStore;
}

namespace mlc::ui {
class MainWindow;
class StoredProfileSession;
} // namespace mlc::ui

namespace mlc::gui {

class DemoSession;

// Which data the window works on, and the moves between them: the sample data (the demo, when nothing is
// configured or on request), the first set-up (Accounts → Mapping → Status on an empty profile), and the
// admin's stored profile, which runs as soon as it is saved. The pages always edit the profile of what
// runs, with the secrets of what runs: the demo's in memory, the admin's in `secrets` (the keychain).
class AppSession : public QObject
{
    Q_OBJECT

public:
    AppSession(ui::MainWindow* window, QString dataDir, CredentialStore& secrets);
    ~AppSession() override;

    // The start: the demo when asked or when nothing is stored; else the stored profile. A stored profile
    // that cannot be read (`problem`) leads to set-up with the reason shown.
    void begin(const std::optional<Profile>& stored, const QString& problem, bool demoAsked);
    void startDemo();
    void startSetUp();
    void runStored(const Profile& profile);

    bool isDemo() const { return m_demo != nullptr; }
    ui::StoredProfileSession* stored() const { return m_stored.get(); }

private:
    void onSaved(const Profile& profile);
    void bindPages(CredentialStore* secrets, const QString& dataDir);

    ui::MainWindow* m_window;
    QString m_dataDir;
    CredentialStore& m_secrets;
    std::unique_ptr<DemoSession> m_demo;
    std::unique_ptr<ui::StoredProfileSession> m_stored;
};

} // namespace mlc::gui
