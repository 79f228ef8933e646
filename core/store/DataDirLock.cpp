#include "DataDirLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcStoreLock, "mlc.store.lock")

namespace mlc {

DataDirLock::DataDirLock(const QString& dataDir)
    : m_dataDir(dataDir)
    , m_lockFile(QDir(dataDir).absoluteFilePath(fileName()))
{
    m_lockFile.setStaleLockTime(0);
}

DataDirLock::~DataDirLock() = default;

QString DataDirLock::fileName()
{
    return QStringLiteral("ml-connector.lock");
}

bool DataDirLock::tryLock()
{
    m_errorString.clear();
    m_heldByAnotherProcess = false;
    if (m_lockFile.isLocked())
        return true;
    const QString shownDir = QDir::toNativeSeparators(m_dataDir);
    if (QFileInfo(m_dataDir).isFile()) {
        m_errorString =
            tr("The data folder %1 is a file, not a folder. Pass --data-dir to use another folder.")
                .arg(shownDir);
        return false;
    }
    if (!QDir().mkpath(m_dataDir)) {
        m_errorString =
            tr("Cannot create the data folder %1. Check that its parent is a writable folder, or pass "
               "--data-dir to use another folder.")
                .arg(shownDir);
        return false;
    }
    if (m_lockFile.tryLock(0)) {
        qCDebug(lcStoreLock) << "locked" << m_lockFile.fileName();
        return true;
    }
    switch (m_lockFile.error()) {
    case QLockFile::LockFailedError:
        m_heldByAnotherProcess = true;
        m_errorString = heldByAnotherProcessMessage();
        break;
    case QLockFile::PermissionError:
        m_errorString =
            tr("Cannot create the lock file %1: permission denied. Give the user running "
               "ml-connector write access to the data folder %2, or pass --data-dir to use another "
               "folder.")
                .arg(QDir::toNativeSeparators(lockFilePath()), shownDir);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_errorString = tr("Cannot lock the data folder %1 (lock file %2). Check the disk and the folder's "
                           "permissions, or pass --data-dir to use another folder.")
                            .arg(shownDir, QDir::toNativeSeparators(lockFilePath()));
        break;
    }
    return false;
}

void DataDirLock::unlock()
{
    m_lockFile.unlock();
}

bool DataDirLock::isLocked() const
{
    return m_lockFile.isLocked();
}

QString DataDirLock::lockFilePath() const
{
    return m_lockFile.fileName();
}

QString DataDirLock::holderDescription() const
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
    if (!m_lockFile.getLockInfo(&pid, &hostName, &appName))
        return {};
    if (appName.isEmpty())
        appName = tr("unknown program");
    return tr("%1, pid %2 on host %3").arg(appName).arg(pid).arg(hostName);
}

QString DataDirLock::errorString() const
{
    return m_errorString;
}

QString DataDirLock::heldByAnotherProcessMessage() const
{
    const QString shownDir = QDir::toNativeSeparators(m_dataDir);
    const QString holder = holderDescription();
    if (holder.isEmpty()) {
        return tr("Another ml-connector process is using the data folder %1. Stop it first, or pass "
                  "--data-dir "
                  "to use another folder.")
            .arg(shownDir);
    }
    QString message =
        tr("Another ml-connector process (%1) is using the data folder %2. Stop it first, or pass "
           "--data-dir to use another folder.")
            .arg(holder, shownDir);
    // A dead process on this host frees the lock by itself; one on another host (a shared folder) cannot be
    // checked from here, so the admin has to be told how to clear it.
    qint64 pid = 0;
    QString hostName;
    QString appName;
    if (m_lockFile.getLockInfo(&pid, &hostName, &appName) && hostName != QSysInfo::machineHostName()) {
        message +=
            QLatin1Char(' ') +
            tr("If that host no longer runs it, delete %1.").arg(QDir::toNativeSeparators(lockFilePath()));
    }
    return message;
}

} // namespace mlc
