// The classification of monday's answers, on the response bodies monday.md §1, §2 and §6 document for each
// API version: the legacy top-level fields (2024-07), both formats at once (2024-10), the unified GraphQL
// errors (2025-01 on), and the two complexity-error shapes.

#include "monday/MondayOutcome.h"

#include <QJsonArray>
#include <QTest>

using mlc::MondayOutcome;
using mlc::MondayResponse;
using Kind = MondayOutcome::Kind;
using Reason = MondayOutcome::Reason;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(15, 30, 0), Qt::UTC);

struct Expected
{
    Kind kind = Kind::Done;
    Reason reason = Reason::None;
    int retrySeconds = -1; // -1: no wait given
    QString code;
    QString columnId;
    bool mayHaveBeenApplied = false;
};

MondayResponse answer(int status, const char* body)
{
    MondayResponse response;
    response.httpStatus = status;
    response.body = QByteArray(body);
    return response;
}

MondayResponse withHeader(MondayResponse response, const char* name, const char* value)
{
    const QByteArray header(name);
    if (header == "Retry-After") {
        response.retryAfterHeader = value;
    } else if (header == "RateLimit") {
        response.rateLimitHeader = value;
    } else if (header == "x-request-id") {
        response.requestIdHeader = value;
    } else if (header == "Idempotency-Replayed") {
        response.idempotencyReplayed = value;
    }
    return response;
}

MondayResponse mutation(MondayResponse response, const char* columnValues = "")
{
    response.sentMutation = true;
    response.sentColumnValues = QString::fromUtf8(columnValues);
    return response;
}

MondayResponse noAnswer(MondayResponse::Transport transport, bool sentMutation)
{
    MondayResponse response;
    response.transport = transport;
    response.transportMessage = QStringLiteral("details");
    response.sentMutation = sentMutation;
    return response;
}

Expected done()
{
    return {};
}

Expected retry(Reason reason, int seconds = -1, const char* code = "", bool mayHaveBeenApplied = false)
{
    return {Kind::Retry, reason, seconds, QString::fromUtf8(code), QString(), mayHaveBeenApplied};
}

Expected permanent(Reason reason, const char* code = "", const char* columnId = "",
                   bool mayHaveBeenApplied = false)
{
    return {Kind::Permanent,   reason, -1, QString::fromUtf8(code), QString::fromUtf8(columnId),
            mayHaveBeenApplied};
}

Expected terminal(Reason reason, const char* code = "")
{
    return {Kind::Terminal, reason, -1, QString::fromUtf8(code), QString(), false};
}

} // namespace

Q_DECLARE_METATYPE(MondayResponse)
Q_DECLARE_METATYPE(Expected)

class tst_MondayOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesDocumentedAnswers_data();
    void classifiesDocumentedAnswers();
    void partialErrorsBelowTheRootStillDeliverData();
    void readsTheRequestIdWhereverItIs_data();
    void readsTheRequestIdWhereverItIs();
    void readsTheIdempotencyReplayHeader();
    void dailyLimitPausesUntilMidnightUtc();
    void missingLabelNamesTheColumnInPlainEnglish();
    void retryAfterAcceptsSecondsAndHttpDates();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
};

