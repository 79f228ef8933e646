#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace mlc {

// Keeps a data folder to one ml-connector process at a time (GUI, CLI or service). The lock never goes
// stale by age: only a holder that is no longer running frees it, which QLockFile detects from the pid
// recorded in the file (on the same host).
class DataDirLock
{
    Q_DECLARE_TR_FUNCTIONS(DataDirLock)

public:
    explicit DataDirLock(const QString& dataDir);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

    static QString fileName();

    // Creates the folder if needed. On false, errorString() says why and who holds the lock.
    bool tryLock();
    void unlock();
    bool isLocked() const;

    QString lockFilePath() const;
    // "ml-connector-cli, pid 1234 on host x"; empty when the holder is unknown.
    QString holderDescription() const;
    QString errorString() const;
    // After a failed tryLock(): true when another live process holds the folder (exit code 4), false when
    // the folder or its lock file could not be used at all.
    bool isHeldByAnotherProcess() const { return m_heldByAnotherProcess; }

private:
    QString heldByAnotherProcessMessage() const;

    QString m_dataDir;
    QLockFile m_lockFile;
    QString m_errorString;
    bool m_heldByAnotherProcess = false;
};

} // namespace mlc
