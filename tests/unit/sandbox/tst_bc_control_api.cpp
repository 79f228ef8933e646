#include "BcApiSimulator.h"
#include "BcControlApi.h"
#include "FakeClock.h"
#include "SandboxHost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using mlc::BcEntity;
using mlc::sandbox::BcApiSimulator;
using mlc::sandbox::BcControlApi;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
};

// The BC simulator with its control API on one loopback host, driven over real HTTP.
class Environment
{
public:
    Environment()
        : host(QStringLiteral("Business Central"))
        , api(host, clock)
        , control(host, api)
    {
        QString error;
        listening = host.listen(0, &error);
    }

    Reply send(const QByteArray& verb, const QString& relative, const QByteArray& body = QByteArray())
    {
        QUrl url = control.baseUrl();
        const qsizetype query = relative.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + QLatin1Char('/') + relative.left(query));
        if (query >= 0)
            url.setQuery(relative.mid(query + 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, body));
        return finish(reply.get());
    }

    Reply getBc(const QString& relative)
    {
        QNetworkRequest request(QUrl(
            api.apiRoot(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("production")).toString() +
            QLatin1Char('/') + relative));
        request.setRawHeader("Authorization", "Bearer " + BcApiSimulator::demoToken().toLatin1());
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        return finish(reply.get());
    }

    QString firstId(BcEntity entity, const QString& status = QString()) const
    {
        for (const QJsonObject& record : *api.data().records(api.firstCompanyId(), entity)) {
            if (status.isEmpty() || record.value(QStringLiteral("status")).toString() == status)
                return record.value(QStringLiteral("id")).toString();
        }
        return {};
    }

    mlc::FakeClock clock;
    mlc::sandbox::SandboxHost host;
    BcApiSimulator api;
    BcControlApi control;
    QNetworkAccessManager network;
    bool listening = false;

private:
    static Reply finish(QNetworkReply* reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        return result;
    }
};

QString errorCode(const Reply& reply)
{
    return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const Reply& reply)
{
    return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

} // namespace

