#include "FakeClock.h"
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/WatermarkStore.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using mlc::Database;
using mlc::Watermark;
using mlc::WatermarkStore;

namespace {

const QString vendors = QStringLiteral("vendors");
const QString board = QStringLiteral("1234567890");

QJsonObject cursorAt(const QString& at, const QStringList& seen)
{
    return {{QStringLiteral("at"), at}, {QStringLiteral("seen"), QJsonArray::fromStringList(seen)}};
}

} // namespace

class tst_WatermarkStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<mlc::FakeClock>();
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), *m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        m_clock.reset();
    }

    void aMappingHasNoWatermarkBeforeItsFirstSave()
    {
        QString error;
        QVERIFY(!WatermarkStore(*m_database).load(vendors, board, &error).has_value());
        QVERIFY(error.isEmpty());
    }

    void aWatermarkRoundTripsPerMappingAndSurvivesAReopen()
    {
        QString error;
        Watermark saved;
        saved.lastModified = QDateTime(QDate(2026, 1, 4), QTime(16, 20, 11, 497), Qt::UTC);
        saved.deltaCursor = cursorAt(QStringLiteral("2026-01-04T16:20:11.497Z"), {QStringLiteral("id-1@v3")});
        saved.lastPolledAt = m_clock->nowUtc();
        QVERIFY2(WatermarkStore(*m_database).save(vendors, board, saved, &error), qPrintable(error));
        Watermark other;
        other.lastPolledAt = m_clock->nowUtc();
        QVERIFY(WatermarkStore(*m_database).save(QStringLiteral("customers"), board, other, &error));

        m_database.reset();
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), *m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
        const auto loaded = WatermarkStore(*m_database).load(vendors, board, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->lastModified, saved.lastModified);
        QCOMPARE(loaded->deltaCursor, saved.deltaCursor);
        QCOMPARE(loaded->lastPolledAt, saved.lastPolledAt);
        QCOMPARE(loaded->updatedAt, m_clock->nowUtc());

        // Before the first full pass there is neither a high-water mark nor a cursor: both NULL.
        const auto fresh = WatermarkStore(*m_database).load(QStringLiteral("customers"), board, &error);
        QVERIFY2(fresh, qPrintable(error));
        QVERIFY(!fresh->lastModified.isValid());
        QVERIFY(fresh->deltaCursor.isEmpty());
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(*) FROM watermarks"
            " WHERE entity = 'customers' AND last_modified IS NULL AND delta_cursor IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void savingAgainMovesTheWatermark()
    {
        WatermarkStore watermarks(*m_database);
        QString error;
        Watermark first;
        first.lastModified = QDateTime(QDate(2026, 1, 4), QTime(16, 0), Qt::UTC);
        first.deltaCursor = cursorAt(QStringLiteral("16:00"), {QStringLiteral("a")});
        QVERIFY(watermarks.save(vendors, board, first, &error));
        m_clock->advance(5min);
        Watermark second = first;
        second.lastModified = first.lastModified.addSecs(60);
        second.deltaCursor = cursorAt(QStringLiteral("16:01"), {QStringLiteral("b"), QStringLiteral("c")});
        second.lastPolledAt = m_clock->nowUtc();
        QVERIFY2(watermarks.save(vendors, board, second, &error), qPrintable(error));
        const auto loaded = watermarks.load(vendors, board, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->lastModified, second.lastModified);
        QCOMPARE(loaded->deltaCursor, second.deltaCursor);
        QCOMPARE(loaded->updatedAt, m_clock->nowUtc());
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("watermarks")), 1);
    }

    void aReadOnlyDatabaseGivesTheAdminSentence()
    {
        QString error;
        auto browser =
            Database::openReadOnly(m_dir->path(), QStringLiteral("audit-browser"), *m_clock, &error);
        QVERIFY2(browser, qPrintable(error));
        QVERIFY(!WatermarkStore(*browser).save(vendors, board, {}, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral("Cannot save how far vendors on board %1 was synced in the state "
                                            "database %2: permission denied or read-only file system.")
                                 .arg(board, QDir::toNativeSeparators(browser->filePath()))),
            qPrintable(error));
    }

private:
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_WatermarkStore)
#include "tst_watermarkstore.moc"
