#include "AppSession.h"
#include "AutostartEntry.h"
#include "GuiStartup.h"
#include "MainWindow.h"
#include "SettingsPage.h"
#include "TrayIcon.h"
#include "common/TranslationLoader.h"
#include "secrets/LayeredCredentialStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ml-connector"));
    QApplication::setOrganizationName(QStringLiteral("ml-connector"));
    QApplication::setApplicationVersion(QStringLiteral(MLC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.mlconnector.MlConnector"));

    // The language chosen on the Settings page, else the system's.
    const QString language = QSettings().value(mlc::ui::SettingsPage::languageKey()).toString();
    mlc::TranslationLoader::install(language.isEmpty() ? QLocale() : QLocale(language));

    mlc::gui::GuiStartup startup;
    if (!startup.begin(QApplication::arguments())) {
        if (startup.alreadyRunning())
            return 0; // the running window came to the front instead
        QMessageBox::critical(nullptr, QApplication::translate("main", "ml-connector cannot start"),
                              startup.problem());
        return startup.exitCode();
    }

    mlc::ui::MainWindow window;
    window.setDataFolder(startup.dataDir());
    startup.raiseOnSecondLaunch(&window);
    QSettings settings; // the platform's per-user settings: window geometry, last page, the Settings page
    window.restoreState(settings);
    const mlc::ui::AutostartEntry autostart(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    const bool trayAvailable = window.trayIcon()->isAvailable();
    window.settingsPage()->bind(&settings, &autostart, QApplication::applicationFilePath(), trayAvailable);
    window.setCloseToTray(settings.value(mlc::ui::SettingsPage::closeToTrayKey(), true).toBool());
    // With a tray, closing the window keeps the app syncing there; without one it quits as usual. The tray's
    // Quit ends it either way.
    QApplication::setQuitOnLastWindowClosed(!trayAvailable);
    // Nothing configured yet: the sandbox's sample data, so the first look shows the product at work, with
    // the way to set up the admin's own accounts one click away. A stored profile runs with the secrets from
    // the environment or the keychain. Made after the window and so gone before it: the engine stops while
    // the Status page still listens.
    const std::unique_ptr<mlc::CredentialStore> secrets =
        mlc::LayeredCredentialStore::environmentThenKeychain();
    mlc::gui::AppSession session(&window, startup.dataDir(), *secrets);
    QString problem;
    const std::optional<mlc::Profile> profile = startup.storedProfile(&problem);
    session.begin(profile, problem, startup.demoAsked());
    if (!startup.startPage().isEmpty())
        window.showPage(startup.startPage());
    const bool minimised =
        trayAvailable && (startup.minimisedAsked() ||
                          settings.value(mlc::ui::SettingsPage::startMinimisedKey(), false).toBool());
    if (!minimised)
        window.show();
    startup.reportKeychainStatus(&window);
    const int code = app.exec();
    window.saveState(settings);
    return code;
}
