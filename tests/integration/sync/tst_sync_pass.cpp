// One sync pass end to end, over loopback against both simulators on one fake clock: a first sync makes
// exactly one item per BC record with every mapped column right, a second makes no mutation, N changed
// records make N mutations touching only what changed, and a posted invoice updates its own item.

#include "SyncChecks.h"
#include "bc/BcEnumCodec.h"
#include "monday/MondayDocuments.h"
#include "store/AuditLog.h"
#include "store/LinkStore.h"
#include "sync/SyncPass.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;

namespace {

QStringList changedColumnsOf(const sandbox::MondayRequestRecord& record)
{
    const QString encoded = record.variables.toObject().value(QStringLiteral("columnValues")).toString();
    QStringList columns = QJsonDocument::fromJson(encoded.toUtf8()).object().keys();
    columns.sort();
    return columns;
}

} // namespace

class tst_SyncPass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aFirstSyncMakesOneItemPerRecordWithEveryColumnRight();
    void everySeededEntitySyncsToOneRightItemPerRecord();
    void aSecondSyncMakesNoMutation();
    void changedRecordsMakeOneMutationEachWithOnlyTheirChanges();
    void aPostedInvoiceUpdatesItsItem();
    void linkedMappingsAreSyncedFirst();
    void aRecordWaitingForItsVendorIsWrittenOnceTheVendorLands();
    void aDeletedRecordIsArchivedOrDeletedAsItsMappingSays();
    void aSweepThatWouldEmptyABoardRemovesNothing();
    void aFirstPassAdoptsTheItemsAlreadyOnTheBoard();
    void reconcileRestoresWhatWasChangedOnTheBoardByHand();
};

void tst_SyncPass::initTestCase()
{
    qRegisterMetaType<SyncPass::MappingResult>();
    // Hundreds of requests a test: their debug lines would drown the failures.
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
}

void tst_SyncPass::aFirstSyncMakesOneItemPerRecordWithEveryColumnRight()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QVERIFY(env.database);
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, {env.invoicesMapping(), env.vendorsMapping()}, &results));

    const QList<QJsonObject>& vendors = env.bcRecords(BcEntity::Vendors);
    const QList<QJsonObject>& invoices = env.bcRecords(BcEntity::PurchaseInvoices);
    QVERIFY(vendors.size() >= 40);
    QVERIFY(invoices.size() >= 100);
    bool unique = false;
    const auto vendorItems = itemsByBcId(env, env.vendorsBoard, &unique);
    QVERIFY(unique);
    QCOMPARE(vendorItems.size(), vendors.size());
    const auto invoiceItems = itemsByBcId(env, env.invoicesBoard, &unique);
    QVERIFY(unique);
    QCOMPARE(invoiceItems.size(), invoices.size());
    QCOMPARE(env.mutations(QStringLiteral("create_item")), vendors.size() + invoices.size());

    for (const QJsonObject& vendor : vendors) {
        const sandbox::MondayItem* item = vendorItems.value(vendor.value(QStringLiteral("id")).toString());
        QVERIFY(item);
        QCOMPARE(item->name, vendor.value(QStringLiteral("displayName")).toString());
        QCOMPARE(cellText(item, QStringLiteral("vendor_no")),
                 vendor.value(QStringLiteral("number")).toString());
    }
    for (const QJsonObject& invoice : invoices) {
        const QString id = invoice.value(QStringLiteral("id")).toString();
        const sandbox::MondayItem* item = invoiceItems.value(id);
        QVERIFY2(item, qPrintable(id));
        QCOMPARE(item->name, invoice.value(QStringLiteral("number")).toString());
        QCOMPARE(item->cells.value(QStringLiteral("amount")).text.toString().toDouble(),
                 invoice.value(QStringLiteral("totalAmountIncludingTax")).toDouble());
        const QString due = invoice.value(QStringLiteral("dueDate")).toString();
        QCOMPARE(item->cells.value(QStringLiteral("due")).typed.value(QStringLiteral("date")).toString(),
                 due == QLatin1String("0001-01-01") ? QString() : due);
        const QString status = invoice.value(QStringLiteral("status")).toString();
        QCOMPARE(item->cells.value(QStringLiteral("status")).typed.value(QStringLiteral("label")).toString(),
                 BcEnumCodec::displayText(BcEntity::PurchaseInvoices, QStringLiteral("status"), status));
        // The vendor link points at the vendor's own item.
        const QString vendorId = invoice.value(QStringLiteral("vendorId")).toString();
        const QJsonArray linked = item->cells.value(QStringLiteral("vendor"))
                                      .typed.value(QStringLiteral("linked_item_ids"))
                                      .toArray();
        if (vendorItems.contains(vendorId)) {
            QCOMPARE(linked.size(), 1);
            QCOMPARE(linked.first().toVariant().toString(), vendorItems.value(vendorId)->id);
        }
    }
    for (const SyncPass::MappingResult& result : results) {
        QCOMPARE(result.poll.failed, 0);
        QCOMPARE(result.failed, 0);
    }
}

