#include "FakeClock.h"
#include "RawConnection.h"
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/SchemaMigrations.h"
#include "store/StoreErrorText.h"
#include "store/StoredTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>
#include <unistd.h>

using namespace std::chrono_literals;
using mlc::Database;

namespace {

QVariant pragmaValue(const QSqlDatabase& connection, const QString& pragma)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(pragma)) || !query.next())
        return {};
    return query.value(0);
}

bool exec(const QSqlDatabase& connection, const QString& statement, QString* error = nullptr)
{
    QSqlQuery query(connection);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

qint64 count(const QSqlDatabase& connection, const QString& table)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool insertSetting(const QSqlDatabase& connection, const QString& key, QString* error)
{
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QByteArray("v"));
    query.addBindValue(QStringLiteral("2026-01-05T09:00:00.000Z"));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QString insertOutbox(const QString& key, const QString& operation = QStringLiteral("create"),
                     const QString& state = QStringLiteral("pending"))
{
    return QStringLiteral(
               "INSERT INTO outbox (entity, board_id, bc_id, operation, idempotency_key, state,"
               " next_try_at, created_at, updated_at) VALUES ('vendors', '1', 'bc-1', '%2', '%1', '%3',"
               " '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z')")
        .arg(key, operation, state);
}

// A database another build left behind: only a version table saying `version`, in rollback-journal mode.
void writeDatabaseAtVersion(const QString& filePath, int version)
{
    mlc::test::RawConnection raw(filePath);
    QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
    QVERIFY(raw.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                    " description TEXT NOT NULL, applied_at TEXT NOT NULL)")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'from the future',"
                                    " '2030-01-01T00:00:00.000Z')")
                         .arg(version)));
    QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO future_things (name) VALUES ('kept as it is')")));
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private:
    static void runAsUnprivilegedUser(const QString& testFunction)
    {
        QProcess child;
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                     QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                     testFunction});
        QVERIFY2(child.waitForFinished(60000), "the unprivileged child test did not finish");
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : tst_Database::" + testFunction.toUtf8()), output.constData());
    }

