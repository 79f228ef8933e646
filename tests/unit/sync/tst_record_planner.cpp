// RecordPlanner: what a purchase invoice needs on its board, from nothing, after a change, after posting,
// with a vendor link, and when a value cannot be written. Pure: no network, no database.

#include "bc/BcEntity.h"
#include "sync/RecordPlanner.h"

#include <QJsonArray>
#include <QTest>

using namespace mlc;

namespace {

const QString kInvoiceId = QStringLiteral("a1f3c2de-0000-4000-8000-000000000101");
const QString kVendorId = QStringLiteral("5d115c9c-44e3-ea11-bb43-000d3a2feca1");
const QString kNullGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

MondayColumn column(const QString& id, const QString& type, const QString& settings = QStringLiteral("{}"))
{
    return MondayColumn::fromJson(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("title"), QStringLiteral("Column ") + id},
                                              {QStringLiteral("type"), type},
                                              {QStringLiteral("settings_str"), settings}});
}

MondayBoardStructure invoiceBoard()
{
    MondayBoardStructure board;
    board.id = QStringLiteral("1000000002");
    board.name = QStringLiteral("Purchase invoices");
    board.columns = {
        column(QStringLiteral("name"), QStringLiteral("name")),
        column(QStringLiteral("bc_id"), QStringLiteral("text")),
        column(QStringLiteral("invoice_no"), QStringLiteral("text")),
        column(QStringLiteral("amount"), QStringLiteral("numbers")),
        column(QStringLiteral("due"), QStringLiteral("date")),
        column(QStringLiteral("approval"), QStringLiteral("status"),
               QStringLiteral(R"({"labels":{"0":"Draft","1":"Approved","2":"In review","3":"Paid"}})")),
        column(QStringLiteral("vendor"), QStringLiteral("board_relation"),
               QStringLiteral(R"({"boardIds":[1000000001]})")),
    };
    return board;
}

Mapping invoiceMapping()
{
    Mapping mapping;
    mapping.entity = BcEntity::PurchaseInvoices;
    mapping.boardId = QStringLiteral("1000000002");
    mapping.itemName = QStringLiteral("number");
    mapping.bcIdColumn = QStringLiteral("bc_id");
    mapping.columns = {
        {QStringLiteral("number"), QStringLiteral("invoice_no"), {}, std::nullopt},
        {QStringLiteral("totalAmountIncludingTax"), QStringLiteral("amount"), {}, std::nullopt},
        {QStringLiteral("dueDate"), QStringLiteral("due"), {}, std::nullopt},
        {QStringLiteral("status"),
         QStringLiteral("approval"),
         {{QStringLiteral("Open"), QStringLiteral("Approved")},
          {QStringLiteral("Draft"), QStringLiteral("Draft")}},
         std::nullopt},
        {QStringLiteral("vendorId"), QStringLiteral("vendor"), {}, BcEntity::Vendors},
    };
    return mapping;
}

BcRecord invoice(const QString& number = QStringLiteral("108001"), double amount = 1250.5,
                 const QString& status = QStringLiteral("Open"), const QString& vendorId = kVendorId)
{
    BcRecord record;
    record.id = kInvoiceId;
    record.etag = QStringLiteral("W/\"JzE5OzEyMzQ1Njc4OTA7Jw==\"");
    record.fields = QJsonObject{{QStringLiteral("id"), kInvoiceId},
                                {QStringLiteral("number"), number},
                                {QStringLiteral("totalAmountIncludingTax"), amount},
                                {QStringLiteral("dueDate"), QStringLiteral("2026-12-15")},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("vendorId"), vendorId}};
    return record;
}

RecordPlanner planner(const MondayBoardStructure& board = invoiceBoard())
{
    return RecordPlanner(invoiceMapping(), board, [](BcEntity entity, const QString& bcId) {
        return entity == BcEntity::Vendors && bcId == kVendorId
                   ? std::optional<QString>(QStringLiteral("9120000001"))
                   : std::nullopt;
    });
}

Link linkFor(const RecordPlan& written)
{
    Link link;
    link.bcId = written.bcId;
    link.itemId = QStringLiteral("9120000555");
    link.writtenValues = written.plannedValues;
    return link;
}

} // namespace

