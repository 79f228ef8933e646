#pragma once

#include "common/ExitCode.h"
#include "common/SystemClock.h"
#include "sync/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mlc {
class DataFolder;
class KeychainCredentialStore;
} // namespace mlc

namespace mlc::ui {
class MainWindow;
class SingleInstance;
} // namespace mlc::ui

namespace mlc::gui {

// What the desktop application does before its window appears: read the command line and claim the data
// folder (one process per folder, with its log file), which it then holds for the app's lifetime.
class GuiStartup
{
    Q_DECLARE_TR_FUNCTIONS(GuiStartup)

public:
    GuiStartup();
    ~GuiStartup();

    // On false, problem() says why in a sentence for a message box, and exitCode() is the contract's code;
    // or another instance has the folder and was asked to come to the front (alreadyRunning()).
    bool begin(const QStringList& arguments);
    bool alreadyRunning() const { return m_alreadyRunning; }
    // Brings `window` to the front when a second launch asks.
    void raiseOnSecondLaunch(ui::MainWindow* window);
    QString problem() const { return m_problem; }
    ExitCode exitCode() const { return m_exitCode; }
    QString dataDir() const;
    // The profile stored in the data folder (`profile import`); none when there is none, or when it cannot
    // be read (then *problem says why). Without one the app shows the demo.
    std::optional<Profile> storedProfile(QString* problem) const;
    bool demoAsked() const { return m_demoAsked; }
    // The page to open with (--page), for screenshots and scripted walkthroughs; empty for the default.
    QString startPage() const { return m_startPage; }
    // --minimised: start in the tray (what the autostart entry asks).
    bool minimisedAsked() const { return m_minimisedAsked; }

    // Probes the keychain without blocking and reports the answer in the window's status bar.
    void reportKeychainStatus(ui::MainWindow* window);

private:
    bool fail(ExitCode code, const QString& problem);

    SystemClock m_clock;
    std::unique_ptr<DataFolder> m_folder;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    QString m_problem;
    ExitCode m_exitCode = ExitOk;
    bool m_demoAsked = false;
    bool m_alreadyRunning = false;
    bool m_minimisedAsked = false;
    std::unique_ptr<ui::SingleInstance> m_instance;
    QString m_startPage;
};

} // namespace mlc::gui