void tst_MondayOutcome::classifiesDocumentedAnswers_data()
{
    QTest::addColumn<MondayResponse>("response");
    QTest::addColumn<Expected>("expected");

    // Success (§1.2).
    QTest::newRow("data, 2025-04 and later")
        << answer(200, R"({"data":{"create_item":{"id":"123"}},"extensions":{"request_id":"r-1"}})")
        << done();
    QTest::newRow("data with the legacy account_id")
        << answer(200, R"({"data":{"me":{"id":"1"}},"account_id":123456})") << done();

    // Rate limits and their signals (§2.3, §2.4, §2.7).
    QTest::newRow("429 Retry-After wins over retry_in_seconds")
        << withHeader(answer(429, R"({"errors":[{"message":"Rate Limit Exceeded","extensions":{"code":)"
                                  R"("RATE_LIMIT_EXCEEDED","retry_in_seconds":30}}]})"),
                      "Retry-After", "12")
        << retry(Reason::RateLimited, 12, "RATE_LIMIT_EXCEEDED");
    QTest::newRow("429 without body or header") << answer(429, "") << retry(Reason::RateLimited);
    QTest::newRow("429 minute limit, retry_in_seconds")
        << answer(429, R"({"errors":[{"message":"Minute limit rate exceeded","extensions":)"
                       R"({"code":"MINUTE_LIMIT_EXCEEDED","status_code":429,"retry_in_seconds":17}}]})")
        << retry(Reason::RateLimited, 17, "MINUTE_LIMIT_EXCEEDED");
    QTest::newRow("retry_in_seconds at HTTP 200")
        << answer(200, R"({"errors":[{"message":"Concurrency limit exceeded","extensions":)"
                       R"({"code":"CONCURRENCY_LIMIT_EXCEEDED","retry_in_seconds":4}}]})")
        << retry(Reason::RateLimited, 4, "CONCURRENCY_LIMIT_EXCEEDED");
    QTest::newRow("429 maxConcurrencyExceeded")
        << answer(429, R"({"errors":[{"message":"maxConcurrencyExceeded","extensions":)"
                       R"({"code":"maxConcurrencyExceeded"}}]})")
        << retry(Reason::RateLimited, -1, "maxConcurrencyExceeded");
    QTest::newRow("429 IP limit") << answer(429,
                                            R"({"errors":[{"message":"IP rate limit exceeded","extensions":)"
                                            R"({"code":"IP_RATE_LIMIT_EXCEEDED","retry_in_seconds":9}}]})")
                                  << retry(Reason::RateLimited, 9, "IP_RATE_LIMIT_EXCEEDED");
    QTest::newRow("429 with only the RateLimit header")
        << withHeader(answer(429, R"({"errors":[{"message":"Rate Limit Exceeded"}]})"), "RateLimit",
                      R"("minuteRate";r=0;t=38, "concurrency";r=249, "complexityMinute";r=4950000;t=45)")
        << retry(Reason::RateLimited, 38);
    QTest::newRow("field concurrency, 2025-04, partial data")
        << answer(200, R"({"data":{"items":[{"subitems":null}]},"errors":[{"message":"Concurrency limit )"
                       R"(exceeded for the field","locations":[{"line":1,"column":25}],"path":["items",0,)"
                       R"("subitems"],"extensions":{"code":"FIELD_LIMIT_EXCEEDED","status_code":429,)"
                       R"("retry_in_seconds":15,"error_data":{"entity":"subitems"}}}]})")
        << retry(Reason::RateLimited, 15, "FIELD_LIMIT_EXCEEDED");
    QTest::newRow("API temporarily blocked")
        << answer(200, R"({"errors":[{"message":"API usage temporarily blocked","extensions":)"
                       R"({"code":"API_TEMPORARILY_BLOCKED"}}]})")
        << retry(Reason::RateLimited, -1, "API_TEMPORARILY_BLOCKED");

    // Complexity budget (§2.2): every shape monday has used.
    QTest::newRow("complexity, legacy 2024-07 at HTTP 200")
        << answer(200,
                  R"({"error_code":"ComplexityException","status_code":429,"error_message":"Complexity )"
                  R"(budget exhausted, query cost 30001 budget remaining 19986 out of 1000000 reset in 3 )"
                  R"(seconds","error_data":{},"errors":["Complexity budget exhausted, query cost 30001 )"
                  R"(budget remaining 19986 out of 1000000 reset in 3 seconds"],"account_id":1234567890})")
        << retry(Reason::ComplexityBudget, 3, "ComplexityException");
    QTest::newRow("complexity, 2025-01 hotfix at 429")
        << answer(429, R"({"errors":[{"message":"Complexity budget exhausted","extensions":{"code":)"
                       R"("COMPLEXITY_BUDGET_EXHAUSTED","complexity":6182,"complexity_budget_left":100,)"
                       R"("complexity_budget_limit":5000000,"retry_in_seconds":60,"status_code":429}}]})")
        << retry(Reason::ComplexityBudget, 60, "COMPLEXITY_BUDGET_EXHAUSTED");
    QTest::newRow("complexity, 2025-07 simplified at HTTP 200")
        << answer(200, R"({"errors":[{"message":"Complexity budget exhausted","extensions":{"code":)"
                       R"("COMPLEXITY_BUDGET_EXHAUSTED","retry_in_seconds":60}}]})")
        << retry(Reason::ComplexityBudget, 60, "COMPLEXITY_BUDGET_EXHAUSTED");
    QTest::newRow("complexity, reset_in_x_seconds from the complexity field")
        << answer(
               200,
               R"({"data":{"complexity":{"before":10,"query":30001,"after":10,)"
               R"("reset_in_x_seconds":23},"create_item":null},"errors":[{"message":"Complexity )"
               R"(budget exhausted","path":["create_item"],"extensions":{"code":"ComplexityException"}}]})")
        << retry(Reason::ComplexityBudget, 23, "ComplexityException");

    // Locks, idempotency conflicts, server errors and no answer at all.
    QTest::newRow("423 locked")
        << answer(423, R"({"errors":[{"message":"Resource is currently locked, please try again later"}]})")
        << retry(Reason::Locked);
    QTest::newRow("423 locked with Retry-After")
        << withHeader(answer(423, ""), "Retry-After", "5") << retry(Reason::Locked, 5);
    QTest::newRow("409 idempotency conflict (§6)")
        << withHeader(mutation(answer(409, R"({"errors":[{"message":"A request with this idempotency key is )"
                                           R"(currently being processed","extensions":{"code":)"
                                           R"("IDEMPOTENCY_CONFLICT"}}]})")),
                      "Retry-After", "2")
        << retry(Reason::IdempotencyConflict, 2, "IDEMPOTENCY_CONFLICT");
    QTest::newRow("500 after a mutation: it may have been applied")
        << mutation(answer(500, "<html><body>Internal Server Error</body></html>"))
        << retry(Reason::ServerError, -1, "", true);
    QTest::newRow("503 for a query") << withHeader(answer(503, ""), "Retry-After", "30")
                                     << retry(Reason::ServerError, 30);
    QTest::newRow("504 gateway timeout") << answer(504, "Gateway Timeout") << retry(Reason::ServerError);
    QTest::newRow("timeout after a mutation")
        << noAnswer(MondayResponse::Transport::Timeout, true) << retry(Reason::Timeout, -1, "", true);
    QTest::newRow("connection refused for a query")
        << noAnswer(MondayResponse::Transport::NetworkError, false) << retry(Reason::NetworkError);

    // Refusals of this one request (§2.3, §9).
    QTest::newRow("missing label, 2025-07 and later")
        << mutation(answer(200, R"({"data":{"change_multiple_column_values":null},"errors":[{"message":)"
                                R"("invalid value - label does not exist in column. Please check our API )"
                                R"(documentation for the correct data structure for this column. )"
                                R"(https://developer.monday.com/api-reference/docs/change-column-values",)"
                                R"("locations":[{"line":1,"column":10}],"path":)"
                                R"(["change_multiple_column_values"],"extensions":{"code":)"
                                R"("ColumnValueException","status_code":200,"error_data":)"
                                R"({"column_type":"color"}}}]})"),
                    R"({"status":{"label":"Approved"}})")
        << permanent(Reason::MissingLabel, "ColumnValueException", "status");
    QTest::newRow("text column given an object, older format")
        << mutation(answer(200, R"({"errors":[{"message":"invalid value","extensions":{"code":)"
                                R"("ColumnValueException","error_data":{"column_value":)"
                                R"("{\"text\"=>\"The best!\"}","column_type":"TextColumn"}}}]})"),
                    R"({"text_bcid":{"text":"The best!"}})")
        << permanent(Reason::ColumnValue, "ColumnValueException", "text_bcid");
    QTest::newRow("column value refused, several columns, none named")
        << mutation(answer(200, R"({"errors":[{"message":"invalid value","extensions":{"code":)"
                                R"("ColumnValueException","error_data":{"column_type":"numeric"}}}]})"),
                    R"({"numbers_amount":"x","date_due":{"date":"2026-06-15"}})")
        << permanent(Reason::ColumnValue, "ColumnValueException", "");
    QTest::newRow("wrong type, CorrectedValueException")
        << mutation(answer(200, R"({"errors":[{"message":"The column 'date_due' cannot take a simple )"
                                R"(string","extensions":{"code":"CorrectedValueException"}}]})"),
                    R"({"numbers_amount":"1","date_due":"tomorrow"})")
        << permanent(Reason::ColumnValue, "CorrectedValueException", "date_due");
    QTest::newRow("unknown column")
        << mutation(answer(200, R"({"errors":[{"message":"This column ID doesn't exist for the board",)"
                                R"("extensions":{"code":"InvalidColumnIdException","status_code":200,)"
                                R"("error_data":{"column_id":"date_due"}}}]})"),
                    R"({"numbers_amount":"1","date_due":{"date":"2026-06-15"}})")
        << permanent(Reason::InvalidColumn, "InvalidColumnIdException", "date_due");
    QTest::newRow("board not found")
        << answer(200, R"({"errors":[{"message":"Board not found","extensions":{"code":)"
                       R"("InvalidArgumentException","error_data":{"board_id":1186075578}}}]})")
        << permanent(Reason::NotFound, "InvalidArgumentException");
    QTest::newRow("item not found")
        << answer(200, R"({"data":{"archive_item":null},"errors":[{"message":"Item not found",)"
                       R"("path":["archive_item"],"extensions":{"code":"ResourceNotFoundException"}}]})")
        << permanent(Reason::NotFound, "ResourceNotFoundException");
    QTest::newRow("item name too long")
        << answer(200, R"({"errors":[{"message":"Item name must be 1-255 characters","extensions":)"
                       R"({"code":"ItemNameTooLongException"}}]})")
        << permanent(Reason::Validation, "ItemNameTooLongException");
    QTest::newRow("items limit")
        << answer(200, R"({"errors":[{"message":"exceeded the limit of 10,000 items per board",)"
                       R"("extensions":{"code":"ItemsLimitationException"}}]})")
        << permanent(Reason::Validation, "ItemsLimitationException");
    QTest::newRow("unknown field")
        << answer(200,
                  R"({"errors":[{"message":"Field 'new_field' doesn't exist on type 'Boards'",)"
                  R"("extensions":{"code":"undefinedField","typeName":"Boards","fieldName":"new_field"}}]})")
        << permanent(Reason::RequestRejected, "undefinedField");
    QTest::newRow("parse error")
        << answer(200, R"({"errors":[{"message":"Parse error on \"}\" (RCURLY) at [1, 20]"}]})")
        << permanent(Reason::RequestRejected);
    QTest::newRow("400 JsonParseException")
        << answer(400,
                  R"({"errors":[{"message":"Invalid JSON","extensions":{"code":"JsonParseException"}}]})")
        << permanent(Reason::RequestRejected, "JsonParseException");
    QTest::newRow("400 bad request, plain text")
        << answer(400, "Bad request") << permanent(Reason::RequestRejected);
    QTest::newRow("409 deleting the last group is not a conflict to wait out")
        << answer(409, R"({"errors":[{"message":"Cannot delete the last group","extensions":{"code":)"
                       R"("DeleteLastGroupException"}}]})")
        << permanent(Reason::Validation, "DeleteLastGroupException");
    QTest::newRow("404") << answer(404, "") << permanent(Reason::NotFound);
    QTest::newRow("expired cursor")
        << answer(200, R"({"errors":[{"message":"CursorExpiredError: The cursor has expired"}]})")
        << permanent(Reason::CursorExpired);
    QTest::newRow("redirect") << answer(302, "") << permanent(Reason::RequestRejected);

    // Answers that are not monday's JSON (DESIGN §4).
    QTest::newRow("malformed JSON after a mutation")
        << mutation(answer(200, R"({"data":{"create_item":{"id":)"))
        << permanent(Reason::MalformedResponse, "", "", true);
    QTest::newRow("a JSON array") << answer(200, "[1,2]") << permanent(Reason::MalformedResponse);
    QTest::newRow("neither data nor errors") << answer(200, "{}") << permanent(Reason::MalformedResponse);
    QTest::newRow("HTML at 200") << answer(200, "<html>maintenance</html>")
                                 << permanent(Reason::MalformedResponse);
    QTest::newRow("oversized") << noAnswer(MondayResponse::Transport::BodyTooLarge, false)
                               << permanent(Reason::MalformedResponse);

    // No request can succeed now (§1.1, §2.3).
    QTest::newRow("401 plain") << answer(401, "Unauthorized") << terminal(Reason::Unauthorized);
    QTest::newRow("401 with errors")
        << answer(401, R"({"errors":[{"message":"Not Authenticated","extensions":{"code":"Unauthorized"}}]})")
        << terminal(Reason::Unauthorized, "Unauthorized");
    QTest::newRow("401 legacy OAuth token from 2027-04")
        << answer(401, R"({"errors":[{"message":"OAuth 2.1 token required","extensions":{"code":)"
                       R"("OAUTH21_TOKEN_REQUIRED"}}]})")
        << terminal(Reason::Unauthorized, "OAUTH21_TOKEN_REQUIRED");
    QTest::newRow("401 IP restricted")
        << answer(401, "Your ip is restricted") << terminal(Reason::Unauthorized);
    QTest::newRow("403 USER_ACCESS_DENIED")
        << answer(403, R"({"errors":[{"message":"User access denied","extensions":{"code":)"
                       R"("USER_ACCESS_DENIED","status_code":403}}]})")
        << terminal(Reason::AccessDenied, "USER_ACCESS_DENIED");
    QTest::newRow("missing scopes")
        << answer(200,
                  R"({"errors":[{"message":"Missing required permissions: boards:write","extensions":)"
                  R"({"code":"missingRequiredPermissions","error_data":{"missing":["boards:write"]}}}]})")
        << terminal(Reason::MissingPermissions, "missingRequiredPermissions");
    QTest::newRow("user unauthorized, legacy 2024-07 at 200")
        << answer(200, R"({"data":{"me":null},"error_message":"User unauthorized to perform action",)"
                       R"("error_code":"UserUnauthorizedException","error_data":{},"status_code":403,)"
                       R"("account_id":123456})")
        << terminal(Reason::AccessDenied, "UserUnauthorizedException");
    QTest::newRow("user unauthorized, 2024-10 with both formats")
        << answer(200,
                  R"({"errors":[{"message":"User unauthorized to perform action","locations":[{"line":2,)"
                  R"("column":3}],"path":["me"],"extensions":{"code":"UserUnauthorizedException",)"
                  R"("error_data":{},"status_code":403}}],"error_message":"User unauthorized to perform )"
                  R"(action","error_code":"UserUnauthorizedException","error_data":{},"status_code":403,)"
                  R"("account_id":123456})")
        << terminal(Reason::AccessDenied, "UserUnauthorizedException");
    QTest::newRow("user unauthorized, 2025-01 unified, data []")
        << answer(200,
                  R"({"data":[],"errors":[{"message":"User unauthorized to perform action","locations":)"
                  R"([{"line":2,"column":3}],"path":["me"],"extensions":{"code":)"
                  R"("UserUnauthorizedException","error_data":{},"status_code":403}}],"account_id":123456})")
        << terminal(Reason::AccessDenied, "UserUnauthorizedException");
    QTest::newRow("daily limit at 429, not a wait")
        << withHeader(answer(429, R"({"errors":[{"message":"Daily limit exceeded","extensions":{"code":)"
                                  R"("DAILY_LIMIT_EXCEEDED","retry_in_seconds":30600}}]})"),
                      "Retry-After", "30600")
        << terminal(Reason::DailyLimit, "DAILY_LIMIT_EXCEEDED");
    QTest::newRow("malformed API-Version")
        << answer(200, R"({"errors":[{"message":"Invalid API version","extensions":{"code":)"
                       R"("InvalidVersionException"}}]})")
        << terminal(Reason::InvalidVersion, "InvalidVersionException");
    QTest::newRow("API-Version required")
        << answer(400, R"({"errors":[{"message":"API-Version header is required","extensions":{"code":)"
                       R"("API_VERSION_REQUIRED"}}]})")
        << terminal(Reason::InvalidVersion, "API_VERSION_REQUIRED");
}

