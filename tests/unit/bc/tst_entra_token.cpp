#include "FakeClock.h"
#include "SandboxHost.h"
#include "bc/EntraTokenSimulator.h"
#include "bc/EntraTokenSource.h"
#include "common/SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStringList>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <memory>
#include <optional>

using mlc::EntraTokenSource;
using mlc::TokenError;
using mlc::sandbox::EntraTokenSimulator;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(TokenError::Kind)

namespace {

const QString kTenantDomain = QStringLiteral("contoso.onmicrosoft.com");
const QString kTenantId = QStringLiteral("5f1c2b7e-3d4a-4c8b-9e21-0a6b7c8d9e10");
const QString kClientId = QStringLiteral("0b6f8a3c-1d2e-4f50-8a9b-c0d1e2f3a4b5");
const QString kDisabledClientId = QStringLiteral("9e8d7c6b-5a49-4382-9170-f6e5d4c3b2a1");
const QString kSecretValue = QStringLiteral("Qx48Q~Zk3vN.pL7rT_w2YhB9mE-cF6sJ1uA0dGoK");
const QString kSecretId = QStringLiteral("a1b2c3d4-e5f6-4789-8abc-def012345678");

struct Outcome
{
    QString token;
    std::optional<TokenError> error;
};

// Collects every log line of the process while alive, so tests can look for leaked secrets.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines = QStringList();
        m_previous = qInstallMessageHandler(&LogCapture::collect);
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QString all() { return s_lines.join(QLatin1Char('\n')); }

private:
    static void collect(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        s_lines.append(QString::fromLatin1(context.category) + QStringLiteral(": ") + message);
    }

    static QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

QStringList LogCapture::s_lines;

EntraTokenSimulator::App appWith(const QString& secretValue, bool enabled)
{
    EntraTokenSimulator::App app;
    app.secretValue = secretValue;
    app.secretId = kSecretId;
    app.enabled = enabled;
    return app;
}

} // namespace

