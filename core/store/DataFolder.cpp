#include "DataFolder.h"

#include "common/MessageLog.h"
#include "store/DataDirLock.h"

#include <QDir>
#include <QStandardPaths>

namespace mlc {

DataFolder::DataFolder(QString path)
    : m_path(std::move(path))
{}

DataFolder::~DataFolder() = default;

QString DataFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<DataFolder> DataFolder::claim(const QString& path, const Clock& clock, bool verbose,
                                              Failure* failure)
{
    if (path.trimmed().isEmpty()) {
        *failure = {
            ExitUsageOrProfile,
            tr("--data-dir needs a folder; an empty value would put the state in the current folder.")};
        return nullptr;
    }
    std::unique_ptr<DataFolder> folder(new DataFolder(QDir(path).absolutePath()));
    folder->m_lock = std::make_unique<DataDirLock>(folder->m_path);
    if (!folder->m_lock->tryLock()) {
        *failure = {folder->m_lock->isHeldByAnotherProcess() ? ExitDataDirLocked : ExitLocalStateError,
                    folder->m_lock->errorString()};
        return nullptr;
    }
    QString error;
    if (!MessageLog::install(clock, {folder->m_path, verbose}, &error)) {
        *failure = {ExitLocalStateError, error};
        return nullptr;
    }
    return folder;
}

} // namespace mlc