namespace {

// A board for any entity: its number, an amount, a date and its status when it has them, and a link to
// its vendor or customer.
struct EntityBoard
{
    Mapping mapping;
    QString amountField;
    QString dateField;
    QString linkField; // vendorId or customerId
    BcEntity linkTo = BcEntity::Vendors;
};

EntityBoard boardFor(SyncLoopback& env, BcEntity entity, const QHash<BcEntity, QString>& boards)
{
    using sandbox::MondayColumn;
    EntityBoard board;
    const bool isParty = entity == BcEntity::Vendors || entity == BcEntity::Customers;
    board.amountField = entity == BcEntity::Vendors     ? QStringLiteral("balance")
                        : entity == BcEntity::Customers ? QStringLiteral("balanceDue")
                                                        : QStringLiteral("totalAmountIncludingTax");
    board.dateField = isParty ? QString()
                      : (entity == BcEntity::PurchaseOrders || entity == BcEntity::SalesOrders)
                          ? QStringLiteral("orderDate")
                          : QStringLiteral("dueDate");
    const bool bought = entity == BcEntity::PurchaseInvoices || entity == BcEntity::PurchaseOrders;
    board.linkField = isParty  ? QString()
                      : bought ? QStringLiteral("vendorId")
                               : QStringLiteral("customerId");
    board.linkTo = bought ? BcEntity::Vendors : BcEntity::Customers;

    QList<MondayColumn> columns{
        {QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("name"), {}},
        {QStringLiteral("bc_id"), QStringLiteral("BC id"), QStringLiteral("text"), {}},
        {QStringLiteral("number"), QStringLiteral("Number"), QStringLiteral("text"), {}},
        {QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("numbers"), {}}};
    Mapping& mapping = board.mapping;
    mapping.entity = entity;
    mapping.itemName = BcEntityCatalogue::info(entity).nameField;
    mapping.bcIdColumn = QStringLiteral("bc_id");
    mapping.columns = {{QStringLiteral("number"), QStringLiteral("number"), {}, std::nullopt},
                       {board.amountField, QStringLiteral("amount"), {}, std::nullopt}};
    if (!board.dateField.isEmpty()) {
        columns.append({QStringLiteral("date"), QStringLiteral("Date"), QStringLiteral("date"), {}});
        mapping.columns.append({board.dateField, QStringLiteral("date"), {}, std::nullopt});
    }
    if (const BcField* status = BcEntityCatalogue::field(entity, QStringLiteral("status"));
        status && status->isEnum()) {
        QJsonObject labels;
        for (qsizetype i = 0; i < status->members.size(); ++i)
            labels.insert(QString::number(i), status->members.at(i).displayText);
        columns.append({QStringLiteral("status"), QStringLiteral("Status"), QStringLiteral("status"),
                        QJsonObject{{QStringLiteral("labels"), labels}}});
        mapping.columns.append({QStringLiteral("status"), QStringLiteral("status"), {}, std::nullopt});
    }
    if (!board.linkField.isEmpty()) {
        columns.append(
            {QStringLiteral("party"), QStringLiteral("Party"), QStringLiteral("board_relation"),
             QJsonObject{{QStringLiteral("boardIds"), QJsonArray{boards.value(board.linkTo).toLongLong()}}}});
        mapping.columns.append({board.linkField, QStringLiteral("party"), {}, board.linkTo});
    }
    mapping.boardId = env.monday.store().addBoard(
        BcEntities::toString(entity), columns,
        {{QStringLiteral("topics"), QStringLiteral("Items"), QStringLiteral("#579bfc")}});
    return board;
}

} // namespace

