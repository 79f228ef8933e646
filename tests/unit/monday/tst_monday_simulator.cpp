#include "FakeClock.h"
#include "MondaySimulator.h"
#include "SandboxHost.h"
#include "monday/MondayDocuments.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using mlc::FakeClock;
using namespace mlc::sandbox;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
    QByteArray body;
    QByteArray apiVersion;
    QByteArray retryAfter;
    QByteArray requestIdHeader;

    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
    QJsonArray errors() const { return json.value(QStringLiteral("errors")).toArray(); }
    QJsonObject firstError() const { return errors().first().toObject(); }
    QString firstCode() const
    {
        return firstError()
            .value(QStringLiteral("extensions"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
};

// A simulated monday account on loopback, reached over real HTTP.
class Account
{
public:
    Account()
        : host(QStringLiteral("monday.com"))
        , simulator(host, clock)
    {
        QString error;
        listening = host.listen(0, &error);
    }

    Reply send(const QByteArray& method, const QUrl& url, const QByteArray& body,
               const QList<QPair<QByteArray, QByteArray>>& headers)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.apiVersion = reply->rawHeader("API-Version");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.requestIdHeader = reply->rawHeader("x-request-id");
        return result;
    }

    // A GraphQL call as the connector makes it: raw token, pinned version, {query, variables}.
    Reply post(const QString& query, const QJsonValue& variables = QJsonObject(),
               const QByteArray& token = MondaySimulator::demoToken().toLatin1(),
               const QByteArray& version = QByteArrayLiteral("2026-07"))
    {
        QJsonObject body{{QStringLiteral("query"), query}};
        if (!variables.isUndefined())
            body.insert(QStringLiteral("variables"), variables);
        dumpForSchemaCheck(body);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isNull())
            headers.append({QByteArrayLiteral("Authorization"), token});
        if (!version.isNull())
            headers.append({QByteArrayLiteral("API-Version"), version});
        return send(QByteArrayLiteral("POST"), simulator.endpoint(), QJsonDocument(body).toJson(), headers);
    }

    QString boardId(const QString& name) const { return simulator.store().boardByName(name)->id; }

    // MONDAYSIM_DUMP=<file>: every document a test sends, as the schema checker's --json input, so they can
    // be checked by hand against monday's real schema.
    static void dumpForSchemaCheck(const QJsonObject& body)
    {
        const QString path = qEnvironmentVariable("MONDAYSIM_DUMP");
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::Append))
            return;
        file.write(QJsonDocument(body).toJson(QJsonDocument::Compact) + ",\n");
    }

    FakeClock clock;
    SandboxHost host;
    MondaySimulator simulator;
    QNetworkAccessManager network;
    bool listening = false;
};

const QString kItemFields = QStringLiteral(
    "id name group { id } column_values(ids: $columns) { id type text value ... on StatusValue { index label "
    "} "
    "... on DateValue { date time } ... on NumbersValue { number } ... on BoardRelationValue { "
    "linked_item_ids "
    "display_value } ... on DropdownValue { values { id label } } ... on CheckboxValue { checked } ... on "
    "EmailValue { email label } }");

