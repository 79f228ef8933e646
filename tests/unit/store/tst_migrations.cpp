#include "FakeClock.h"
#include "RawConnection.h"
#include "StoreTestSupport.h"
#include "TestPaths.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/SchemaMigrations.h"
#include "store/StoredTime.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace std::chrono_literals;
using mlc::Database;
using mlc::Migration;
using mlc::SchemaMigrations;

namespace {

QString fixturePath(int version)
{
    return mlc::test::dataPath(QStringLiteral("schema/v%1.sql").arg(version));
}

std::vector<Migration> migrationsUpTo(int version)
{
    std::vector<Migration> list;
    for (const Migration& migration : SchemaMigrations::all()) {
        if (migration.version <= version)
            list.push_back(migration);
    }
    return list;
}

// Everything a database holds, table by table (schema_migrations and SQLite's own tables aside).
QMap<QString, QList<QVariantMap>> contentsOf(const QSqlDatabase& database)
{
    QMap<QString, QList<QVariantMap>> contents;
    for (const QString& table : mlc::test::tableNames(database)) {
        if (table != QLatin1String("schema_migrations") && !table.startsWith(QLatin1String("sqlite_")))
            contents.insert(table, mlc::test::rowsOf(database, table));
    }
    return contents;
}

QVariantMap onlyColumns(const QVariantMap& row, const QStringList& columns)
{
    QVariantMap kept;
    for (const QString& column : columns) {
        if (row.contains(column))
            kept.insert(column, row.value(column));
    }
    return kept;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreNumberedFromOneWithoutGaps()
    {
        const std::vector<Migration>& all = SchemaMigrations::all();
        QVERIFY(!all.empty());
        int expected = 1;
        for (const Migration& migration : all) {
            QCOMPARE(migration.version, expected++);
            QVERIFY(!migration.description.isEmpty());
            QVERIFY(!migration.statements.isEmpty());
        }
        QCOMPARE(SchemaMigrations::latestVersion(), all.back().version);
    }

    // Every released schema version has a fixture, and the fixture is exactly what the migrations built then:
    // a migration that was edited after release (instead of adding a new one) fails here.
    void everyFixtureMatchesWhatItsMigrationsBuild()
    {
        for (int version = 1; version < SchemaMigrations::latestVersion(); ++version) {
            QTemporaryDir dir;
            const QString fixture = fixturePath(version);
            QVERIFY2(QFile::exists(fixture),
                     qPrintable(QStringLiteral("%1 is missing: every schema version below "
                                               "the latest needs a fixture")
                                    .arg(fixture)));
            mlc::test::RawConnection fromFixture(dir.filePath(QStringLiteral("fixture.sqlite3")));
            QString error;
            QVERIFY2(mlc::test::runSqlScript(fromFixture.database(), fixture, &error), qPrintable(error));

            mlc::FakeClock clock;
            const QString migratedDir = dir.filePath(QStringLiteral("migrated"));
            auto migrated =
                Database::open(migratedDir, QStringLiteral("engine"), clock, migrationsUpTo(version), &error);
            QVERIFY2(migrated, qPrintable(error));

            QCOMPARE(mlc::test::schemaOf(fromFixture.database()),
                     mlc::test::schemaOf(migrated->connection()));
            QCOMPARE(fromFixture.scalar(QStringLiteral("SELECT max(version) FROM schema_migrations")).toInt(),
                     version);
            // The fixture must carry rows in every table, or the upgrade test could not see data get lost.
            const auto contents = contentsOf(fromFixture.database());
            for (auto table = contents.cbegin(); table != contents.cend(); ++table)
                QVERIFY2(!table.value().isEmpty(),
                         qPrintable(QStringLiteral("%1: table %2 has no rows").arg(fixture, table.key())));
        }
    }

    void everyOlderVersionUpgradesToTheLatestWithItsDataIntact()
    {
        const int latest = SchemaMigrations::latestVersion();
        QTemporaryDir freshDir;
        mlc::FakeClock clock;
        QString error;
        auto fresh = Database::open(freshDir.path(), QStringLiteral("fresh"), clock, &error);
        QVERIFY2(fresh, qPrintable(error));
        const QStringList latestSchema = mlc::test::schemaOf(fresh->connection());

        for (int version = 1; version < latest; ++version) {
            const QString fixture = fixturePath(version);
            QVERIFY2(QFile::exists(fixture), qPrintable(QStringLiteral("%1 is missing").arg(fixture)));
            QTemporaryDir dir;
            QMap<QString, QList<QVariantMap>> before;
            QList<QVariantMap> versionsBefore;
            {
                mlc::test::RawConnection raw(Database::filePath(dir.path()));
                QVERIFY2(mlc::test::runSqlScript(raw.database(), fixture, &error), qPrintable(error));
                before = contentsOf(raw.database());
                versionsBefore = mlc::test::rowsOf(raw.database(), QStringLiteral("schema_migrations"));
            }

            clock.advance(1h);
            auto upgraded = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
            QVERIFY2(upgraded, qPrintable(QStringLiteral("from v%1: %2").arg(version).arg(error)));
            QCOMPARE(upgraded->schemaVersion(), latest);
            QCOMPARE(mlc::test::schemaOf(upgraded->connection()), latestSchema);

            const QList<QVariantMap> versionsAfter =
                mlc::test::rowsOf(upgraded->connection(), QStringLiteral("schema_migrations"));
            QCOMPARE(versionsAfter.size(), latest);
            QCOMPARE(versionsAfter.mid(0, versionsBefore.size()), versionsBefore);
            QCOMPARE(versionsAfter.back().value(QStringLiteral("applied_at")).toString(),
                     mlc::StoredTime::toText(clock.nowUtc()));

            for (auto table = before.cbegin(); table != before.cend(); ++table) {
                // Columns a later migration added are new to the old rows; the ones the old rows had must
                // keep their values (unless a migration dropped the column on purpose).
                QStringList columns = mlc::test::columnNames(upgraded->connection(), table.key());
                QVERIFY2(!columns.isEmpty(),
                         qPrintable(QStringLiteral("v%1: table %2 is gone").arg(version).arg(table.key())));
                const QStringList oldColumns =
                    table.value().isEmpty() ? QStringList() : table.value().front().keys();
                columns.erase(
                    std::remove_if(columns.begin(), columns.end(),
                                   [&](const QString& column) { return !oldColumns.contains(column); }),
                    columns.end());
                const QList<QVariantMap> after = mlc::test::rowsOf(upgraded->connection(), table.key());
                QCOMPARE(after.size(), table.value().size());
                for (int row = 0; row < after.size(); ++row)
                    QCOMPARE(onlyColumns(after.at(row), columns),
                             onlyColumns(table.value().at(row), columns));
            }
        }
    }

    // Migration 3 on a database in use: the new columns start empty for the rows already there, their
    // JSON is checked like the older JSON columns, and a record can no longer get a second open write.
    void migrationThreeGivesExistingRowsEmptyCursorsAndPlannedValues()
    {
        QTemporaryDir dir;
        QString error;
        {
            mlc::test::RawConnection raw(Database::filePath(dir.path()));
            QVERIFY2(mlc::test::runSqlScript(raw.database(), fixturePath(2), &error), qPrintable(error));
        }
        mlc::FakeClock clock;
        auto database =
            Database::open(dir.path(), QStringLiteral("engine"), clock, migrationsUpTo(3), &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(database->schemaVersion(), 3);

        for (const QVariantMap& row : mlc::test::rowsOf(database->connection(), QStringLiteral("watermarks")))
            QVERIFY(row.value(QStringLiteral("delta_cursor")).isNull());
        for (const QVariantMap& row : mlc::test::rowsOf(database->connection(), QStringLiteral("outbox")))
            QCOMPARE(row.value(QStringLiteral("planned_values")).toString(), QStringLiteral("{}"));

        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE watermarks SET delta_cursor = '{\"at\":\"x\",\"seen\":[]}'"
                                          " WHERE entity = 'vendors'")));
        QVERIFY(!query.exec(
            QStringLiteral("UPDATE watermarks SET delta_cursor = '{half' WHERE entity = 'vendors'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE outbox SET planned_values = 'nope' WHERE id = 1")));
        // Row 3 of the fixture is the pending write of invoice 108002: a second one is refused.
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO outbox (entity, board_id, bc_id, operation, idempotency_key, next_try_at, "
            "created_at,"
            " updated_at) SELECT entity, board_id, bc_id, operation, 'another key', next_try_at, created_at,"
            " updated_at FROM outbox WHERE id = 3")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("UNIQUE constraint failed")),
                 qPrintable(query.lastError().text()));
    }

    void upToDateDatabaseIsNotMigratedAgain()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        QVERIFY2(Database::open(dir.path(), QStringLiteral("engine"), clock, &error), qPrintable(error));
        const QByteArray before = mlc::test::fileSha256(Database::filePath(dir.path()));
        clock.advance(24h);
        auto again = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(again, qPrintable(error));
        again.reset();
        QCOMPARE(mlc::test::fileSha256(Database::filePath(dir.path())), before);
    }

    void aBrokenMigrationRollsBackEverythingItAndItsPredecessorsDid()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        const std::vector<Migration> firstOnly = migrationsUpTo(1);
        {
            auto v1 = Database::open(dir.path(), QStringLiteral("engine"), clock, firstOnly, &error);
            QVERIFY2(v1, qPrintable(error));
            QSqlQuery insert(v1->connection());
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO settings VALUES ('profile', '{}', 'then')")));
        }
        const QString path = Database::filePath(dir.path());
        const QByteArray before = mlc::test::fileSha256(path);

        // Migration 2 is the real one and succeeds on its own; 3 fails halfway: both must be undone.
        std::vector<Migration> broken = migrationsUpTo(2);
        broken.push_back({3,
                          QStringLiteral("broken on purpose"),
                          {QStringLiteral("CREATE TABLE half_done (id INTEGER)"),
                           QStringLiteral("UPDATE settings SET value = 'overwritten'"),
                           QStringLiteral("THIS IS NOT SQL")}});
        QVERIFY(!Database::open(dir.path(), QStringLiteral("engine"), clock, broken, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("Cannot upgrade to schema 3 (broken on purpose), so nothing was "
                                            "changed in the state database %1:")
                                 .arg(QDir::toNativeSeparators(path))),
            qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("syntax error")), qPrintable(error));

        QCOMPARE(mlc::test::fileSha256(path), before);
        auto after = Database::open(dir.path(), QStringLiteral("check"), clock, firstOnly, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->schemaVersion(), 1);
        QVERIFY(!mlc::test::tableNames(after->connection()).contains(QStringLiteral("half_done")));
        QSqlQuery triggers(after->connection());
        QVERIFY(triggers.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")));
        QVERIFY(triggers.next());
        QCOMPARE(triggers.value(0).toInt(), 0);
        const QList<QVariantMap> settings =
            mlc::test::rowsOf(after->connection(), QStringLiteral("settings"));
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings.front().value(QStringLiteral("value")).toString(), QStringLiteral("{}"));
    }

    void aBrokenFirstUpgradeLeavesANewFileEmpty()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        std::vector<Migration> broken = migrationsUpTo(1);
        broken.push_back(
            {2, QStringLiteral("broken on purpose"), {QStringLiteral("CREATE TABLE settings (x)")}});
        QVERIFY(!Database::open(dir.path(), QStringLiteral("engine"), clock, broken, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));

        mlc::test::RawConnection raw(Database::filePath(dir.path()));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
