#include "StateSession.h"

#include "CliOutput.h"
#include "store/DataFolder.h"
#include "store/Database.h"

namespace mlc::cli {

StateSession::StateSession() = default;

StateSession::~StateSession()
{
    m_database.reset();
    m_folder.reset();
}

QString StateSession::dataDir() const
{
    return m_folder ? m_folder->path() : m_dataDir;
}

std::unique_ptr<StateSession> StateSession::open(const QString& dataDir, bool verbose, const Clock& clock,
                                                 const CliOutput& output, ExitCode* exitCode)
{
    std::unique_ptr<StateSession> session(new StateSession);
    DataFolder::Failure failure;
    session->m_folder = DataFolder::claim(dataDir, clock, verbose, &failure);
    if (!session->m_folder) {
        output.error(failure.message);
        *exitCode = failure.exitCode;
        return nullptr;
    }
    QString error;
    session->m_database = Database::open(session->dataDir(), QStringLiteral("cli"), clock, &error);
    if (!session->m_database) {
        output.error(error);
        *exitCode = ExitLocalStateError;
        return nullptr;
    }
    return session;
}

std::unique_ptr<StateSession> StateSession::openForReading(const QString& dataDir, const Clock& clock,
                                                           const CliOutput& output, ExitCode* exitCode)
{
    std::unique_ptr<StateSession> session(new StateSession);
    session->m_dataDir = dataDir;
    QString error;
    session->m_database = Database::openReadOnly(dataDir, QStringLiteral("cli-reader"), clock, &error);
    if (!session->m_database) {
        output.error(error);
        *exitCode = ExitLocalStateError;
        return nullptr;
    }
    return session;
}

} // namespace mlc::cli
