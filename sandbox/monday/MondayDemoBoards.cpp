#include "MondayDemoBoards.h"

#include "MondayBoardStore.h"

#include <QJsonArray>

namespace mlc::sandbox {

namespace {

const QStringList kVendors{QStringLiteral("Fabrikam, Inc."), QStringLiteral("First Up Consultants"),
                           QStringLiteral("Graphic Design Institute"),
                           QStringLiteral("Wide World Importers")};

MondayColumn nameColumn()
{
    return MondayDemoBoards::plainColumn(QStringLiteral("name"), QStringLiteral("Name"),
                                         QStringLiteral("name"));
}

QString addVendors(MondayBoardStore& store, const QDateTime& now)
{
    const QString boardId = store.addBoard(
        QStringLiteral("Vendors"),
        {nameColumn(), MondayDemoBoards::textColumn(QStringLiteral("bc_id"), QStringLiteral("BC id")),
         MondayDemoBoards::textColumn(QStringLiteral("vendor_no"), QStringLiteral("Vendor no.")),
         MondayDemoBoards::plainColumn(QStringLiteral("email"), QStringLiteral("Email"),
                                       QStringLiteral("email")),
         MondayDemoBoards::plainColumn(QStringLiteral("phone"), QStringLiteral("Phone"),
                                       QStringLiteral("phone")),
         MondayDemoBoards::plainColumn(QStringLiteral("website"), QStringLiteral("Website"),
                                       QStringLiteral("link")),
         MondayDemoBoards::numbersColumn(QStringLiteral("balance"), QStringLiteral("Balance"),
                                         QStringLiteral("$")),
         MondayDemoBoards::plainColumn(QStringLiteral("blocked"), QStringLiteral("Blocked"),
                                       QStringLiteral("checkbox"))},
        {{QStringLiteral("topics"), QStringLiteral("Active vendors"), QStringLiteral("#579bfc")},
         {QStringLiteral("group_blocked"), QStringLiteral("Blocked vendors"), QStringLiteral("#e2445c")}});
    store.addItem(
        boardId, QString(), kVendors.at(0),
        {{QStringLiteral("bc_id"),
          MondayCellValue::plainText(QStringLiteral("5d115c9c-44e3-ea11-bb43-000d3a2feca1"))},
         {QStringLiteral("vendor_no"), MondayCellValue::plainText(QStringLiteral("V10000"))},
         {QStringLiteral("email"), MondayCellValue::email(QStringLiteral("ap@fabrikam.example"), QString())},
         {QStringLiteral("phone"),
          MondayCellValue::phone(QStringLiteral("+14255550100"), QStringLiteral("US"))},
         {QStringLiteral("website"),
          MondayCellValue::link(QStringLiteral("https://fabrikam.example"), QStringLiteral("Fabrikam"))},
         {QStringLiteral("balance"), MondayCellValue::numbers(QStringLiteral("1250.50"))},
         {QStringLiteral("blocked"), MondayCellValue::checkbox(false, now)}},
        now);
    store.addItem(boardId, QString(), kVendors.at(1),
                  {{QStringLiteral("bc_id"),
                    MondayCellValue::plainText(QStringLiteral("5e115c9c-44e3-ea11-bb43-000d3a2feca1"))},
                   {QStringLiteral("vendor_no"), MondayCellValue::plainText(QStringLiteral("V20000"))},
                   {QStringLiteral("balance"), MondayCellValue::numbers(QStringLiteral("0"))}},
                  now);
    store.addItem(boardId, QStringLiteral("group_blocked"), kVendors.at(3),
                  {{QStringLiteral("bc_id"),
                    MondayCellValue::plainText(QStringLiteral("60115c9c-44e3-ea11-bb43-000d3a2feca1"))},
                   {QStringLiteral("vendor_no"), MondayCellValue::plainText(QStringLiteral("V40000"))},
                   {QStringLiteral("blocked"), MondayCellValue::checkbox(true, now)}},
                  now);
    return boardId;
}

void addPurchaseInvoices(MondayBoardStore& store, const QString& vendorsBoardId, const QDateTime& now)
{
    // A copy: adding a board may move the stored boards.
    const MondayItem fabrikam = store.board(vendorsBoardId)->items.at(0);
    const QString boardId = store.addBoard(
        QStringLiteral("Purchase invoice approvals"),
        {nameColumn(), MondayDemoBoards::textColumn(QStringLiteral("bc_id"), QStringLiteral("BC id")),
         MondayDemoBoards::textColumn(QStringLiteral("invoice_no"), QStringLiteral("Invoice no.")),
         MondayDemoBoards::dropdownColumn(QStringLiteral("vendor"), QStringLiteral("Vendor"), kVendors),
         MondayDemoBoards::boardRelationColumn(QStringLiteral("vendor_link"), QStringLiteral("Vendor record"),
                                               vendorsBoardId),
         MondayDemoBoards::numbersColumn(QStringLiteral("amount"), QStringLiteral("Amount"),
                                         QStringLiteral("$")),
         MondayDemoBoards::statusColumn(QStringLiteral("status"), QStringLiteral("Approval"),
                                        {{0, QStringLiteral("Awaiting approval")},
                                         {1, QStringLiteral("Approved")},
                                         {2, QStringLiteral("Rejected")},
                                         {3, QStringLiteral("On hold")}},
                                        {1}),
         MondayDemoBoards::plainColumn(QStringLiteral("due_date"), QStringLiteral("Due date"),
                                       QStringLiteral("date")),
         MondayDemoBoards::plainColumn(QStringLiteral("posted"), QStringLiteral("Posted"),
                                       QStringLiteral("checkbox"))},
        {{QStringLiteral("topics"), QStringLiteral("To approve"), QStringLiteral("#fdab3d")},
         {QStringLiteral("group_done"), QStringLiteral("Done"), QStringLiteral("#00c875")}});
    store.addItem(
        boardId, QString(), QStringLiteral("PI 108001"),
        {{QStringLiteral("bc_id"),
          MondayCellValue::plainText(QStringLiteral("a1b7c8d2-4f1e-ef11-9f88-6045bdc8c001"))},
         {QStringLiteral("invoice_no"), MondayCellValue::plainText(QStringLiteral("108001"))},
         {QStringLiteral("vendor"), MondayCellValue::dropdown({{1, kVendors.at(0)}})},
         {QStringLiteral("vendor_link"), MondayCellValue::boardRelation({fabrikam.id}, {fabrikam.name})},
         {QStringLiteral("amount"), MondayCellValue::numbers(QStringLiteral("4250.00"))},
         {QStringLiteral("status"), MondayCellValue::status(0, QStringLiteral("Awaiting approval"), false)},
         {QStringLiteral("due_date"), MondayCellValue::date(QDate(2026, 2, 15), std::nullopt, now)}},
        now);
    store.addItem(boardId, QStringLiteral("group_done"), QStringLiteral("PI 108002"),
                  {{QStringLiteral("bc_id"),
                    MondayCellValue::plainText(QStringLiteral("a1b7c8d2-4f1e-ef11-9f88-6045bdc8c002"))},
                   {QStringLiteral("invoice_no"), MondayCellValue::plainText(QStringLiteral("108002"))},
                   {QStringLiteral("vendor"), MondayCellValue::dropdown({{3, kVendors.at(2)}})},
                   {QStringLiteral("amount"), MondayCellValue::numbers(QStringLiteral("980.40"))},
                   {QStringLiteral("status"), MondayCellValue::status(1, QStringLiteral("Approved"), true)},
                   {QStringLiteral("due_date"), MondayCellValue::date(QDate(2026, 1, 31), QTime(9, 0), now)},
                   {QStringLiteral("posted"), MondayCellValue::checkbox(true, now)}},
                  now);
}

void addSalesInvoices(MondayBoardStore& store, const QDateTime& now)
{
    const QString boardId = store.addBoard(
        QStringLiteral("Sales invoices"),
        {nameColumn(), MondayDemoBoards::textColumn(QStringLiteral("bc_id"), QStringLiteral("BC id")),
         MondayDemoBoards::textColumn(QStringLiteral("customer"), QStringLiteral("Customer")),
         MondayDemoBoards::plainColumn(QStringLiteral("customer_email"), QStringLiteral("Customer email"),
                                       QStringLiteral("email")),
         MondayDemoBoards::numbersColumn(QStringLiteral("amount"), QStringLiteral("Amount"),
                                         QStringLiteral("$")),
         MondayDemoBoards::statusColumn(QStringLiteral("status"), QStringLiteral("Status"),
                                        {{0, QStringLiteral("Open")},
                                         {1, QStringLiteral("Paid")},
                                         {2, QStringLiteral("Overdue")},
                                         {3, QStringLiteral("Canceled")}},
                                        {1}),
         MondayDemoBoards::plainColumn(QStringLiteral("due_date"), QStringLiteral("Due date"),
                                       QStringLiteral("date"))},
        {{QStringLiteral("topics"), QStringLiteral("Invoices"), QStringLiteral("#579bfc")}});
    store.addItem(
        boardId, QString(), QStringLiteral("SI 103001"),
        {{QStringLiteral("bc_id"),
          MondayCellValue::plainText(QStringLiteral("b2c8d9e3-5a2f-ef11-9f88-6045bdc8d001"))},
         {QStringLiteral("customer"), MondayCellValue::plainText(QStringLiteral("Adatum Corporation"))},
         {QStringLiteral("customer_email"),
          MondayCellValue::email(QStringLiteral("billing@adatum.example"), QStringLiteral("Adatum billing"))},
         {QStringLiteral("amount"), MondayCellValue::numbers(QStringLiteral("12000.00"))},
         {QStringLiteral("status"), MondayCellValue::status(0, QStringLiteral("Open"), false)},
         {QStringLiteral("due_date"), MondayCellValue::date(QDate(2026, 2, 1), std::nullopt, now)}},
        now);
}

void addOrders(MondayBoardStore& store, const QString& name, const QString& partyTitle, bool dropdownParty)
{
    MondayColumn party =
        dropdownParty ? MondayDemoBoards::dropdownColumn(QStringLiteral("vendor"), partyTitle, kVendors)
                      : MondayDemoBoards::textColumn(QStringLiteral("customer"), partyTitle);
    store.addBoard(
        name,
        {nameColumn(), MondayDemoBoards::textColumn(QStringLiteral("bc_id"), QStringLiteral("BC id")),
         MondayDemoBoards::textColumn(QStringLiteral("order_no"), QStringLiteral("Order no.")), party,
         MondayDemoBoards::numbersColumn(QStringLiteral("amount"), QStringLiteral("Amount"),
                                         QStringLiteral("$")),
         MondayDemoBoards::statusColumn(QStringLiteral("status"), QStringLiteral("Status"),
                                        {{0, QStringLiteral("Draft")},
                                         {1, QStringLiteral("Done")},
                                         {2, QStringLiteral("Working on it")},
                                         {3, QStringLiteral("Stuck")}},
                                        {1}),
         MondayDemoBoards::plainColumn(QStringLiteral("expected_date"), QStringLiteral("Expected date"),
                                       QStringLiteral("date"))},
        {{QStringLiteral("topics"), QStringLiteral("Orders"), QStringLiteral("#579bfc")}});
}

} // namespace

void MondayDemoBoards::fill(MondayBoardStore& store, const QDateTime& now)
{
    const QString vendorsBoardId = addVendors(store, now);
    addPurchaseInvoices(store, vendorsBoardId, now);
    addSalesInvoices(store, now);
    addOrders(store, QStringLiteral("Purchase orders"), QStringLiteral("Vendor"), true);
    addOrders(store, QStringLiteral("Sales orders"), QStringLiteral("Customer"), false);
}

MondayColumn MondayDemoBoards::plainColumn(const QString& id, const QString& title, const QString& type)
{
    return {id, title, type, {}};
}

MondayColumn MondayDemoBoards::textColumn(const QString& id, const QString& title)
{
    return plainColumn(id, title, QStringLiteral("text"));
}

MondayColumn MondayDemoBoards::numbersColumn(const QString& id, const QString& title, const QString& symbol)
{
    MondayColumn column = plainColumn(id, title, QStringLiteral("numbers"));
    column.settings = {
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("symbol"), symbol},
                                             {QStringLiteral("custom_unit"), QString()},
                                             {QStringLiteral("direction"), QStringLiteral("left")}}}};
    return column;
}

