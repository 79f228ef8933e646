// MondayClient over real HTTP on loopback, against a tiny monday stand-in that records what arrives and
// answers what the test says: the headers monday needs, the body's shape, the counters the CLI reports, and
// that each request reports exactly once.

#include "FakeClock.h"
#include "common/SecretRedactor.h"
#include "monday/MondayClient.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayRequest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using mlc::MondayClient;
using mlc::MondayDocuments;
using mlc::MondayOutcome;
using mlc::MondayRequest;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.monday-test-token");

struct Received
{
    QByteArray method;
    QString path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    std::optional<QByteArray> header(const char* name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(QByteArray(name), Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return std::nullopt;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct Answer
{
    int status = 200;
    QByteArray body = R"({"data":{},"extensions":{"request_id":"req-1"}})";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool hold = false; // never answer: the client's transfer timeout must end the wait
};

} // namespace

class tst_MondayClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void postsTheRawTokenVersionAndIdempotencyKey();
    void sendsNoIdempotencyKeyUnlessGiven();
    void columnValuesTravelAsOneJsonString();
    void reportsAClassifiedOutcomeOnceWithoutRetrying();
    void countsMutationRequestsRetriesIncluded();
    void aSilentServerIsATimeoutThatMayHaveApplied();
    void anOversizedAnswerIsRefused();
    void withoutATokenNothingIsSent();
    void theTokenIsRedactedFromLogs();

private:
    MondayOutcome sendAndWait(const mlc::MondayRequestBody& body, const QString& key = QString());

    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<MondayClient> m_client;
    QList<Received> m_received;
    Answer m_answer;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held;
    MondayClient::Settings m_settings;
};

void tst_MondayClient::init()
{
    m_received.clear();
    m_answer = Answer();
    m_server = std::make_unique<QHttpServer>();
    m_server->route(
        QStringLiteral("/v2"), [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const QByteArray method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "OTHER";
            m_received.append({method, request.url().path(), request.headers(), request.body()});
            if (m_answer.hold) {
                m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
                return;
            }
            QHttpServerResponse response(QByteArrayLiteral("application/json"), m_answer.body,
                                         static_cast<QHttpServerResponder::StatusCode>(m_answer.status));
            for (const auto& [name, value] : std::as_const(m_answer.headers)) {
                response.addHeader(name, value);
            }
            response.write(std::move(responder));
        });
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<mlc::FakeClock>();
    m_settings = MondayClient::Settings();
    m_settings.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v2").arg(port));
    m_settings.apiVersion = QStringLiteral("2026-07");
    m_client = std::make_unique<MondayClient>(m_network.get(), *m_clock, m_settings);
    m_client->setToken(kToken);
}

void tst_MondayClient::cleanup()
{
    m_client.reset();
    m_held.clear();
    m_network.reset();
    m_server.reset();
}

MondayOutcome tst_MondayClient::sendAndWait(const mlc::MondayRequestBody& body, const QString& key)
{
    MondayRequest* request = m_client->send(body, key);
    QSignalSpy finished(request, &MondayRequest::finished);
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    }();
    return finished.isEmpty() ? MondayOutcome() : finished.first().first().value<MondayOutcome>();
}

