// The Settings page: it shows and saves at once what it binds to (close to tray, start minimised, language),
// writes and removes the XDG autostart entry for "Launch at login", says so when that file cannot be
// written, and offers the tray options only where a tray exists.

#include "AutostartEntry.h"
#include "ProfileDraft.h"
#include "SettingsPage.h"
#include "SyncSettingsBox.h"
#include "TestPaths.h"
#include "sync/ProfileReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using mlc::ui::AutostartEntry;
using mlc::ui::SettingsPage;

class tst_SettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_autostart = std::make_unique<AutostartEntry>(m_dir->filePath(QStringLiteral("config")));
    }

    void changesAreSavedAtOnce()
    {
        SettingsPage page;
        page.bind(m_settings.get(), m_autostart.get(), QStringLiteral("/opt/ml connector/bin/ml-connector"),
                  true);
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
        QCOMPARE(m_settings->value(SettingsPage::closeToTrayKey()).toBool(), false);
        QCOMPARE(m_settings->value(SettingsPage::startMinimisedKey()).toBool(), true);
        QCOMPARE(m_settings->value(SettingsPage::languageKey()).toString(), QStringLiteral("de"));

        SettingsPage again;
        again.bind(m_settings.get(), m_autostart.get(), QStringLiteral("ml-connector"), true);
        QVERIFY(!again.findChild<QCheckBox*>(QStringLiteral("closeToTray"))->isChecked());
        QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("language"))->currentData().toString(),
                 QStringLiteral("de"));
    }

    void launchAtLoginWritesAndRemovesTheAutostartEntry()
    {
        SettingsPage page;
        page.bind(m_settings.get(), m_autostart.get(), QStringLiteral("/opt/ml connector/bin/ml-connector"),
                  true);
        auto* launchAtLogin = page.findChild<QCheckBox*>(QStringLiteral("launchAtLogin"));
        QVERIFY(!launchAtLogin->isChecked());
        launchAtLogin->click();
        QVERIFY(m_autostart->isEnabled());
        QFile entry(m_autostart->path());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.contains("Exec=\"/opt/ml connector/bin/ml-connector\" --minimised\n"));
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(m_autostart->path().endsWith(
            QStringLiteral("config/autostart/com.mlconnector.MlConnector.desktop")));
        launchAtLogin->click();
        QVERIFY(!m_autostart->isEnabled());
    }

    void anAutostartFolderThatCannotBeWrittenIsSaidAndTheBoxStaysOff()
    {
        // A file where the config folder should be: nothing can be made under it.
        QFile blocker(m_dir->filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SettingsPage page;
        page.bind(m_settings.get(), m_autostart.get(), QStringLiteral("ml-connector"), true);
        auto* launchAtLogin = page.findChild<QCheckBox*>(QStringLiteral("launchAtLogin"));
        launchAtLogin->click();
        QVERIFY(!launchAtLogin->isChecked());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsNotice"))
                    ->text()
                    .contains(QStringLiteral("Cannot write")));
    }

    void withoutATrayItsOptionsAreOff()
    {
        SettingsPage page;
        page.bind(m_settings.get(), m_autostart.get(), QStringLiteral("ml-connector"), false);
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("closeToTray"))->isEnabled());
        QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("startMinimised"))->isEnabled());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("settingsNotice"))
                    ->text()
                    .contains(QStringLiteral("no system tray")));
    }

    // The profile's part: a pace and webhooks saved into the data folder's profile, a bad address refused.
    void syncSettingsAreSavedIntoTheProfile()
    {
        const mlc::ProfileReadResult example =
            mlc::ProfileReader::readFile(mlc::test::dataPath(QStringLiteral("profiles/example.json")));
        QVERIFY(example.ok());
        mlc::ui::ProfileDraft draft;
        mlc::Profile profile = *example.profile;
        profile.webhooks.reset();
        draft.reset(profile);
        mlc::ui::SyncSettingsBox box(&draft);
        box.setDataDir(m_dir->path());
        QSignalSpy saved(&draft, &mlc::ui::ProfileDraft::saved);

        box.findChild<QSpinBox*>(QStringLiteral("mutationsPerMinute"))->setValue(25);
        box.findChild<QCheckBox*>(QStringLiteral("webhooksEnabled"))->setChecked(true);
        box.findChild<QLineEdit*>(QStringLiteral("webhookListen"))->setText(QStringLiteral("not an address"));
        box.findChild<QLineEdit*>(QStringLiteral("webhookPublicUrl"))
            ->setText(QStringLiteral("https://connector.example.com/bc"));
        QVERIFY(!box.save());
        QVERIFY(box.findChild<QLabel*>(QStringLiteral("syncSettingsResult"))
                    ->text()
                    .contains(QLatin1String("Listen")));
        QCOMPARE(saved.count(), 0);

        box.findChild<QLineEdit*>(QStringLiteral("webhookListen"))->setText(QStringLiteral("0.0.0.0:9443"));
        QVERIFY(box.save());
        QCOMPARE(saved.count(), 1);
        const auto stored = saved.first().first().value<mlc::Profile>();
        QCOMPARE(stored.monday.mutationsPerMinute, 25);
        QVERIFY(stored.webhooksEnabled());
        QCOMPARE(stored.webhooks->listenPort, quint16(9443));
        QCOMPARE(stored.webhooks->publicUrl, QUrl(QStringLiteral("https://connector.example.com/bc")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AutostartEntry> m_autostart;
};

QTEST_MAIN(tst_SettingsPage)
#include "tst_settings_page.moc"