MondayColumn MondayDemoBoards::statusColumn(const QString& id, const QString& title,
                                            const QList<QPair<int, QString>>& labels,
                                            const QList<int>& doneIds)
{
    static const QStringList colors{QStringLiteral("#fdab3d"), QStringLiteral("#00c875"),
                                    QStringLiteral("#e2445c"), QStringLiteral("#c4c4c4")};
    QJsonObject names;
    QJsonObject labelColors;
    for (const auto& [labelId, label] : labels) {
        names.insert(QString::number(labelId), label);
        labelColors.insert(QString::number(labelId),
                           QJsonObject{{QStringLiteral("color"), colors.at(labelId % colors.size())},
                                       {QStringLiteral("border"), colors.at(labelId % colors.size())}});
    }
    QJsonArray done;
    for (int labelId : doneIds)
        done.append(labelId);
    MondayColumn column = plainColumn(id, title, QStringLiteral("status"));
    column.settings = {{QStringLiteral("labels"), names},
                       {QStringLiteral("labels_colors"), labelColors},
                       {QStringLiteral("done_colors"), done}};
    return column;
}

MondayColumn MondayDemoBoards::dropdownColumn(const QString& id, const QString& title,
                                              const QStringList& labels)
{
    QJsonArray entries;
    for (qsizetype i = 0; i < labels.size(); ++i)
        entries.append(
            QJsonObject{{QStringLiteral("id"), int(i + 1)}, {QStringLiteral("name"), labels.at(i)}});
    MondayColumn column = plainColumn(id, title, QStringLiteral("dropdown"));
    column.settings = {{QStringLiteral("limit_select"), false},
                       {QStringLiteral("hide_footer"), false},
                       {QStringLiteral("labels"), entries}};
    return column;
}

MondayColumn MondayDemoBoards::boardRelationColumn(const QString& id, const QString& title,
                                                   const QString& boardId)
{
    MondayColumn column = plainColumn(id, title, QStringLiteral("board_relation"));
    column.settings = {{QStringLiteral("allowMultipleItems"), true},
                       {QStringLiteral("boardIds"), QJsonArray{boardId.toLongLong()}}};
    return column;
}

} // namespace mlc::sandbox
