#include "FakeClock.h"
#include "common/MessageLog.h"
#include "store/DataDirLock.h"
#include "store/DataFolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using mlc::DataFolder;

class tst_DataFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { mlc::MessageLog::uninstall(); }

    void claimingHoldsTheLockAndOpensTheLogUntilReleased()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        DataFolder::Failure failure;
        auto folder = DataFolder::claim(dir.filePath(QStringLiteral("state")), clock, false, &failure);
        QVERIFY2(folder, qPrintable(failure.message));
        QCOMPARE(folder->path(), dir.filePath(QStringLiteral("state")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state/ml-connector.log"))));

        mlc::DataDirLock other(folder->path());
        QVERIFY(!other.tryLock());
        folder.reset();
        QVERIFY(other.tryLock());
    }

    void theExitCodeSaysWhyAClaimFailed()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        DataFolder::Failure failure;

        QVERIFY(!DataFolder::claim(QStringLiteral("  "), clock, false, &failure));
        QCOMPARE(failure.exitCode, mlc::ExitUsageOrProfile);

        mlc::DataDirLock holder(dir.path());
        QVERIFY(holder.tryLock());
        QVERIFY(!DataFolder::claim(dir.path(), clock, false, &failure));
        QCOMPARE(failure.exitCode, mlc::ExitDataDirLocked);
        QVERIFY2(failure.message.contains(QStringLiteral("Another ml-connector process")),
                 qPrintable(failure.message));

        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!DataFolder::claim(file.fileName(), clock, false, &failure));
        QCOMPARE(failure.exitCode, mlc::ExitLocalStateError);
        QVERIFY2(failure.message.contains(QStringLiteral("is a file, not a folder")),
                 qPrintable(failure.message));
    }
};

QTEST_GUILESS_MAIN(tst_DataFolder)
#include "tst_datafolder.moc"