class tst_EntraToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<mlc::FakeClock>();
        m_host = std::make_unique<mlc::sandbox::SandboxHost>(QStringLiteral("Entra ID"));
        m_simulator = std::make_unique<EntraTokenSimulator>(*m_host, *m_clock);
        QString error;
        QVERIFY2(m_host->listen(0, &error), qPrintable(error));
        m_simulator->addTenant(kTenantDomain);
        m_simulator->addTenant(kTenantId);
        m_simulator->addApp(kClientId, appWith(kSecretValue, true));
        m_simulator->addApp(kDisabledClientId, appWith(kSecretValue, false));
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_simulator.reset();
        m_host.reset();
        m_clock.reset();
    }

    void issuesATokenTheApiSimulatorAccepts()
    {
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->advice) : "");
        QVERIFY(!outcome.token.isEmpty());
        QVERIFY(m_simulator->isValidToken(outcome.token));
        QVERIFY(m_simulator->isValidToken(QStringLiteral("Bearer ") + outcome.token));
        QVERIFY(!m_simulator->isValidToken(outcome.token + QStringLiteral("x")));
        QCOMPARE(source->token(), outcome.token);
        QCOMPARE(m_simulator->requestCount(), 1);
    }

    void theTenantMayBeGivenByItsGuid()
    {
        auto source = makeSource(kTenantId.toUpper(), kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->advice) : "");
        QVERIFY(m_simulator->isValidToken(outcome.token));
    }

    void theSuccessBodyHasEntrasShape()
    {
        m_simulator->setExpiresIn(1234);
        const auto [status, body] = postForm(
            kTenantDomain, formFor(QStringLiteral("client_credentials"), EntraTokenSimulator::apiScope()));
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 1234);
        QCOMPARE(body.value(QStringLiteral("ext_expires_in")).toInt(), 1234);
        QVERIFY(body.value(QStringLiteral("access_token")).toString().size() >= 32);
        QVERIFY(!body.contains(QStringLiteral("refresh_token")));
    }

    void aSecondRequestIsServedFromTheCache()
    {
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const QString first = fetch(*source).token;
        QVERIFY(!first.isEmpty());

        QSignalSpy ready(source.get(), &EntraTokenSource::tokenReady);
        source->requestToken();
        QCOMPARE(ready.count(), 0); // answered after returning, like a fetch
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().first().toString(), first);
        QCOMPARE(m_simulator->requestCount(), 1);
    }

    void theTokenIsRefreshedAheadOfExpiry()
    {
        // 3599 s lifetime: refreshed 5 minutes before it runs out.
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const QString first = fetch(*source).token;
        m_clock->advance(std::chrono::seconds(3599 - 300 - 1));
        QCOMPARE(fetch(*source).token, first);
        QCOMPARE(m_simulator->requestCount(), 1);

        m_clock->advance(2s);
        QVERIFY(source->token().isEmpty());
        const QString second = fetch(*source).token;
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QCOMPARE(m_simulator->requestCount(), 2);
        QVERIFY(m_simulator->isValidToken(second));
    }

    void aShortLivedTokenIsRefreshedAtNinetyPercent()
    {
        m_simulator->setExpiresIn(100);
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const QString first = fetch(*source).token;
        m_clock->advance(89s);
        QCOMPARE(fetch(*source).token, first);
        m_clock->advance(2s);
        QVERIFY(fetch(*source).token != first);
        QCOMPARE(m_simulator->requestCount(), 2);
    }

    void concurrentRequestsShareOneFetch()
    {
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        QSignalSpy ready(source.get(), &EntraTokenSource::tokenReady);
        source->requestToken();
        source->requestToken();
        source->requestToken();
        QVERIFY(source->isFetching());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!source->isFetching());
        QCOMPARE(m_simulator->requestCount(), 1);
        QVERIFY(m_simulator->isValidToken(ready.first().first().toString()));
    }

    void invalidateMakesTheNextRequestFetch()
    {
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const QString first = fetch(*source).token;
        m_simulator->revokeAllTokens();
        QVERIFY(!m_simulator->isValidToken(first));
        source->invalidate();
        QVERIFY(source->token().isEmpty());
        const QString second = fetch(*source).token;
        QVERIFY(m_simulator->isValidToken(second));
        QCOMPARE(m_simulator->requestCount(), 2);
    }

    void issuedTokensExpireOnTheSimulatorClock()
    {
        m_simulator->setExpiresIn(600);
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const QString token = fetch(*source).token;
        m_clock->advance(599s);
        QVERIFY(m_simulator->isValidToken(token));
        m_clock->advance(1s);
        QVERIFY(!m_simulator->isValidToken(token));
    }

    void entraErrorsAreDecodedWithAdvice_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<TokenError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("adviceFragment");

        const QString api = EntraTokenSimulator::apiScope();
        QTest::newRow("wrong secret") << kTenantDomain << kClientId << QStringLiteral("not-the-secret") << api
                                      << TokenError::Kind::WrongSecret << QStringLiteral("AADSTS7000215")
                                      << 401 << QStringLiteral("not its Secret ID");
        QTest::newRow("secret ID instead of value")
            << kTenantDomain << kClientId << kSecretId << api << TokenError::Kind::WrongSecret
            << QStringLiteral("AADSTS7000215") << 401 << QStringLiteral("looks like a Secret ID");
        QTest::newRow("unknown client")
            << kTenantDomain << QStringLiteral("11111111-2222-3333-4444-555555555555") << kSecretValue << api
            << TokenError::Kind::UnknownClient << QStringLiteral("AADSTS700016") << 400
            << QStringLiteral("Check the Application (client) ID");
        QTest::newRow("unknown tenant")
            << QStringLiteral("fabrikam.onmicrosoft.com") << kClientId << kSecretValue << api
            << TokenError::Kind::UnknownTenant << QStringLiteral("AADSTS90002") << 400
            << QStringLiteral("Check the tenant ID");
        QTest::newRow("bad scope") << kTenantDomain << kClientId << kSecretValue
                                   << QStringLiteral("https://graph.microsoft.com/.default")
                                   << TokenError::Kind::BadScope << QStringLiteral("AADSTS70011") << 400
                                   << QStringLiteral("https://api.businesscentral.dynamics.com/.default");
        QTest::newRow("disabled app")
            << kTenantDomain << kDisabledClientId << kSecretValue << api << TokenError::Kind::DisabledApp
            << QStringLiteral("AADSTS7000112") << 400 << QStringLiteral("Enable the app");
    }

    void entraErrorsAreDecodedWithAdvice()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, scope);
        QFETCH(TokenError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, adviceFragment);

        auto source = makeSource(tenant, clientId, secret, scope);
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.token.isEmpty());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, kind);
        QCOMPARE(outcome.error->aadstsCode, code);
        QCOMPARE(outcome.error->httpStatus, status);
        QVERIFY2(outcome.error->advice.contains(adviceFragment), qPrintable(outcome.error->advice));
        QVERIFY2(outcome.error->advice.contains(code), qPrintable(outcome.error->advice));
        QVERIFY(!QUuid::fromString(outcome.error->traceId).isNull());
        QVERIFY(!QUuid::fromString(outcome.error->correlationId).isNull());
        QVERIFY(source->token().isEmpty());
        QCOMPARE(m_simulator->issuedTokenCount(), 0);
    }

    void anExpiredSecretAsksForANewOne()
    {
        EntraTokenSimulator::App app = appWith(kSecretValue, true);
        app.secretExpiresAt = m_clock->nowUtc().addDays(1);
        m_simulator->addApp(kClientId, app);
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        QVERIFY(!fetch(*source).token.isEmpty());

        m_clock->advance(std::chrono::hours(25));
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::WrongSecret);
        QCOMPARE(outcome.error->aadstsCode, QStringLiteral("AADSTS7000222"));
        QCOMPARE(outcome.error->httpStatus, 401);
        QVERIFY2(outcome.error->advice.contains(QStringLiteral("Create a new client secret")),
                 qPrintable(outcome.error->advice));
    }

    void errorsWithoutAKnownCodeFollowTheErrorField_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<TokenError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("adviceFragment");
        QTest::newRow("invalid_client without codes")
            << 401 << QByteArrayLiteral("{\"error\":\"invalid_client\",\"error_description\":\"rejected\"}")
            << TokenError::Kind::WrongSecret << QString() << QStringLiteral("(invalid_client)");
        QTest::newRow("code only in the description")
            << 400
            << QByteArrayLiteral("{\"error\":\"invalid_request\",\"error_description\":\"AADSTS90002: Tenant "
                                 "'x' not found.\"}")
            << TokenError::Kind::UnknownTenant << QStringLiteral("AADSTS90002")
            << QStringLiteral("tenant ID");
        QTest::newRow("unknown code")
            << 400 << QByteArrayLiteral("{\"error\":\"invalid_resource\",\"error_codes\":[500011]}")
            << TokenError::Kind::Other << QStringLiteral("AADSTS500011") << QStringLiteral("admin consent");
        QTest::newRow("temporarily unavailable")
            << 503 << QByteArrayLiteral("{\"error\":\"temporarily_unavailable\",\"error_codes\":[50011]}")
            << TokenError::Kind::Other << QStringLiteral("AADSTS50011")
            << QStringLiteral("AADSTS50011, temporarily_unavailable");
    }

    void errorsWithoutAKnownCodeFollowTheErrorField()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(TokenError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, adviceFragment);
        m_simulator->failNext(1, {status, body, QByteArrayLiteral("application/json")});
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, kind);
        QCOMPARE(outcome.error->aadstsCode, code);
        QCOMPARE(outcome.error->httpStatus, status);
        QVERIFY2(outcome.error->advice.contains(adviceFragment), qPrintable(outcome.error->advice));
    }

    void anExpiresInSentAsTextIsAccepted()
    {
        m_simulator->failNext(
            1, {200,
                QByteArrayLiteral(
                    "{\"token_type\":\"Bearer\",\"expires_in\":\"600\",\"access_token\":\"opaque-1234\"}"),
                QByteArrayLiteral("application/json")});
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        QCOMPARE(fetch(*source).token, QStringLiteral("opaque-1234"));
        m_clock->advance(539s);
        QCOMPARE(source->token(), QStringLiteral("opaque-1234"));
        m_clock->advance(2s);
        QVERIFY(source->token().isEmpty());
    }

    void aSourceDestroyedDuringAFetchIsSafe()
    {
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        source->requestToken();
        QVERIFY(source->isFetching());
        source.reset();
        // The simulator may or may not see the aborted request; either way nothing must fire on the dead
        // source.
        QTest::qWait(50);
        QVERIFY(m_simulator->requestCount() <= 1);
    }

    void theCommonEndpointIsRefusedForThisGrant()
    {
        auto source = makeSource(QStringLiteral("common"), kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::UnknownTenant);
        QCOMPARE(outcome.error->aadstsCode, QStringLiteral("AADSTS9001023"));
        QVERIFY2(outcome.error->advice.contains(QStringLiteral("instead of common")),
                 qPrintable(outcome.error->advice));
    }

    void theSimulatorAcceptsBasicClientCredentials()
    {
        const QString special = QStringLiteral("a+b/c=d~e.f&g:h");
        m_simulator->addApp(kClientId, appWith(special, true));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("scope"), EntraTokenSimulator::apiScope());
        const QByteArray credentials =
            QUrl::toPercentEncoding(kClientId) + ':' + QUrl::toPercentEncoding(special);
        const auto [status, body] = postForm(kTenantDomain, form.query(QUrl::FullyEncoded).toUtf8(),
                                             QByteArrayLiteral("Basic ") + credentials.toBase64());
        QCOMPARE(status, 200);
        QVERIFY(m_simulator->isValidToken(body.value(QStringLiteral("access_token")).toString()));
    }

    void theTokenUrlIsBuiltFromTheAuthority_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain")
            << QStringLiteral("https://login.microsoftonline.com")
            << QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
        QTest::newRow("trailing slash")
            << QStringLiteral("https://login.microsoftonline.com/")
            << QStringLiteral("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
        QTest::newRow("sandbox with port")
            << QStringLiteral("http://127.0.0.1:8401/entra")
            << QStringLiteral("http://127.0.0.1:8401/entra/contoso.onmicrosoft.com/oauth2/v2.0/token");
    }

    void theTokenUrlIsBuiltFromTheAuthority()
    {
        QFETCH(QString, authority);
        QFETCH(QString, expected);
        QCOMPARE(EntraTokenSource::tokenUrlFor(QUrl(authority), kTenantDomain).toString(), expected);
    }

    void errorBodiesHaveEntrasShape()
    {
        const auto [status, body] =
            postForm(kTenantDomain, formFor(QStringLiteral("password"), EntraTokenSimulator::apiScope()));
        QCOMPARE(status, 400);
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
        QCOMPARE(body.value(QStringLiteral("error_codes")).toArray(), QJsonArray{70003});
        QCOMPARE(body.value(QStringLiteral("error_uri")).toString(),
                 QStringLiteral("https://login.microsoftonline.com/error?code=70003"));
        const QString timestamp = body.value(QStringLiteral("timestamp")).toString();
        QCOMPARE(timestamp,
                 m_clock->nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char('Z'));
        const QString traceId = body.value(QStringLiteral("trace_id")).toString();
        const QString correlationId = body.value(QStringLiteral("correlation_id")).toString();
        QVERIFY(!QUuid::fromString(traceId).isNull());
        const QString description = body.value(QStringLiteral("error_description")).toString();
        QVERIFY2(description.startsWith(QStringLiteral("AADSTS70003: ")), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("\r\nTrace ID: ") + traceId));
        QVERIFY(description.contains(QStringLiteral("\r\nCorrelation ID: ") + correlationId));
        QVERIFY(description.endsWith(QStringLiteral("\r\nTimestamp: ") + timestamp));
    }

    void aSecretWithSpecialCharactersIsEncoded()
    {
        const QString special = QStringLiteral("a+b/c=d~e.f&g");
        m_simulator->addApp(kClientId, appWith(special, true));
        auto source = makeSource(kTenantDomain, kClientId, special);
        const Outcome outcome = fetch(*source);
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->advice) : "");
        QVERIFY(m_simulator->isValidToken(outcome.token));
    }

    void aTruncatedTokenBodyIsMalformed()
    {
        m_simulator->failNextMalformed(1);
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::Malformed);
        QVERIFY2(outcome.error->advice.contains(QStringLiteral("login.microsoftonline.com")),
                 qPrintable(outcome.error->advice));

        // The fault was for one answer only: the next request gets a token.
        QVERIFY(!fetch(*source).token.isEmpty());
        QCOMPARE(m_simulator->requestCount(), 2);
    }

    void nonJsonAndOversizeBodiesAreMalformed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("html sign-in page") << 200 << QByteArrayLiteral("<html><body>Sign in</body></html>")
                                           << QByteArrayLiteral("text/html");
        QTest::newRow("json without a token")
            << 200 << QByteArrayLiteral("{\"token_type\":\"Bearer\",\"expires_in\":3599}")
            << QByteArrayLiteral("application/json");
        QTest::newRow("not bearer")
            << 200
            << QByteArrayLiteral("{\"token_type\":\"mac\",\"expires_in\":3599,\"access_token\":\"abcd\"}")
            << QByteArrayLiteral("application/json");
        QTest::newRow("oversize") << 200
                                  << QByteArray("{\"access_token\":\"") +
                                         QByteArray(int(EntraTokenSource::kMaxBodyBytes) * 2, 'x') +
                                         QByteArray("\",\"token_type\":\"Bearer\",\"expires_in\":3599}")
                                  << QByteArrayLiteral("application/json");
        QTest::newRow("400 without an error field")
            << 400 << QByteArrayLiteral("Bad Request") << QByteArrayLiteral("text/plain");
    }

    void nonJsonAndOversizeBodiesAreMalformed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        m_simulator->failNext(1, {status, body, contentType});
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.token.isEmpty());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::Malformed);
        QVERIFY(!outcome.error->advice.isEmpty());
        QVERIFY(source->token().isEmpty());
    }

    void aServerErrorIsReportedAndTheNextRequestRetries()
    {
        m_simulator->failNext(1, {500, QByteArrayLiteral("<html>Internal Server Error</html>"),
                                  QByteArrayLiteral("text/html")});
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        const Outcome outcome = fetch(*source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::Other);
        QCOMPARE(outcome.error->httpStatus, 500);
        QVERIFY2(outcome.error->advice.contains(QStringLiteral("HTTP 500")),
                 qPrintable(outcome.error->advice));

        QVERIFY(!fetch(*source).token.isEmpty());
        QCOMPARE(m_simulator->requestCount(), 2);
    }

    void aRefusedConnectionIsANetworkError()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const quint16 port = placeholder.serverPort();
        placeholder.close();

        EntraTokenSource::Settings settings;
        settings.tokenUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/%2/oauth2/v2.0/token").arg(port).arg(kTenantId));
        settings.clientId = kClientId;
        settings.clientSecret = kSecretValue;
        EntraTokenSource source(m_network.get(), *m_clock, settings);
        const Outcome outcome = fetch(source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::Network);
        QCOMPARE(outcome.error->httpStatus, 0);
        QVERIFY2(outcome.error->advice.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(outcome.error->advice));
    }

    void recentTokensAreMaskedInLogLines()
    {
        auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
        QStringList tokens;
        for (int i = 0; i < 3; ++i) {
            source->invalidate();
            tokens.append(fetch(*source).token);
            QVERIFY(!tokens.last().isEmpty());
        }
        const mlc::SecretRedactor& redactor = mlc::SecretRedactor::instance();
        QVERIFY(!redactor.redact(QStringLiteral("token ") + tokens.at(2)).contains(tokens.at(2)));
        QVERIFY(!redactor.redact(QStringLiteral("token ") + tokens.at(1)).contains(tokens.at(1)));
        QVERIFY(redactor.redact(QStringLiteral("token ") + tokens.at(0)).contains(tokens.at(0)));
        QVERIFY(!redactor.redact(kSecretValue).contains(kSecretValue));
    }

    void aSilentServerTimesOutAsANetworkError()
    {
        QTcpServer silent; // accepts the connection and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));

        EntraTokenSource::Settings settings;
        settings.tokenUrl = EntraTokenSource::tokenUrlFor(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), kTenantId);
        settings.clientId = kClientId;
        settings.clientSecret = kSecretValue;
        settings.transferTimeout = 1s;
        EntraTokenSource source(m_network.get(), *m_clock, settings);
        const Outcome outcome = fetch(source);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, TokenError::Kind::Network);
        QVERIFY2(outcome.error->advice.contains(QStringLiteral("no answer within 1 s")),
                 qPrintable(outcome.error->advice));
    }

    void theSecretAndTokenNeverReachTheLog()
    {
        QString token;
        {
            LogCapture capture;
            auto source = makeSource(kTenantDomain, kClientId, kSecretValue);
            token = fetch(*source).token;
            QVERIFY(!token.isEmpty());
            source->invalidate();
            auto wrong = makeSource(kTenantDomain, kClientId, kSecretId);
            QVERIFY(fetch(*wrong).error);

            const QString log = LogCapture::all();
            QVERIFY2(log.contains(QStringLiteral("mlc.bc.token")), qPrintable(log)); // the log was captured
            QVERIFY2(log.contains(QStringLiteral("AADSTS7000215")), qPrintable(log));
            QVERIFY(!log.contains(kSecretValue));
            QVERIFY(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(kSecretValue))));
            QVERIFY(!log.contains(kSecretId));
            QVERIFY(!log.contains(token));
        }
    }

