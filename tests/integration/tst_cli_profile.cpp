#include "CliRunner.h"
#include "TestPaths.h"
#include "store/DataDirLock.h"
#include "store/Database.h"
#include "store/SchemaMigrations.h"
#include "sync/ProfileReader.h"
#include "sync/ProfileWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using mlc::test::runCli;

namespace {

QString examplePath()
{
    return mlc::test::dataPath(QStringLiteral("profiles/example.json"));
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

QByteArray exampleWith(const QByteArray& from, const QByteArray& to)
{
    QFile file(examplePath());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("example profile missing");
    QByteArray text = file.readAll();
    if (!text.contains(from))
        qFatal("fixture text not found: %s", from.constData());
    return text.replace(from, to);
}

} // namespace

class tst_CliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const auto version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("ml-connector-cli " MLC_VERSION));

        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("profile validate FILE"));
        QVERIFY(help.out.contains("--data-dir"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList{} << QByteArray("No command given");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray("Unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frob")} << QByteArray("Unknown option");
        QTest::newRow("profile without action")
            << QStringList{QStringLiteral("profile")} << QByteArray("profile validate FILE");
        QTest::newRow("empty data dir")
            << QStringList{QStringLiteral("--data-dir="), QStringLiteral("profile"), QStringLiteral("export")}
            << QByteArray("--data-dir needs a folder");
        QTest::newRow("run with an argument")
            << QStringList{QStringLiteral("run"), QStringLiteral("now")} << QByteArray("takes no arguments");
        QTest::newRow("replay of nothing")
            << QStringList{QStringLiteral("replay")} << QByteArray("either --failed or --id N");
        QTest::newRow("replay of a word")
            << QStringList{QStringLiteral("replay"), QStringLiteral("--id"), QStringLiteral("last")}
            << QByteArray("--id takes the number of an audit entry");
        QTest::newRow("audit of an unknown event")
            << QStringList{QStringLiteral("audit"), QStringLiteral("--status"), QStringLiteral("broken")}
            << QByteArray("is not an audit event");
        QTest::newRow("audit with a bad time")
            << QStringList{QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday")}
            << QByteArray("--since takes a date or time");
        QTest::newRow("sync without --once")
            << QStringList{QStringLiteral("sync")} << QByteArray("sync --once");
        QTest::newRow("sync of an unknown entity")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--entity"),
                           QStringLiteral("vendor")}
            << QByteArray("\"vendor\"");
        QTest::newRow("unknown option after the command")
            << QStringList{QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--frob")}
            << QByteArray("Unknown option 'frob'.");
        QTest::newRow("validate without file")
            << QStringList{QStringLiteral("profile"), QStringLiteral("validate")}
            << QByteArray("profile validate FILE");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const auto run = runCli(QStringList{QStringLiteral("--data-dir"), dir.path()} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void commonOptionsMayFollowTheCommand()
    {
        const auto run = runCli(
            {QStringLiteral("profile"), QStringLiteral("validate"), examplePath(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("valid")).toBool(), true);
    }

    void failuresStillGiveOneJsonObjectWithJson()
    {
        QTemporaryDir dir;
        mlc::DataDirLock heldByThisTest(dir.path());
        QVERIFY(heldByThisTest.tryLock());
        const auto run = runCli({QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path(),
                                 QStringLiteral("profile"), QStringLiteral("export")});
        QCOMPARE(run.exitCode, 4);
        const QJsonObject verdict = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(verdict.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(verdict.value(QStringLiteral("exitCode")).toInt(), 4);
        QVERIFY(verdict.value(QStringLiteral("errors"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("Another ml-connector process")));
    }

    void aDataDirThatIsAFileIsSaidPlainly()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("not-a-folder"), "x");
        const auto run =
            runCli({QStringLiteral("--data-dir"), file, QStringLiteral("profile"), QStringLiteral("export")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("is a file, not a folder"), run.err.constData());
    }

    void aPasswordInABadUrlIsNeverEchoed()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.json"),
                                      exampleWith("\"https://api.businesscentral.dynamics.com/v2.0\"",
                                                  "\" https://admin:hunter2secret@api.example.com\""));
        const auto run =
            runCli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("validate"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("businessCentral.apiBaseUrl"), run.err.constData());
        QVERIFY2(!run.err.contains("hunter2secret"), run.err.constData());
        QVERIFY2(!run.out.contains("hunter2secret"), run.out.constData());
    }

    void validateAcceptsTheContractExample()
    {
        const auto run = runCli({QStringLiteral("profile"), QStringLiteral("validate"), examplePath()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("is a valid profile"));
    }

    void validateNamesTheJsonPathOfEveryProblem()
    {
        QTemporaryDir dir;
        const QString bad =
            writeFile(dir, QStringLiteral("bad.json"),
                      exampleWith("\"pollSeconds\": 300", "\"pollSeconds\": \"300\", \"pollSecs\": 1"));
        const auto run = runCli({QStringLiteral("profile"), QStringLiteral("validate"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("mappings[0].pollSeconds:"), run.err.constData());
        QVERIFY2(run.err.contains("mappings[0].pollSecs:"), run.err.constData());
    }

    void validateWithJsonPrintsOneParseableVerdict()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("bad.json"), exampleWith("\"Production\"", "42"));
        const auto run =
            runCli({QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("validate"), bad});
        QCOMPARE(run.exitCode, 2);
        QJsonParseError parseError;
        const QJsonObject verdict = QJsonDocument::fromJson(run.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(verdict.value(QStringLiteral("valid")).toBool(true), false);
        const QJsonArray errors = verdict.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("businessCentral.environment"));

        const auto good = runCli(
            {QStringLiteral("--json"), QStringLiteral("profile"), QStringLiteral("validate"), examplePath()});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(good.out).object().value(QStringLiteral("valid")).toBool(), true);
    }

    void importThenExportGivesTheSameProfile()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        const auto import = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("profile"),
                                    QStringLiteral("import"), examplePath()});
        QCOMPARE(import.exitCode, 0);
        QVERIFY(QFile::exists(mlc::Database::filePath(dataDir)));
        // Diagnostics go to the log file; without --verbose stderr carries only the profile's warnings.
        QVERIFY2(!import.err.contains("mlc.store"), import.err.constData());

        const auto exported = runCli(
            {QStringLiteral("--data-dir"), dataDir, QStringLiteral("profile"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        const auto original = mlc::ProfileReader::readFile(examplePath());
        const auto roundTripped = mlc::ProfileReader::read(exported.out);
        QVERIFY(roundTripped.ok());
        QVERIFY(*roundTripped.profile == *original.profile);

        const QString target = dir.filePath(QStringLiteral("exported.json"));
        const auto toFile = runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("profile"),
                                    QStringLiteral("export"), target});
        QCOMPARE(toFile.exitCode, 0);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exported.out);
    }

    void anInvalidProfileIsNeverStored()
    {
        QTemporaryDir dir;
        const QString bad =
            writeFile(dir, QStringLiteral("bad.json"), exampleWith("\"archive\"", "\"shred\""));
        const auto import = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile"),
                                    QStringLiteral("import"), bad});
        QCOMPARE(import.exitCode, 2);
        QVERIFY(import.err.contains("mappings[0].onDelete"));
        const auto exported = runCli(
            {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 2);
        QVERIFY2(exported.err.contains("No profile is stored"), exported.err.constData());
    }

    void aSecondProcessOnTheSameDataDirExitsWithFour()
    {
        QTemporaryDir dir;
        mlc::DataDirLock heldByThisTest(dir.path());
        QVERIFY(heldByThisTest.tryLock());
        const auto run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile"),
                                 QStringLiteral("import"), examplePath()});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("Another ml-connector process"), run.err.constData());
        QVERIFY(run.err.contains(QByteArray::number(QCoreApplication::applicationPid())));
        QVERIFY(!QFile::exists(mlc::Database::filePath(dir.path())));

        heldByThisTest.unlock();
        const auto after = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile"),
                                   QStringLiteral("import"), examplePath()});
        QCOMPARE(after.exitCode, 0);
    }

    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString file = mlc::Database::filePath(dir.path());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                              "description TEXT, applied_at TEXT)")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', '2030-01-01')")
                               .arg(mlc::SchemaMigrations::latestVersion() + 7)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile before(file);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytesBefore = before.readAll();
        before.close();

        const auto run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile"),
                                 QStringLiteral("import"), examplePath()});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains("newer version of ml-connector"), run.err.constData());
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), bytesBefore);
    }

    void importLeavesALogFileInTheDataDir()
    {
        QTemporaryDir dir;
        const auto run = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("profile"),
                                 QStringLiteral("import"), examplePath()});
        QCOMPARE(run.exitCode, 0);
        QFile log(dir.filePath(QStringLiteral("ml-connector.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("mlc.store"));
    }
};

QTEST_GUILESS_MAIN(tst_CliProfile)
#include "tst_cli_profile.moc"