void tst_SyncPass::everySeededEntitySyncsToOneRightItemPerRecord()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QHash<BcEntity, QString> boards;
    QList<EntityBoard> entityBoards;
    for (BcEntity entity : {BcEntity::Vendors, BcEntity::Customers, BcEntity::PurchaseInvoices,
                            BcEntity::SalesInvoices, BcEntity::PurchaseOrders, BcEntity::SalesOrders}) {
        entityBoards.append(boardFor(env, entity, boards));
        boards.insert(entity, entityBoards.last().mapping.boardId);
    }
    QList<Mapping> mappings;
    for (const EntityBoard& board : entityBoards)
        mappings.append(board.mapping);
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, mappings, &results));

    QHash<BcEntity, QHash<QString, const sandbox::MondayItem*>> itemsOf;
    for (const EntityBoard& board : entityBoards) {
        const BcEntity entity = board.mapping.entity;
        const QString name = BcEntities::toString(entity);
        bool unique = false;
        itemsOf.insert(entity, itemsByBcId(env, board.mapping.boardId, &unique));
        const QHash<QString, const sandbox::MondayItem*>& items = itemsOf.value(entity);
        QVERIFY2(unique, qPrintable(name));
        const QList<QJsonObject>& records = env.bcRecords(entity);
        QVERIFY2(!records.isEmpty(), qPrintable(name));
        QCOMPARE(items.size(), records.size());
        for (const QJsonObject& record : records) {
            const sandbox::MondayItem* item = items.value(record.value(QStringLiteral("id")).toString());
            QVERIFY2(item, qPrintable(name));
            QCOMPARE(item->name, record.value(board.mapping.itemName).toString());
            QCOMPARE(cellText(item, QStringLiteral("number")),
                     record.value(QStringLiteral("number")).toString());
            QCOMPARE(cellText(item, QStringLiteral("amount")).toDouble(),
                     record.value(board.amountField).toDouble());
            if (!board.dateField.isEmpty()) {
                // BC's empty date leaves the column empty (contract §5).
                const QString date = record.value(board.dateField).toString();
                QCOMPARE(cellText(item, QStringLiteral("date")),
                         date == QLatin1String("0001-01-01") ? QString() : date);
            }
            if (BcEntityCatalogue::field(entity, QStringLiteral("status"))) {
                QCOMPARE(cellText(item, QStringLiteral("status")),
                         BcEnumCodec::displayText(entity, QStringLiteral("status"),
                                                  record.value(QStringLiteral("status")).toString()));
            }
            if (!board.linkField.isEmpty()) {
                const QJsonArray linked = item->cells.value(QStringLiteral("party"))
                                              .typed.value(QStringLiteral("linked_item_ids"))
                                              .toArray();
                QCOMPARE(linked.size(), 1);
                QCOMPARE(linked.first().toVariant().toString(),
                         itemsOf.value(board.linkTo).value(record.value(board.linkField).toString())->id);
            }
        }
    }
    for (const SyncPass::MappingResult& result : results)
        QCOMPARE(result.failed + result.poll.failed + result.poll.deferred, 0);
}

void tst_SyncPass::aSecondSyncMakesNoMutation()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}));
    const int mutationsBefore = env.mutations(QStringLiteral("create_item")) +
                                env.mutations(QStringLiteral("change_multiple_column_values"));
    env.bc.clock.advance(std::chrono::minutes(5));
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}, &results));
    QCOMPARE(env.mutations(QStringLiteral("create_item")) +
                 env.mutations(QStringLiteral("change_multiple_column_values")),
             mutationsBefore);
    for (const SyncPass::MappingResult& result : results)
        QCOMPARE(result.poll.planned(), 0);
}