void tst_MondayClient::postsTheRawTokenVersionAndIdempotencyKey()
{
    m_answer.body =
        R"({"data":{"create_item":{"id":"42","name":"PI-1"}},"extensions":{"request_id":"req-9"}})";
    m_answer.headers = {{"Idempotency-Replayed", "true"}};
    const MondayOutcome outcome =
        sendAndWait(MondayDocuments::createItemRequest(QStringLiteral("1234567890"), QStringLiteral("topics"),
                                                       QStringLiteral("PI-1"), {}, false),
                    QStringLiteral("outbox-7f3a"));

    QCOMPARE(m_received.size(), 1);
    const Received& request = m_received.first();
    QCOMPARE(request.method, QByteArrayLiteral("POST"));
    QCOMPARE(request.path, QStringLiteral("/v2"));
    // monday takes the token as it is: "Bearer <token>" is not its format (monday.md §1.1).
    QCOMPARE(request.header("Authorization"), std::optional<QByteArray>(kToken.toUtf8()));
    QCOMPARE(request.header("Content-Type"), std::optional<QByteArray>("application/json"));
    QCOMPARE(request.header("API-Version"), std::optional<QByteArray>("2026-07"));
    QCOMPARE(request.header("Idempotency-Key"), std::optional<QByteArray>("outbox-7f3a"));

    QCOMPARE(outcome.kind, MondayOutcome::Kind::Done);
    QVERIFY(outcome.replayed);
    QCOMPARE(outcome.requestId, QStringLiteral("req-9"));
    QCOMPARE(outcome.data.value(QStringLiteral("create_item")).toObject().value(QStringLiteral("id")),
             QJsonValue(QStringLiteral("42")));
}

void tst_MondayClient::sendsNoIdempotencyKeyUnlessGiven()
{
    sendAndWait(MondayDocuments::connectionTestRequest());
    sendAndWait(MondayDocuments::archiveItemRequest(QStringLiteral("9876543210")));
    QCOMPARE(m_received.size(), 2);
    for (const Received& request : std::as_const(m_received)) {
        QVERIFY(!request.header("Idempotency-Key"));
        QCOMPARE(request.header("API-Version"), std::optional<QByteArray>("2026-07"));
    }
}

void tst_MondayClient::columnValuesTravelAsOneJsonString()
{
    const QJsonObject columns{
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Done")}}},
        {QStringLiteral("numbers_amount"), QStringLiteral("42.5")},
        {QStringLiteral("text_bcid"), QStringLiteral("say \"hi\"\n")},
    };
    sendAndWait(MondayDocuments::changeColumnValuesRequest(QStringLiteral("1234567890"),
                                                           QStringLiteral("9876543210"), columns, true));
    QCOMPARE(m_received.size(), 1);
    const QJsonObject body = m_received.first().json();
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("query"), QStringLiteral("variables")}));
    QCOMPARE(body.value(QStringLiteral("query")).toString(), MondayDocuments::changeColumnValues());
    QVERIFY(body.value(QStringLiteral("variables")).isObject());
    const QJsonObject variables = body.value(QStringLiteral("variables")).toObject();
    QCOMPARE(variables.value(QStringLiteral("boardId")), QJsonValue(QStringLiteral("1234567890")));
    QCOMPARE(variables.value(QStringLiteral("itemId")), QJsonValue(QStringLiteral("9876543210")));
    QCOMPARE(variables.value(QStringLiteral("createLabels")), QJsonValue(true));
    // Stringified exactly once: a string that parses to the column object, not an object, not a string of a
    // string.
    const QJsonValue encoded = variables.value(QStringLiteral("columnValues"));
    QVERIFY(encoded.isString());
    QCOMPARE(QJsonDocument::fromJson(encoded.toString().toUtf8()).object(), columns);
    // No value of the record is spliced into the document.
    QVERIFY(!body.value(QStringLiteral("query")).toString().contains(QLatin1String("1234567890")));
}

