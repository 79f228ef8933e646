// The Board preview against both simulators on loopback: after a sync, the vendors board is read through
// the API with each item next to the record it came from, and a value changed on the board by hand shows as
// the one difference from what the connector last wrote.

#include "../integration/sync/SyncChecks.h"
#include "BoardPreviewModel.h"
#include "BoardPreviewPage.h"
#include "ProfileDraft.h"
#include "StoredSecrets.h"
#include "bc/BcEntityCatalogue.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;

class tst_BoardPreviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void theBoardShowsItsRecordsAndWhatWasChangedByHand()
    {
        SyncLoopback env;
        QVERIFY(env.listening);
        QVERIFY(runPass(env, {env.vendorsMapping()}));
        const QList<QJsonObject>& vendors = env.bcRecords(BcEntity::Vendors);
        bool unique = false;
        const auto items = itemsByBcId(env, env.vendorsBoard, &unique);
        QVERIFY(unique);
        const QJsonObject vendor = vendors.first();
        const QString changedItem = items.value(vendor.value(QStringLiteral("id")).toString())->id;
        QVERIFY(env.monday.store().setCell(changedItem, QStringLiteral("balance"),
                                           sandbox::MondayCellValue::numbers(QStringLiteral("1")),
                                           env.bc.clock.nowUtc()));

        ui::ProfileDraft draft;
        Profile profile = env.profile();
        profile.mappings = {env.vendorsMapping()};
        draft.reset(profile);
        MemoryCredentialStore secrets;
        QVERIFY(storeSecrets(secrets, BcLoopback::kClientSecret, sandbox::MondaySimulator::demoToken()));
        ui::BoardPreviewPage page(&draft);
        QAbstractItemModelTester tester(page.model());
        page.bind(&secrets, env.dataDir.path());
        QSignalSpy refreshed(&page, &ui::BoardPreviewPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().at(2).toString(), QString());
        QCOMPARE(refreshed.first().at(0).toInt(), int(vendors.size()));
        QCOMPARE(refreshed.first().at(1).toInt(), 1);

        ui::BoardPreviewModel* model = page.model();
        QCOMPARE(model->columnCount(), ui::BoardPreviewModel::kFixedColumns + 3);
        int differentRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            // Every item names the vendor it came from.
            QVERIFY(!model->index(row, 1).data().toString().isEmpty());
            for (int column = ui::BoardPreviewModel::kFixedColumns; column < model->columnCount(); ++column) {
                if (model->index(row, column).data(ui::BoardPreviewModel::DifferentRole).toBool())
                    differentRow = row;
            }
        }
        QVERIFY(differentRow >= 0);
        QCOMPARE(model->index(differentRow, 1).data().toString(),
                 vendor.value(BcEntityCatalogue::info(BcEntity::Vendors).nameField).toString());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("previewState"))
                    ->text()
                    .contains(QLatin1String("differ")));
    }

    void withoutSecretsThePageSaysWhatToDo()
    {
        ui::ProfileDraft draft;
        Mapping mapping;
        mapping.boardId = QStringLiteral("123");
        Profile profile;
        profile.mappings = {mapping};
        draft.reset(profile);
        ui::BoardPreviewPage page(&draft);
        MemoryCredentialStore empty;
        page.bind(&empty, QString());
        QSignalSpy refreshed(&page, &ui::BoardPreviewPage::refreshed);
        page.refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(refreshed.first().at(2).toString().contains(QLatin1String("Accounts")));
    }
};

QTEST_MAIN(tst_BoardPreviewPage)
#include "tst_board_preview_page.moc"
