#include "FakeClock.h"
#include "store/Database.h"
#include "store/SettingsStore.h"
#include "store/StoredTime.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using mlc::Database;
using mlc::SettingsStore;

namespace {

QString updatedAt(Database& database, const QString& key)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT updated_at FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

class tst_SettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesRoundTripAndPersist()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        const QByteArray profile = R"({"version":1,"mappings":[]})";
        {
            auto database = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
            QVERIFY2(database, qPrintable(error));
            SettingsStore settings(*database);
            QVERIFY(!settings.value(QStringLiteral("profile")).has_value());

            QVERIFY2(settings.setValue(QStringLiteral("profile"), profile, &error), qPrintable(error));
            QCOMPARE(settings.value(QStringLiteral("profile")), std::optional<QByteArray>(profile));
            QCOMPARE(updatedAt(*database, QStringLiteral("profile")),
                     mlc::StoredTime::toText(clock.nowUtc()));

            const QByteArray binary("\0\x01\xff\n", 4);
            QVERIFY2(settings.setValue(QStringLiteral("binary"), binary, &error), qPrintable(error));
            QCOMPARE(settings.value(QStringLiteral("binary")), std::optional<QByteArray>(binary));
            QVERIFY2(settings.setValue(QStringLiteral("empty"), QByteArray(""), &error), qPrintable(error));
            QCOMPARE(settings.value(QStringLiteral("empty")), std::optional<QByteArray>(QByteArray()));
        }
        auto reopened = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(SettingsStore(*reopened).value(QStringLiteral("profile")),
                 std::optional<QByteArray>(profile));
    }

    void overwritingReplacesTheValueAndItsTime()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto database = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        SettingsStore settings(*database);
        QVERIFY2(settings.setValue(QStringLiteral("profile"), "first", &error), qPrintable(error));
        clock.advance(90s);
        QVERIFY2(settings.setValue(QStringLiteral("profile"), "second", &error), qPrintable(error));
        QCOMPARE(settings.value(QStringLiteral("profile")), std::optional<QByteArray>("second"));
        QCOMPARE(updatedAt(*database, QStringLiteral("profile")), QStringLiteral("2026-01-05T09:01:30.000Z"));
        QCOMPARE(settings.value(QStringLiteral("other")), std::nullopt);
    }

    void removeDeletesOnlyThatKey()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto database = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(database, qPrintable(error));
        SettingsStore settings(*database);
        QVERIFY(settings.setValue(QStringLiteral("profile"), "p", &error));
        QVERIFY(settings.setValue(QStringLiteral("keep"), "k", &error));
        QVERIFY2(settings.remove(QStringLiteral("profile"), &error), qPrintable(error));
        QVERIFY(!settings.value(QStringLiteral("profile")).has_value());
        QCOMPARE(settings.value(QStringLiteral("keep")), std::optional<QByteArray>("k"));
        QVERIFY2(settings.remove(QStringLiteral("never-set"), &error), qPrintable(error));
    }

    void writesThroughAReadOnlyDatabaseFailWithASentence()
    {
        QTemporaryDir dir;
        mlc::FakeClock clock;
        QString error;
        auto engine = Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        QVERIFY2(engine, qPrintable(error));
        QVERIFY(SettingsStore(*engine).setValue(QStringLiteral("profile"), "p", &error));
        auto browser = Database::openReadOnly(dir.path(), QStringLiteral("audit-browser"), clock, &error);
        QVERIFY2(browser, qPrintable(error));

        SettingsStore readOnly(*browser);
        QCOMPARE(readOnly.value(QStringLiteral("profile")), std::optional<QByteArray>("p"));
        QVERIFY(!readOnly.setValue(QStringLiteral("profile"), "changed", &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("Cannot save the setting \"profile\" in the state database %1: ")
                                 .arg(QDir::toNativeSeparators(browser->filePath()))),
            qPrintable(error));
        QVERIFY(!readOnly.remove(QStringLiteral("profile"), &error));
        QCOMPARE(readOnly.value(QStringLiteral("profile")), std::optional<QByteArray>("p"));
    }
};

QTEST_GUILESS_MAIN(tst_SettingsStore)
#include "tst_settingsstore.moc"