void tst_MondayOutcome::classifiesDocumentedAnswers()
{
    QFETCH(MondayResponse, response);
    QFETCH(Expected, expected);
    const MondayOutcome outcome = MondayOutcome::classify(response, kNow);
    QCOMPARE(MondayOutcome::kindName(outcome.kind), MondayOutcome::kindName(expected.kind));
    QCOMPARE(int(outcome.reason), int(expected.reason));
    QCOMPARE(outcome.retryAfter ? int(outcome.retryAfter->count()) : -1,
             expected.kind == Kind::Retry ? expected.retrySeconds : -1);
    QCOMPARE(outcome.code, expected.code);
    QCOMPARE(outcome.columnId, expected.columnId);
    QCOMPARE(outcome.mayHaveBeenApplied, expected.mayHaveBeenApplied);
    QCOMPARE(outcome.httpStatus, response.httpStatus);
    if (expected.kind != Kind::Done) {
        // Every failure says something a person can act on, never just a code.
        QVERIFY2(outcome.message.size() > 20, qPrintable(outcome.message));
        QVERIFY(!outcome.message.contains(QLatin1String("Please check our API documentation")));
    }
}

void tst_MondayOutcome::partialErrorsBelowTheRootStillDeliverData()
{
    const MondayOutcome outcome = MondayOutcome::classify(
        answer(200,
               R"({"data":{"items":[{"id":"1","assets":null}]},"errors":[{"message":"Asset unavailable",)"
               R"("path":["items",0,"assets"],"extensions":{"code":"ASSET_UNAVAILABLE"}}]})"),
        kNow);
    QCOMPARE(outcome.kind, Kind::Done);
    QCOMPARE(outcome.data.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(outcome.partialErrors().size(), 1);
    QCOMPARE(outcome.partialErrors().first().code, QStringLiteral("ASSET_UNAVAILABLE"));
    QCOMPARE(outcome.partialErrors().first().rootField(), QStringLiteral("items"));

    // The same error on a root field that came back null: the request did not do its work.
    const MondayOutcome failed = MondayOutcome::classify(
        answer(200, R"({"data":{"complexity":{"after":1},"create_item":null},"errors":[{"message":"Asset )"
                    R"(unavailable","path":["create_item"],"extensions":{"code":"ASSET_UNAVAILABLE"}}]})"),
        kNow);
    QCOMPARE(failed.kind, Kind::Permanent);
    QVERIFY(failed.partialErrors().isEmpty());
}

