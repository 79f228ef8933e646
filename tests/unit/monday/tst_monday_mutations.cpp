// The simulator's mutations driven by the connector's own codec and client: every column type written with
// MondayColumnCodec reads back equal to what was written (create, change, clear), monday's validation
// refuses bad values without changing anything, and the remaining mutations (simple values, archive,
// delete, new columns and groups) do what monday.md §4 says.

#include "MondayLoopback.h"
#include "monday/MondayBoardStructure.h"
#include "monday/MondayColumnCodec.h"
#include "monday/MondayColumnInput.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayItem.h"
#include "monday/MondayRequest.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;
using mlc::sandbox::MondaySimulator;

namespace {

MondayOutcome send(MondayLoopback& monday, const MondayRequestBody& body)
{
    MondayRequest* request = monday.client->send(body);
    QSignalSpy finished(request, &MondayRequest::finished);
    if (!finished.wait(10000))
        return {};
    return finished.first().first().value<MondayOutcome>();
}

MondayRequestBody mutation(const QString& name, const QString& query, const QJsonObject& variables)
{
    return {name, query, variables, true};
}

// A board with one column of every type the connector writes; the connect-boards column links to Vendors.
struct CodecBoard
{
    explicit CodecBoard(MondayLoopback& monday)
    {
        using Column = mlc::sandbox::MondayColumn;
        const QString vendors = monday.simulator.store().boardByName(QStringLiteral("Vendors"))->id;
        vendorItem = monday.simulator.store().board(vendors)->items.first().id;
        otherVendorItem = monday.simulator.store().board(vendors)->items.last().id;
        id = monday.simulator.store().addBoard(
            QStringLiteral("Every column"),
            {Column{QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("name"), {}},
             Column{QStringLiteral("text"), QStringLiteral("Text"), QStringLiteral("text"), {}},
             Column{QStringLiteral("long_text"), QStringLiteral("Notes"), QStringLiteral("long_text"), {}},
             Column{QStringLiteral("numbers"), QStringLiteral("Amount"), QStringLiteral("numbers"), {}},
             Column{QStringLiteral("status"), QStringLiteral("Status"), QStringLiteral("status"),
                    QJsonObject{{QStringLiteral("labels"),
                                 QJsonObject{{QStringLiteral("0"), QStringLiteral("Open")},
                                             {QStringLiteral("1"), QStringLiteral("Paid")},
                                             {QStringLiteral("2"), QStringLiteral("In Review")}}}}},
             Column{QStringLiteral("date"), QStringLiteral("Due"), QStringLiteral("date"), {}},
             Column{
                 QStringLiteral("dropdown"), QStringLiteral("Region"), QStringLiteral("dropdown"),
                 QJsonObject{{QStringLiteral("labels"),
                              QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                                     {QStringLiteral("name"), QStringLiteral("North")}},
                                         QJsonObject{{QStringLiteral("id"), 2},
                                                     {QStringLiteral("name"), QStringLiteral("South")}}}}}},
             Column{QStringLiteral("board_relation"), QStringLiteral("Vendor"),
                    QStringLiteral("board_relation"),
                    QJsonObject{{QStringLiteral("boardIds"), QJsonArray{vendors.toLongLong()}}}},
             Column{QStringLiteral("email"), QStringLiteral("Email"), QStringLiteral("email"), {}},
             Column{QStringLiteral("phone"), QStringLiteral("Phone"), QStringLiteral("phone"), {}},
             Column{QStringLiteral("link"), QStringLiteral("Website"), QStringLiteral("link"), {}},
             Column{QStringLiteral("checkbox"), QStringLiteral("Blocked"), QStringLiteral("checkbox"), {}}},
            {{QStringLiteral("topics"), QStringLiteral("Items"), QStringLiteral("#579bfc")}});
        const MondayOutcome read = send(monday, MondayDocuments::boardStructureRequest({id}));
        structure = MondayBoardStructure::listFromData(read.data).value(0);
    }

    QString id;
    QString vendorItem;
    QString otherVendorItem;
    MondayBoardStructure structure;
};

