#include "FakeClock.h"
#include "common/LogFile.h"
#include "common/MessageLog.h"
#include "common/SecretRedactor.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "mlc.test")

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_Logging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        mlc::MessageLog::uninstall();
        mlc::SecretRedactor::instance().clear();
    }

    void linesAreTimestampedFromTheClockAndCategorised()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 30, 5, 250), Qt::UTC));
        QString error;
        QVERIFY2(mlc::MessageLog::install(clock, {dir.path(), false}, &error), qPrintable(error));
        qCDebug(lcTest) << "debug detail";
        qCWarning(lcTest) << "something odd";
        mlc::MessageLog::uninstall();

        const QByteArray log = readAll(dir.filePath(mlc::LogFile::defaultFileName()));
        QVERIFY(log.contains("2026-03-01T12:30:05.250Z D mlc.test: debug detail"));
        QVERIFY(log.contains("2026-03-01T12:30:05.250Z W mlc.test: something odd"));
    }

    void registeredSecretsNeverReachTheLogFile()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        QVERIFY(mlc::MessageLog::install(clock, {dir.path(), false}, &error));
        const QString secret = QStringLiteral("Zx8Q~s3cr3t-value.from_entra");
        mlc::SecretRedactor::instance().add(secret);
        qCInfo(lcTest).noquote() << "token request failed for secret" << secret << "(echoed by server)";
        qCInfo(lcTest).noquote()
            << "POST body: grant_type=client_credentials&client_secret=unregistered-value&scope=x";
        qCInfo(lcTest).noquote() << "header Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload";
        mlc::MessageLog::uninstall();

        const QByteArray log = readAll(dir.filePath(mlc::LogFile::defaultFileName()));
        QVERIFY(!log.isEmpty());
        QVERIFY(!log.contains(secret.toUtf8()));
        QVERIFY(!log.contains("unregistered-value"));
        QVERIFY(!log.contains("eyJhbGciOiJSUzI1NiJ9"));
        QCOMPARE(log.count(mlc::SecretRedactor::mask().toUtf8()), 3);
        QVERIFY(log.contains("&scope=x"));
    }

    void onlyWarningsReachStderrUnlessVerbose()
    {
        QVERIFY(!mlc::MessageLog::echoesToStderr(QtDebugMsg, false));
        QVERIFY(!mlc::MessageLog::echoesToStderr(QtInfoMsg, false));
        QVERIFY(mlc::MessageLog::echoesToStderr(QtWarningMsg, false));
        QVERIFY(mlc::MessageLog::echoesToStderr(QtCriticalMsg, false));
        QVERIFY(mlc::MessageLog::echoesToStderr(QtDebugMsg, true));
        QVERIFY(mlc::MessageLog::echoesToStderr(QtInfoMsg, true));
    }

    void credentialShapesAreMaskedEvenWhenNeverRegistered_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("form field") << QStringLiteral("grant_type=x&client_secret=s3cr3t-1&scope=y")
                                    << QStringLiteral("s3cr3t-1");
        QTest::newRow("json member") << QStringLiteral(R"({"client_secret": "s3cr3t-2", "a": 1})")
                                     << QStringLiteral("s3cr3t-2");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer eyJ0eXAi.s3cr3t-3")
                                       << QStringLiteral("eyJ0eXAi.s3cr3t-3");
        QTest::newRow("basic header")
            << QStringLiteral("Authorization: Basic dXNlcjpzM2NyM3Q=") << QStringLiteral("dXNlcjpzM2NyM3Q=");
        QTest::newRow("raw monday token header") << QStringLiteral("Authorization: eyJhbGciOi.monday-tok")
                                                 << QStringLiteral("eyJhbGciOi.monday-tok");
        QTest::newRow("bare bearer") << QStringLiteral("sent Bearer abc.def.s3cr3t-4 to BC")
                                     << QStringLiteral("abc.def.s3cr3t-4");
        QTest::newRow("json access token")
            << QStringLiteral(R"({"access_token":"tok-s3cr3t-5","expires_in":3599})")
            << QStringLiteral("tok-s3cr3t-5");
    }

    void credentialShapesAreMaskedEvenWhenNeverRegistered()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString redacted = mlc::SecretRedactor::instance().redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(mlc::SecretRedactor::mask()), qPrintable(redacted));
    }

    void shortValuesAreNotTreatedAsSecrets()
    {
        mlc::SecretRedactor::instance().add(QStringLiteral("ab"));
        QCOMPARE(mlc::SecretRedactor::instance().redact(QStringLiteral("tab cab")),
                 QStringLiteral("tab cab"));
    }

    void fileRotatesBySizeAndKeepsABoundedNumberOfFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("test.log"));
        mlc::LogFile file(path, {200, 2});
        QString error;
        QVERIFY2(file.open(&error), qPrintable(error));
        for (int i = 0; i < 40; ++i)
            file.writeLine(QStringLiteral("line %1 ").arg(i, 3, 10, QLatin1Char('0')) +
                           QString(40, QLatin1Char('x')));

        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
        for (const QString& name : {path, path + QStringLiteral(".1"), path + QStringLiteral(".2")})
            QVERIFY2(QFileInfo(name).size() <= 200, qPrintable(name));
        // The newest line is in the current file; the oldest ones are gone.
        QVERIFY(readAll(path).contains("line 039"));
        QVERIFY(!readAll(path + QStringLiteral(".2")).contains("line 000"));
    }

    void anUnwritableLogFolderIsAClearError()
    {
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        mlc::FakeClock clock;
        QString error;
        QVERIFY(!mlc::MessageLog::install(clock, {notAFolder, false}, &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot write the log file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
