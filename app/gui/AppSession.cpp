#include "AppSession.h"

#include "AccountsPage.h"
#include "BoardPreviewPage.h"
#include "DemoSession.h"
#include "FirstRunBanner.h"
#include "MainWindow.h"
#include "MappingPage.h"
#include "ProfileDraft.h"
#include "StoredProfileSession.h"
#include "SyncSettingsBox.h"

#include <QMessageBox>

namespace mlc::gui {

AppSession::AppSession(ui::MainWindow* window, QString dataDir, CredentialStore& secrets)
    : m_window(window)
    , m_dataDir(std::move(dataDir))
    , m_secrets(secrets)
{
    ui::FirstRunBanner* banner = m_window->firstRunBanner();
    connect(banner, &ui::FirstRunBanner::setUpRequested, this, &AppSession::startSetUp);
    connect(banner, &ui::FirstRunBanner::sampleDataRequested, this, &AppSession::startDemo);
    connect(m_window->profileDraft(), &ui::ProfileDraft::saved, this, &AppSession::onSaved);
}

// The engine goes before the window's pages it reports to, and the demo's engine before its simulators.
AppSession::~AppSession()
{
    m_stored.reset();
    m_demo.reset();
}

void AppSession::begin(const std::optional<Profile>& stored, const QString& problem, bool demoAsked)
{
    if (demoAsked || (!stored && problem.isEmpty())) {
        startDemo();
    } else if (stored) {
        runStored(*stored);
    } else {
        startSetUp();
        m_window->showNotice(problem);
    }
}

void AppSession::startDemo()
{
    m_stored.reset();
    m_demo = std::make_unique<DemoSession>(m_window);
    QString error;
    if (!m_demo->start(&error)) {
        m_demo.reset();
        QMessageBox* box = new QMessageBox(QMessageBox::Warning, tr("The demo cannot start"), error,
                                           QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // never blocks: a test or a tray-only start goes on
        startSetUp();
        return;
    }
    m_window->profileDraft()->reset(m_demo->profile());
    bindPages(&m_demo->secrets(), m_demo->stateDir());
    m_window->firstRunBanner()->setMode(ui::FirstRunBanner::Mode::Demo);
}

void AppSession::startSetUp()
{
    m_demo.reset();
    m_stored.reset();
    m_window->setWindowTitle(tr("ml-connector"));
    m_window->profileDraft()->reset(Profile());
    bindPages(&m_secrets, m_dataDir);
    m_window->firstRunBanner()->setMode(ui::FirstRunBanner::Mode::SetUp);
    m_window->showPage(QStringLiteral("accounts"));
}

void AppSession::runStored(const Profile& profile)
{
    m_demo.reset();
    m_stored.reset();
    m_window->setWindowTitle(tr("ml-connector"));
    m_window->profileDraft()->reset(profile);
    bindPages(&m_secrets, m_dataDir);
    m_window->firstRunBanner()->setMode(ui::FirstRunBanner::Mode::Hidden);
    m_stored = std::make_unique<ui::StoredProfileSession>(m_window, m_secrets, profile, m_dataDir);
    connect(m_stored.get(), &ui::StoredProfileSession::failed, m_window, &ui::MainWindow::showNotice);
    m_stored->start();
}

// A saved profile is what runs from now on: the demo's in the demo, the admin's otherwise.
void AppSession::onSaved(const Profile& profile)
{
    if (m_demo)
        m_demo->run(profile);
    else
        runStored(profile);
}

void AppSession::bindPages(CredentialStore* secrets, const QString& dataDir)
{
    m_window->accountsPage()->setCredentialStore(secrets);
    m_window->mappingPage()->bind(secrets, dataDir);
    m_window->boardPreviewPage()->bind(secrets, dataDir);
    m_window->syncSettings()->setDataDir(dataDir);
}

} // namespace mlc::gui
