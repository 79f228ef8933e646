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
    return m_folder->path();
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

} // namespace mlc::cli
