#include "GuiStartup.h"

#include "MainWindow.h"
#include "common/MessageLog.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/DataDirLock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace mlc::gui {

GuiStartup::GuiStartup() = default;

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
    parser.addOptions({dataDirOption, verboseOption});
    parser.process(arguments); // --help and --version print and exit, as desktop users expect

    if (parser.isSet(dataDirOption) && parser.value(dataDirOption).trimmed().isEmpty()) {
        return fail(
            ExitUsageOrProfile,
            tr("--data-dir needs a folder; an empty value would put the state in the current folder."));
    }
    m_dataDir =
        QDir(parser.isSet(dataDirOption) ? parser.value(dataDirOption)
                                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .absolutePath();

    // Diagnostics go to stderr until the data folder is ours; then the log file opens there too.
    QString error;
    MessageLog::install(m_clock, {QString(), parser.isSet(verboseOption)}, &error);
    m_lock = std::make_unique<DataDirLock>(m_dataDir);
    if (!m_lock->tryLock()) {
        return fail(m_lock->isHeldByAnotherProcess() ? ExitDataDirLocked : ExitLocalStateError,
                    m_lock->errorString());
    }
    if (!MessageLog::install(m_clock, {m_dataDir, parser.isSet(verboseOption)}, &error))
        return fail(ExitLocalStateError, error);
    return true;
}

void GuiStartup::reportKeychainStatus(ui::MainWindow* window)
{
    m_keychain = std::make_unique<KeychainCredentialStore>();
    m_keychain->checkAvailable(
        window, [window, description = m_keychain->describe()](const SecretResult& result) {
            window->setKeychainStatus(result.ok, result.ok ? description : result.message);
        });
}

bool GuiStartup::fail(ExitCode code, const QString& problem)
{
    m_exitCode = code;
    m_problem = problem;
    return false;
}

} // namespace mlc::gui
