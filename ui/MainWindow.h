#pragma once

#include "NavigationPage.h"
#include "sync/EngineStatus.h"

#include <QList>
#include <QMainWindow>

class QSettings;

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mlc::ui {

class AccountsPage;
class AuditPage;
class FirstRunBanner;
class BoardPreviewPage;
class MappingPage;
class ProfileDraft;
class SettingsPage;
class StatusPage;
class SyncSettingsBox;
class TrayIcon;

// The application's frame: a sidebar of pages (Accounts, Mapping, Status, Audit, Board preview, Settings) and
// a status bar that tells where the data lives and whether secrets can be kept in the system keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showPage(const QString& id);
    QString currentPageId() const;
    AccountsPage* accountsPage() const { return m_accountsPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    BoardPreviewPage* boardPreviewPage() const { return m_boardPreviewPage; }
    // The profile the Accounts and Mapping pages edit.
    ProfileDraft* profileDraft() const { return m_draft; }
    StatusPage* statusPage() const { return m_statusPage; }
    AuditPage* auditPage() const { return m_auditPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    SyncSettingsBox* syncSettings() const { return m_syncSettings; }
    QStringList pageIds() const;

    // A snapshot of the engine for the Status page and the tray.
    void setEngineStatus(const EngineStatus& status);
    TrayIcon* trayIcon() const { return m_tray; }
    // The strip above the pages for the demo and the first set-up.
    FirstRunBanner* firstRunBanner() const { return m_banner; }
    // Closing hides to the tray instead of quitting; only ever on where a tray exists.
    void setCloseToTray(bool closeToTray);
    bool closesToTray() const;
    // Window geometry and the last page, kept between runs.
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    void bringToFront();

    void setDataFolder(const QString& path);
    // A sentence in the status bar until the next one: what keeps the engine from running, say.
    void showNotice(const QString& text);
    void setKeychainStatus(bool usable, const QString& detail);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const NavigationPage& page);
    void buildPages();
    void buildStatusBar();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    FirstRunBanner* m_banner = nullptr;
    QLabel* m_dataFolderLabel = nullptr;
    QLabel* m_keychainLabel = nullptr;
    ProfileDraft* m_draft = nullptr;
    AccountsPage* m_accountsPage = nullptr;
    MappingPage* m_mappingPage = nullptr;
    BoardPreviewPage* m_boardPreviewPage = nullptr;
    StatusPage* m_statusPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    SyncSettingsBox* m_syncSettings = nullptr;
    TrayIcon* m_tray = nullptr;
    bool m_closeToTray = true;
    QList<NavigationPage> m_entries;
};

} // namespace mlc::ui
