#include "GuiStartup.h"

#include "MainWindow.h"
#include "SingleInstance.h"
#include "common/MessageLog.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/DataFolder.h"
#include "store/Database.h"
#include "store/SettingsStore.h"
#include "sync/ProfileReader.h"

#include <QCommandLineParser>

namespace mlc::gui {

GuiStartup::GuiStartup() = default;

QString GuiStartup::dataDir() const
{
    return m_folder ? m_folder->path() : QString();
}

GuiStartup::~GuiStartup()
{
    MessageLog::uninstall();
}

bool GuiStartup::begin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           tr("Where the state database and log live."), tr("DIR"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), tr("Diagnostic output on stderr."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), tr("Show the demo with sample data even when a profile is configured."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        tr("Open on this page: accounts, mapping, status, audit, board-preview or settings."), tr("PAGE"));
    const QCommandLineOption minimisedOption(QStringLiteral("minimised"),
                                             tr("Start in the system tray, without the window."));
    parser.addOptions({dataDirOption, verboseOption, demoOption, pageOption, minimisedOption});
    parser.process(arguments); // --help and --version print and exit, as desktop users expect
    m_demoAsked = parser.isSet(demoOption);
    m_startPage = parser.value(pageOption);
    m_minimisedAsked = parser.isSet(minimisedOption);

    // Diagnostics go to stderr until the data folder is ours; then the log file opens there too.
    QString ignored;
    MessageLog::install(m_clock, {QString(), parser.isSet(verboseOption)}, &ignored);
    const QString folder =
        parser.isSet(dataDirOption) ? parser.value(dataDirOption) : DataFolder::defaultPath();
    m_instance = std::make_unique<ui::SingleInstance>(folder);
    if (m_instance->askRunningInstanceToRaise()) {
        m_alreadyRunning = true;
        return false;
    }
    DataFolder::Failure failure;
    m_folder = DataFolder::claim(folder, m_clock, parser.isSet(verboseOption), &failure);
    if (!m_folder)
        return fail(failure.exitCode, failure.message);
    QString error;
    if (!m_instance->listen(&error))
        qWarning().noquote() << "A second launch will not find this one:" << error;
    return true;
}

std::optional<Profile> GuiStartup::storedProfile(QString* problem) const
{
    if (!m_folder)
        return std::nullopt;
    QString error;
    // A folder never used has no database yet, which opening read-only reports as an error: no profile.
    const std::unique_ptr<Database> database =
        Database::openReadOnly(m_folder->path(), QStringLiteral("startup"), m_clock, &error);
    const std::optional<QByteArray> stored =
        database ? SettingsStore(*database).value(QStringLiteral("profile")) : std::nullopt;
    if (!stored)
        return std::nullopt;
    const ProfileReadResult result = ProfileReader::read(*stored);
    if (!result.ok())
        *problem = tr("The profile stored in %1 cannot be used: %2")
                       .arg(m_folder->path(),
                            result.errors.isEmpty() ? QString() : result.errors.first().toString());
    return result.profile;
}

void GuiStartup::reportKeychainStatus(ui::MainWindow* window)
{
    m_keychain = std::make_unique<KeychainCredentialStore>();
    m_keychain->checkAvailable(
        window, [window, description = m_keychain->describe()](const SecretResult& result) {
            window->setKeychainStatus(result.ok, result.ok ? description : result.message);
        });
}

void GuiStartup::raiseOnSecondLaunch(ui::MainWindow* window)
{
    QObject::connect(m_instance.get(), &ui::SingleInstance::raiseRequested, window,
                     &ui::MainWindow::bringToFront);
}

bool GuiStartup::fail(ExitCode code, const QString& problem)
{
    m_exitCode = code;
    m_problem = problem;
    return false;
}

} // namespace mlc::gui
