#include "BcLoopback.h"
#include "BcReadRun.h"
#include "bc/BcRequest.h"

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using mlc::BcCollectionReader;
using mlc::BcEntity;
using mlc::BcError;
using mlc::BcQuery;
using mlc::BcRecord;
using mlc::TokenError;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TokenError::Kind)

namespace {

QSet<QString> idsOf(const QList<QJsonObject>& records)
{
    QSet<QString> ids;
    for (const QJsonObject& record : records) {
        ids.insert(record.value(QStringLiteral("id")).toString());
    }
    return ids;
}

struct GetOutcome
{
    std::optional<QJsonObject> body;
    std::optional<BcError> error;
};

GetOutcome getOnce(mlc::BcApiClient& client, const QUrl& url)
{
    GetOutcome outcome;
    mlc::BcRequest* request = client.get(url);
    QObject::connect(request, &mlc::BcRequest::succeeded,
                     [&](const QJsonObject& body) { outcome.body = body; });
    QObject::connect(request, &mlc::BcRequest::failed, [&](const BcError& error) { outcome.error = error; });
    if (!QTest::qWaitFor([&] { return outcome.body || outcome.error; }, 20000)) {
        qWarning("The request neither succeeded nor failed in time.");
    }
    return outcome;
}

} // namespace