MondayColumnInput input(const QJsonValue& bcValue, const QString& text = QString())
{
    MondayColumnInput in;
    in.bcValue = bcValue;
    in.text = text;
    return in;
}

// Two values per column type, then the clearing null: what a sync writes over an item's life.
QList<QPair<QString, QList<MondayColumnInput>>> samples(const CodecBoard& board)
{
    MondayColumnInput linkFirst;
    linkFirst.bcValue = QStringLiteral("5d115c9c-44e3-ea11-bb43-000d3a2feca1");
    linkFirst.linkedItemIds = {board.vendorItem};
    MondayColumnInput linkSecond = linkFirst;
    linkSecond.linkedItemIds = {board.otherVendorItem};
    MondayColumnInput phone = input(QStringLiteral("+14255550100"));
    phone.phoneCountry = QStringLiteral("US");
    MondayColumnInput phone2 = input(QStringLiteral("+442071838750"));
    phone2.phoneCountry = QStringLiteral("GB");
    MondayColumnInput mappedStatus = input(QStringLiteral("Paid"));
    mappedStatus.mappedLabel = QStringLiteral("Paid");
    return {
        {QStringLiteral("text"),
         {input(QStringLiteral("V10000")), input(QStringLiteral("Fabrikam, \"Inc.\" ü"))}},
        {QStringLiteral("long_text"),
         {input(QStringLiteral("Line one\nLine two")), input(QStringLiteral("x"))}},
        {QStringLiteral("numbers"), {input(1250.5), input(-0.25)}},
        {QStringLiteral("status"),
         {input(QStringLiteral("In_x0020_Review"), QStringLiteral("In Review")), mappedStatus}},
        {QStringLiteral("date"), {input(QStringLiteral("2026-12-15")), input(QStringLiteral("2027-01-31"))}},
        {QStringLiteral("dropdown"),
         {input(QStringLiteral("North"), QStringLiteral("North")),
          input(QStringLiteral("South"), QStringLiteral("South"))}},
        {QStringLiteral("board_relation"), {linkFirst, linkSecond}},
        {QStringLiteral("email"),
         {input(QStringLiteral("ap@fabrikam.example")), input(QStringLiteral("b@c.example"))}},
        {QStringLiteral("phone"), {phone, phone2}},
        {QStringLiteral("link"),
         {input(QStringLiteral("https://fabrikam.example")), input(QStringLiteral("https://a.example/x"))}},
        {QStringLiteral("checkbox"), {input(true), input(false)}},
    };
}

std::optional<MondayItem> readItem(MondayLoopback& monday, const QString& boardId, const QString& itemId)
{
    const MondayOutcome page = send(monday, MondayDocuments::itemsFirstPageRequest(boardId));
    const QJsonArray boards = page.data.value(QStringLiteral("boards")).toArray();
    const std::optional<MondayItemsPage> items =
        MondayItemsPage::fromJson(boards.first().toObject().value(QStringLiteral("items_page")));
    for (const MondayItem& item : items ? items->items : QList<MondayItem>()) {
        if (item.id == itemId)
            return item;
    }
    return std::nullopt;
}

} // namespace

class tst_MondayMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<MondayOutcome>(); }
    void everyCodecRoundTripsThroughTheSimulator();
    void aMissingLabelIsAClearPermanentErrorThatChangesNothing();
    void creatingMissingLabelsAddsThemToTheColumn();
    void badValuesAreRefusedLikeMonday_data();
    void badValuesAreRefusedLikeMonday();
    void simpleValuesRenamesArchiveAndDelete();
    void newColumnsAndGroups();
};

