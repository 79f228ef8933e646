#include "StateSession.h"

#include "CliOutput.h"
#include "common/MessageLog.h"
#include "store/DataDirLock.h"
#include "store/Database.h"

#include <QDir>

namespace mlc::cli {

StateSession::StateSession(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

StateSession::~StateSession()
{
    m_database.reset();
    m_lock.reset();
}

std::unique_ptr<StateSession> StateSession::open(const QString& dataDir, bool verbose, const Clock& clock,
                                                 const CliOutput& output, ExitCode* exitCode)
{
    std::unique_ptr<StateSession> session(new StateSession(QDir(dataDir).absolutePath()));
    QString error;
    session->m_lock = std::make_unique<DataDirLock>(session->m_dataDir);
    if (!session->m_lock->tryLock()) {
        output.error(session->m_lock->errorString());
        // Only a folder held by another process is exit 4; one that cannot be created or locked at all is
        // not.
        *exitCode = session->m_lock->isHeldByAnotherProcess() ? ExitDataDirLocked : ExitLocalStateError;
        return nullptr;
    }

    if (!MessageLog::install(clock, {session->m_dataDir, verbose}, &error)) {
        output.error(error);
        *exitCode = ExitLocalStateError;
        return nullptr;
    }

    session->m_database = Database::open(session->m_dataDir, QStringLiteral("cli"), clock, &error);
    if (!session->m_database) {
        output.error(error);
        *exitCode = ExitLocalStateError;
        return nullptr;
    }
    return session;
}

} // namespace mlc::cli