void tst_MondayOutcome::readsTheRequestIdWhereverItIs_data()
{
    QTest::addColumn<MondayResponse>("response");
    QTest::addColumn<QString>("requestId");
    QTest::newRow("extensions") << withHeader(answer(200, R"({"data":{},"extensions":{"request_id":"top"}})"),
                                              "x-request-id", "header")
                                << QStringLiteral("top");
    QTest::newRow("on the error")
        << withHeader(answer(200, R"({"errors":[{"message":"Board not found","extensions":{"code":)"
                                  R"("InvalidBoardIdException","request_id":"on-error"}}]})"),
                      "x-request-id", "header")
        << QStringLiteral("on-error");
    QTest::newRow("header") << withHeader(answer(500, "oops"), "x-request-id", "header")
                            << QStringLiteral("header");
    QTest::newRow("none") << answer(200, R"({"data":{}})") << QString();
}

void tst_MondayOutcome::readsTheRequestIdWhereverItIs()
{
    QFETCH(MondayResponse, response);
    QFETCH(QString, requestId);
    const MondayOutcome outcome = MondayOutcome::classify(response, kNow);
    QCOMPARE(outcome.requestId, requestId);
    if (!requestId.isEmpty() && outcome.kind != Kind::Done) {
        QVERIFY(outcome.summary().contains(requestId));
    }
}