void tst_SyncPass::changedRecordsMakeOneMutationEachWithOnlyTheirChanges()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}));
    env.bc.clock.advance(std::chrono::minutes(5));
    env.monday.clearRequests();

    const QList<QJsonObject> invoices = env.bcRecords(BcEntity::PurchaseInvoices);
    QStringList changed;
    for (int i = 0; i < 3; ++i) {
        const QString id = invoices.at(i * 7).value(QStringLiteral("id")).toString();
        QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::PurchaseInvoices, id,
                                        {{QStringLiteral("totalAmountIncludingTax"), 1000.25 + i}}));
        changed.append(id);
        env.bc.clock.advance(std::chrono::seconds(1));
    }
    QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}));

    QCOMPARE(env.mutations(QStringLiteral("create_item")), 0);
    QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")), 3);
    for (const sandbox::MondayRequestRecord& record : env.monday.requests()) {
        if (record.rootFields.contains(QStringLiteral("change_multiple_column_values")))
            QCOMPARE(changedColumnsOf(record), QStringList{QStringLiteral("amount")});
    }
    bool unique = false;
    const auto items = itemsByBcId(env, env.invoicesBoard, &unique);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(items.value(changed.at(i))->cells.value(QStringLiteral("amount")).text.toString().toDouble(),
                 1000.25 + i);
}

void tst_SyncPass::aPostedInvoiceUpdatesItsItem()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QString draftId;
    for (const QJsonObject& invoice : env.bcRecords(BcEntity::PurchaseInvoices)) {
        if (invoice.value(QStringLiteral("status")).toString() == QLatin1String("Draft")) {
            draftId = invoice.value(QStringLiteral("id")).toString();
            break;
        }
    }
    QVERIFY(!draftId.isEmpty());
    QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}));
    bool unique = false;
    const sandbox::MondayItem* draftItem = itemsByBcId(env, env.invoicesBoard, &unique).value(draftId);
    QVERIFY(draftItem);
    const QString itemId = draftItem->id;
    const int itemsBefore = int(env.monday.store().board(env.invoicesBoard)->items.size());

    env.bc.clock.advance(std::chrono::minutes(5));
    QVERIFY(env.bc.api.postDraftInvoice(env.bc.companyId(), BcEntity::PurchaseInvoices, draftId));
    env.monday.clearRequests();
    QVERIFY(runPass(env, {env.vendorsMapping(), env.invoicesMapping()}));

    QCOMPARE(env.mutations(QStringLiteral("create_item")), 0);
    QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")), 1);
    QCOMPARE(int(env.monday.store().board(env.invoicesBoard)->items.size()), itemsBefore);
    const sandbox::MondayItem* item = env.monday.store().item(itemId);
    QString postedNumber;
    for (const QJsonObject& invoice : env.bcRecords(BcEntity::PurchaseInvoices)) {
        if (invoice.value(QStringLiteral("id")).toString() == draftId)
            postedNumber = invoice.value(QStringLiteral("number")).toString();
    }
    QCOMPARE(item->name, postedNumber);
    QCOMPARE(cellText(item, QStringLiteral("invoice_no")), postedNumber);
    QCOMPARE(item->cells.value(QStringLiteral("status")).typed.value(QStringLiteral("label")).toString(),
             QStringLiteral("Open"));
}

void tst_SyncPass::linkedMappingsAreSyncedFirst()
{
    const SyncLoopback env;
    const QList<Mapping> ordered = SyncPass::inLinkOrder({env.invoicesMapping(), env.vendorsMapping()});
    QCOMPARE(ordered.at(0).entity, BcEntity::Vendors);
    QCOMPARE(ordered.at(1).entity, BcEntity::PurchaseInvoices);
}