class tst_BcControlApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsARecordThatTheApiThenServes()
    {
        Environment env;
        QVERIFY(env.listening);
        const Reply created = env.send(
            "POST", QStringLiteral("records"),
            R"({"entity":"vendors","fields":{"number":"V99990","displayName":"Fabrikam Test Ltd"}})");
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        // Fields not given are there, empty, as every vendor BC sends has them.
        QVERIFY(created.json.contains(QStringLiteral("email")));

        const Reply read =
            env.getBc(QStringLiteral("companies(%1)/vendors(%2)").arg(env.api.firstCompanyId(), id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Fabrikam Test Ltd"));
    }

    void changesDeletesAndPosts()
    {
        Environment env;
        QVERIFY(env.listening);
        const QString vendorId = env.firstId(BcEntity::Vendors);
        const Reply changed = env.send("PATCH", QStringLiteral("records/vendors/%1").arg(vendorId),
                                       R"({"fields":{"displayName":"Renamed Inc."}})");
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Renamed Inc."));

        const QString draftId = env.firstId(BcEntity::PurchaseInvoices, QStringLiteral("Draft"));
        QVERIFY(!draftId.isEmpty());
        const Reply posted =
            env.send("POST", QStringLiteral("records/purchaseInvoices/%1/post").arg(draftId));
        QCOMPARE(posted.status, 200);
        QCOMPARE(posted.json.value(QStringLiteral("status")).toString(), QStringLiteral("Open"));
        QCOMPARE(env.send("POST", QStringLiteral("records/purchaseInvoices/%1/post").arg(draftId)).status,
                 400);

        QCOMPARE(env.send("DELETE", QStringLiteral("records/vendors/%1").arg(vendorId)).status, 204);
        QVERIFY(!env.api.data().record(env.api.firstCompanyId(), BcEntity::Vendors, vendorId));
        QCOMPARE(env.send("DELETE", QStringLiteral("records/vendors/%1").arg(vendorId)).status, 404);
    }

    void refusesBadInputWithBcErrorBodies_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("malformed JSON")
            << QByteArray("POST") << QStringLiteral("records") << QByteArray(R"({"entity":"vendors",)") << 400
            << QStringLiteral("BadRequest") << QStringLiteral("not valid JSON");
        QTest::newRow("not an object")
            << QByteArray("POST") << QStringLiteral("records") << QByteArray("[1]") << 400
            << QStringLiteral("BadRequest") << QStringLiteral("JSON object");
        QTest::newRow("unknown entity") << QByteArray("POST") << QStringLiteral("records")
                                        << QByteArray(R"({"entity":"widgets","fields":{}})") << 400
                                        << QStringLiteral("BadRequest") << QStringLiteral("widgets");
        QTest::newRow("entity not a string")
            << QByteArray("POST") << QStringLiteral("records") << QByteArray(R"({"entity":7})") << 400
            << QStringLiteral("BadRequest") << QStringLiteral("a number");
        QTest::newRow("fields not an object") << QByteArray("POST") << QStringLiteral("records")
                                              << QByteArray(R"({"entity":"vendors","fields":[]})") << 400
                                              << QStringLiteral("BadRequest") << QStringLiteral("an array");
        QTest::newRow("unknown field") << QByteArray("POST") << QStringLiteral("records")
                                       << QByteArray(R"({"entity":"vendors","fields":{"nmae":"x"}})") << 400
                                       << QStringLiteral("BadRequest") << QStringLiteral("nmae");
        QTest::newRow("field of the wrong type")
            << QByteArray("POST") << QStringLiteral("records")
            << QByteArray(R"({"entity":"vendors","fields":{"displayName":12}})") << 400
            << QStringLiteral("BadRequest") << QStringLiteral("displayName");
        QTest::newRow("unknown company")
            << QByteArray("POST") << QStringLiteral("records")
            << QByteArray(R"({"entity":"vendors","companyId":"00000000-0000-0000-0000-000000000001"})") << 404
            << QStringLiteral("Internal_CompanyNotFound")
            << QStringLiteral("00000000-0000-0000-0000-000000000001");
        QTest::newRow("unknown entity in the path")
            << QByteArray("PATCH") << QStringLiteral("records/widgets/1") << QByteArray(R"({"fields":{}})")
            << 404 << QStringLiteral("BadRequest_NotFound") << QStringLiteral("widgets");
        QTest::newRow("unknown id") << QByteArray("PATCH") << QStringLiteral("records/vendors/no-such-id")
                                    << QByteArray(R"({"fields":{"displayName":"x"}})") << 404
                                    << QStringLiteral("Internal_RecordNotFound")
                                    << QStringLiteral("no-such-id");
        QTest::newRow("fault kind unknown")
            << QByteArray("POST") << QStringLiteral("faults") << QByteArray(R"({"kind":"explode"})") << 400
            << QStringLiteral("BadRequest") << QStringLiteral("explode");
        QTest::newRow("fault times not a number")
            << QByteArray("POST") << QStringLiteral("faults") << QByteArray(R"({"times":"two"})") << 400
            << QStringLiteral("BadRequest") << QStringLiteral("times");
        QTest::newRow("fault endpoint unknown")
            << QByteArray("POST") << QStringLiteral("faults") << QByteArray(R"({"endpoint":"widgets"})")
            << 400 << QStringLiteral("BadRequest") << QStringLiteral("widgets");
        QTest::newRow("wrong method")
            << QByteArray("GET") << QStringLiteral("records") << QByteArray() << 405
            << QStringLiteral("BadRequest_MethodNotAllowed") << QStringLiteral("GET");
    }

    void refusesBadInputWithBcErrorBodies()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        Environment env;
        QVERIFY(env.listening);
        const int before = env.api.data().records(env.api.firstCompanyId(), BcEntity::Vendors)->size();
        const Reply reply = env.send(verb, path, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QVERIFY2(errorMessage(reply).contains(mentions), qPrintable(errorMessage(reply)));
        QCOMPARE(env.api.data().records(env.api.firstCompanyId(), BcEntity::Vendors)->size(), before);
    }

    void injectsFaultsCountsRequestsAndThrottles()
    {
        Environment env;
        QVERIFY(env.listening);
        const QString vendors = QStringLiteral("companies(%1)/vendors").arg(env.api.firstCompanyId());
        QCOMPARE(env.send("POST", QStringLiteral("faults"),
                          R"({"endpoint":"vendors","status":503,"retryAfterSeconds":7,"times":2})")
                     .status,
                 201);
        for (int i = 0; i < 2; ++i) {
            const Reply faulted = env.getBc(vendors);
            QCOMPARE(faulted.status, 503);
            QCOMPARE(faulted.retryAfter, QByteArray("7"));
        }
        QCOMPARE(env.getBc(vendors).status, 200);

        QCOMPARE(env.send("POST", QStringLiteral("faults"), R"({"times":5})").status, 201);
        QCOMPARE(env.send("DELETE", QStringLiteral("faults")).status, 204);
        QCOMPARE(env.getBc(vendors).status, 200);

        const Reply counts = env.send("GET", QStringLiteral("requests"));
        QCOMPARE(counts.status, 200);
        QCOMPARE(counts.json.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(counts.json.value(QStringLiteral("endpoints"))
                     .toObject()
                     .value(QStringLiteral("vendors"))
                     .toInt(),
                 4);
        QCOMPARE(env.send("DELETE", QStringLiteral("requests")).status, 204);
        QCOMPARE(env.api.requestCount(), 0);

        QCOMPARE(
            env.send("PUT", QStringLiteral("throttle"), R"({"maxRequests":1,"sendRetryAfter":true})").status,
            200);
        QCOMPARE(env.getBc(vendors).status, 200);
        QCOMPARE(env.getBc(vendors).status, 429);
    }
};

QTEST_GUILESS_MAIN(tst_BcControlApi)
#include "tst_bc_control_api.moc"