void tst_MondayOutcome::readsTheIdempotencyReplayHeader()
{
    const char* body = R"({"data":{"create_item":{"id":"42"}},"extensions":{"request_id":"r"}})";
    const MondayOutcome replayed = MondayOutcome::classify(
        withHeader(mutation(answer(200, body)), "Idempotency-Replayed", "true"), kNow);
    QCOMPARE(replayed.kind, Kind::Done);
    QVERIFY(replayed.replayed);
    QCOMPARE(replayed.data.value(QStringLiteral("create_item")).toObject().value(QStringLiteral("id")),
             QJsonValue(QStringLiteral("42")));
    QVERIFY(!MondayOutcome::classify(mutation(answer(200, body)), kNow).replayed);
    QVERIFY(!MondayOutcome::classify(withHeader(answer(200, body), "Idempotency-Replayed", "false"), kNow)
                 .replayed);
}

void tst_MondayOutcome::dailyLimitPausesUntilMidnightUtc()
{
    const MondayOutcome outcome = MondayOutcome::classify(
        answer(429, R"({"errors":[{"message":"Daily limit exceeded","extensions":{"code":)"
                    R"("DAILY_LIMIT_EXCEEDED"}}]})"),
        QDateTime(QDate(2026, 12, 31), QTime(23, 59, 30), Qt::UTC));
    QCOMPARE(outcome.kind, Kind::Terminal);
    QCOMPARE(outcome.pausedUntil, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(!outcome.retryAfter);
    QVERIFY2(outcome.message.contains(QLatin1String("until midnight UTC")), qPrintable(outcome.message));
}

void tst_MondayOutcome::missingLabelNamesTheColumnInPlainEnglish()
{
    const MondayOutcome outcome = MondayOutcome::classify(
        withHeader(mutation(answer(200, R"({"errors":[{"message":"invalid value - label does not exist in )"
                                        R"(column. Please check our API documentation","extensions":{"code":)"
                                        R"("ColumnValueException","error_data":{"column_type":"color"}}}]})"),
                            R"({"status":{"label":"In Review"}})"),
                   "x-request-id", "abc-123"),
        kNow);
    QCOMPARE(outcome.reason, Reason::MissingLabel);
    QCOMPARE(
        outcome.message,
        QStringLiteral("The label does not exist in column \"status\". Add it to the column on the board, "
                       "map the value to an existing label, or let the mapping create labels"));
    QCOMPARE(outcome.summary(),
             outcome.message +
                 QStringLiteral(" (monday error code ColumnValueException) [request id abc-123]"));
}