void tst_MondayMutations::everyCodecRoundTripsThroughTheSimulator()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const CodecBoard board(monday);
    QCOMPARE(board.structure.columns.size(), 12);
    const auto all = samples(board);

    for (int round = 0; round < 3; ++round) {
        QJsonObject values;
        QHash<QString, QJsonValue> expected;
        for (const auto& [columnId, inputs] : all) {
            const MondayColumn& column = *board.structure.column(columnId);
            const MondayColumnEncoding encoding = round < 2
                                                      ? MondayColumnCodec::encode(column, inputs.at(round))
                                                      : MondayColumnEncoding{QJsonValue(), {}, false};
            QVERIFY2(encoding.ok(), qPrintable(columnId));
            values.insert(columnId, encoding.value);
            expected.insert(columnId, MondayColumnCodec::comparable(column, encoding.value));
        }
        static QString itemId;
        if (round == 0) {
            const MondayOutcome created =
                send(monday, MondayDocuments::createItemRequest(board.id, QString(),
                                                                QStringLiteral("Round trip"), values, false));
            QVERIFY2(created.kind == MondayOutcome::Kind::Done, qPrintable(created.summary()));
            itemId = created.data.value(QStringLiteral("create_item"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString();
        } else {
            const MondayOutcome changed =
                send(monday, MondayDocuments::changeColumnValuesRequest(board.id, itemId, values, false));
            QVERIFY2(changed.kind == MondayOutcome::Kind::Done, qPrintable(changed.summary()));
        }
        const std::optional<MondayItem> item = readItem(monday, board.id, itemId);
        QVERIFY(item);
        for (const auto& [columnId, inputs] : all) {
            Q_UNUSED(inputs)
            const MondayColumn& column = *board.structure.column(columnId);
            const QJsonValue readBack = MondayColumnCodec::readBack(column, item->columnValue(columnId));
            if (readBack != expected.value(columnId))
                QFAIL(qPrintable(
                    QStringLiteral("round %1, %2: wrote %3, read back %4")
                        .arg(round)
                        .arg(columnId,
                             QString::fromUtf8(QJsonDocument(QJsonArray{expected.value(columnId)})
                                                   .toJson(QJsonDocument::Compact)),
                             QString::fromUtf8(
                                 QJsonDocument(QJsonArray{readBack}).toJson(QJsonDocument::Compact)))));
        }
    }
}

void tst_MondayMutations::aMissingLabelIsAClearPermanentErrorThatChangesNothing()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const CodecBoard board(monday);
    const int itemsBefore = int(monday.simulator.store().board(board.id)->items.size());
    const QJsonObject values{
        {QStringLiteral("text"), QStringLiteral("kept out")},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Corrective")}}}};
    const MondayOutcome refused = send(
        monday, MondayDocuments::createItemRequest(board.id, QString(), QStringLiteral("No"), values, false));
    QCOMPARE(refused.kind, MondayOutcome::Kind::Permanent);
    QCOMPARE(refused.reason, MondayOutcome::Reason::MissingLabel);
    QCOMPARE(refused.columnId, QStringLiteral("status"));
    QVERIFY2(refused.message.contains(QStringLiteral("status")), qPrintable(refused.message));
    QCOMPARE(int(monday.simulator.store().board(board.id)->items.size()), itemsBefore);
}

void tst_MondayMutations::creatingMissingLabelsAddsThemToTheColumn()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const CodecBoard board(monday);
    const QJsonObject values{
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Corrective")}}},
        {QStringLiteral("dropdown"),
         QJsonObject{{QStringLiteral("labels"), QJsonArray{QStringLiteral("East")}}}}};
    const MondayOutcome created = send(
        monday, MondayDocuments::createItemRequest(board.id, QString(), QStringLiteral("Yes"), values, true));
    QVERIFY2(created.kind == MondayOutcome::Kind::Done, qPrintable(created.summary()));
    const MondayBoardStructure after =
        MondayBoardStructure::listFromData(
            send(monday, MondayDocuments::boardStructureRequest({board.id})).data)
            .first();
    QVERIFY(after.column(QStringLiteral("status"))->labelId(QStringLiteral("Corrective")));
    QVERIFY(after.column(QStringLiteral("dropdown"))->labelId(QStringLiteral("East")));
}

