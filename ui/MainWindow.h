#pragma once

#include "NavigationPage.h"

#include <QList>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace mlc::ui {

class AuditPage;
class StatusPage;

// The application's frame: a sidebar of pages (Accounts, Mapping, Status, Audit, Board preview, Settings) and
// a status bar that tells where the data lives and whether secrets can be kept in the system keychain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void showPage(const QString& id);
    QString currentPageId() const;
    StatusPage* statusPage() const { return m_statusPage; }
    AuditPage* auditPage() const { return m_auditPage; }
    QStringList pageIds() const;

    void setDataFolder(const QString& path);
    void setKeychainStatus(bool usable, const QString& detail);

private:
    void addPage(const NavigationPage& page);
    void buildPages();
    void buildStatusBar();

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_dataFolderLabel = nullptr;
    QLabel* m_keychainLabel = nullptr;
    StatusPage* m_statusPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    QList<NavigationPage> m_entries;
};

} // namespace mlc::ui