void tst_MondayOutcome::retryAfterAcceptsSecondsAndHttpDates()
{
    QCOMPARE(MondayOutcome::parseRetryAfter("7", kNow), std::optional<std::chrono::seconds>(7s));
    QCOMPARE(MondayOutcome::parseRetryAfter(" 0 ", kNow), std::optional<std::chrono::seconds>(0s));
    QCOMPARE(MondayOutcome::parseRetryAfter("Sat, 28 Nov 2026 15:31:05 GMT", kNow),
             std::optional<std::chrono::seconds>(65s));
    QCOMPARE(MondayOutcome::parseRetryAfter("Sat, 28 Nov 2026 15:00:00 GMT", kNow),
             std::optional<std::chrono::seconds>(0s));
    QVERIFY(!MondayOutcome::parseRetryAfter("", kNow));
    QVERIFY(!MondayOutcome::parseRetryAfter("-3", kNow));
    QVERIFY(!MondayOutcome::parseRetryAfter("soon", kNow));

    const MondayOutcome dated = MondayOutcome::classify(
        withHeader(answer(429, ""), "Retry-After", "Sat, 28 Nov 2026 15:30:40 GMT"), kNow);
    QCOMPARE(dated.retryAfter, std::optional<std::chrono::seconds>(40s));
}

