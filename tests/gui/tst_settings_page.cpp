// The Settings page: it shows and saves at once what it binds to (close to tray, start minimised, language),
// writes and removes the XDG autostart entry for "Launch at login", says so when that file cannot be
// written, and offers the tray options only where a tray exists.

#include "AutostartEntry.h"
#include "SettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mlc::ui::AutostartEntry;
using mlc::ui::SettingsPage;

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesAreSavedAtOnce()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const AutostartEntry autostart(dir.filePath(QStringLiteral("config")));
        SettingsPage page;
        page.bind(&settings, &autostart, QStringLiteral("/opt/ml connector/bin/ml-connector"), true);
        auto* closeToTray = page.findChild<QCheckBox*>(QStringLiteral("closeToTray"));
        auto* startMinimised = page.findChild<QCheckBox*>(QStringLiteral("startMinimised"));
        auto* language = page.findChild<QComboBox*>(QStringLiteral("language"));
        QVERIFY(closeToTray && startMinimised && language);
        QVERIFY(closeToTray->isChecked()); // the default where a tray exists
        QSignalSpy trayChanged(&page, &SettingsPage::closeToTrayChanged);
        closeToTray->click();
        startMinimised->click();
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(trayChanged.size(), 1);
        QCOMPARE(settings.value(SettingsPage::closeToTrayKey()).toBool(), false);
        QCOMPARE(settings.value(SettingsPage::startMinimisedKey()).toBool(), true);
        QCOMPARE(settings.value(SettingsPage::languageKey()).toString(), QStringLiteral("de"));

        SettingsPage again;
        again.bind(&settings, &autostart, QStringLiteral("ml-connector"), true);
        QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("closeToTray"))->isChecked());
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("de"));
    }

    void launchAtLoginWritesAndRemovesTheAutostartEntry()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const AutostartEntry autostart(dir.filePath(QStringLiteral("config")));
        SettingsPage page;
        page.bind(&settings, &autostart, QStringLiteral("/opt/ml connector/bin/ml-connector"), true);
        auto* launchAtLogin = page.findChild<QCheckBox*>(QStringLiteral("launchAtLogin"));
        QVERIFY(!launchAtLogin->isChecked());
        launchAtLogin->click();
        QVERIFY(autostart.isEnabled());
        QFile entry(autostart.path());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.contains("Exec=\"/opt/ml connector/bin/ml-connector\" --minimised\n"));
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(autostart.path().endsWith(
            QStringLiteral("config/autostart/com.mlconnector.MlConnector.desktop")));
        launchAtLogin->click();
        QVERIFY(!autostart.isEnabled());
    }

    void anAutostartFolderThatCannotBeWrittenIsSaidAndTheBoxStaysOff()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        // A file where the config folder should be: nothing can be made under it.
        QFile blocker(dir.filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const AutostartEntry autostart(blocker.fileName());
        SettingsPage page;
        page.bind(&settings, &autostart, QStringLiteral("ml-connector"), true);
        auto* launchAtLogin = page.findChild<QCheckBox*>(QStringLiteral("launchAtLogin"));
        launchAtLogin->click();
        QVERIFY(!launchAtLogin->isChecked());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsNotice"))
                    ->text()
                    .contains(QStringLiteral("Cannot write")));
    }

    void withoutATrayItsOptionsAreOff()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const AutostartEntry autostart(dir.filePath(QStringLiteral("config")));
        SettingsPage page;
        page.bind(&settings, &autostart, QStringLiteral("ml-connector"), false);
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("closeToTray"))->isEnabled());
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("startMinimised"))->isEnabled());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsNotice"))
                    ->text()
                    .contains(QStringLiteral("no system tray")));
    }
};

QTEST_MAIN(tst_SettingsPage)
#include "tst_settings_page.moc"