void tst_SyncPass::aRecordWaitingForItsVendorIsWrittenOnceTheVendorLands()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    const QList<Mapping> both{env.vendorsMapping(), env.invoicesMapping()};
    // Invoices first, alone: their vendors have no items yet, so every invoice waits.
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, {env.invoicesMapping()}, &results, both));
    const int invoices = int(env.bcRecords(BcEntity::PurchaseInvoices).size());
    QCOMPARE(results.first().poll.deferred, invoices);
    QCOMPARE(env.mutations(QStringLiteral("create_item")), 0);

    // The vendors land; nothing about the invoices changes in BC, yet the next pass writes them all.
    QVERIFY(runPass(env, {env.vendorsMapping()}, nullptr, both));
    env.bc.clock.advance(std::chrono::minutes(5));
    QVERIFY(runPass(env, {env.invoicesMapping()}, &results, both));
    bool unique = false;
    const auto items = itemsByBcId(env, env.invoicesBoard, &unique);
    QVERIFY(unique);
    QCOMPARE(items.size(), invoices);
    const auto vendorItems = itemsByBcId(env, env.vendorsBoard, &unique);
    for (const QJsonObject& invoice : env.bcRecords(BcEntity::PurchaseInvoices)) {
        const sandbox::MondayItem* item = items.value(invoice.value(QStringLiteral("id")).toString());
        const QJsonArray linked = item->cells.value(QStringLiteral("vendor"))
                                      .typed.value(QStringLiteral("linked_item_ids"))
                                      .toArray();
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().toVariant().toString(),
                 vendorItems.value(invoice.value(QStringLiteral("vendorId")).toString())->id);
    }
    // Nothing waits any more: a further pass reads nothing again and writes nothing.
    env.monday.clearRequests();
    QVERIFY(runPass(env, {env.invoicesMapping()}, &results, both));
    QCOMPARE(results.first().poll.deferred, 0);
    QCOMPARE(env.mutations(QStringLiteral("create_item")) +
                 env.mutations(QStringLiteral("change_multiple_column_values")),
             0);
}

void tst_SyncPass::aDeletedRecordIsArchivedOrDeletedAsItsMappingSays()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    Mapping vendors = env.vendorsMapping();
    vendors.onDelete = OnDelete::Delete;
    const QList<Mapping> both{vendors, env.invoicesMapping()};
    QVERIFY(runPass(env, both));
    const QString company = env.bc.companyId();
    const QString invoice =
        env.bcRecords(BcEntity::PurchaseInvoices).first().value(QStringLiteral("id")).toString();
    // A vendor no invoice names, so the invoices' links stay whole.
    QSet<QString> named;
    for (const QJsonObject& record : env.bcRecords(BcEntity::PurchaseInvoices))
        named.insert(record.value(QStringLiteral("vendorId")).toString());
    QString vendor;
    for (const QJsonObject& record : env.bcRecords(BcEntity::Vendors)) {
        if (!named.contains(record.value(QStringLiteral("id")).toString()))
            vendor = record.value(QStringLiteral("id")).toString();
    }
    QVERIFY(!vendor.isEmpty());
    bool unique = false;
    const QString invoiceItem = itemsByBcId(env, env.invoicesBoard, &unique).value(invoice)->id;
    QVERIFY(env.bc.api.deleteRecord(company, BcEntity::PurchaseInvoices, invoice));
    QVERIFY(env.bc.api.deleteRecord(company, BcEntity::Vendors, vendor));

    // Within the hour since the first pass's sweep nothing looks for deletions: a delta poll sees none.
    env.bc.clock.advance(std::chrono::minutes(5));
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, both, &results));
    QVERIFY(!results.first().sweep);
    QCOMPARE(results.last().archived, 0);

    env.bc.clock.advance(std::chrono::minutes(60));
    env.monday.clearRequests();
    QVERIFY(runPass(env, both, &results));
    QVERIFY(results.first().sweep);
    QCOMPARE(results.first().archived, 1);
    QCOMPARE(results.last().archived, 1);
    QCOMPARE(env.mutations(QStringLiteral("archive_item")), 1);
    QCOMPARE(env.mutations(QStringLiteral("delete_item")), 1);
    QCOMPARE(env.monday.store().item(invoiceItem)->state, QStringLiteral("archived"));
    QCOMPARE(itemsByBcId(env, env.vendorsBoard, &unique).value(vendor)->state, QStringLiteral("deleted"));
    QVERIFY(!LinkStore(*env.database)
                 .findByRecord(QStringLiteral("purchaseInvoices"), env.invoicesBoard, invoice));
    AuditFilter filter;
    filter.event = AuditEvent::Archived;
    QString error;
    const QList<AuditEntry> archived =
        AuditLog(*env.database).query(filter, &error).value_or(QList<AuditEntry>());
    QCOMPARE(archived.size(), 1);
    QCOMPARE(archived.first().bcId, invoice);
    QCOMPARE(archived.first().itemId, invoiceItem);

    // Gone is gone: the next sweep finds nothing more to remove.
    env.bc.clock.advance(std::chrono::minutes(61));
    env.monday.clearRequests();
    QVERIFY(runPass(env, both, &results));
    QVERIFY(results.first().sweep);
    QCOMPARE(results.first().archived + results.last().archived, 0);
    QCOMPARE(env.mutations(QStringLiteral("archive_item")) + env.mutations(QStringLiteral("delete_item")), 0);
}