void tst_MondayOutcome::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("errors not an array") << QByteArray(R"({"errors":"boom"})");
    QTest::newRow("errors of numbers") << QByteArray(R"({"errors":[1,2,null]})");
    QTest::newRow("extensions a string") << QByteArray(R"({"errors":[{"message":5,"extensions":"x"}]})");
    QTest::newRow("path of objects") << QByteArray(R"({"data":{},"errors":[{"path":[{"a":1}]}]})");
    QTest::newRow("retry_in_seconds as text")
        << QByteArray(R"({"errors":[{"message":"m","extensions":{"retry_in_seconds":"12"}}]})");
    QTest::newRow("data a string") << QByteArray(R"({"data":"yes"})");
    QTest::newRow("nested nulls") << QByteArray(R"({"data":null,"errors":null,"extensions":null})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    QTest::newRow("deep") << QByteArray(4000, '[');
}

void tst_MondayOutcome::garbageNeverCrashes()
{
    QFETCH(QByteArray, body);
    for (int status : {200, 400, 429, 500}) {
        MondayResponse response;
        response.httpStatus = status;
        response.body = body;
        const MondayOutcome outcome = MondayOutcome::classify(response, kNow);
        QVERIFY(outcome.kind != Kind::Done || status == 200);
        QVERIFY(outcome.kind == Kind::Done || !outcome.message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_MondayOutcome)
#include "tst_monday_outcome.moc"
