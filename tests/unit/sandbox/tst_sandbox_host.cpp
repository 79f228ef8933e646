#include "SandboxHost.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

class tst_SandboxHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOverRealHttpOnLoopback()
    {
        mlc::sandbox::SandboxHost host(QStringLiteral("Business Central"));
        QString error;
        QVERIFY2(host.listen(0, &error), qPrintable(error));
        QCOMPARE(host.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(host.baseUrl().port() > 0);

        QNetworkAccessManager network;
        QUrl url = host.baseUrl();
        url.setPath(QStringLiteral("/health"));
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("service")).toString(), QStringLiteral("Business Central"));
    }

    void aTakenPortIsAReadableError()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        mlc::sandbox::SandboxHost host(QStringLiteral("monday.com"));
        QString error;
        QVERIFY(!host.listen(occupant.serverPort(), &error));
        QVERIFY2(error.contains(QString::number(occupant.serverPort())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxHost)
#include "tst_sandbox_host.moc"
