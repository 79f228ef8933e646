#include "FakeClock.h"
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/LinkStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using mlc::Database;
using mlc::Link;
using mlc::LinkIds;
using mlc::LinkStore;

namespace {

const QString vendors = QStringLiteral("vendors");
const QString board = QStringLiteral("1234567890");

Link linkOf(const QString& bcId, const QString& itemId)
{
    Link link;
    link.entity = vendors;
    link.boardId = board;
    link.bcId = bcId;
    link.itemId = itemId;
    link.bcNumber = QStringLiteral("V-") + bcId;
    link.writtenValues = {
        {QStringLiteral("name"), QStringLiteral("Fabrikam")},
        {QStringLiteral("numbers"), 12.5},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Open")}}}};
    link.bcEtag = QStringLiteral("W/\"JzQ0Oyc=\"");
    link.bcModifiedAt = QDateTime(QDate(2026, 1, 4), QTime(16, 20, 11, 497), Qt::UTC);
    return link;
}

} // namespace

class tst_LinkStore : public QObject
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

    void aLinkIsFoundByItsRecordAndByItsItem()
    {
        LinkStore links(*m_database);
        QString error;
        QVERIFY(!links.findByRecord(vendors, board, QStringLiteral("a"), &error).has_value());
        QVERIFY(error.isEmpty());
        const Link written = linkOf(QStringLiteral("a"), QStringLiteral("111"));
        QVERIFY2(links.upsert(written, &error), qPrintable(error));

        const auto byRecord = links.findByRecord(vendors, board, QStringLiteral("a"), &error);
        QVERIFY2(byRecord, qPrintable(error));
        QCOMPARE(byRecord->itemId, QStringLiteral("111"));
        QCOMPARE(byRecord->bcNumber, written.bcNumber);
        QCOMPARE(byRecord->writtenValues, written.writtenValues);
        QCOMPARE(byRecord->bcEtag, written.bcEtag);
        QCOMPARE(byRecord->bcModifiedAt, written.bcModifiedAt);
        QCOMPARE(byRecord->createdAt, m_clock->nowUtc());
        QCOMPARE(byRecord->updatedAt, m_clock->nowUtc());

        const auto byItem = links.findByItem(board, QStringLiteral("111"), &error);
        QVERIFY2(byItem, qPrintable(error));
        QCOMPARE(byItem->bcId, QStringLiteral("a"));
        QVERIFY(!links.findByItem(QStringLiteral("other board"), QStringLiteral("111")).has_value());
        QVERIFY(!links.findByRecord(QStringLiteral("customers"), board, QStringLiteral("a")).has_value());
    }

    void upsertRefreshesTheLinkAndKeepsWhenItWasMade()
    {
        LinkStore links(*m_database);
        QString error;
        const QDateTime made = m_clock->nowUtc();
        QVERIFY(links.upsert(linkOf(QStringLiteral("a"), QStringLiteral("111")), &error));
        m_clock->advance(1h);
        Link posted = linkOf(QStringLiteral("a"), QStringLiteral("111"));
        posted.bcNumber = QStringLiteral("108001"); // a posted invoice gets a new number, same id
        posted.writtenValues = {{QStringLiteral("name"), QStringLiteral("108001")}};
        posted.bcEtag.clear();
        posted.bcModifiedAt = {};
        QVERIFY2(links.upsert(posted, &error), qPrintable(error));

        const auto read = links.findByRecord(vendors, board, QStringLiteral("a"), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->bcNumber, QStringLiteral("108001"));
        QCOMPARE(read->writtenValues, posted.writtenValues);
        QVERIFY(read->bcEtag.isNull());
        QVERIFY(!read->bcModifiedAt.isValid());
        QCOMPARE(read->createdAt, made);
        QCOMPARE(read->updatedAt, m_clock->nowUtc());
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("links")), 1);
    }

    void anItemNeverStandsForTwoRecords()
    {
        LinkStore links(*m_database);
        QString error;
        QVERIFY(links.upsert(linkOf(QStringLiteral("a"), QStringLiteral("111")), &error));
        QVERIFY(!links.upsert(linkOf(QStringLiteral("b"), QStringLiteral("111")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save the link of vendors b to item 111 in the state "
                                                 "database %1: ")
                                      .arg(QDir::toNativeSeparators(m_database->filePath()))),
                 qPrintable(error));
        QVERIFY(!links.findByRecord(vendors, board, QStringLiteral("b")).has_value());
    }

    void removeForgetsOnlyThatLink()
    {
        LinkStore links(*m_database);
        QString error;
        QVERIFY(links.upsert(linkOf(QStringLiteral("a"), QStringLiteral("111")), &error));
        QVERIFY(links.upsert(linkOf(QStringLiteral("b"), QStringLiteral("222")), &error));
        QVERIFY2(links.remove(vendors, board, QStringLiteral("a"), &error), qPrintable(error));
        QVERIFY(!links.findByRecord(vendors, board, QStringLiteral("a")).has_value());
        QVERIFY(links.findByRecord(vendors, board, QStringLiteral("b")).has_value());
        QVERIFY2(links.remove(vendors, board, QStringLiteral("never"), &error), qPrintable(error));
    }

    void idsOfABoardComePageByPageInIdOrder()
    {
        LinkStore links(*m_database);
        QString error;
        QStringList expected;
        for (int i = 0; i < 25; ++i) {
            const QString bcId = QStringLiteral("bc-%1").arg(i, 3, 10, QLatin1Char('0'));
            expected << bcId;
            QVERIFY(links.upsert(linkOf(bcId, QStringLiteral("item-%1").arg(i)), &error));
        }
        std::reverse(expected.begin(),
                     expected.end()); // inserted in reverse to show the order is the store's
        expected.sort();
        Link elsewhere = linkOf(QStringLiteral("bc-500"), QStringLiteral("other"));
        elsewhere.boardId = QStringLiteral("999");
        QVERIFY(links.upsert(elsewhere, &error));
        Link otherEntity = linkOf(QStringLiteral("bc-501"), QStringLiteral("other-entity"));
        otherEntity.entity = QStringLiteral("customers");
        QVERIFY(links.upsert(otherEntity, &error));

        QStringList seen;
        QList<int> pageSizes;
        QString after;
        for (;;) {
            const auto page = links.idsOnBoard(vendors, board, after, 10, &error);
            QVERIFY2(page, qPrintable(error));
            pageSizes << page->size();
            for (const LinkIds& ids : *page) {
                seen << ids.bcId;
                QCOMPARE(ids.itemId, QStringLiteral("item-%1").arg(ids.bcId.mid(3).toInt()));
            }
            if (page->size() < 10)
                break;
            after = page->back().bcId;
        }
        QCOMPARE(seen, expected);
        QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    }

    void aFullDiskGivesTheAdminSentence()
    {
        QString error;
        QVERIFY2(mlc::test::capFileAtCurrentSize(m_database->connection(), &error), qPrintable(error));
        Link big = linkOf(QStringLiteral("a"), QStringLiteral("111"));
        big.writtenValues.insert(QStringLiteral("long_text"), mlc::test::pageFiller());
        QVERIFY(!LinkStore(*m_database).upsert(big, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save the link of vendors a to item 111 in the state "
                                                 "database %1: the disk is full.")
                                      .arg(QDir::toNativeSeparators(m_database->filePath()))),
                 qPrintable(error));
    }

private:
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_LinkStore)
#include "tst_linkstore.moc"