QJsonObject columnValue(const QJsonObject& item, const QString& columnId)
{
    for (const QJsonValue& value : item.value(QStringLiteral("column_values")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == columnId)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestMondaySimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesRequestsWithoutTheRawToken_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong") << QByteArrayLiteral("not-the-token");
        QTest::newRow("bearer prefix") << QByteArray("Bearer " + MondaySimulator::demoToken().toLatin1());
    }

    void refusesRequestsWithoutTheRawToken()
    {
        QFETCH(QByteArray, token);
        Account account;
        QVERIFY(account.listening);
        const Reply reply = account.post(QStringLiteral("{ me { id } }"), QJsonObject(), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.firstError().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unauthorized"));
        QCOMPARE(reply.firstCode(), QStringLiteral("Unauthorized"));
        QVERIFY(!reply.json.contains(QStringLiteral("data")));
        QCOMPARE(account.simulator.requests().last().status, 401);
    }

    void answersInMondaysEnvelopeWithTheVersionHeader()
    {
        Account account;
        const Reply reply =
            account.post(QStringLiteral("query { me { id name email account { id name } } }"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.apiVersion, QByteArrayLiteral("2026-07"));
        const QString requestId = reply.json.value(QStringLiteral("extensions"))
                                      .toObject()
                                      .value(QStringLiteral("request_id"))
                                      .toString();
        QCOMPARE(requestId.size(), 36);
        QCOMPARE(reply.requestIdHeader, requestId.toLatin1());
        const QJsonObject me = reply.data().value(QStringLiteral("me")).toObject();
        QCOMPARE(me.value(QStringLiteral("name")).toString(), QStringLiteral("Dana Whitfield"));
        QCOMPARE(me.value(QStringLiteral("email")).toString(),
                 QStringLiteral("dana.whitfield@northwind.example"));
        QCOMPARE(me.value(QStringLiteral("account")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Northwind Distribution"));
        QVERIFY(!reply.json.contains(QStringLiteral("errors")));
    }

    void servesTheCurrentVersionWhenNoneOrAnUnknownOneIsAsked()
    {
        Account account;
        const QString query = QStringLiteral("{ version { kind value } }");
        Reply reply =
            account.post(query, QJsonObject(), MondaySimulator::demoToken().toLatin1(), QByteArray());
        QCOMPARE(reply.apiVersion, QByteArrayLiteral("2026-10"));
        QCOMPARE(
            reply.data().value(QStringLiteral("version")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("current"));
        reply = account.post(query, QJsonObject(), MondaySimulator::demoToken().toLatin1(),
                             QByteArrayLiteral("2024-02"));
        QCOMPARE(reply.apiVersion, QByteArrayLiteral("2026-10"));
        reply = account.post(query, QJsonObject(), MondaySimulator::demoToken().toLatin1(),
                             QByteArrayLiteral("2023"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.firstCode(), QStringLiteral("InvalidVersionException"));
        QCOMPARE(account.simulator.requests().first().apiVersion, QStringLiteral("2026-10"));
    }

    void onlyPostOnV2()
    {
        Account account;
        const QList<QPair<QByteArray, QByteArray>> auth{
            {QByteArrayLiteral("Authorization"), MondaySimulator::demoToken().toLatin1()}};
        QCOMPARE(account.send(QByteArrayLiteral("GET"), account.simulator.endpoint(), {}, auth).status, 405);
        QUrl other = account.simulator.endpoint();
        other.setPath(QStringLiteral("/v1"));
        QCOMPARE(account.send(QByteArrayLiteral("POST"), other, QByteArrayLiteral("{}"), auth).status, 404);
        QUrl withQuery = account.simulator.endpoint();
        withQuery.setQuery(QStringLiteral("query=%7B%20me%20%7B%20id%20%7D%20%7D"));
        const Reply inUrl = account.send(QByteArrayLiteral("POST"), withQuery, QByteArrayLiteral("{}"), auth);
        QCOMPARE(inUrl.status, 400);
        const Reply notJson = account.send(QByteArrayLiteral("POST"), account.simulator.endpoint(),
                                           QByteArrayLiteral("{\"query\": "), auth);
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.firstCode(), QStringLiteral("JsonParseException"));
    }

    void readsBoardsWithColumnSettingsAndGroups()
    {
        Account account;
        const Reply reply = account.post(
            QStringLiteral(
                "query ($ids: [ID!]) { boards(ids: $ids) { id name columns { id title type settings_str } "
                "groups { id title } } }"),
            QJsonObject{{QStringLiteral("ids"),
                         QJsonArray{account.boardId(QStringLiteral("Purchase invoice approvals"))}}});
        const QJsonArray boards = reply.data().value(QStringLiteral("boards")).toArray();
        QCOMPARE(boards.size(), 1);
        const QJsonObject board = boards.first().toObject();
        QCOMPARE(board.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Purchase invoice approvals"));
        QJsonObject statusSettings;
        QStringList types;
        for (const QJsonValue& column : board.value(QStringLiteral("columns")).toArray()) {
            types.append(column.toObject().value(QStringLiteral("type")).toString());
            if (column.toObject().value(QStringLiteral("id")).toString() == QLatin1String("status")) {
                statusSettings =
                    QJsonDocument::fromJson(
                        column.toObject().value(QStringLiteral("settings_str")).toString().toUtf8())
                        .object();
            }
        }
        QCOMPARE(
            statusSettings.value(QStringLiteral("labels")).toObject().value(QStringLiteral("1")).toString(),
            QStringLiteral("Approved"));
        for (const char* type :
             {"text", "numbers", "status", "date", "dropdown", "board_relation", "checkbox"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        QCOMPARE(board.value(QStringLiteral("groups")).toArray().size(), 2);
    }

    void boardsPageThroughTheAccount()
    {
        Account account;
        const QString query = QStringLiteral("{ boards(limit: 2, page: 3) { name } }");
        const QJsonArray boards = account.post(query).data().value(QStringLiteral("boards")).toArray();
        QCOMPARE(boards.size(), 1);
        QCOMPARE(boards.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Sales orders"));
    }

    void readsColumnValuesInMondaysReadBackForm()
    {
        Account account;
        const QString vendorsId = account.boardId(QStringLiteral("Vendors"));
        const Reply reply =
            account.post(QStringLiteral("query ($board: ID!, $columns: [String!]) { boards(ids: [$board]) { "
                                        "items_page(limit: 10) { cursor items { ") +
                             kItemFields + QStringLiteral(" } } } }"),
                         QJsonObject{{QStringLiteral("board"),
                                      account.boardId(QStringLiteral("Purchase invoice approvals"))}});
        QCOMPARE(reply.errors().size(), 0);
        const QJsonObject page = reply.data()
                                     .value(QStringLiteral("boards"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("items_page"))
                                     .toObject();
        QVERIFY(page.value(QStringLiteral("cursor")).isNull());
        const QJsonObject item = page.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("name")).toString(), QStringLiteral("PI 108001"));

        const QJsonObject status = columnValue(item, QStringLiteral("status"));
        QCOMPARE(status.value(QStringLiteral("text")).toString(), QStringLiteral("Awaiting approval"));
        QCOMPARE(status.value(QStringLiteral("value")).toString(), QStringLiteral("{\"index\":0}"));
        QCOMPARE(status.value(QStringLiteral("index")).toInt(-1), 0);
        QCOMPARE(status.value(QStringLiteral("label")).toString(), QStringLiteral("Awaiting approval"));

        const QJsonObject relation = columnValue(item, QStringLiteral("vendor_link"));
        QVERIFY(relation.value(QStringLiteral("value")).isNull());
        QVERIFY(relation.value(QStringLiteral("text")).isNull());
        const QString fabrikamId = account.simulator.store().board(vendorsId)->items.first().id;
        QCOMPARE(relation.value(QStringLiteral("linked_item_ids")).toArray(), (QJsonArray{fabrikamId}));
        QCOMPARE(relation.value(QStringLiteral("display_value")).toString(),
                 QStringLiteral("Fabrikam, Inc."));

        const QJsonObject due = columnValue(item, QStringLiteral("due_date"));
        QCOMPARE(due.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-15"));
        QCOMPARE(due.value(QStringLiteral("text")).toString(), QStringLiteral("2026-02-15"));
        const QJsonObject dueValue =
            QJsonDocument::fromJson(due.value(QStringLiteral("value")).toString().toUtf8()).object();
        QVERIFY(dueValue.value(QStringLiteral("time")).isNull());

        const QJsonObject amount = columnValue(item, QStringLiteral("amount"));
        QCOMPARE(amount.value(QStringLiteral("text")).toString(), QStringLiteral("4250.00"));
        QCOMPARE(amount.value(QStringLiteral("value")).toString(), QStringLiteral("\"4250.00\""));
        QCOMPARE(amount.value(QStringLiteral("number")).toDouble(), 4250.0);

        const QJsonObject vendor = columnValue(item, QStringLiteral("vendor"));
        QCOMPARE(vendor.value(QStringLiteral("value")).toString(), QStringLiteral("{\"ids\":[1]}"));
        QCOMPARE(vendor.value(QStringLiteral("values"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("label"))
                     .toString(),
                 QStringLiteral("Fabrikam, Inc."));

        const QJsonObject posted = columnValue(item, QStringLiteral("posted"));
        QCOMPARE(posted.value(QStringLiteral("text")).toString(), QString());
        QVERIFY(posted.value(QStringLiteral("value")).isNull());
        // Fields of other value types never leak in: a TextValue has no `index`.
        QVERIFY(!columnValue(item, QStringLiteral("bc_id")).contains(QStringLiteral("index")));
        QVERIFY(!columnValue(item, QStringLiteral("bc_id")).contains(QStringLiteral("_board")));
    }

    void aliasesAndColumnSelection()
    {
        Account account;
        const Reply reply = account.post(
            QStringLiteral(
                "query ($a: ID!, $b: ID!) { vendors: boards(ids: [$a]) { title: name } "
                "invoices: boards(ids: [$b]) { items_page(limit: 1) { items { key: column_values(ids: "
                "[\"bc_id\"]) { id t: text } both: column_values(ids: [\"status\", \"amount\"]) { id } } } "
                "} }"),
            QJsonObject{
                {QStringLiteral("a"), account.boardId(QStringLiteral("Vendors"))},
                {QStringLiteral("b"), account.boardId(QStringLiteral("Purchase invoice approvals"))}});
        QCOMPARE(reply.errors().size(), 0);
        QCOMPARE(reply.data()
                     .value(QStringLiteral("vendors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Vendors"));
        const QJsonObject item = reply.data()
                                     .value(QStringLiteral("invoices"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("items_page"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject();
        const QJsonArray key = item.value(QStringLiteral("key")).toArray();
        QCOMPARE(key.size(), 1);
        QCOMPARE(key.first().toObject().value(QStringLiteral("t")).toString(),
                 QStringLiteral("a1b7c8d2-4f1e-ef11-9f88-6045bdc8c001"));
        QCOMPARE(item.value(QStringLiteral("both")).toArray().size(), 2);
    }

    void unknownFieldRefusesTheWholeDocument()
    {
        Account account;
        const Reply reply = account.post(QStringLiteral("{ me { id } boards { id updates { id } } }"));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.json.contains(QStringLiteral("data")));
        QCOMPARE(reply.errors().size(), 1);
        QCOMPARE(reply.firstError().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Field 'updates' doesn't exist on type 'Board'"));
        QCOMPARE(reply.firstCode(), QStringLiteral("undefinedField"));
        QVERIFY(reply.firstError()
                    .value(QStringLiteral("extensions"))
                    .toObject()
                    .value(QStringLiteral("simulator_hint"))
                    .toString()
                    .contains(QStringLiteral("subset")));
        QCOMPARE(account.simulator.complexity().remaining(mlc::sandbox::MondaySimulator::demoToken()),
                 MondayComplexityBudget::kBudgetPerMinute);
        QCOMPARE(reply.firstError()
                     .value(QStringLiteral("locations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("column"))
                     .toInt(),
                 25);
    }

    void parseErrorsAnswerWithLocations()
    {
        Account account;
        const Reply reply = account.post(QStringLiteral("query {\n  me { id "));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.firstError()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Parse error on")));
        QCOMPARE(reply.firstError()
                     .value(QStringLiteral("locations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 2);
    }

    void variablesMustBeAnObject()
    {
        Account account;
        const Reply reply = account.post(QStringLiteral("query ($ids: [ID!]) { boards(ids: $ids) { id } }"),
                                         QStringLiteral("{\"ids\":[1]}"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.firstError()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("JSON object")));
        QVERIFY(account.simulator.requests().last().rootFields.isEmpty());
    }

    void missingAndMistypedVariablesAreErrors()
    {
        Account account;
        const QString query =
            QStringLiteral("query ($cursor: String!) { next_items_page(cursor: $cursor) { cursor } }");
        Reply reply = account.post(query);
        QCOMPARE(reply.firstCode(), QStringLiteral("variableMismatch"));
        QCOMPARE(reply.firstError().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Variable $cursor of type String! was provided invalid value"));
        reply = account.post(query, QJsonObject{{QStringLiteral("cursor"), 12}});
        QCOMPARE(reply.firstCode(), QStringLiteral("variableMismatch"));
        QVERIFY(!reply.json.contains(QStringLiteral("data")));
    }

    void pagesThroughEveryItemExactlyOnce()
    {
        Account account;
        const QString boardId = account.boardId(QStringLiteral("Sales orders"));
        for (int i = 0; i < 1234; ++i) {
            account.simulator.store().addItem(
                boardId, QString(), QStringLiteral("SO %1").arg(101000 + i),
                {{QStringLiteral("bc_id"), MondayCellValue::plainText(QString::number(i))}},
                account.clock.nowUtc());
        }
        const QJsonObject vars{{QStringLiteral("board"), boardId}};
        Reply reply = account.post(
            QStringLiteral(
                "query ($board: ID!) { boards(ids: [$board]) { items_page(limit: 500) { cursor items { id } "
                "} } }"),
            vars);
        QJsonObject page = reply.data()
                               .value(QStringLiteral("boards"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("items_page"))
                               .toObject();
        QSet<QString> seen;
        int pages = 0;
        int delivered = 0;
        while (true) {
            ++pages;
            for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray()) {
                seen.insert(item.toObject().value(QStringLiteral("id")).toString());
                ++delivered;
            }
            if (page.value(QStringLiteral("cursor")).isNull())
                break;
            QVERIFY(pages < 10);
            reply = account.post(
                QStringLiteral(
                    "query ($cursor: String!) { next_items_page(cursor: $cursor, limit: 500) { cursor items "
                    "{ id } } }"),
                QJsonObject{{QStringLiteral("cursor"), page.value(QStringLiteral("cursor"))}});
            page = reply.data().value(QStringLiteral("next_items_page")).toObject();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(delivered, 1234);
        QCOMPARE(seen.size(), 1234);
    }

    void limitAbove500IsRefused()
    {
        Account account;
        const Reply reply =
            account.post(QStringLiteral("{ boards(limit: 1) { items_page(limit: 501) { cursor } } }"));
        QCOMPARE(reply.firstCode(), QStringLiteral("InvalidArgumentException"));
        // items_page is non-null, so the error nulls the board, the nearest nullable parent.
        QCOMPARE(reply.data().value(QStringLiteral("boards")).toArray(), QJsonArray{QJsonValue::Null});
    }

    void cursorsExpireSixtyMinutesAfterTheFirstPage()
    {
        Account account;
        const QString boardId = account.boardId(QStringLiteral("Vendors"));
        const Reply first = account.post(
            QStringLiteral("query ($b: ID!) { boards(ids: [$b]) { items_page(limit: 1) { cursor } } }"),
            QJsonObject{{QStringLiteral("b"), boardId}});
        QString cursor = first.data()
                             .value(QStringLiteral("boards"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("items_page"))
                             .toObject()
                             .value(QStringLiteral("cursor"))
                             .toString();
        QVERIFY(!cursor.isEmpty());
        const QString next = QStringLiteral(
            "query ($c: String!) { next_items_page(cursor: $c, limit: 1) { cursor items { name } } }");
        account.clock.advance(std::chrono::minutes(59));
        Reply reply = account.post(next, QJsonObject{{QStringLiteral("c"), cursor}});
        QCOMPARE(reply.errors().size(), 0);
        cursor = reply.data()
                     .value(QStringLiteral("next_items_page"))
                     .toObject()
                     .value(QStringLiteral("cursor"))
                     .toString();
        QVERIFY(!cursor.isEmpty());
        // The second page's cursor is as old as the first page: one more minute and it is gone.
        account.clock.advance(std::chrono::minutes(1));
        reply = account.post(next, QJsonObject{{QStringLiteral("c"), cursor}});
        QCOMPARE(reply.firstCode(), QStringLiteral("CursorExpiredError"));
        QVERIFY(reply.firstError()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("CursorExpiredError")));
        QCOMPARE(reply.firstError().value(QStringLiteral("path")).toArray(),
                 (QJsonArray{QStringLiteral("next_items_page")}));
        QVERIFY(reply.json.value(QStringLiteral("data")).isNull());
    }

    void findsItemsByColumnValue()
    {
        Account account;
        const Reply reply = account.post(
            QStringLiteral(
                "query ($board: ID!, $columns: [ItemsPageByColumnValuesQuery!]!, $limit: Int! = 500) { "
                "items_page_by_column_values(board_id: $board, columns: $columns, limit: $limit) { cursor "
                "items { id name } } }"),
            QJsonObject{{QStringLiteral("board"), account.boardId(QStringLiteral("Vendors"))},
                        {QStringLiteral("columns"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("column_id"), QStringLiteral("bc_id")},
                             {QStringLiteral("column_values"),
                              QJsonArray{QStringLiteral("5E115C9C-44E3-EA11-BB43-000D3A2FECA1")}}}}}});
        const QJsonArray items = reply.data()
                                     .value(QStringLiteral("items_page_by_column_values"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("First Up Consultants"));
    }

    void filtersItemsPageByStatusRule()
    {
        Account account;
        const Reply reply = account.post(
            QStringLiteral(
                "query ($b: ID!) { boards(ids: [$b]) { items_page(query_params: {rules: [{column_id: "
                "\"status\", compare_value: [1], operator: any_of}]}) { items { name } } } }"),
            QJsonObject{
                {QStringLiteral("b"), account.boardId(QStringLiteral("Purchase invoice approvals"))}});
        const QJsonArray items = reply.data()
                                     .value(QStringLiteral("boards"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("items_page"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("PI 108002"));
    }

    void reportsComplexity()
    {
        Account account;
        const QString query =
            QStringLiteral("{ complexity { before after query reset_in_x_seconds } me { id } }");
        const QJsonObject first = account.post(query).data().value(QStringLiteral("complexity")).toObject();
        QCOMPARE(first.value(QStringLiteral("before")).toInt(), MondayComplexityBudget::kBudgetPerMinute);
        QVERIFY(first.value(QStringLiteral("query")).toInt() > 0);
        QCOMPARE(first.value(QStringLiteral("after")).toInt(),
                 first.value(QStringLiteral("before")).toInt() -
                     first.value(QStringLiteral("query")).toInt());
        QCOMPARE(first.value(QStringLiteral("reset_in_x_seconds")).toInt(), 60);
        account.clock.advance(std::chrono::seconds(20));
        const QJsonObject second = account.post(query).data().value(QStringLiteral("complexity")).toObject();
        QCOMPARE(second.value(QStringLiteral("before")).toInt(),
                 first.value(QStringLiteral("after")).toInt());
        QCOMPARE(second.value(QStringLiteral("reset_in_x_seconds")).toInt(), 40);
    }

    void logsEveryRequestForTests()
    {
        Account account;
        const QJsonObject variables{{QStringLiteral("ids"), QJsonArray{QStringLiteral("1")}}};
        const QString query = QStringLiteral("query Boards($ids: [ID!]) { boards(ids: $ids) { id } }");
        account.post(query, variables);
        QCOMPARE(account.simulator.requests().size(), 1);
        const MondayRequestRecord& record = account.simulator.requests().first();
        QCOMPARE(record.method, QStringLiteral("POST"));
        QCOMPARE(record.path, QStringLiteral("/v2"));
        QCOMPARE(record.header(QByteArrayLiteral("authorization")), MondaySimulator::demoToken().toLatin1());
        QCOMPARE(record.header(QByteArrayLiteral("API-Version")), QByteArrayLiteral("2026-07"));
        QCOMPARE(record.query, query);
        QCOMPARE(record.variables.toObject(), variables);
        QCOMPARE(record.rootFields, QStringList{QStringLiteral("boards")});
        QCOMPARE(record.status, 200);
        QCOMPARE(record.apiVersion, QStringLiteral("2026-07"));
    }

    void injectedFaultsAnswerOneOperation()
    {
        Account account;
        account.simulator.faults().inject(QStringLiteral("next_items_page"), MondayFault::status429(7));
        account.simulator.faults().inject(QStringLiteral("complexity"), MondayFault::malformedBody());
        const QString query =
            QStringLiteral("query ($c: String!) { next_items_page(cursor: $c) { cursor } }");
        Reply reply = account.post(query, QJsonObject{{QStringLiteral("c"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 429);
        QCOMPARE(reply.retryAfter, QByteArrayLiteral("7"));
        QCOMPARE(reply.firstError()
                     .value(QStringLiteral("extensions"))
                     .toObject()
                     .value(QStringLiteral("retry_in_seconds"))
                     .toInt(),
                 7);
        // The fault answered once; the next call runs (and finds the cursor unknown).
        reply = account.post(query, QJsonObject{{QStringLiteral("c"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.firstCode(), QStringLiteral("InvalidArgumentException"));

        reply = account.post(QStringLiteral("{ complexity { after } }"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.isEmpty());
        QVERIFY(reply.body.startsWith("{\"data\""));
    }

    void droppedConnectionSendsNothing()
    {
        // Twice: Qt resends a request once when the connection closes before any answer.
        Account account;
        account.simulator.faults().inject(QStringLiteral("me"), MondayFault::droppedConnection(), 2);
        const Reply reply = account.post(QStringLiteral("{ me { id } }"));
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(account.simulator.requests().size(), 2);
        QCOMPARE(account.simulator.requests().last().status, 0);
        QCOMPARE(account.post(QStringLiteral("{ me { id } }")).status, 200);
    }

    // The connector's own read documents (core/monday) run whole against the simulator: the subset covers
    // them.
    void servesTheConnectorsReadDocuments()
    {
        Account account;
        const QString boardId = account.boardId(QStringLiteral("Vendors"));
        const QStringList columns{QStringLiteral("bc_id"), QStringLiteral("email"),
                                  QStringLiteral("balance")};
        const auto run = [&](const mlc::MondayRequestBody& request) {
            const Reply reply = account.post(request.query, request.variables);
            if (reply.status != 200 || !reply.errors().isEmpty())
                qWarning() << request.operationName << reply.body;
            return reply;
        };
        QCOMPARE(run(mlc::MondayDocuments::connectionTestRequest()).errors().size(), 0);
        QCOMPARE(run(mlc::MondayDocuments::boardStructureRequest({boardId})).errors().size(), 0);
        const Reply first = run(mlc::MondayDocuments::itemsFirstPageRequest(boardId, columns, 2));
        QCOMPARE(first.errors().size(), 0);
        const QString cursor = first.data()
                                   .value(QStringLiteral("boards"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("items_page"))
                                   .toObject()
                                   .value(QStringLiteral("cursor"))
                                   .toString();
        QVERIFY(!cursor.isEmpty());
        QCOMPARE(run(mlc::MondayDocuments::nextItemsPageRequest(cursor, columns)).errors().size(), 0);
        const Reply found = run(mlc::MondayDocuments::itemsByColumnValueRequest(
            boardId, QStringLiteral("bc_id"), QStringLiteral("5d115c9c-44e3-ea11-bb43-000d3a2feca1"), {}, 1));
        QCOMPARE(found.errors().size(), 0);
        const QJsonObject page = found.data().value(QStringLiteral("items_page_by_column_values")).toObject();
        QCOMPARE(page.value(QStringLiteral("items")).toArray().size(), 1);
        const QJsonArray all = account.post(QStringLiteral("{ complexity { after } }")).errors();
        QCOMPARE(all.size(), 0);
        QCOMPARE(
            run(mlc::MondayDocuments::itemsByColumnValueNextPageRequest(boardId, QStringLiteral("unknown")))
                .firstCode(),
            QStringLiteral("InvalidArgumentException"));
    }

    void delayedFaultAnswersLater()
    {
        Account account;
        account.simulator.faults().inject(MondayFaultInjector::anyOperation(), MondayFault::delayed(300));
        QElapsedTimer timer;
        timer.start();
        const Reply reply = account.post(QStringLiteral("{ me { id } }"));
        QCOMPARE(reply.status, 200);
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(reply.data().value(QStringLiteral("me")).isObject());
    }
};

QTEST_GUILESS_MAIN(TestMondaySimulator)
#include "tst_monday_simulator.moc"