void tst_MondayMutations::badValuesAreRefusedLikeMonday_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<MondayOutcome::Reason>("reason");
    QTest::newRow("text as object") << QStringLiteral("text")
                                    << QJsonValue(QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}})
                                    << MondayOutcome::Reason::ColumnValue;
    QTest::newRow("numbers not numeric") << QStringLiteral("numbers") << QJsonValue(QStringLiteral("12,5"))
                                         << MondayOutcome::Reason::ColumnValue;
    QTest::newRow("date not ISO") << QStringLiteral("date")
                                  << QJsonValue(
                                         QJsonObject{{QStringLiteral("date"), QStringLiteral("15/12/2026")}})
                                  << MondayOutcome::Reason::ColumnValue;
    QTest::newRow("dropdown label missing")
        << QStringLiteral("dropdown")
        << QJsonValue(QJsonObject{{QStringLiteral("labels"), QJsonArray{QStringLiteral("West")}}})
        << MondayOutcome::Reason::MissingLabel;
    QTest::newRow("relation to unknown item")
        << QStringLiteral("board_relation")
        << QJsonValue(QJsonObject{{QStringLiteral("item_ids"), QJsonArray{123}}})
        << MondayOutcome::Reason::ColumnValue;
    QTest::newRow("email without @") << QStringLiteral("email")
                                     << QJsonValue(
                                            QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody")},
                                                        {QStringLiteral("text"), QStringLiteral("n")}})
                                     << MondayOutcome::Reason::ColumnValue;
    QTest::newRow("unknown column") << QStringLiteral("nope") << QJsonValue(QStringLiteral("x"))
                                    << MondayOutcome::Reason::InvalidColumn;
}

void tst_MondayMutations::badValuesAreRefusedLikeMonday()
{
    QFETCH(QString, column);
    QFETCH(QJsonValue, value);
    QFETCH(MondayOutcome::Reason, reason);
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const CodecBoard board(monday);
    const MondayOutcome created =
        send(monday,
             MondayDocuments::createItemRequest(board.id, QString(), QStringLiteral("Target"),
                                                {{QStringLiteral("text"), QStringLiteral("before")}}, false));
    const QString itemId =
        created.data.value(QStringLiteral("create_item")).toObject().value(QStringLiteral("id")).toString();
    const MondayOutcome refused =
        send(monday, MondayDocuments::changeColumnValuesRequest(
                         board.id, itemId,
                         {{QStringLiteral("text"), QStringLiteral("after")}, {column, value}}, false));
    QCOMPARE(refused.kind, MondayOutcome::Kind::Permanent);
    QCOMPARE(refused.reason, reason);
    // Nothing of a refused mutation lands, not even its valid columns.
    QCOMPARE(monday.simulator.store().cell(itemId, QStringLiteral("text"))->text.toString(),
             QStringLiteral("before"));
}

