// One desktop app per data folder: a second launch on the same folder finds the first and asks it to come
// to the front; a launch on another folder, or with nobody running, finds nothing.

#include "SingleInstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mlc::ui::SingleInstance;

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecondLaunchRaisesTheFirst()
    {
        QTemporaryDir folder;
        SingleInstance first(folder.path());
        QVERIFY(!first.askRunningInstanceToRaise()); // nobody yet
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy raised(&first, &SingleInstance::raiseRequested);

        SingleInstance second(folder.path());
        QCOMPARE(second.serverName(), first.serverName());
        QVERIFY(second.askRunningInstanceToRaise());
        QVERIFY(raised.wait(5000));

        QTemporaryDir other;
        QVERIFY(!SingleInstance(other.path()).askRunningInstanceToRaise());
    }

    void theFolderIsFreeAgainOnceTheFirstQuits()
    {
        QTemporaryDir folder;
        QString error;
        {
            SingleInstance first(folder.path());
            QVERIFY2(first.listen(&error), qPrintable(error));
        }
        SingleInstance next(folder.path());
        QVERIFY(!next.askRunningInstanceToRaise());
        QVERIFY2(next.listen(&error), qPrintable(error));
    }
};

QTEST_MAIN(tst_SingleInstance)
#include "tst_single_instance.moc"
