// The Mapping page against both simulators on loopback: the boards load, a field dropped on a column through
// the model's dropMimeData() is mapped, one the column cannot hold is refused with the reason, the keyboard
// maps too, a value map is edited with a missing label flagged, the preview shows a real record, the dry run
// counts what would be written, and saving stores the mapping in the data folder's profile.

#include "../integration/sync/SyncLoopback.h"
#include "ColumnMappingModel.h"
#include "FieldListModel.h"
#include "MappingPage.h"
#include "ProfileDraft.h"
#include "StoredSecrets.h"
#include "ValueMapModel.h"
#include "store/SettingsStore.h"
#include "sync/ProfileReader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace mlc;

namespace {

const QString kAmountField = QStringLiteral("totalAmountIncludingTax");

// The page on a profile that maps vendors only, with both secrets stored and boards loaded, invoices chosen
// on the invoices board: the admin about to map purchase invoices.
struct Rig
{
    Rig()
    {
        Profile profile = env.profile();
        profile.mappings = {env.vendorsMapping()};
        draft.reset(profile);
        storeSecrets(secrets, BcLoopback::kClientSecret, sandbox::MondaySimulator::demoToken());
        page = std::make_unique<ui::MappingPage>(&draft);
        page->bind(&secrets, dataDir.path());
        fieldsTester = std::make_unique<QAbstractItemModelTester>(page->fieldModel());
        columnsTester = std::make_unique<QAbstractItemModelTester>(page->columnModel());
        valuesTester = std::make_unique<QAbstractItemModelTester>(page->valueMapModel());
    }

    bool loadInvoices()
    {
        QSignalSpy loaded(page.get(), &ui::MappingPage::boardsLoaded);
        page->loadBoards();
        if (!loaded.wait(10000))
            return false;
        QSignalSpy sampled(page.get(), &ui::MappingPage::sampleLoaded);
        page->selectEntity(BcEntity::PurchaseInvoices);
        page->selectBoard(env.invoicesBoard);
        return sampled.wait(10000);
    }

    QModelIndex columnIndex(const char* columnId) const
    {
        return page->columnModel()->index(page->columnModel()->rowOf(QString::fromLatin1(columnId)), 0);
    }

    std::unique_ptr<QMimeData> dragOf(const QString& field) const
    {
        ui::FieldListModel* fields = page->fieldModel();
        return std::unique_ptr<QMimeData>(fields->mimeData({fields->index(fields->rowOf(field), 0)}));
    }

    const ColumnMapping* mappedTo(const QString& columnId) const
    {
        for (const ColumnMapping& column : page->editedMapping().columns) {
            if (column.column == columnId)
                return &column;
        }
        return nullptr;
    }

    SyncLoopback env;
    QTemporaryDir dataDir;
    ui::ProfileDraft draft;
    MemoryCredentialStore secrets;
    std::unique_ptr<ui::MappingPage> page;
    std::unique_ptr<QAbstractItemModelTester> fieldsTester;
    std::unique_ptr<QAbstractItemModelTester> columnsTester;
    std::unique_ptr<QAbstractItemModelTester> valuesTester;
};

} // namespace

