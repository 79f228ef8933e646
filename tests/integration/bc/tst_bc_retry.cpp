#include "BcLoopback.h"
#include "BcReadRun.h"
#include "bc/BcRequest.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using mlc::BcCollectionReader;
using mlc::BcEntity;
using mlc::BcError;
using mlc::BcRequest;
using mlc::sandbox::BcFault;
using std::chrono::milliseconds;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(std::chrono::milliseconds)

namespace {

const QString kVendors = QStringLiteral("vendors");

// One GET of the vendor collection, watched from the outside.
struct Watched
{
    explicit Watched(BcLoopback& bc)
        : request(bc.client->get(bc.client->collectionUrl(BcEntity::Vendors)))
        , retrying(request, &BcRequest::retrying)
        , succeeded(request, &BcRequest::succeeded)
        , failed(request, &BcRequest::failed)
    {}

    milliseconds lastDelay() const { return retrying.last().at(1).value<milliseconds>(); }
    BcError lastReason() const { return retrying.last().at(0).value<BcError>(); }
    BcError failure() const { return failed.last().at(0).value<BcError>(); }

    BcRequest* request;
    QSignalSpy retrying;
    QSignalSpy succeeded;
    QSignalSpy failed;
};

} // namespace

class tst_BcRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BcError>();
        qRegisterMetaType<milliseconds>();
    }

    void a429WaitsAsLongAsRetryAfterSays()
    {
        BcLoopback bc;
        bc.api.faults().inject(kVendors, BcFault::status429(7));
        Watched get(bc);
        QTRY_COMPARE(get.retrying.count(), 1);
        QCOMPARE(get.lastDelay(), 7000ms);
        QCOMPARE(get.lastReason().httpStatus, 429);
        QCOMPARE(bc.client->requestsSent(), 1);

        bc.clock.advance(6999ms);
        QCOMPARE(bc.client->requestsSent(), 1);
        bc.clock.advance(1ms);
        QCOMPARE(bc.client->requestsSent(), 2);
        QTRY_COMPARE(get.succeeded.count(), 1);
        QCOMPARE(get.failed.count(), 0);
        QCOMPARE(bc.api.requestCount(kVendors), 2);
    }

    void a503WaitsAsLongAsRetryAfterSays()
    {
        BcLoopback bc;
        bc.api.faults().inject(kVendors, BcFault::status503(3));
        Watched get(bc);
        QTRY_COMPARE(get.retrying.count(), 1);
        QCOMPARE(get.lastDelay(), 3000ms);
        QCOMPARE(get.lastReason().httpStatus, 503);
        bc.clock.advance(2999ms);
        QCOMPARE(bc.client->requestsSent(), 1);
        bc.clock.advance(1ms);
        QTRY_COMPARE(get.succeeded.count(), 1);
    }

    void withoutRetryAfterTheWaitGrowsWithJitterUpToTheCap()
    {
        BcLoopback bc;
        mlc::BcApiClient::Settings settings = bc.clientSettings();
        settings.retry.maxAttempts = 8;
        settings.retry.initialDelay = 1000ms;
        settings.retry.maxDelay = 8000ms;
        bc.client = bc.makeClient(settings);
        bc.api.faults().inject(kVendors, BcFault::status429(), 6);
        Watched get(bc);
        const QList<std::pair<qint64, qint64>> bounds{{500, 1000},  {1000, 2000}, {2000, 4000},
                                                      {4000, 8000}, {4000, 8000}, {4000, 8000}};
        for (int i = 0; i < bounds.size(); ++i) {
            QTRY_COMPARE(get.retrying.count(), i + 1);
            const qint64 delay = get.lastDelay().count();
            QVERIFY2(delay >= bounds.at(i).first && delay <= bounds.at(i).second,
                     qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(i + 1).arg(delay)));
            bc.clock.advance(milliseconds(delay));
        }
        QTRY_COMPARE(get.succeeded.count(), 1);
        QCOMPARE(bc.client->requestsSent(), 7);
    }

    void retryAfterIsCappedSoASyncNeverLooksHung()
    {
        BcLoopback bc;
        mlc::BcApiClient::Settings settings = bc.clientSettings();
        settings.retry.maxServerDelay = 60s;
        bc.client = bc.makeClient(settings);
        bc.api.faults().inject(kVendors, BcFault::status503(3600));
        Watched get(bc);
        QTRY_COMPARE(get.retrying.count(), 1);
        QCOMPARE(get.lastDelay(), 60000ms);
    }

    void aPersistentErrorIsReportedOnceWithBcsCode()
    {
        BcLoopback bc;
        bc.api.faults().inject(kVendors, BcFault::status504(), 20);
        Watched get(bc);
        const int maxAttempts = bc.client->settings().retry.maxAttempts;
        for (int i = 1; i < maxAttempts; ++i) {
            QTRY_COMPARE(get.retrying.count(), i);
            bc.clock.advance(get.lastDelay());
        }
        QTRY_COMPARE(get.failed.count(), 1);
        const BcError error = get.failure();
        QCOMPARE(error.kind, BcError::Kind::Http);
        QCOMPARE(error.httpStatus, 504);
        QCOMPARE(error.attempts, maxAttempts);
        QVERIFY(!error.code.isEmpty());
        QVERIFY2(error.summary().contains(error.code) && error.summary().contains(QStringLiteral("504")),
                 qPrintable(error.summary()));
        bc.clock.advance(1h);
        QCOMPARE(get.failed.count(), 1);
        QCOMPARE(bc.client->requestsSent(), maxAttempts);
    }

    void malformedJsonIsRetriedThenReported()
    {
        BcLoopback bc;
        bc.api.faults().inject(kVendors, BcFault::malformedBody());
        {
            Watched get(bc);
            QTRY_COMPARE(get.retrying.count(), 1);
            QCOMPARE(get.lastReason().kind, BcError::Kind::Malformed);
            bc.clock.advance(get.lastDelay());
            QTRY_COMPARE(get.succeeded.count(), 1);
        }
        bc.api.faults().inject(kVendors, BcFault::malformedBody(), 20);
        BcCollectionReader reader(*bc.client, bc.client->collectionUrl(BcEntity::Vendors));
        QSignalSpy failed(&reader, &BcCollectionReader::failed);
        QObject context;
        connect(&reader, &BcCollectionReader::pageRead, &context,
                [] { QFAIL("a garbled page was delivered"); });
        reader.readNextPage();
        for (int i = 0; i < 10 && failed.isEmpty(); ++i) {
            QVERIFY(
                QTest::qWaitFor([&] { return bc.clock.pendingCallbacks() > 0 || !failed.isEmpty(); }, 10000));
            bc.clock.advance(1min);
        }
        QTRY_COMPARE(failed.count(), 1);
        const BcError error = failed.first().at(0).value<BcError>();
        QCOMPARE(error.kind, BcError::Kind::Malformed);
        QVERIFY2(error.summary().contains(QStringLiteral("not valid JSON")), qPrintable(error.summary()));
    }

    void aDroppedConnectionIsRetriedThenReported()
    {
        BcLoopback bc;
        bc.api.faults().inject(kVendors, BcFault::droppedConnection());
        {
            // Qt itself may resend once on a dropped keep-alive connection; either way the page arrives.
            Watched get(bc);
            for (int i = 0; i < 3 && get.succeeded.isEmpty(); ++i) {
                QVERIFY(QTest::qWaitFor(
                    [&] { return !get.succeeded.isEmpty() || bc.clock.pendingCallbacks() > 0; }, 10000));
                bc.clock.advance(1min);
            }
            QTRY_COMPARE(get.succeeded.count(), 1);
        }
        bc.api.faults().inject(kVendors, BcFault::droppedConnection(), 40);
        Watched get(bc);
        for (int i = 1; i < bc.client->settings().retry.maxAttempts; ++i) {
            QTRY_COMPARE(get.retrying.count(), i);
            QCOMPARE(get.lastReason().kind, BcError::Kind::Network);
            bc.clock.advance(get.lastDelay());
        }
        QTRY_COMPARE(get.failed.count(), 1);
        QCOMPARE(get.failure().kind, BcError::Kind::Network);
        QCOMPARE(get.failure().httpStatus, 0);
        QVERIFY2(get.failure().summary().contains(QStringLiteral("could not be reached")),
                 qPrintable(get.failure().summary()));
    }

    void aSilentServerTimesOutAndIsRetried()
    {
        BcLoopback bc;
        QTcpServer silent; // accepts connections and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        mlc::BcApiClient::Settings settings = bc.clientSettings();
        settings.apiRoot.setPort(silent.serverPort());
        settings.transferTimeout = 300ms;
        settings.retry.maxAttempts = 2;
        bc.client = bc.makeClient(settings);
        Watched get(bc);
        QTRY_COMPARE(get.retrying.count(), 1);
        QCOMPARE(get.lastReason().kind, BcError::Kind::Timeout);
        bc.clock.advance(get.lastDelay());
        QTRY_COMPARE(get.failed.count(), 1);
        QCOMPARE(get.failure().kind, BcError::Kind::Timeout);
        QCOMPARE(get.failure().attempts, 2);
        QVERIFY2(get.failure().summary().contains(
                     QStringLiteral("did not answer in time (no answer within 0.3 s)")),
                 qPrintable(get.failure().summary()));
    }

    void theThrottleIsWaitedOutAndEveryPageArrives()
    {
        BcLoopback bc;
        bc.api.throttle().configure(4, 10s, true);
        BcCollectionReader reader(*bc.client, bc.client->collectionUrl(BcEntity::Vendors), 5);
        QList<mlc::BcRecord> records;
        bool done = false;
        connect(&reader, &BcCollectionReader::pageRead, this, [&](const QList<mlc::BcRecord>& page) {
            records.append(page);
            reader.hasMorePages() ? reader.readNextPage() : void(done = true);
        });
        reader.readNextPage();
        for (int i = 0; i < 200 && !done; ++i) {
            QVERIFY(QTest::qWaitFor([&] { return done || bc.clock.pendingCallbacks() > 0; }, 10000));
            bc.clock.advance(1s);
        }
        QVERIFY(done);
        QCOMPARE(records.size(), bc.api.data().records(bc.companyId(), BcEntity::Vendors)->size());
        QVERIFY2(bc.client->requestsSent() > reader.pagesRead(), "some requests were throttled and retried");
    }

    void anUnavailableTokenEndpointIsRetriedLikeTheApi()
    {
        BcLoopback bc;
        mlc::sandbox::EntraTokenSimulator::Fault unavailable;
        unavailable.status = 503;
        unavailable.body =
            R"({"error":"temporarily_unavailable","error_description":"AADSTS90033: A transient error has occurred."})";
        bc.entra.failNext(1, unavailable);
        Watched get(bc);
        QTRY_COMPARE(get.retrying.count(), 1);
        QCOMPARE(get.lastReason().kind, BcError::Kind::Token);
        QCOMPARE(bc.client->requestsSent(), 0);
        bc.clock.advance(get.lastDelay());
        QTRY_COMPARE(get.succeeded.count(), 1);
        QCOMPARE(bc.entra.requestCount(), 2);
    }

    void aClientDestroyedDuringTheWaitLeavesNothingBehind()
    {
        BcLoopback bc;
        bc.api.faults().inject(kVendors, BcFault::status429(30));
        Watched get(bc);
        QTRY_COMPARE(get.retrying.count(), 1);
        bc.client.reset();
        bc.clock.advance(1min);
        QCOMPARE(bc.api.requestCount(kVendors), 1);
    }
};

QTEST_GUILESS_MAIN(tst_BcRetry)
#include "tst_bc_retry.moc"