private:
    std::unique_ptr<EntraTokenSource> makeSource(const QString& tenant, const QString& clientId,
                                                 const QString& secret,
                                                 const QString& scope = EntraTokenSimulator::apiScope())
    {
        EntraTokenSource::Settings settings;
        settings.tokenUrl = m_simulator->tokenUrl(tenant);
        settings.clientId = clientId;
        settings.clientSecret = secret;
        settings.scope = scope;
        return std::make_unique<EntraTokenSource>(m_network.get(), *m_clock, settings);
    }

    static Outcome fetch(EntraTokenSource& source)
    {
        QSignalSpy ready(&source, &EntraTokenSource::tokenReady);
        QSignalSpy failed(&source, &EntraTokenSource::failed);
        source.requestToken();
        Outcome outcome;
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 10000)) {
            outcome.error = TokenError{};
            outcome.error->advice = QStringLiteral("timed out");
            return outcome;
        }
        if (!ready.isEmpty()) {
            outcome.token = ready.first().first().toString();
        } else {
            outcome.error = failed.first().first().value<TokenError>();
        }
        return outcome;
    }

    QByteArray formFor(const QString& grantType, const QString& scope) const
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), grantType);
        form.addQueryItem(QStringLiteral("client_id"), kClientId);
        form.addQueryItem(QStringLiteral("client_secret"), kSecretValue);
        form.addQueryItem(QStringLiteral("scope"), scope);
        return form.query(QUrl::FullyEncoded).toUtf8();
    }

    std::pair<int, QJsonObject> postForm(const QString& tenant, const QByteArray& form,
                                         const QByteArray& authorization = QByteArray())
    {
        QNetworkRequest request(m_simulator->tokenUrl(tenant));
        if (!authorization.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
        }
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_network->post(request, form));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000)) {
            return {0, QJsonObject()};
        }
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<mlc::sandbox::SandboxHost> m_host;
    std::unique_ptr<EntraTokenSimulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

QTEST_GUILESS_MAIN(tst_EntraToken)
#include "tst_entra_token.moc"
