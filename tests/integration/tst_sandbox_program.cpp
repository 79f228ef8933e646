#include "CliRunner.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
};

Reply finish(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
    }
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace

// ml-connector-sandbox as the demo and other tests run it: a separate process, reached only through what it
// prints.
class tst_SandboxProgram : public QObject
{
    Q_OBJECT

private:
    Reply send(const QByteArray& verb, const QUrl& url, const QByteArray& body = QByteArray(),
               const QString& token = QString())
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
        return finish(reply.get());
    }

    QNetworkAccessManager m_network;

private Q_SLOTS:
    void servesWhatItPrintsAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString profileOut = dir.filePath(QStringLiteral("sandbox-profile.json"));
        QProcess sandbox;
        sandbox.start(mlc::test::programPath(QStringLiteral("ml-connector-sandbox")),
                      {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--json"),
                       QStringLiteral("--profile-out"), profileOut});
        QVERIFY2(sandbox.waitForStarted(10000), qPrintable(sandbox.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
        QJsonParseError parseError;
        const QJsonObject info = QJsonDocument::fromJson(sandbox.readLine(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject bc = info.value(QStringLiteral("businessCentral")).toObject();
        const QString secret = info.value(QStringLiteral("environment"))
                                   .toObject()
                                   .value(QStringLiteral("MLC_BC_CLIENT_SECRET"))
                                   .toString();
        QVERIFY(!secret.isEmpty());
        // The secret goes to the environment, never into the profile.
        const QByteArray profile = QJsonDocument(info.value(QStringLiteral("profile")).toObject()).toJson();
        QVERIFY(!profile.contains(secret.toUtf8()));

        // A token from the printed token URL, with the printed credentials.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), bc.value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"), secret);
        form.addQueryItem(QStringLiteral("scope"),
                          QStringLiteral("https://api.businesscentral.dynamics.com/.default"));
        QNetworkRequest tokenRequest(QUrl(bc.value(QStringLiteral("tokenUrl")).toString()));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> tokenReply(
            m_network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8()));
        const Reply token = finish(tokenReply.get());
        QCOMPARE(token.status, 200);
        const QString accessToken = token.json.value(QStringLiteral("access_token")).toString();
        QVERIFY(!accessToken.isEmpty());

        const QString apiRoot = bc.value(QStringLiteral("apiRoot")).toString();
        const QString companyId = bc.value(QStringLiteral("companyId")).toString();
        const Reply companies = send("GET", QUrl(apiRoot + QStringLiteral("/companies")), {}, accessToken);
        QCOMPARE(companies.status, 200);
        const QJsonArray listed = companies.json.value(QStringLiteral("value")).toArray();
        QVERIFY(!listed.isEmpty());
        QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), companyId);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("displayName")).toString(),
                 bc.value(QStringLiteral("companyName")).toString());

        // A vendor made through the control API is there for the BC API.
        const QString control = bc.value(QStringLiteral("controlUrl")).toString();
        const Reply created =
            send("POST", QUrl(control + QStringLiteral("/records")),
                 R"({"entity":"vendors","fields":{"number":"V77770","displayName":"Sandbox Test Vendor"}})");
        QCOMPARE(created.status, 201);
        const QString vendorId = created.json.value(QStringLiteral("id")).toString();
        const QUrl vendorUrl(apiRoot + QStringLiteral("/companies(%1)/vendors(%2)").arg(companyId, vendorId));
        const Reply read = send("GET", vendorUrl, {}, accessToken);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("Sandbox Test Vendor"));

        QCOMPARE(send("POST", QUrl(control + QStringLiteral("/faults")),
                      R"({"endpoint":"vendors","status":503,"retryAfterSeconds":1})")
                     .status,
                 201);
        const Reply faulted = send("GET", vendorUrl, {}, accessToken);
        QCOMPARE(faulted.status, 503);
        QVERIFY(faulted.json.contains(QStringLiteral("error")));
        QCOMPARE(send("GET", vendorUrl, {}, accessToken).status, 200);

        // The printed profile and the --profile-out file both pass the CLI's validation.
        const QString printed = dir.filePath(QStringLiteral("printed-profile.json"));
        QFile file(printed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profile);
        file.close();
        for (const QString& path : {printed, profileOut}) {
            const mlc::test::CliRun validate =
                mlc::test::runCli({QStringLiteral("profile"), QStringLiteral("validate"), path});
            QVERIFY2(validate.exitCode == 0, validate.out.constData());
        }

        // With the printed secrets, `check` passes on both sides: the profile fits the demo boards.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QJsonObject secrets = info.value(QStringLiteral("environment")).toObject();
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            environment.insert(it.key(), it.value().toString());
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const mlc::test::CliRun checked =
            mlc::test::runCli({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                               QStringLiteral("--profile"), printed, QStringLiteral("check")},
                              environment);
        QVERIFY2(checked.exitCode == 0, (checked.out + checked.err).constData());
        QVERIFY2(checked.out.contains("monday.com: all checks passed"), checked.out.constData());

        sandbox.terminate(); // SIGTERM
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void aTakenPortIsAClearError()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        QProcess sandbox;
        sandbox.start(mlc::test::programPath(QStringLiteral("ml-connector-sandbox")),
                      {QStringLiteral("--port"), QString::number(occupant.serverPort())});
        QVERIFY(sandbox.waitForFinished(20000));
        QCOMPARE(sandbox.exitCode(), 1);
        const QByteArray err = sandbox.readAllStandardError();
        QVERIFY2(err.contains(QByteArray::number(occupant.serverPort())) && err.contains("--port"),
                 err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_SandboxProgram)
#include "tst_sandbox_program.moc"
