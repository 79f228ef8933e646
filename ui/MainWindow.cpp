#include "MainWindow.h"

#include "AccountsPage.h"
#include "AuditPage.h"
#include "BoardPreviewPage.h"
#include "FirstRunBanner.h"
#include "MappingPage.h"
#include "ProfileDraft.h"
#include "SettingsPage.h"
#include "StatusPage.h"
#include "SyncSettingsBox.h"
#include "TrayIcon.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mlc::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("ml-connector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ml-connector.svg")));
    setMinimumSize(720, 480);
    resize(1200, 720); // the Status table's columns fit without scrolling

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(200);
    m_navigation->setAccessibleName(tr("Pages"));
    // Room around the entries, so the sidebar reads as navigation rather than as a plain list.
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { padding: 8px 6px; }"
                       "QListWidget#navigation::item { padding-left: 10px; border-radius: 4px; }"
                       "QListWidget#navigation::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget;
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_banner = new FirstRunBanner;
    connect(m_banner, &FirstRunBanner::pageRequested, this, &MainWindow::showPage);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_banner);
    right->addWidget(m_pages, 1);
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    buildPages();
    buildStatusBar();
    m_navigation->setCurrentRow(0);

    // The tray asks what the Status page asks; whoever drives the engine listens to the page.
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::syncNowRequested, m_statusPage, &StatusPage::syncNowRequested);
    connect(m_tray, &TrayIcon::pauseRequested, m_statusPage, &StatusPage::pauseRequested);
    connect(m_tray, &TrayIcon::resumeRequested, m_statusPage, &StatusPage::resumeRequested);
    connect(m_tray, &TrayIcon::quitRequested, this, [this] {
        m_closeToTray = false;
        close();
        QCoreApplication::quit();
    });
}

void MainWindow::setEngineStatus(const EngineStatus& status)
{
    m_statusPage->setStatus(status);
    m_tray->setStatus(status);
}

void MainWindow::setCloseToTray(bool closeToTray)
{
    m_closeToTray = closeToTray;
}

bool MainWindow::closesToTray() const
{
    return m_closeToTray && m_tray->isAvailable();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (closesToTray()) {
        hide(); // still syncing; the tray's Quit ends the app
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/page"), currentPageId());
}

void MainWindow::restoreState(const QSettings& settings)
{
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QString page = settings.value(QStringLiteral("window/page")).toString();
    if (pageIds().contains(page))
        showPage(page);
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::buildPages()
{
    m_draft = new ProfileDraft(this);
    m_accountsPage = new AccountsPage(m_draft);
    addPage({QStringLiteral("accounts"), tr("Accounts"), QStringLiteral("system-users"), m_accountsPage});
    m_mappingPage = new MappingPage(m_draft);
    addPage({QStringLiteral("mapping"), tr("Mapping"), QStringLiteral("document-properties"), m_mappingPage});
    m_statusPage = new StatusPage;
    addPage({QStringLiteral("status"), tr("Status"), QStringLiteral("view-refresh"), m_statusPage});
    m_auditPage = new AuditPage;
    addPage({QStringLiteral("audit"), tr("Audit"), QStringLiteral("document-open-recent"), m_auditPage});
    m_boardPreviewPage = new BoardPreviewPage(m_draft);
    addPage({QStringLiteral("board-preview"), tr("Board preview"), QStringLiteral("view-list-details"),
             m_boardPreviewPage});
    m_settingsPage = new SettingsPage;
    addPage(
        {QStringLiteral("settings"), tr("Settings"), QStringLiteral("preferences-system"), m_settingsPage});
    connect(m_settingsPage, &SettingsPage::closeToTrayChanged, this, &MainWindow::setCloseToTray);
    m_syncSettings = new SyncSettingsBox(m_draft);
    m_settingsPage->addSection(m_syncSettings);
}

void MainWindow::addPage(const NavigationPage& page)
{
    auto* item = new QListWidgetItem(QIcon::fromTheme(page.iconName), page.title, m_navigation);
    item->setData(Qt::UserRole, page.id);
    item->setSizeHint(QSize(0, 36));
    page.widget->setObjectName(page.id + QStringLiteral("Page"));
    m_pages->addWidget(page.widget);
    m_entries.append(page);
}

void MainWindow::buildStatusBar()
{
    m_dataFolderLabel = new QLabel;
    m_dataFolderLabel->setObjectName(QStringLiteral("dataFolderStatus"));
    m_keychainLabel = new QLabel(tr("Checking the system keychain…"));
    m_keychainLabel->setObjectName(QStringLiteral("keychainStatus"));
    statusBar()->addWidget(m_dataFolderLabel, 1);
    statusBar()->addPermanentWidget(m_keychainLabel);
}

void MainWindow::showPage(const QString& id)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            m_navigation->setCurrentRow(row);
    }
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_entries.at(row).id : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const NavigationPage& page : m_entries)
        ids << page.id;
    return ids;
}

void MainWindow::setDataFolder(const QString& path)
{
    m_dataFolderLabel->setText(tr("Data folder: %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::showNotice(const QString& text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setKeychainStatus(bool usable, const QString& detail)
{
    m_keychainLabel->setText(usable ? tr("Keychain: ready") : tr("Keychain: not available"));
    m_keychainLabel->setToolTip(detail);
}

} // namespace mlc::ui
