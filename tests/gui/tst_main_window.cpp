#include "MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryPageInTheNavigation()
    {
        mlc::ui::MainWindow window;
        QCOMPARE(window.pageIds(),
                 (QStringList{QStringLiteral("accounts"), QStringLiteral("mapping"), QStringLiteral("status"),
                              QStringLiteral("audit"), QStringLiteral("board-preview"),
                              QStringLiteral("settings")}));
        QCOMPARE(window.currentPageId(), QStringLiteral("accounts"));
    }

    void clickingANavigationEntryShowsItsPage()
    {
        mlc::ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(navigation && pages);

        const QRect auditRow = navigation->visualItemRect(navigation->item(3));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, auditRow.center());
        QCOMPARE(window.currentPageId(), QStringLiteral("audit"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("auditPage"));

        window.showPage(QStringLiteral("settings"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("settingsPage"));
    }

    void everyPageIsBuilt()
    {
        mlc::ui::MainWindow window;
        QVERIFY(window.accountsPage() && window.mappingPage() && window.boardPreviewPage());
        for (const QString& id : window.pageIds())
            QVERIFY2(window.findChild<QWidget*>(id + QStringLiteral("Page")), qPrintable(id));
    }

    void statusBarTellsTheDataFolderAndKeychainState()
    {
        mlc::ui::MainWindow window;
        auto* keychain = window.findChild<QLabel*>(QStringLiteral("keychainStatus"));
        auto* folder = window.findChild<QLabel*>(QStringLiteral("dataFolderStatus"));
        QVERIFY(keychain && folder);
        QVERIFY(keychain->text().contains(QStringLiteral("Checking")));

        window.setDataFolder(QStringLiteral("/srv/ml-connector"));
        QVERIFY(folder->text().contains(QStringLiteral("/srv/ml-connector")));
        window.setKeychainStatus(false,
                                 QStringLiteral("No system keychain is available. Set MLC_MONDAY_TOKEN"));
        QCOMPARE(keychain->text(), QStringLiteral("Keychain: not available"));
        QVERIFY(keychain->toolTip().contains(QStringLiteral("MLC_MONDAY_TOKEN")));
        window.setKeychainStatus(true, QString());
        QCOMPARE(keychain->text(), QStringLiteral("Keychain: ready"));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_main_window.moc"