void tst_MondayMutations::simpleValuesRenamesArchiveAndDelete()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const CodecBoard board(monday);
    const QString itemId =
        send(monday,
             MondayDocuments::createItemRequest(board.id, QString(), QStringLiteral("Simple"), {}, false))
            .data.value(QStringLiteral("create_item"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    const QString simple =
        QStringLiteral("mutation Simple($board: ID!, $item: ID!, $column: String!, $value: String) { "
                       "change_simple_column_value("
                       "board_id: $board, item_id: $item, column_id: $column, value: $value) { id name } }");
    const auto setSimple = [&](const QString& column, const QJsonValue& value) {
        return send(monday, mutation(QStringLiteral("Simple"), simple,
                                     {{QStringLiteral("board"), board.id},
                                      {QStringLiteral("item"), itemId},
                                      {QStringLiteral("column"), column},
                                      {QStringLiteral("value"), value}}));
    };
    QCOMPARE(setSimple(QStringLiteral("status"), QStringLiteral("Paid")).kind, MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.store()
                 .cell(itemId, QStringLiteral("status"))
                 ->typed.value(QStringLiteral("label"))
                 .toString(),
             QStringLiteral("Paid"));
    QCOMPARE(setSimple(QStringLiteral("date"), QStringLiteral("2026-06-15 09:00:00")).kind,
             MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.store()
                 .cell(itemId, QStringLiteral("date"))
                 ->typed.value(QStringLiteral("time"))
                 .toString(),
             QStringLiteral("09:00"));
    QCOMPARE(setSimple(QStringLiteral("status"), QJsonValue()).kind, MondayOutcome::Kind::Done);
    QVERIFY(monday.simulator.store().cell(itemId, QStringLiteral("status"))->value.isNull());
    QCOMPARE(setSimple(QStringLiteral("name"), QStringLiteral("Renamed")).kind, MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.store().item(itemId)->name, QStringLiteral("Renamed"));

    // change_multiple_column_values renames with the "name" key; an empty name is refused.
    QCOMPARE(send(monday, MondayDocuments::changeColumnValuesRequest(
                              board.id, itemId, {{QStringLiteral("name"), QStringLiteral("Again")}}, false))
                 .kind,
             MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.store().item(itemId)->name, QStringLiteral("Again"));
    QCOMPARE(send(monday, MondayDocuments::changeColumnValuesRequest(
                              board.id, itemId, {{QStringLiteral("name"), QString()}}, false))
                 .code,
             QStringLiteral("ItemNameTooLongException"));

    QCOMPARE(send(monday, MondayDocuments::archiveItemRequest(itemId)).kind, MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.store().item(itemId)->state, QStringLiteral("archived"));
    QCOMPARE(send(monday, MondayDocuments::deleteItemRequest(itemId)).kind, MondayOutcome::Kind::Done);
    QCOMPARE(monday.simulator.store().item(itemId)->state, QStringLiteral("deleted"));
    const MondayOutcome gone = send(monday, MondayDocuments::archiveItemRequest(itemId));
    QCOMPARE(gone.kind, MondayOutcome::Kind::Permanent);
    QCOMPARE(gone.reason, MondayOutcome::Reason::NotFound);
}

void tst_MondayMutations::newColumnsAndGroups()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const CodecBoard board(monday);
    const MondayOutcome column =
        send(monday,
             mutation(QStringLiteral("Column"),
                      QStringLiteral(
                          "mutation Column($board: ID!) { create_column(board_id: $board, title: \"BC id\", "
                          "column_type: text, id: \"bc_id\") { id title type } }"),
                      {{QStringLiteral("board"), board.id}}));
    QVERIFY2(column.kind == MondayOutcome::Kind::Done, qPrintable(column.summary()));
    QCOMPARE(
        column.data.value(QStringLiteral("create_column")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("bc_id"));
    QVERIFY(monday.simulator.store().board(board.id)->column(QStringLiteral("bc_id")));
    const MondayOutcome group =
        send(monday, mutation(QStringLiteral("Group"),
                              QStringLiteral("mutation Group($board: ID!) { create_group(board_id: $board, "
                                             "group_name: \"Posted\") { id title } }"),
                              {{QStringLiteral("board"), board.id}}));
    QVERIFY2(group.kind == MondayOutcome::Kind::Done, qPrintable(group.summary()));
    const QString groupId =
        group.data.value(QStringLiteral("create_group")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(monday.simulator.store().board(board.id)->group(groupId)->title, QStringLiteral("Posted"));
    // An item goes into the new group.
    const MondayOutcome item = send(
        monday, MondayDocuments::createItemRequest(board.id, groupId, QStringLiteral("Grouped"), {}, false));
    QCOMPARE(monday.simulator.store()
                 .item(item.data.value(QStringLiteral("create_item"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString())
                 ->groupId,
             groupId);
}

QTEST_GUILESS_MAIN(tst_MondayMutations)
#include "tst_monday_mutations.moc"