class tst_MappingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void aFieldDroppedOnAColumnIsMapped()
    {
        Rig rig;
        QVERIFY(rig.loadInvoices());
        QCOMPARE(rig.page->editedMapping().boardId, rig.env.invoicesBoard);
        QCOMPARE(rig.page->editedMapping().bcIdColumn, QStringLiteral("bc_id")); // the "BC id" text column
        // The sample column holds a real invoice's values.
        ui::FieldListModel* fields = rig.page->fieldModel();
        const QModelIndex numberSample =
            fields->index(fields->rowOf(QStringLiteral("number")), ui::FieldListModel::SampleColumn);
        QVERIFY(!numberSample.data().toString().isEmpty());

        ui::ColumnMappingModel* columns = rig.page->columnModel();
        const std::unique_ptr<QMimeData> drag = rig.dragOf(kAmountField);
        QVERIFY(columns->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, rig.columnIndex("amount")));
        QVERIFY(columns->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, rig.columnIndex("amount")));
        QVERIFY(rig.mappedTo(QStringLiteral("amount")));
        QCOMPARE(rig.mappedTo(QStringLiteral("amount"))->field, kAmountField);
        QCOMPARE(
            rig.columnIndex("amount").siblingAtColumn(ui::ColumnMappingModel::FieldColumn).data().toString(),
            kAmountField);

        // A board_relation column gets the entity its field points to.
        const std::unique_ptr<QMimeData> vendor = rig.dragOf(QStringLiteral("vendorId"));
        QVERIFY(columns->dropMimeData(vendor.get(), Qt::CopyAction, -1, -1, rig.columnIndex("vendor")));
        QCOMPARE(rig.mappedTo(QStringLiteral("vendor"))->linkTo, std::optional<BcEntity>(BcEntity::Vendors));

        // The preview shows the sample invoice as the board would hold it.
        auto* preview = rig.page->findChild<QTableWidget*>(QStringLiteral("preview"));
        QCOMPARE(preview->item(0, 1)->text(), numberSample.data().toString());
        QCOMPARE(preview->rowCount(), 3); // item name, amount, vendor
    }

    void anIncompatibleDropIsRefusedWithItsReason()
    {
        Rig rig;
        QVERIFY(rig.loadInvoices());
        ui::ColumnMappingModel* columns = rig.page->columnModel();
        QSignalSpy refused(columns, &ui::ColumnMappingModel::dropRefused);
        const std::unique_ptr<QMimeData> drag = rig.dragOf(QStringLiteral("dueDate"));

        // Before the drop: the dragged field marks the columns it cannot go into, with the reason.
        columns->setCandidateField(QStringLiteral("dueDate"));
        const QString reason = rig.columnIndex("amount").data(ui::ColumnMappingModel::RefusalRole).toString();
        QVERIFY2(reason.contains(QLatin1String("dueDate")), qPrintable(reason));
        QVERIFY(rig.columnIndex("due").data(ui::ColumnMappingModel::RefusalRole).toString().isEmpty());
        columns->setCandidateField(QString());

        QVERIFY(!columns->canDropMimeData(drag.get(), Qt::CopyAction, -1, -1, rig.columnIndex("amount")));
        QVERIFY(!columns->dropMimeData(drag.get(), Qt::CopyAction, -1, -1, rig.columnIndex("amount")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), reason);
        QVERIFY(!rig.mappedTo(QStringLiteral("amount")));
        QCOMPARE(rig.page->findChild<QLabel*>(QStringLiteral("mappingFeedback"))->text(), reason);

        // The BC id column is the connector's own.
        const std::unique_ptr<QMimeData> number = rig.dragOf(QStringLiteral("number"));
        QVERIFY(!columns->dropMimeData(number.get(), Qt::CopyAction, -1, -1, rig.columnIndex("bc_id")));
        QCOMPARE(refused.count(), 2);
    }

    void theKeyboardMapsTheSelectedFieldToTheSelectedColumn()
    {
        Rig rig;
        QVERIFY(rig.loadInvoices());
        rig.page->show();
        QVERIFY(QTest::qWaitForWindowActive(rig.page.get()));
        ui::FieldListModel* fields = rig.page->fieldModel();
        rig.page->fieldView()->setCurrentIndex(fields->index(fields->rowOf(QStringLiteral("number")), 0));
        rig.page->columnView()->setCurrentIndex(rig.columnIndex("invoice_no"));
        rig.page->fieldView()->setFocus();
        QTest::keyClick(rig.page->fieldView(), Qt::Key_M, Qt::ControlModifier);
        QVERIFY(rig.mappedTo(QStringLiteral("invoice_no")));
        QCOMPARE(rig.mappedTo(QStringLiteral("invoice_no"))->field, QStringLiteral("number"));

        // Delete on the column takes it back; the keyboard refuses what a drop refuses.
        rig.page->columnView()->setFocus();
        QTest::keyClick(rig.page->columnView(), Qt::Key_Delete);
        QVERIFY(!rig.mappedTo(QStringLiteral("invoice_no")));
        rig.page->fieldView()->setCurrentIndex(fields->index(fields->rowOf(QStringLiteral("dueDate")), 0));
        rig.page->columnView()->setCurrentIndex(rig.columnIndex("amount"));
        rig.page->mapSelected();
        QVERIFY(!rig.mappedTo(QStringLiteral("amount")));
        QVERIFY(rig.page->findChild<QLabel*>(QStringLiteral("mappingFeedback"))
                    ->text()
                    .contains(QLatin1String("dueDate")));
    }

    void aValueMapIsEditedAndMissingLabelsAreFlagged()
    {
        Rig rig;
        QVERIFY(rig.loadInvoices());
        ui::FieldListModel* fields = rig.page->fieldModel();
        rig.page->fieldView()->setCurrentIndex(fields->index(fields->rowOf(QStringLiteral("status")), 0));
        rig.page->columnView()->setCurrentIndex(rig.columnIndex("status"));
        rig.page->mapSelected();
        ui::ValueMapModel* values = rig.page->valueMapModel();
        const BcField* status =
            BcEntityCatalogue::field(BcEntity::PurchaseInvoices, QStringLiteral("status"));
        QCOMPARE(values->rowCount(), status->members.size());
        // Every value reads as its decoded text, which the test board has as labels.
        QVERIFY(values->missingLabels().isEmpty());
        QCOMPARE(values->index(0, ui::ValueMapModel::BcValueColumn).data().toString(),
                 status->members.first().displayText);

        const QModelIndex label = values->index(0, ui::ValueMapModel::LabelColumn);
        QVERIFY(values->setData(label, QStringLiteral("Waiting for Finance")));
        QVERIFY(label.data(ui::ValueMapModel::MissingRole).toBool());
        QCOMPARE(values->missingLabels(), QStringList{QStringLiteral("Waiting for Finance")});
        QVERIFY(rig.page->findChild<QLabel*>(QStringLiteral("missingLabels"))
                    ->text()
                    .contains(QLatin1String("Waiting for Finance")));

        // Or the connector creates it with the first record that needs it.
        auto* createLabels = rig.page->findChild<QCheckBox*>(QStringLiteral("createLabels"));
        QVERIFY(createLabels->isEnabled());
        createLabels->setChecked(true);
        QVERIFY(rig.mappedTo(QStringLiteral("status"))->createLabels);
        QVERIFY(rig.page->findChild<QLabel*>(QStringLiteral("missingLabels"))
                    ->text()
                    .contains(QLatin1String("created")));

        const QString boardLabel = status->members.last().displayText;
        QVERIFY(values->setData(label, boardLabel));
        QVERIFY(!label.data(ui::ValueMapModel::MissingRole).toBool());
        QCOMPARE(rig.mappedTo(QStringLiteral("status"))->values,
                 (QMap<QString, QString>{{status->members.first().wireValue, boardLabel}}));
    }

    // A board without a text column for the id gets one from the editor.
    void aBcIdColumnIsCreatedOnTheBoard()
    {
        Rig rig;
        QVERIFY(rig.loadInvoices());
        const int columnsBefore = rig.page->columnModel()->rowCount();
        QSignalSpy created(rig.page.get(), &ui::MappingPage::bcIdColumnCreated);
        rig.page->createBcIdColumn();
        QVERIFY(created.wait(10000));
        const QString columnId = created.first().first().toString();
        QVERIFY(rig.env.monday.store().board(rig.env.invoicesBoard)->column(columnId));
        QCOMPARE(rig.page->editedMapping().bcIdColumn, columnId);
        QCOMPARE(rig.page->columnModel()->rowCount(), columnsBefore + 1);
    }

    void theDryRunCountsWhatWouldBeWrittenAndSavingStoresTheMapping()
    {
        Rig rig;
        QVERIFY(rig.loadInvoices());
        ui::ColumnMappingModel* columns = rig.page->columnModel();
        const std::unique_ptr<QMimeData> amount = rig.dragOf(kAmountField);
        QVERIFY(columns->dropMimeData(amount.get(), Qt::CopyAction, -1, -1, rig.columnIndex("amount")));

        QSignalSpy finished(rig.page.get(), &ui::MappingPage::dryRunFinished);
        rig.page->runDryRun();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().first().value<MappingDryRun::Outcome>();
        const int invoices = int(rig.env.bcRecords(BcEntity::PurchaseInvoices).size());
        QVERIFY(outcome.result.error.isEmpty());
        QCOMPARE(outcome.result.poll.creates, invoices);
        QCOMPARE(rig.env.mutations(QStringLiteral("create_item")), 0); // nothing written
        const QString shown = rig.page->findChild<QLabel*>(QStringLiteral("dryRunResult"))->text();
        QVERIFY2(shown.contains(QString::number(invoices)), qPrintable(shown));

        QSignalSpy saved(rig.page.get(), &ui::MappingPage::saved);
        rig.page->save();
        QCOMPARE(saved.count(), 1);
        QVERIFY(saved.first().first().toBool());
        QString error;
        const auto database =
            Database::openReadOnly(rig.dataDir.path(), QStringLiteral("test"), rig.env.bc.clock, &error);
        QVERIFY2(database, qPrintable(error));
        const ProfileReadResult stored = ProfileReader::read(
            SettingsStore(*database).value(QStringLiteral("profile")).value_or(QByteArray()));
        QVERIFY(stored.ok());
        const Mapping* invoicesMapping = stored.profile->mappingFor(BcEntity::PurchaseInvoices);
        QVERIFY(invoicesMapping);
        QCOMPARE(*invoicesMapping, rig.page->editedMapping());
    }
};

QTEST_MAIN(tst_MappingPage)
#include "tst_mapping_page.moc"
