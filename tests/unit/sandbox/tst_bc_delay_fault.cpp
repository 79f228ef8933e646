#include "BcApiSimulator.h"
#include "FakeClock.h"
#include "SandboxHost.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using mlc::sandbox::BcApiSimulator;
using mlc::sandbox::BcFault;

// A delay fault holds a real socket open, so the client's transfer timeout is what is under test here.
class tst_BcDelayFault : public QObject
{
    Q_OBJECT

public:
    tst_BcDelayFault()
        : m_host(QStringLiteral("Business Central"))
        , m_api(m_host, m_clock)
    {}

private:
    std::unique_ptr<QNetworkReply> getCompanies(int transferTimeoutMs)
    {
        QNetworkRequest request(
            QUrl(m_api.apiRoot(QStringLiteral("contoso.onmicrosoft.com"), QStringLiteral("production"))
                     .toString() +
                 QStringLiteral("/companies")));
        request.setRawHeader("Authorization", "Bearer " + BcApiSimulator::demoToken().toLatin1());
        request.setTransferTimeout(transferTimeoutMs);
        return std::unique_ptr<QNetworkReply>(m_network.get(request));
    }

    static int status(QNetworkReply* reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    mlc::FakeClock m_clock;
    mlc::sandbox::SandboxHost m_host;
    BcApiSimulator m_api;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_host.listen(0, &error), qPrintable(error));
    }

    void cleanup() { m_api.faults().clear(); }

    void aShortTransferTimeoutGivesUpFirst()
    {
        m_api.faults().inject(QStringLiteral("companies"), BcFault::delayed(400));
        std::unique_ptr<QNetworkReply> reply = getCompanies(100);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError ||
                     reply->error() == QNetworkReply::TimeoutError,
                 qPrintable(reply->errorString()));
        QCOMPARE(status(reply.get()), 0);
    }

    void aLongerTimeoutGetsTheRealAnswerLate()
    {
        // The previous test's late answer, due while this one waits, finds its socket closed and is dropped.
        m_api.faults().inject(QStringLiteral("companies"), BcFault::delayed(800));
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<QNetworkReply> reply = getCompanies(10000);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(status(reply.get()), 200);
        QVERIFY(reply->readAll().contains("\"value\""));
        QVERIFY2(elapsed.elapsed() >= 750, qPrintable(QString::number(elapsed.elapsed())));
    }

    void aStatusFaultCanWaitToo()
    {
        BcFault fault = BcFault::status503(3);
        fault.delayMs = 300;
        m_api.faults().inject(QStringLiteral("companies"), fault);
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<QNetworkReply> reply = getCompanies(10000);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(status(reply.get()), 503);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("3"));
        QVERIFY2(elapsed.elapsed() >= 250, qPrintable(QString::number(elapsed.elapsed())));
    }

    void withoutAFaultTheAnswerIsImmediate()
    {
        std::unique_ptr<QNetworkReply> reply = getCompanies(2000);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(status(reply.get()), 200);
    }
};

QTEST_GUILESS_MAIN(tst_BcDelayFault)
#include "tst_bc_delay_fault.moc"