void tst_SyncPass::aSweepThatWouldEmptyABoardRemovesNothing()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QVERIFY(runPass(env, {env.vendorsMapping()}));
    // Most vendors vanish at once: more like a wrong company or a lost permission than deletions.
    const QList<QJsonObject> vendors = env.bcRecords(BcEntity::Vendors);
    for (qsizetype i = 0; i < vendors.size() * 3 / 4; ++i)
        QVERIFY(env.bc.api.deleteRecord(env.bc.companyId(), BcEntity::Vendors,
                                        vendors.at(i).value(QStringLiteral("id")).toString()));
    env.bc.clock.advance(std::chrono::minutes(61));
    env.monday.clearRequests();
    QList<SyncPass::MappingResult> results;
    QVERIFY(!runPass(env, {env.vendorsMapping()}, &results));
    QVERIFY2(results.first().error.startsWith(QStringLiteral("Nothing was removed")),
             qPrintable(results.first().error));
    QCOMPARE(results.first().failure, SyncFailure::Mapping);
    QCOMPARE(env.mutations(QStringLiteral("archive_item")), 0);
    QCOMPARE(int(env.monday.store().board(env.vendorsBoard)->items.size()), int(vendors.size()));
}

void tst_SyncPass::aFirstPassAdoptsTheItemsAlreadyOnTheBoard()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    const QList<Mapping> both{env.vendorsMapping(), env.invoicesMapping()};
    QVERIFY(runPass(env, both));
    const int items = int(env.monday.store().board(env.vendorsBoard)->items.size() +
                          env.monday.store().board(env.invoicesBoard)->items.size());
    // The first pass read the (empty) boards; that was their adoption, so the next does not read them.
    env.bc.clock.advance(std::chrono::minutes(5));
    env.monday.clearRequests();
    QVERIFY(runPass(env, both));
    QCOMPARE(env.boardScans(), 0);
    // The state folder is lost (a new workstation, a restore) while the boards keep their items; one
    // vendor's balance is edited by hand meanwhile.
    const QJsonObject vendor = env.bcRecords(BcEntity::Vendors).first();
    QVERIFY(env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors,
                                    vendor.value(QStringLiteral("id")).toString(),
                                    {{QStringLiteral("balance"), 4242.5}}));
    QTemporaryDir otherFolder;
    QString error;
    env.database = Database::open(otherFolder.path(), QStringLiteral("engine"), env.bc.clock, &error);
    QVERIFY2(env.database, qPrintable(error));
    env.monday.clearRequests();

    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, both, &results));
    QCOMPARE(env.boardScans(), 2);
    QCOMPARE(env.mutations(QStringLiteral("create_item")), 0);
    QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")), 1);
    QCOMPARE(int(env.monday.store().board(env.vendorsBoard)->items.size() +
                 env.monday.store().board(env.invoicesBoard)->items.size()),
             items);
    bool unique = false;
    QCOMPARE(
        cellText(
            itemsByBcId(env, env.vendorsBoard, &unique).value(vendor.value(QStringLiteral("id")).toString()),
            QStringLiteral("balance")),
        QStringLiteral("4242.5"));
    AuditFilter filter;
    filter.event = AuditEvent::Adopted;
    filter.limit = AuditFilter::maximumLimit;
    QCOMPARE(AuditLog(*env.database).query(filter, &error).value_or(QList<AuditEntry>()).size(), items);
    // Adopted once: the next pass does not read the boards' items again, and writes nothing.
    env.bc.clock.advance(std::chrono::minutes(5));
    env.monday.clearRequests();
    QVERIFY(runPass(env, both, &results));
    QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")), 0);
    QCOMPARE(env.boardScans(), 0);
}

