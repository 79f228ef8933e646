// The tray entry and the window's desktop manners: the icon's state follows the engine (idle, syncing,
// paused, needs attention), the menu asks for Open, Sync now, Pause or Resume and Quit, failed writes are
// notified once rather than per record, and the window keeps its geometry and last page between runs. On
// the offscreen platform there is no tray, so closing the window closes it.

#include "MainWindow.h"
#include "TrayIcon.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;
using mlc::ui::MainWindow;
using mlc::ui::TrayIcon;

namespace {

EngineStatus withMapping(EngineStatus::State state, int pending = 0, int failed = 0)
{
    EngineStatus status;
    status.state = state;
    EngineStatus::MappingStatus mapping;
    mapping.boardId = QStringLiteral("1");
    mapping.pending = pending;
    mapping.failed = failed;
    status.mappings = {mapping};
    return status;
}

QAction* action(TrayIcon& tray, const QString& text)
{
    for (QAction* candidate : tray.menu()->actions()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

} // namespace

class tst_TrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theIconFollowsTheEngine()
    {
        QCOMPARE(TrayIcon::stateOf(EngineStatus()), TrayIcon::State::Idle);
        QCOMPARE(TrayIcon::stateOf(withMapping(EngineStatus::State::Running)), TrayIcon::State::Idle);
        QCOMPARE(TrayIcon::stateOf(withMapping(EngineStatus::State::Running, 5)), TrayIcon::State::Syncing);
        QCOMPARE(TrayIcon::stateOf(withMapping(EngineStatus::State::Paused, 5)), TrayIcon::State::Paused);
        QCOMPARE(TrayIcon::stateOf(withMapping(EngineStatus::State::Running, 5, 1)), TrayIcon::State::Error);
        QCOMPARE(TrayIcon::stateOf(withMapping(EngineStatus::State::Failed)), TrayIcon::State::Error);
        for (TrayIcon::State state : {TrayIcon::State::Idle, TrayIcon::State::Syncing,
                                      TrayIcon::State::Paused, TrayIcon::State::Error})
            QVERIFY(!QIcon(TrayIcon::iconPath(state)).pixmap(22, 22).isNull());
    }

    void theMenuAsksAndPauseTurnsIntoResume()
    {
        TrayIcon tray;
        QAction* pause = action(tray, QStringLiteral("Pause"));
        QAction* syncNow = action(tray, QStringLiteral("Sync now"));
        QVERIFY(pause && syncNow);
        QVERIFY(!pause->isEnabled() && !syncNow->isEnabled()); // nothing runs yet
        tray.setStatus(withMapping(EngineStatus::State::Running));
        QVERIFY(pause->isEnabled() && syncNow->isEnabled());
        QSignalSpy paused(&tray, &TrayIcon::pauseRequested);
        QSignalSpy resumed(&tray, &TrayIcon::resumeRequested);
        QSignalSpy synced(&tray, &TrayIcon::syncNowRequested);
        pause->trigger();
        syncNow->trigger();
        QCOMPARE(paused.size(), 1);
        QCOMPARE(synced.size(), 1);
        tray.setStatus(withMapping(EngineStatus::State::Paused));
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        QVERIFY(!syncNow->isEnabled());
        pause->trigger();
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(paused.size(), 1);
    }

    void failedWritesAreNotifiedOnceNotPerRecord()
    {
        TrayIcon tray;
        QSignalSpy notices(&tray, &TrayIcon::notified);
        const QDateTime start(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        tray.setStatus(withMapping(EngineStatus::State::Running, 0, 0), start);
        tray.setStatus(withMapping(EngineStatus::State::Running, 0, 3), start.addSecs(1));
        tray.setStatus(withMapping(EngineStatus::State::Running, 0, 9), start.addSecs(60));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().at(1).toString().contains(QStringLiteral("3 write(s)")));
        tray.setStatus(withMapping(EngineStatus::State::Running, 0, 12),
                       start.addSecs(TrayIcon::kNoticeIntervalSeconds + 1));
        QCOMPARE(notices.size(), 2);
        tray.setStatus(withMapping(EngineStatus::State::Running, 0, 12),
                       start.addSecs(3 * TrayIcon::kNoticeIntervalSeconds));
        QCOMPARE(notices.size(), 2); // nothing new failed
    }

    void theWindowKeepsItsGeometryAndLastPage()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            MainWindow window;
            window.resize(900, 640);
            window.showPage(QStringLiteral("audit"));
            window.saveState(settings);
        }
        MainWindow again;
        again.restoreState(settings);
        QCOMPARE(again.currentPageId(), QStringLiteral("audit"));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void withoutATrayClosingClosesTheWindow()
    {
        MainWindow window;
        QVERIFY(!window.trayIcon()->isAvailable());
        QVERIFY(!window.closesToTray());
        window.show();
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
    }
};

QTEST_MAIN(tst_TrayIcon)
#include "tst_tray_icon.moc"