void tst_MondayClient::reportsAClassifiedOutcomeOnceWithoutRetrying()
{
    m_answer.status = 429;
    m_answer.body = R"({"errors":[{"message":"Rate Limit Exceeded","extensions":{"retry_in_seconds":20}}]})";
    m_answer.headers = {{"Retry-After", "7"}};
    MondayRequest* request = m_client->send(MondayDocuments::connectionTestRequest());
    QPointer<MondayRequest> alive(request);
    QSignalSpy finished(request, &MondayRequest::finished);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_VERIFY(alive.isNull()); // it deletes itself after reporting
    const MondayOutcome outcome = finished.first().first().value<MondayOutcome>();
    QCOMPARE(outcome.kind, MondayOutcome::Kind::Retry);
    QCOMPARE(outcome.retryAfter, std::optional<std::chrono::seconds>(7s));
    QCOMPARE(outcome.httpStatus, 429);
    // The wait is the write queue's to make: moving the clock sends nothing more.
    m_clock->advance(60s);
    QCoreApplication::processEvents();
    QCOMPARE(m_received.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void tst_MondayClient::countsMutationRequestsRetriesIncluded()
{
    const auto change = MondayDocuments::changeColumnValuesRequest(
        QStringLiteral("1"), QStringLiteral("2"), {{QStringLiteral("numbers"), QStringLiteral("1")}}, false);
    m_answer.status = 423;
    m_answer.body = R"({"errors":[{"message":"Resource is currently locked, please try again later"}]})";
    QCOMPARE(sendAndWait(change, QStringLiteral("k")).reason, MondayOutcome::Reason::Locked);
    m_answer = Answer();
    QCOMPARE(sendAndWait(change, QStringLiteral("k")).kind, MondayOutcome::Kind::Done);
    sendAndWait(MondayDocuments::itemsFirstPageRequest(QStringLiteral("1")));
    QCOMPARE(m_client->requestsSent(), 3);
    QCOMPARE(m_client->mutationRequestsSent(), 2);
    m_client->resetCounters();
    QCOMPARE(m_client->requestsSent(), 0);
    QCOMPARE(m_client->mutationRequestsSent(), 0);
}

void tst_MondayClient::aSilentServerIsATimeoutThatMayHaveApplied()
{
    m_settings.transferTimeout = 300ms;
    m_client = std::make_unique<MondayClient>(m_network.get(), *m_clock, m_settings);
    m_client->setToken(kToken);
    m_answer.hold = true;
    const MondayOutcome outcome = sendAndWait(MondayDocuments::createItemRequest(
        QStringLiteral("1"), QString(), QStringLiteral("PI-1"), {}, false));
    QCOMPARE(outcome.kind, MondayOutcome::Kind::Retry);
    QCOMPARE(outcome.reason, MondayOutcome::Reason::Timeout);
    QVERIFY(outcome.mayHaveBeenApplied);
}

void tst_MondayClient::anOversizedAnswerIsRefused()
{
    m_settings.maxBodyBytes = 1024;
    m_client = std::make_unique<MondayClient>(m_network.get(), *m_clock, m_settings);
    m_client->setToken(kToken);
    m_answer.body = R"({"data":{"items":")" + QByteArray(4096, 'x') + R"("}})";
    const MondayOutcome outcome = sendAndWait(MondayDocuments::nextItemsPageRequest(QStringLiteral("c")));
    QCOMPARE(outcome.kind, MondayOutcome::Kind::Permanent);
    QCOMPARE(outcome.reason, MondayOutcome::Reason::MalformedResponse);
    QVERIFY(outcome.message.contains(QLatin1String("larger")));
}

void tst_MondayClient::withoutATokenNothingIsSent()
{
    m_client = std::make_unique<MondayClient>(m_network.get(), *m_clock, m_settings);
    const MondayOutcome outcome = sendAndWait(MondayDocuments::connectionTestRequest());
    QCOMPARE(outcome.kind, MondayOutcome::Kind::Terminal);
    QCOMPARE(outcome.reason, MondayOutcome::Reason::Unauthorized);
    QVERIFY(outcome.message.contains(QLatin1String("MLC_MONDAY_TOKEN")));
    QCOMPARE(m_received.size(), 0);
    QCOMPARE(m_client->requestsSent(), 0);
}

void tst_MondayClient::theTokenIsRedactedFromLogs()
{
    QCOMPARE(mlc::SecretRedactor::instance().redact(QStringLiteral("Authorization: ") + kToken),
             QStringLiteral("Authorization: ") + mlc::SecretRedactor::mask());
}

QTEST_GUILESS_MAIN(tst_MondayClient)
#include "tst_monday_client.moc"
