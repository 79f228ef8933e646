#include "store/DataDirLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using mlc::DataDirLock;

namespace {

// A lock file as QLockFile writes it (pid, program, host), for holders this test cannot start for real.
void writeLockFile(const QString& path, qint64 pid, const QString& program, const QString& host)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(pid) + '\n' + program.toUtf8() + '\n' + host.toUtf8() + '\n');
}

QString expectedHeldMessage(const QString& holder, const QString& dataDir)
{
    return QStringLiteral(
               "Another ml-connector process (%1) is using the data folder %2. Stop it first, or pass "
               "--data-dir to use another folder.")
        .arg(holder, QDir::toNativeSeparators(dataDir));
}

} // namespace

class tst_DataDirLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLockFailsNamingTheHolderUntilTheFirstIsReleased()
    {
        QTemporaryDir dir;
        DataDirLock first(dir.path());
        DataDirLock second(dir.path());
        QVERIFY2(first.tryLock(), qPrintable(first.errorString()));
        QVERIFY(first.isLocked());
        QVERIFY(first.errorString().isEmpty());
        QCOMPARE(first.lockFilePath(),
                 QDir(dir.path()).absoluteFilePath(QStringLiteral("ml-connector.lock")));

        QVERIFY(!second.tryLock());
        QVERIFY(!second.isLocked());
        QVERIFY(second.isHeldByAnotherProcess());
        const QString holder = QStringLiteral("%1, pid %2 on host %3")
                                   .arg(QCoreApplication::applicationName())
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QSysInfo::machineHostName());
        QCOMPARE(second.holderDescription(), holder);
        QCOMPARE(second.errorString(), expectedHeldMessage(holder, dir.path()));

        first.unlock();
        QVERIFY(!first.isLocked());
        QVERIFY2(second.tryLock(), qPrintable(second.errorString()));
        QVERIFY(second.errorString().isEmpty());
        QVERIFY(!first.tryLock());
    }

    void destroyingTheHolderReleasesTheLock()
    {
        QTemporaryDir dir;
        {
            DataDirLock holder(dir.path());
            QVERIFY(holder.tryLock());
            QVERIFY(QFile::exists(holder.lockFilePath()));
        }
        DataDirLock next(dir.path());
        QVERIFY2(next.tryLock(), qPrintable(next.errorString()));
    }

    void lockingCreatesAMissingDataFolder()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("a/b/c"));
        DataDirLock lock(dataDir);
        QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
        QVERIFY(QFileInfo(dataDir).isDir());
    }

    void aDataFolderUnderARegularFileCannotBeLocked()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DataDirLock lock(blocker + QStringLiteral("/state"));
        QVERIFY(!lock.tryLock());
        QVERIFY(!lock.isHeldByAnotherProcess());
        QVERIFY2(lock.errorString().startsWith(
                     QStringLiteral("Cannot create the data folder %1.")
                         .arg(QDir::toNativeSeparators(blocker + QStringLiteral("/state")))),
                 qPrintable(lock.errorString()));
    }

    void aLockLeftByADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        DataDirLock lock(dir.path());
        // Linux pids stay below 2^22, so this one cannot be running.
        writeLockFile(lock.lockFilePath(), 99999999, QStringLiteral("ml-connector-cli"),
                      QSysInfo::machineHostName());
        QVERIFY2(lock.tryLock(), qPrintable(lock.errorString()));
    }

    void aLiveHolderKeepsTheLockHoweverOldItIs()
    {
        QTemporaryDir dir;
        DataDirLock lock(dir.path());
        writeLockFile(lock.lockFilePath(), QCoreApplication::applicationPid(),
                      QCoreApplication::applicationName(), QSysInfo::machineHostName());
        QFile file(lock.lockFilePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC),
                                 QFileDevice::FileModificationTime));
        file.close();

        QVERIFY(!lock.tryLock());
        QVERIFY2(lock.errorString().startsWith(QStringLiteral("Another ml-connector process (%1, pid %2")
                                                   .arg(QCoreApplication::applicationName())
                                                   .arg(QCoreApplication::applicationPid())),
                 qPrintable(lock.errorString()));
    }

    void aHolderOnAnotherHostIsNamedWithHowToClearIt()
    {
        QTemporaryDir dir;
        DataDirLock lock(dir.path());
        writeLockFile(lock.lockFilePath(), 1234, QStringLiteral("ml-connector-cli"),
                      QStringLiteral("build-server-7"));
        QVERIFY(!lock.tryLock());
        QCOMPARE(lock.holderDescription(),
                 QStringLiteral("ml-connector-cli, pid 1234 on host build-server-7"));
        QCOMPARE(lock.errorString(), expectedHeldMessage(lock.holderDescription(), dir.path()) +
                                         QStringLiteral(" If that host no longer runs it, delete %1.")
                                             .arg(QDir::toNativeSeparators(lock.lockFilePath())));
    }
};

QTEST_GUILESS_MAIN(tst_DataDirLock)
#include "tst_datadirlock.moc"