class tst_BcReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlsAreScopedToTheProfilesCompany()
    {
        BcLoopback bc;
        const QString root = bc.api.apiRoot(BcLoopback::kTenant, BcLoopback::kEnvironment).toString();
        QCOMPARE(bc.client->companyUrl().toString(),
                 root + QStringLiteral("/companies(%1)").arg(bc.companyId()));
        QCOMPARE(bc.client->collectionUrl(BcEntity::PurchaseInvoices).toString(),
                 root + QStringLiteral("/companies(%1)/purchaseInvoices").arg(bc.companyId()));
        QCOMPARE(bc.client->recordUrl(BcEntity::Vendors, QStringLiteral("abc")).toString(),
                 root + QStringLiteral("/companies(%1)/vendors(abc)").arg(bc.companyId()));

        mlc::BcApiClient::Settings settings = bc.clientSettings();
        settings.apiRoot.setPath(settings.apiRoot.path() + QLatin1Char('/'));
        QCOMPARE(bc.makeClient(settings)->companiesUrl().toString(), root + QStringLiteral("/companies"));
    }

    void pagesThroughEveryRecordOnce()
    {
        BcLoopback bc;
        QVERIFY(bc.isListening());
        const QList<QJsonObject>& all = *bc.api.data().records(bc.companyId(), BcEntity::PurchaseInvoices);
        QVERIFY(all.size() > 150);
        const int pageSize = 17;

        BcCollectionReader reader(*bc.client, bc.client->collectionUrl(BcEntity::PurchaseInvoices), pageSize);
        const BcReadRun run = BcReadRun::of(reader);

        QVERIFY2(!run.error, run.error ? qPrintable(run.error->summary()) : "");
        const int expectedPages = int((all.size() + pageSize - 1) / pageSize);
        QCOMPARE(run.pageSizes.size(), expectedPages);
        QCOMPARE(reader.pagesRead(), expectedPages);
        for (int i = 0; i + 1 < run.pageSizes.size(); ++i) {
            QCOMPARE(run.pageSizes.at(i), pageSize);
        }
        const QStringList ids = run.ids();
        QCOMPARE(ids.size(), all.size());
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), idsOf(all));
        QCOMPARE(bc.client->requestsSent(), expectedPages);
        QCOMPARE(bc.api.requestCount(QStringLiteral("purchaseInvoices")), expectedPages);
        QVERIFY(!reader.hasMorePages());
    }

    void recordsKeepTheirVersionAndWireValues()
    {
        BcLoopback bc;
        BcCollectionReader reader(*bc.client, bc.client->collectionUrl(BcEntity::PurchaseInvoices), 500);
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(!run.error);
        const QList<QJsonObject>& all = *bc.api.data().records(bc.companyId(), BcEntity::PurchaseInvoices);
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject& record : all) {
            byId.insert(record.value(QStringLiteral("id")).toString(), record);
        }
        bool sawEncodedEnum = false;
        for (const BcRecord& record : run.records) {
            const QJsonObject stored = byId.value(record.id);
            QCOMPARE(record.etag, stored.value(QStringLiteral("@odata.etag")).toString());
            QVERIFY(record.etag.startsWith(QStringLiteral("W/\"")));
            QVERIFY(!record.fields.contains(QStringLiteral("@odata.etag")));
            QCOMPARE(record.lastModifiedUtc.timeSpec(), Qt::UTC);
            QCOMPARE(record.fields.value(QStringLiteral("status")), stored.value(QStringLiteral("status")));
            sawEncodedEnum |=
                record.fields.value(QStringLiteral("status")).toString() == QStringLiteral("In_x0020_Review");
        }
        QVERIFY2(sawEncodedEnum, "the seed has invoices in review, kept as BC encodes them");
    }

    void selectAndFilterAreSent()
    {
        BcLoopback bc;
        BcQuery query;
        query.select = QStringList{QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("status")};
        query.filter = QStringLiteral("status eq 'In_x0020_Review'");
        BcCollectionReader reader(*bc.client,
                                  query.appliedTo(bc.client->collectionUrl(BcEntity::PurchaseInvoices)));
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(!run.error);
        QVERIFY(!run.records.isEmpty());
        for (const BcRecord& record : run.records) {
            const QStringList keys = record.fields.keys();
            QCOMPARE(
                QSet<QString>(keys.cbegin(), keys.cend()),
                (QSet<QString>{QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("status")}));
            QCOMPARE(record.fields.value(QStringLiteral("status")).toString(),
                     QStringLiteral("In_x0020_Review"));
        }
    }

    void theTokenIsReusedAndRefreshedOnTheClock()
    {
        BcLoopback bc;
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        QCOMPARE(bc.entra.issuedTokenCount(), 1);

        bc.clock.advance(30min);
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        QCOMPARE(bc.entra.issuedTokenCount(), 1);

        // 3599 s tokens are renewed five minutes before they run out, never after.
        bc.clock.advance(26min);
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        QCOMPARE(bc.entra.issuedTokenCount(), 2);
        QCOMPARE(bc.entra.requestCount(), 2);
        QCOMPARE(bc.client->requestsSent(), 4);
    }

    void anExpiredTokenIsNeverSent()
    {
        BcLoopback bc;
        bc.entra.setExpiresIn(600);
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        bc.clock.advance(2h);
        const GetOutcome outcome = getOnce(*bc.client, bc.client->companyUrl());
        QVERIFY2(outcome.body, outcome.error ? qPrintable(outcome.error->summary()) : "");
        QCOMPARE(bc.entra.issuedTokenCount(), 2);
        QCOMPARE(bc.client->requestsSent(), 2); // no 401 round trip
    }

    void a401FetchesANewTokenOnceAndRetries()
    {
        BcLoopback bc;
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        bc.entra.revokeAllTokens(); // the cached token is still "fresh" to the client
        const GetOutcome outcome = getOnce(*bc.client, bc.client->companyUrl());
        QVERIFY2(outcome.body, outcome.error ? qPrintable(outcome.error->summary()) : "");
        QCOMPARE(outcome.body->value(QStringLiteral("id")).toString(), bc.companyId());
        QCOMPARE(bc.entra.requestCount(), 2); // one fetch after the 401, not more
        QCOMPARE(bc.client->requestsSent(), 3);
    }

    void requestsInFlightWithARevokedTokenShareOneNewToken()
    {
        BcLoopback bc;
        QVERIFY(getOnce(*bc.client, bc.client->companyUrl()).body);
        bc.entra.revokeAllTokens();
        int succeeded = 0;
        for (int i = 0; i < 3; ++i) {
            mlc::BcRequest* request = bc.client->get(bc.client->companyUrl());
            connect(request, &mlc::BcRequest::succeeded, this, [&succeeded] { ++succeeded; });
        }
        QTRY_COMPARE(succeeded, 3);
        QCOMPARE(bc.entra.requestCount(), 2);
    }

    void aSecond401IsAnAuthorizationFailureWithAdvice()
    {
        BcLoopback bc;
        // Entra issues tokens, but BC does not know the app: the classic missing "Microsoft Entra
        // applications" setup (spec §8.16).
        bc.api.setTokenValidator([](const QString&) { return false; });
        const GetOutcome outcome = getOnce(*bc.client, bc.client->companyUrl());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, BcError::Kind::Unauthorized);
        QCOMPARE(outcome.error->httpStatus, 401);
        QCOMPARE(outcome.error->code, QStringLiteral("Authentication_InvalidCredentials"));
        QCOMPARE(outcome.error->attempts, 2);
        QVERIFY2(outcome.error->summary().contains(QStringLiteral("Microsoft Entra applications")),
                 qPrintable(outcome.error->summary()));
        QCOMPARE(bc.entra.issuedTokenCount(), 2);
        QCOMPARE(bc.api.requestCount(), 2);
    }

    void tokenErrorsReachTheReaderWithTheirAdvice_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<TokenError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("adviceFragment");
        QTest::newRow("wrong secret") << QStringLiteral("not-the-secret") << TokenError::Kind::WrongSecret
                                      << QStringLiteral("AADSTS7000215") << QStringLiteral("Value");
        QTest::newRow("secret ID") << QStringLiteral("a1b2c3d4-e5f6-4789-8abc-def012345678")
                                   << TokenError::Kind::WrongSecret << QStringLiteral("AADSTS7000215")
                                   << QStringLiteral("looks like a Secret ID");
    }

    void tokenErrorsReachTheReaderWithTheirAdvice()
    {
        QFETCH(QString, secret);
        QFETCH(TokenError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, adviceFragment);
        BcLoopback::Options options;
        options.clientSecret = secret;
        BcLoopback bc(options);
        BcCollectionReader reader(*bc.client, bc.client->collectionUrl(BcEntity::Vendors));
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, BcError::Kind::Token);
        QVERIFY(run.error->tokenError);
        QCOMPARE(run.error->tokenError->kind, kind);
        QCOMPARE(run.error->code, code);
        QVERIFY2(run.error->summary().contains(adviceFragment), qPrintable(run.error->summary()));
        QVERIFY(!run.error->summary().contains(secret));
        QCOMPARE(bc.api.requestCount(), 0);
    }

    void anUnknownCompanyIsReportedOnceWithBcsCode()
    {
        BcLoopback bc;
        mlc::BcApiClient::Settings settings = bc.clientSettings();
        settings.companyId = QStringLiteral("0dd6f9f5-0000-4000-8000-000000000000");
        auto client = bc.makeClient(settings);
        BcCollectionReader reader(*client, client->collectionUrl(BcEntity::Vendors));
        QSignalSpy failed(&reader, &BcCollectionReader::failed);
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(run.error);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(run.error->kind, BcError::Kind::Http);
        QCOMPARE(run.error->httpStatus, 404);
        QCOMPARE(run.error->code, QStringLiteral("Internal_CompanyNotFound"));
        QCOMPARE(run.error->attempts, 1); // a 404 is not retried
        QVERIFY2(run.error->summary().contains(QStringLiteral("Internal_CompanyNotFound")),
                 qPrintable(run.error->summary()));
    }

    void aNextLinkToAnotherHostIsNotFollowed()
    {
        BcLoopback bc;
        bool tokenLeft = false;
        mlc::sandbox::SandboxHost elsewhere(QStringLiteral("elsewhere"));
        QString error;
        QVERIFY(elsewhere.listen(0, &error));
        elsewhere.server().route(QStringLiteral("/steal"), [&tokenLeft] {
            tokenLeft = true;
            return QHttpServerResponse(QJsonObject{{QStringLiteral("value"), QJsonArray()}});
        });
        const QString forged = elsewhere.baseUrl().toString() + QStringLiteral("/steal");
        bc.host.server().route(QStringLiteral("/forged/page"), [forged] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("value"), QJsonArray()},
                                                   {QStringLiteral("@odata.nextLink"), forged}});
        });
        QUrl first = bc.host.baseUrl();
        first.setPath(QStringLiteral("/forged/page"));
        BcCollectionReader reader(*bc.client, first);
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, BcError::Kind::Malformed);
        QVERIFY2(run.error->summary().contains(QStringLiteral("does not point at the Business Central API")),
                 qPrintable(run.error->summary()));
        QVERIFY(!tokenLeft);
        QVERIFY(!reader.hasMorePages());
    }

    void elementsThatAreNotRecordsAreSkippedAndReported()
    {
        BcLoopback bc;
        bc.host.server().route(QStringLiteral("/odd/page"), [] {
            const QJsonArray value{
                QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("a")},
                    {QStringLiteral("lastModifiedDateTime"), QStringLiteral("2026-01-05T09:00:00.5Z")}},
                QJsonObject{{QStringLiteral("number"), QStringLiteral("no id")}},
                QStringLiteral("not an object"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                            {QStringLiteral("lastModifiedDateTime"), QStringLiteral("yesterday")}}};
            return QHttpServerResponse(QJsonObject{{QStringLiteral("value"), value}});
        });
        QUrl first = bc.host.baseUrl();
        first.setPath(QStringLiteral("/odd/page"));
        BcCollectionReader reader(*bc.client, first);
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(!run.error);
        QCOMPARE(run.ids(), QStringList{QStringLiteral("a")});
        QCOMPARE(run.records.first().lastModifiedUtc.time().msec(), 500);
        QCOMPARE(run.rejected.size(), 3);
    }

    void aBodyWithoutValueIsMalformed()
    {
        BcLoopback bc;
        bc.host.server().route(QStringLiteral("/novalue"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("values"), 1}});
        });
        QUrl first = bc.host.baseUrl();
        first.setPath(QStringLiteral("/novalue"));
        BcCollectionReader reader(*bc.client, first);
        const BcReadRun run = BcReadRun::of(reader);
        QVERIFY(run.error);
        QCOMPARE(run.error->kind, BcError::Kind::Malformed);
        QCOMPARE(run.error->resource, QStringLiteral("/novalue"));
    }
};

QTEST_GUILESS_MAIN(tst_BcReader)
#include "tst_bc_reader.moc"