class tst_RecordPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewRecordIsCreatedWithEveryMappedColumnAndItsBcId();
    void anUnchangedRecordNeedsNoWrite();
    void aChangedAmountUpdatesOnlyThatColumn();
    void aPostedInvoiceRenamesItsItem();
    void enumValuesUseTheValueMapElseTheirDecodedText();
    void aLabelTheBoardLacksFailsNamingTheColumn();
    void aMissingLabelIsCreatedWhenTheMappingSaysSo();
    void aLinkToARecordNotYetOnItsBoardIsDeferred();
    void noLinkedRecordClearsTheRelation();
    void aColumnRemovedFromTheBoardFailsTheRecord();
    void anEmptyNameFallsBackToTheNumber();
};

void tst_RecordPlanner::aNewRecordIsCreatedWithEveryMappedColumnAndItsBcId()
{
    const RecordPlan plan = planner().plan(invoice(), std::nullopt);
    QCOMPARE(plan.action, RecordPlan::Action::Create);
    QCOMPARE(plan.itemName, QStringLiteral("108001"));
    QCOMPARE(plan.bcNumber, QStringLiteral("108001"));
    const QJsonObject expected{
        {QStringLiteral("bc_id"), kInvoiceId},
        {QStringLiteral("invoice_no"), QStringLiteral("108001")},
        {QStringLiteral("amount"), QStringLiteral("1250.5")},
        {QStringLiteral("due"), QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-12-15")}}},
        {QStringLiteral("approval"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Approved")}}},
        {QStringLiteral("vendor"), QJsonObject{{QStringLiteral("item_ids"), QJsonArray{9120000001LL}}}},
    };
    QCOMPARE(plan.columnValues, expected);
    // The link will remember every mapped column, the name and the BC id.
    QCOMPARE(plan.plannedValues.keys().size(), 7);
    QVERIFY(plan.plannedValues.contains(QStringLiteral("name")));
}

void tst_RecordPlanner::anUnchangedRecordNeedsNoWrite()
{
    const RecordPlan first = planner().plan(invoice(), std::nullopt);
    const RecordPlan again = planner().plan(invoice(), linkFor(first));
    QCOMPARE(again.action, RecordPlan::Action::Unchanged);
    QVERIFY(again.columnValues.isEmpty());
    QVERIFY(again.changedColumns.isEmpty());
}

void tst_RecordPlanner::aChangedAmountUpdatesOnlyThatColumn()
{
    const RecordPlan first = planner().plan(invoice(), std::nullopt);
    const RecordPlan changed = planner().plan(invoice(QStringLiteral("108001"), 1300), linkFor(first));
    QCOMPARE(changed.action, RecordPlan::Action::Update);
    QCOMPARE(changed.changedColumns, QStringList{QStringLiteral("amount")});
    QCOMPARE(changed.columnValues, (QJsonObject{{QStringLiteral("amount"), QStringLiteral("1300")}}));
    QCOMPARE(changed.previousValues.value(QStringLiteral("amount")),
             first.plannedValues.value(QStringLiteral("amount")));
}

void tst_RecordPlanner::aPostedInvoiceRenamesItsItem()
{
    // Posting keeps the id and gives the invoice a new number (business-central.md): the same item.
    const RecordPlan draft =
        planner().plan(invoice(QStringLiteral("1001"), 1250.5, QStringLiteral("Draft")), std::nullopt);
    const RecordPlan posted = planner().plan(invoice(QStringLiteral("108001")), linkFor(draft));
    QCOMPARE(posted.action, RecordPlan::Action::Update);
    QStringList changed = posted.changedColumns;
    changed.sort();
    QCOMPARE(changed,
             (QStringList{QStringLiteral("approval"), QStringLiteral("invoice_no"), QStringLiteral("name")}));
    QCOMPARE(posted.columnValues.value(QStringLiteral("name")).toString(), QStringLiteral("108001"));
}

void tst_RecordPlanner::enumValuesUseTheValueMapElseTheirDecodedText()
{
    // "In_x0020_Review" has no entry in the value map, so its decoded text is the label it is written as.
    MondayBoardStructure board = invoiceBoard();
    board.columns[5] = column(QStringLiteral("approval"), QStringLiteral("status"),
                              QStringLiteral(R"({"labels":{"0":"Draft","1":"Approved","2":"In Review"}})"));
    const RecordPlan plan = planner(board).plan(
        invoice(QStringLiteral("108001"), 1, QStringLiteral("In_x0020_Review")), std::nullopt);
    QCOMPARE(plan.action, RecordPlan::Action::Create);
    QCOMPARE(plan.columnValues.value(QStringLiteral("approval"))
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toString(),
             QStringLiteral("In Review"));
}

void tst_RecordPlanner::aLabelTheBoardLacksFailsNamingTheColumn()
{
    const RecordPlan plan =
        planner().plan(invoice(QStringLiteral("108001"), 1, QStringLiteral("Corrective")), std::nullopt);
    QCOMPARE(plan.action, RecordPlan::Action::Failed);
    QCOMPARE(plan.errorColumn, QStringLiteral("approval"));
    QVERIFY2(plan.error.contains(QStringLiteral("Corrective")), qPrintable(plan.error));
    QVERIFY(plan.columnValues.isEmpty());
}

void tst_RecordPlanner::aMissingLabelIsCreatedWhenTheMappingSaysSo()
{
    Mapping mapping = invoiceMapping();
    for (ColumnMapping& column : mapping.columns)
        column.createLabels = column.column == QLatin1String("approval");
    const RecordPlanner creating(mapping, invoiceBoard(), [](BcEntity, const QString&) {
        return std::optional<QString>(QStringLiteral("9120000001"));
    });
    const RecordPlan plan =
        creating.plan(invoice(QStringLiteral("108001"), 1, QStringLiteral("Corrective")), std::nullopt);
    QCOMPARE(plan.action, RecordPlan::Action::Create);
    QVERIFY(plan.createLabelsIfMissing); // sent with create_labels_if_missing
    QCOMPARE(plan.columnValues.value(QStringLiteral("approval"))
                 .toObject()
                 .value(QStringLiteral("label"))
                 .toString(),
             QStringLiteral("Corrective"));
}

void tst_RecordPlanner::aLinkToARecordNotYetOnItsBoardIsDeferred()
{
    const QString unknownVendor = QStringLiteral("7f000000-0000-4000-8000-000000000001");
    const RecordPlan plan = planner().plan(
        invoice(QStringLiteral("108001"), 1, QStringLiteral("Open"), unknownVendor), std::nullopt);
    QCOMPARE(plan.action, RecordPlan::Action::Deferred);
    QCOMPARE(plan.waitingFor, QStringLiteral("vendors:") + unknownVendor);
    QCOMPARE(plan.errorColumn, QStringLiteral("vendor"));
}

void tst_RecordPlanner::noLinkedRecordClearsTheRelation()
{
    const RecordPlan linked = planner().plan(invoice(), std::nullopt);
    const RecordPlan unlinked = planner().plan(
        invoice(QStringLiteral("108001"), 1250.5, QStringLiteral("Open"), kNullGuid), linkFor(linked));
    QCOMPARE(unlinked.action, RecordPlan::Action::Update);
    QCOMPARE(unlinked.changedColumns, QStringList{QStringLiteral("vendor")});
    QVERIFY(unlinked.columnValues.value(QStringLiteral("vendor")).isNull());
    // A new record without a vendor does not send the empty column at all.
    const RecordPlan created = planner().plan(
        invoice(QStringLiteral("108001"), 1250.5, QStringLiteral("Open"), kNullGuid), std::nullopt);
    QVERIFY(!created.columnValues.contains(QStringLiteral("vendor")));
}

void tst_RecordPlanner::aColumnRemovedFromTheBoardFailsTheRecord()
{
    MondayBoardStructure board = invoiceBoard();
    board.columns.removeAt(3); // amount
    const RecordPlan plan = planner(board).plan(invoice(), std::nullopt);
    QCOMPARE(plan.action, RecordPlan::Action::Failed);
    QCOMPARE(plan.errorColumn, QStringLiteral("amount"));
    QVERIFY2(plan.error.contains(QStringLiteral("totalAmountIncludingTax")), qPrintable(plan.error));
}

void tst_RecordPlanner::anEmptyNameFallsBackToTheNumber()
{
    Mapping mapping = invoiceMapping();
    mapping.itemName = QStringLiteral("vendorInvoiceNumber"); // empty on this invoice
    const RecordPlan plan = RecordPlanner(mapping, invoiceBoard(), [](BcEntity, const QString&) {
                                return std::optional<QString>(QStringLiteral("1"));
                            }).plan(invoice(), std::nullopt);
    QCOMPARE(plan.itemName, QStringLiteral("108001"));
}

QTEST_GUILESS_MAIN(tst_RecordPlanner)
#include "tst_record_planner.moc"