private Q_SLOTS:
    void freshDatabaseHasTheLatestSchemaAndAllTables()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        const QString dataDir = dir.filePath(QStringLiteral("state/nested"));
        auto database = Database::open(dataDir, QStringLiteral("engine"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(error.isEmpty());

        QCOMPARE(database->filePath(),
                 QDir(dataDir).absoluteFilePath(QStringLiteral("ml-connector.sqlite3")));
        QCOMPARE(Database::filePath(dataDir), database->filePath());
        QVERIFY(QFile::exists(database->filePath()));
        QCOMPARE(database->schemaVersion(), mlc::SchemaMigrations::latestVersion());
        QVERIFY(!database->isReadOnly());

        const QStringList tables = mlc::test::tableNames(database->connection());
        for (const char* table : {"schema_migrations", "settings", "links", "outbox", "audit", "watermarks",
                                  "webhook_subscriptions"}) {
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        }

        QSqlQuery applied(database->connection());
        QVERIFY(applied.exec(
            QStringLiteral("SELECT version, applied_at FROM schema_migrations ORDER BY version")));
        int expectedVersion = 1;
        while (applied.next()) {
            QCOMPARE(applied.value(0).toInt(), expectedVersion++);
            QCOMPARE(applied.value(1).toString(), QStringLiteral("2026-01-05T09:00:00.000Z"));
        }
        QCOMPARE(expectedVersion, mlc::SchemaMigrations::latestVersion() + 1);
    }

    void connectionUsesWalNormalSyncForeignKeysAndABusyTimeout()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto database = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        const QSqlDatabase connection = database->connection();

        QCOMPARE(pragmaValue(connection, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragmaValue(connection, QStringLiteral("synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(pragmaValue(connection, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragmaValue(connection, QStringLiteral("busy_timeout")).toInt(), Database::busyTimeoutMs);
        QVERIFY(connection.connectOptions().contains(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")));
        QVERIFY(QFile::exists(database->filePath() + QStringLiteral("-wal")));
    }

    void connectionIsNamedPerPurposeAndThreadAndRemovedWithTheDatabase()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto first = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(first, qPrintable(error));
        auto second = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(second, qPrintable(error));

        const QString threadTag = QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
        QVERIFY(first->connectionName().startsWith(QStringLiteral("mlc-engine-%1-").arg(threadTag)));
        QVERIFY(first->connectionName() != second->connectionName());
        QVERIFY(first->connectionName() != QLatin1String(QSqlDatabase::defaultConnection));
        QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
        QVERIFY(QSqlDatabase::contains(first->connectionName()));

        QVERIFY2(insertSetting(first->connection(), QStringLiteral("a"), &error), qPrintable(error));
        QCOMPARE(count(second->connection(), QStringLiteral("settings")), 1);

        const QString name = first->connectionName();
        first.reset();
        QVERIFY(!QSqlDatabase::contains(name));
        QCOMPARE(count(second->connection(), QStringLiteral("settings")), 1);
    }

    void eachThreadWritesThroughItsOwnConnection()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto gui = Database::open(dir.path(), QStringLiteral("gui"), clock, &error);
        QVERIFY2(gui, qPrintable(error));

        constexpr int rowsPerThread = 200;
        QString workerConnection;
        QString workerError;
        int workerRows = 0;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto engine = Database::open(dir.path(), QStringLiteral("engine"), clock, &workerError);
            if (!engine)
                return;
            workerConnection = engine->connectionName();
            for (int i = 0; i < rowsPerThread; ++i) {
                if (!insertSetting(engine->connection(), QStringLiteral("engine-%1").arg(i), &workerError))
                    return;
                ++workerRows;
            }
        }));
        worker->start();
        for (int i = 0; i < rowsPerThread; ++i)
            QVERIFY2(insertSetting(gui->connection(), QStringLiteral("gui-%1").arg(i), &error),
                     qPrintable(error));
        QVERIFY(worker->wait(30000));

        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QCOMPARE(workerRows, rowsPerThread);
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != gui->connectionName());
        QVERIFY(!QSqlDatabase::contains(workerConnection)); // the worker's connection went with its thread
        QCOMPARE(count(gui->connection(), QStringLiteral("settings")), 2 * rowsPerThread);
    }

    void twoThreadsOpeningANewFolderAtOnceMigrateItOnce()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        const QString dataDir = dir.filePath(QStringLiteral("shared"));
        QString errors[2];
        int versions[2] = {0, 0};
        std::unique_ptr<QThread> threads[2];
        for (int i = 0; i < 2; ++i) {
            threads[i].reset(QThread::create([&, i] {
                auto database = Database::open(dataDir, QStringLiteral("racer"), clock, &errors[i]);
                if (database)
                    versions[i] = database->schemaVersion();
            }));
        }
        for (auto& thread : threads)
            thread->start();
        for (auto& thread : threads)
            QVERIFY(thread->wait(30000));

        for (int i = 0; i < 2; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(versions[i], mlc::SchemaMigrations::latestVersion());
        }
        QString error;
        auto database = Database::open(dataDir, QStringLiteral("check"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(count(database->connection(), QStringLiteral("schema_migrations")),
                 mlc::SchemaMigrations::latestVersion());
    }

    void databaseFromANewerVersionIsRefusedAndLeftUnchanged()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        const QString path = Database::filePath(dir.path());
        writeDatabaseAtVersion(path, 9);
        const QByteArray before = mlc::test::fileSha256(path);
        QVERIFY(!before.isEmpty());

        QString error;
        QVERIFY(!Database::open(dir.path(), QStringLiteral("engine"), clock, &error));
        QCOMPARE(error,
                 QStringLiteral("This data folder was written by a newer version of ml-connector (schema 9; "
                                "this version understands up to %1). Install the newer version, or use "
                                "another --data-dir.")
                     .arg(mlc::SchemaMigrations::latestVersion()));
        QCOMPARE(mlc::test::fileSha256(path), before);

        error.clear();
        QVERIFY(!Database::openReadOnly(dir.path(), QStringLiteral("audit-browser"), clock, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version of ml-connector (schema 9;")),
                 qPrintable(error));
        QCOMPARE(mlc::test::fileSha256(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void aDatabaseThatMlConnectorDidNotCreateIsRefusedAndLeftUnchanged()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        const QString path = Database::filePath(dir.path());
        {
            mlc::test::RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
        }
        const QByteArray before = mlc::test::fileSha256(path);

        QString error;
        QVERIFY(!Database::open(dir.path(), QStringLiteral("engine"), clock, &error));
        QVERIFY2(error.contains(QStringLiteral("ml-connector did not create")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(mlc::test::fileSha256(path), before);
    }

    void aFileThatIsNotADatabaseGivesAClearError()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        const QString path = Database::filePath(dir.path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are the minutes of the last meeting, not a database.\n").repeated(40));
        file.close();
        const QByteArray before = mlc::test::fileSha256(path);

        QString error;
        QVERIFY(!Database::open(dir.path(), QStringLiteral("engine"), clock, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("Cannot open the state database %1: the file is not a database.")
                                 .arg(QDir::toNativeSeparators(path))),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("--data-dir")), qPrintable(error));
        QCOMPARE(mlc::test::fileSha256(path), before);
    }

    void aDataDirThatCannotBeCreatedGivesAClearError()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();

        QString error;
        const QString dataDir = blocker + QStringLiteral("/state/here");
        QVERIFY(!Database::open(dataDir, QStringLiteral("engine"), clock, &error));
        QCOMPARE(error, QStringLiteral("Cannot create the data folder %1: %2 is a file, not a folder. Pass "
                                       "--data-dir to use another folder.")
                            .arg(QDir::toNativeSeparators(dataDir), QDir::toNativeSeparators(blocker)));

        error.clear();
        QVERIFY(!Database::open(blocker, QStringLiteral("engine"), clock, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The data folder %1 is a file, not a folder.")
                                      .arg(QDir::toNativeSeparators(blocker))),
                 qPrintable(error));
    }

    void anUnwritableDataDirGivesAClearError()
    {
        // root may write anywhere, so under root (as in CI) the check runs in a child process as "nobody".
        if (::geteuid() == 0) {
            runAsUnprivilegedUser(QStringLiteral("anUnwritableDataDirGivesAClearError"));
            return;
        }
        QTemporaryDir dir;
        mlc::FakeClock clock;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(locked));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard(
            [&] { QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        QVERIFY2(!QFileInfo(locked).isWritable(), "this user can write into a read-only folder");

        QString error;
        QVERIFY(!Database::open(locked + QStringLiteral("/sub"), QStringLiteral("engine"), clock, &error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(locked)), qPrintable(error));

        error.clear();
        QVERIFY(!Database::open(locked, QStringLiteral("engine"), clock, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot open the state database %1: permission denied")
                                      .arg(QDir::toNativeSeparators(Database::filePath(locked)))),
                 qPrintable(error));
    }

    void readOnlyConnectionReadsButNeverWrites()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto engine = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(engine, qPrintable(error));
        QVERIFY2(insertSetting(engine->connection(), QStringLiteral("profile"), &error), qPrintable(error));

        auto browser = Database::openReadOnly(dir.path(), QStringLiteral("audit-browser"), clock, &error);
        QVERIFY2(browser, qPrintable(error));
        QVERIFY(browser->isReadOnly());
        QVERIFY(browser->connection().connectOptions().contains(QStringLiteral("QSQLITE_OPEN_READONLY")));
        QCOMPARE(browser->schemaVersion(), mlc::SchemaMigrations::latestVersion());
        QCOMPARE(count(browser->connection(), QStringLiteral("settings")), 1);
        QVERIFY(!insertSetting(browser->connection(), QStringLiteral("sneaky"), &error));

        // The engine keeps writing while the browser reads, and the browser sees the new rows.
        QVERIFY2(insertSetting(engine->connection(), QStringLiteral("second"), &error), qPrintable(error));
        QCOMPARE(count(browser->connection(), QStringLiteral("settings")), 2);
    }

    void readOnlyOpenNeedsAnExistingUpToDateDatabase()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        QVERIFY(!Database::openReadOnly(dir.path(), QStringLiteral("audit-browser"), clock, &error));
        QVERIFY2(error.startsWith(QStringLiteral("There is no ml-connector state database in %1 yet")
                                      .arg(QDir::toNativeSeparators(dir.path()))),
                 qPrintable(error));
        QVERIFY(!QFile::exists(Database::filePath(dir.path())));

        const std::vector<mlc::Migration> firstOnly{mlc::SchemaMigrations::all().front()};
        QVERIFY2(Database::open(dir.path(), QStringLiteral("old-engine"), clock, firstOnly, &error),
                 qPrintable(error));
        error.clear();
        QVERIFY(!Database::openReadOnly(dir.path(), QStringLiteral("audit-browser"), clock, &error));
        QVERIFY2(error.contains(QStringLiteral("is at schema 1 and needs the upgrade to schema %1 first")
                                    .arg(mlc::SchemaMigrations::latestVersion())),
                 qPrintable(error));
    }

    void auditTrailIsAppendOnly()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto database = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        const QSqlDatabase connection = database->connection();
        QVERIFY2(
            exec(connection,
                 QStringLiteral("INSERT INTO audit (at, entity, bc_id, event, changes) VALUES"
                                " ('2026-01-05T09:00:00.000Z', 'vendors', 'bc-1', 'created', '{\"a\":1}')"),
                 &error),
            qPrintable(error));

        QVERIFY(!exec(connection, QStringLiteral("UPDATE audit SET event = 'updated'"), &error));
        QVERIFY2(error.contains(QStringLiteral("the audit trail is append-only")), qPrintable(error));
        error.clear();
        QVERIFY(!exec(connection, QStringLiteral("DELETE FROM audit"), &error));
        QVERIFY2(error.contains(QStringLiteral("the audit trail is append-only")), qPrintable(error));

        const QList<QVariantMap> rows = mlc::test::rowsOf(connection, QStringLiteral("audit"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().value(QStringLiteral("event")).toString(), QStringLiteral("created"));
    }

    void outboxEnforcesUniqueIdempotencyKeysAndKnownValues()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto database = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        const QSqlDatabase connection = database->connection();

        // Done, because a record has at most one open write (tst_outbox covers that rule).
        QVERIFY2(exec(connection,
                      insertOutbox(QStringLiteral("key-1"), QStringLiteral("create"), QStringLiteral("done")),
                      &error),
                 qPrintable(error));
        QVERIFY(!exec(connection, insertOutbox(QStringLiteral("key-1")), &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE constraint failed: outbox.idempotency_key")),
                 qPrintable(error));
        QVERIFY2(exec(connection, insertOutbox(QStringLiteral("key-2")), &error), qPrintable(error));
        QVERIFY(!exec(connection, insertOutbox(QStringLiteral("key-3"), QStringLiteral("upsert")), &error));
        QVERIFY(!exec(connection,
                      insertOutbox(QStringLiteral("key-4"), QStringLiteral("update"), QStringLiteral("lost")),
                      &error));
        QCOMPARE(count(connection, QStringLiteral("outbox")), 2);
    }

    void storeErrorsNameTheFileTheCauseAndTheFix_data()
    {
        QTest::addColumn<QString>("sqliteCode");
        QTest::addColumn<QString>("expectedCause");
        QTest::newRow("full") << QStringLiteral("13") << QStringLiteral("the disk is full.");
        QTest::newRow("cannot open") << QStringLiteral("14") << QStringLiteral("permission denied");
        QTest::newRow("read-only") << QStringLiteral("8") << QStringLiteral("permission denied");
        QTest::newRow("not a database")
            << QStringLiteral("26") << QStringLiteral("the file is not a database.");
        QTest::newRow("corrupt") << QStringLiteral("11") << QStringLiteral("the database file is damaged.");
        QTest::newRow("busy") << QStringLiteral("5")
                              << QStringLiteral("another program kept the database locked.");
        QTest::newRow("extended I/O error")
            << QStringLiteral("3850") << QStringLiteral("the disk reported an error.");
        QTest::newRow("anything else")
            << QStringLiteral("1") << QStringLiteral("an unexpected database error");
        QTest::newRow("no code") << QString() << QStringLiteral("an unexpected database error");
    }

    void storeErrorsNameTheFileTheCauseAndTheFix()
    {
        QFETCH(QString, sqliteCode);
        QFETCH(QString, expectedCause);
        const QSqlError error(QStringLiteral("Unable to fetch row"), QStringLiteral("what SQLite said"),
                              QSqlError::StatementError, sqliteCode);
        const QString text = mlc::StoreErrorText::describe(
            QStringLiteral("Cannot save the setting \"x\" in the state database"),
            QStringLiteral("/data/ml-connector.sqlite3"), error);
        QVERIFY2(text.startsWith(QStringLiteral("Cannot save the setting \"x\" in the state database "
                                                "/data/ml-connector.sqlite3: %1")
                                     .arg(expectedCause)),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral("(SQLite: what SQLite said)")), qPrintable(text));
    }

    void storedTimesAreUtcIsoTextWithMilliseconds()
    {
        const QDateTime berlin(QDate(2026, 3, 1), QTime(10, 15, 30, 7), QTimeZone("Europe/Berlin"));
        const QString text = mlc::StoredTime::toText(berlin);
        QCOMPARE(text, QStringLiteral("2026-03-01T09:15:30.007Z"));
        QCOMPARE(mlc::StoredTime::fromText(text), berlin);
        QCOMPARE(mlc::StoredTime::fromText(text).timeSpec(), Qt::UTC);
        QVERIFY(!mlc::StoredTime::fromText(QStringLiteral("yesterday")).isValid());
        // Text order is time order.
        QVERIFY(mlc::StoredTime::toText(berlin.addMSecs(1)) > text);
        QVERIFY(mlc::StoredTime::toText(berlin.addYears(-1)) < text);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