void tst_SyncPass::reconcileRestoresWhatWasChangedOnTheBoardByHand()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    const QList<Mapping> both{env.vendorsMapping(), env.invoicesMapping()};
    const QString notes = env.monday.store().addColumn(
        env.vendorsBoard, {QStringLiteral("notes"), QStringLiteral("Notes"), QStringLiteral("text"), {}});
    QVERIFY(!notes.isEmpty());
    QVERIFY(runPass(env, both));
    bool unique = false;
    const auto vendors = itemsByBcId(env, env.vendorsBoard, &unique);
    const QJsonObject vendor = env.bcRecords(BcEntity::Vendors).first();
    const QString vendorItem = vendors.value(vendor.value(QStringLiteral("id")).toString())->id;
    const QString balance =
        cellText(vendors.value(vendor.value(QStringLiteral("id")).toString()), QStringLiteral("balance"));
    const QJsonObject invoice = env.bcRecords(BcEntity::PurchaseInvoices).first();
    const QString invoiceItem = itemsByBcId(env, env.invoicesBoard, &unique)
                                    .value(invoice.value(QStringLiteral("id")).toString())
                                    ->id;

    // By hand on the boards: a mapped number and the name changed, an unmapped note added, an item deleted.
    const QDateTime now = env.bc.clock.nowUtc();
    auto& store = env.monday.store();
    QVERIFY(store.setCell(vendorItem, QStringLiteral("balance"),
                          sandbox::MondayCellValue::numbers(QStringLiteral("1")), now));
    QVERIFY(store.setItemName(vendorItem, QStringLiteral("Renamed by hand"), now));
    QVERIFY(store.setCell(vendorItem, notes, sandbox::MondayCellValue::plainText(QStringLiteral("call back")),
                          now));
    QVERIFY(store.setItemState(invoiceItem, QStringLiteral("deleted"), now));
    env.bc.clock.advance(std::chrono::minutes(5));
    env.monday.clearRequests();

    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, both, &results, {}, {}, true));
    QVERIFY(results.first().drift);
    QCOMPARE(results.first().drift->drifted, 1);
    QCOMPARE(results.first().drift->columns,
             (QSet<QString>{QStringLiteral("name"), QStringLiteral("balance")}));
    QCOMPARE(results.last().drift->missing, 1);
    QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")), 1);
    QCOMPARE(env.mutations(QStringLiteral("create_item")), 1);
    const sandbox::MondayItem* restored = store.item(vendorItem);
    QCOMPARE(restored->name, vendor.value(QStringLiteral("displayName")).toString());
    QCOMPARE(restored->cells.value(QStringLiteral("balance")).text.toString(), balance);
    QCOMPARE(restored->cells.value(notes).text.toString(), QStringLiteral("call back"));
    const auto invoices = itemsByBcId(env, env.invoicesBoard, &unique);
    QVERIFY(invoices.value(invoice.value(QStringLiteral("id")).toString())->id != invoiceItem);
    AuditFilter filter;
    filter.event = AuditEvent::Drifted;
    QString error;
    QCOMPARE(AuditLog(*env.database).query(filter, &error).value_or(QList<AuditEntry>()).size(), 2);

    // Restored: reconciling again finds nothing.
    env.bc.clock.advance(std::chrono::minutes(5));
    env.monday.clearRequests();
    QVERIFY(runPass(env, both, &results, {}, {}, true));
    QCOMPARE(results.first().drift->drifted + results.last().drift->drifted + results.last().drift->missing,
             0);
    QCOMPARE(env.mutations(QStringLiteral("change_multiple_column_values")) +
                 env.mutations(QStringLiteral("create_item")),
             0);

    // Deleted by hand a second time, it comes back a second time.
    QVERIFY(store.setItemState(invoices.value(invoice.value(QStringLiteral("id")).toString())->id,
                               QStringLiteral("deleted"), env.bc.clock.nowUtc()));
    env.monday.clearRequests();
    QVERIFY(runPass(env, both, &results, {}, {}, true));
    QCOMPARE(env.mutations(QStringLiteral("create_item")), 1);
    int active = 0;
    for (const sandbox::MondayItem& item : store.board(env.invoicesBoard)->items)
        active += item.state == QLatin1String("active") ? 1 : 0;
    QCOMPARE(active, int(env.bcRecords(BcEntity::PurchaseInvoices).size()));
}

QTEST_GUILESS_MAIN(tst_SyncPass)
#include "tst_sync_pass.moc"
