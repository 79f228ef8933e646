// The board reader against the monday simulator over loopback: board structure, full scans across pages
// and across an expired cursor, the lookup by BC id, and reads that wait out monday's 429 as told.

#include "MondayLoopback.h"
#include "monday/MondayBoardScan.h"
#include "monday/MondayBoardStructure.h"
#include "monday/MondayDocuments.h"
#include "monday/MondayItemLookup.h"
#include "monday/MondayQuery.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace mlc;
using mlc::sandbox::MondayBoard;
using mlc::sandbox::MondayBoardStore;
using mlc::sandbox::MondayCellValue;
using mlc::sandbox::MondayFault;
using mlc::sandbox::MondayFaultInjector;
using mlc::sandbox::MondaySimulator;
using namespace std::chrono_literals;

namespace {

// A board of `count` items, each with its BC id ("bc-0001", ...) in a text column.
QString addInvoiceBoard(MondaySimulator& simulator, const QDateTime& now, int count)
{
    MondayBoardStore& store = simulator.store();
    const QString boardId =
        store.addBoard(QStringLiteral("Scan test"),
                       {{QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("name"), {}},
                        {QStringLiteral("bc_id"), QStringLiteral("BC id"), QStringLiteral("text"), {}},
                        {QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("numbers"), {}}},
                       {{QStringLiteral("topics"), QStringLiteral("Invoices"), QStringLiteral("#579bfc")}});
    for (int i = 1; i <= count; ++i) {
        const QString bcId = QStringLiteral("bc-%1").arg(i, 4, 10, QLatin1Char('0'));
        store.addItem(boardId, QString(), QStringLiteral("Invoice %1").arg(i),
                      {{QStringLiteral("bc_id"), MondayCellValue::plainText(bcId)},
                       {QStringLiteral("amount"), MondayCellValue::numbers(QString::number(i * 10))}},
                      now);
    }
    return boardId;
}

struct ScanRun
{
    QStringList ids;
    int pages = 0;
    std::optional<MondayBoardScan::Summary> summary;
    std::optional<MondayOutcome> failure;
};

} // namespace

class tst_MondayBoardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsColumnsWithTypesAndLabels();
    void scansEveryItemAcrossPages();
    void aScanSurvivesAnExpiredCursorWithNoItemMissedOrRepeated();
    void aScanGivesUpAfterRepeatedExpiries();
    void aScanOfAnUnknownBoardFailsClearly();
    void findsAnItemByItsBcId();
    void reportsDuplicatesAndIgnoresInexactMatches();
    void aReadWaitsOutA429AsTold();
    void aReadGivesUpOnAPersistentServerError();
};

void tst_MondayBoardReader::initTestCase()
{
    qRegisterMetaType<MondayOutcome>();
    qRegisterMetaType<MondayBoardScan::Summary>();
}

void tst_MondayBoardReader::readsColumnsWithTypesAndLabels()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = monday.simulator.store().boardByName(QStringLiteral("Vendors"))->id;
    MondayQuery query(*monday.client, monday.clock,
                      MondayDocuments::boardStructureRequest({boardId, QStringLiteral("404404")}), {});
    QSignalSpy finished(&query, &MondayQuery::finished);
    query.start();
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<MondayOutcome>();
    QCOMPARE(outcome.kind, MondayOutcome::Kind::Done);

    const QList<MondayBoardStructure> boards = MondayBoardStructure::listFromData(outcome.data);
    QCOMPARE(boards.size(), 1); // the unknown board is simply missing, as on monday
    const MondayBoardStructure& vendors = boards.first();
    QCOMPARE(vendors.id, boardId);
    QCOMPARE(vendors.name, QStringLiteral("Vendors"));
    QCOMPARE(vendors.topGroupId, QStringLiteral("topics"));
    QCOMPARE(vendors.groups.size(), 2);
    QVERIFY(vendors.column(QStringLiteral("bc_id")));
    QCOMPARE(vendors.column(QStringLiteral("bc_id"))->type(), MondayColumnType::Text);
    QCOMPARE(vendors.column(QStringLiteral("balance"))->type(), MondayColumnType::Numbers);
    QCOMPARE(vendors.column(QStringLiteral("blocked"))->type(), MondayColumnType::Checkbox);

    // Labels come from the board itself (monday.md §9.3): every status column of the demo boards has some.
    QStringList allBoards;
    for (const MondayBoard& board : monday.simulator.store().boards())
        allBoards.append(board.id);
    MondayQuery all(*monday.client, monday.clock, MondayDocuments::boardStructureRequest(allBoards), {});
    QSignalSpy allFinished(&all, &MondayQuery::finished);
    all.start();
    QVERIFY(allFinished.wait(10000));
    int statusColumns = 0;
    const QList<MondayBoardStructure> read =
        MondayBoardStructure::listFromData(allFinished.first().first().value<MondayOutcome>().data);
    QCOMPARE(read.size(), allBoards.size());
    for (const MondayBoardStructure& board : read) {
        for (const mlc::MondayColumn& column : board.columns) {
            if (column.type() != MondayColumnType::Status)
                continue;
            ++statusColumns;
            QVERIFY2(!column.activeLabelTexts().isEmpty(),
                     qPrintable(board.name + QLatin1Char('.') + column.id()));
        }
    }
    QVERIFY(statusColumns > 0);
}

namespace {

ScanRun scan(MondayLoopback& monday, const QString& boardId, int pageSize,
             const std::function<void(int pages)>& afterPage = {}, int maxRestarts = 3)
{
    MondayBoardScan::Settings settings;
    settings.pageSize = pageSize;
    settings.maxRestarts = maxRestarts;
    MondayBoardScan scanner(*monday.client, monday.clock, boardId,
                            {QStringLiteral("bc_id"), QStringLiteral("amount")}, settings);
    ScanRun run;
    QObject::connect(&scanner, &MondayBoardScan::pageRead, [&](const QList<MondayItem>& items) {
        ++run.pages;
        for (const MondayItem& item : items)
            run.ids.append(item.id);
        if (afterPage)
            afterPage(run.pages);
    });
    QObject::connect(&scanner, &MondayBoardScan::finished,
                     [&](const MondayBoardScan::Summary& summary) { run.summary = summary; });
    QObject::connect(&scanner, &MondayBoardScan::failed,
                     [&](const MondayOutcome& outcome) { run.failure = outcome; });
    scanner.start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(run.summary || run.failure, 30000);
    }();
    return run;
}

QStringList itemIds(const MondaySimulator& simulator, const QString& boardId)
{
    QStringList ids;
    for (const mlc::sandbox::MondayItem& item : simulator.store().board(boardId)->items)
        ids.append(item.id);
    return ids;
}

} // namespace

void tst_MondayBoardReader::scansEveryItemAcrossPages()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = addInvoiceBoard(monday.simulator, monday.clock.nowUtc(), 1234);

    const ScanRun run = scan(monday, boardId, 500);
    QVERIFY2(!run.failure, qPrintable(run.failure ? run.failure->summary() : QString()));
    QCOMPARE(run.ids, itemIds(monday.simulator, boardId));
    QCOMPARE(run.summary->items, 1234);
    QCOMPARE(run.summary->pages, 3);
    QCOMPARE(run.summary->restarts, 0);
    QCOMPARE(monday.requestsFor(QStringLiteral("next_items_page")), 2);
}

void tst_MondayBoardReader::aScanSurvivesAnExpiredCursorWithNoItemMissedOrRepeated()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = addInvoiceBoard(monday.simulator, monday.clock.nowUtc(), 450);
    QString lateItem;

    // After the second page, an hour passes (a slow consumer), and an item is added meanwhile.
    const ScanRun run = scan(monday, boardId, 100, [&](int pages) {
        if (pages != 2)
            return;
        monday.clock.advance(61min);
        lateItem = monday.simulator.store().addItem(
            boardId, QString(), QStringLiteral("Late invoice"),
            {{QStringLiteral("bc_id"), MondayCellValue::plainText(QStringLiteral("bc-late"))}},
            monday.clock.nowUtc());
    });

    QVERIFY2(!run.failure, qPrintable(run.failure ? run.failure->summary() : QString()));
    QCOMPARE(run.summary->restarts, 1);
    QCOMPARE(run.summary->repeatsSkipped, 200); // the first two pages, read again and not passed on
    QCOMPARE(QSet<QString>(run.ids.cbegin(), run.ids.cend()).size(), run.ids.size());
    QStringList expected = itemIds(monday.simulator, boardId);
    QStringList got = run.ids;
    std::sort(expected.begin(), expected.end());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
    QVERIFY(got.contains(lateItem));
}

void tst_MondayBoardReader::aScanGivesUpAfterRepeatedExpiries()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = addInvoiceBoard(monday.simulator, monday.clock.nowUtc(), 300);

    // Every second page read takes longer than the cursor lives: the board cannot be read in time.
    const ScanRun run = scan(
        monday, boardId, 100,
        [&](int pages) {
            if (pages % 2 == 1)
                monday.clock.advance(61min);
        },
        2);
    QVERIFY(run.failure);
    QCOMPARE(run.failure->reason, MondayOutcome::Reason::CursorExpired);
    QVERIFY(!run.summary);
    QCOMPARE(QSet<QString>(run.ids.cbegin(), run.ids.cend()).size(), run.ids.size());
}

void tst_MondayBoardReader::aScanOfAnUnknownBoardFailsClearly()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const ScanRun run = scan(monday, QStringLiteral("777"), 500);
    QVERIFY(run.failure);
    QCOMPARE(run.failure->reason, MondayOutcome::Reason::NotFound);
    QVERIFY2(run.failure->message.contains(QStringLiteral("777")), qPrintable(run.failure->message));
}

namespace {

std::optional<QList<MondayItem>> lookup(MondayLoopback& monday, const QString& boardId, const QString& bcId)
{
    MondayItemLookup finder(*monday.client, monday.clock, boardId, QStringLiteral("bc_id"), bcId,
                            {QStringLiteral("amount")}, {});
    QSignalSpy found(&finder, &MondayItemLookup::found);
    QSignalSpy failed(&finder, &MondayItemLookup::failed);
    finder.start();
    if (!QTest::qWaitFor([&] { return !found.isEmpty() || !failed.isEmpty(); }, 10000) || found.isEmpty())
        return std::nullopt;
    return found.first().first().value<QList<MondayItem>>();
}

} // namespace

void tst_MondayBoardReader::findsAnItemByItsBcId()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = addInvoiceBoard(monday.simulator, monday.clock.nowUtc(), 40);

    const std::optional<QList<MondayItem>> hit = lookup(monday, boardId, QStringLiteral("bc-0017"));
    QVERIFY(hit);
    QCOMPARE(hit->size(), 1);
    QCOMPARE(hit->first().name, QStringLiteral("Invoice 17"));
    QCOMPARE(hit->first().columnText(QStringLiteral("bc_id")), QStringLiteral("bc-0017"));
    QCOMPARE(hit->first().columnText(QStringLiteral("amount")), QStringLiteral("170"));

    const std::optional<QList<MondayItem>> miss = lookup(monday, boardId, QStringLiteral("bc-9999"));
    QVERIFY(miss);
    QVERIFY(miss->isEmpty());
}

void tst_MondayBoardReader::reportsDuplicatesAndIgnoresInexactMatches()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = addInvoiceBoard(monday.simulator, monday.clock.nowUtc(), 3);
    MondayBoardStore& store = monday.simulator.store();
    store.addItem(boardId, QString(), QStringLiteral("Invoice 2 (copy)"),
                  {{QStringLiteral("bc_id"), MondayCellValue::plainText(QStringLiteral("bc-0002"))}},
                  monday.clock.nowUtc());
    // monday's search ignores case; the BC id must match exactly.
    store.addItem(boardId, QString(), QStringLiteral("Invoice 3 (typed by hand)"),
                  {{QStringLiteral("bc_id"), MondayCellValue::plainText(QStringLiteral("BC-0003"))}},
                  monday.clock.nowUtc());

    const std::optional<QList<MondayItem>> twice = lookup(monday, boardId, QStringLiteral("bc-0002"));
    QVERIFY(twice);
    QCOMPARE(twice->size(), 2);
    const std::optional<QList<MondayItem>> once = lookup(monday, boardId, QStringLiteral("bc-0003"));
    QVERIFY(once);
    QCOMPARE(once->size(), 1);
    QCOMPARE(once->first().name, QStringLiteral("Invoice 3"));
}

void tst_MondayBoardReader::aReadWaitsOutA429AsTold()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    const QString boardId = addInvoiceBoard(monday.simulator, monday.clock.nowUtc(), 5);
    monday.simulator.faults().inject(QStringLiteral("boards"), MondayFault::status429(7));

    MondayQuery query(*monday.client, monday.clock, MondayDocuments::itemsFirstPageRequest(boardId), {});
    QSignalSpy waiting(&query, &MondayQuery::waiting);
    QSignalSpy finished(&query, &MondayQuery::finished);
    query.start();
    QVERIFY(waiting.wait(10000));
    QCOMPARE(waiting.first().at(1).value<std::chrono::milliseconds>(), std::chrono::milliseconds(7000));

    monday.clock.advance(6999ms);
    QTest::qWait(0);
    QCOMPARE(monday.requestsFor(QStringLiteral("boards")), 1);
    monday.clock.advance(1ms);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<MondayOutcome>().kind, MondayOutcome::Kind::Done);
    QCOMPARE(monday.requestsFor(QStringLiteral("boards")), 2);
}

void tst_MondayBoardReader::aReadGivesUpOnAPersistentServerError()
{
    MondayLoopback monday;
    QVERIFY(monday.listening);
    monday.simulator.faults().inject(MondayFaultInjector::anyOperation(), MondayFault::status500(), 10);
    MondayRetrySettings settings;
    settings.maxAttempts = 3;
    MondayQuery query(*monday.client, monday.clock, MondayDocuments::connectionTestRequest(), settings);
    QSignalSpy waiting(&query, &MondayQuery::waiting);
    QSignalSpy finished(&query, &MondayQuery::finished);
    query.start();
    // Each backoff is at most a minute on the fake clock.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            monday.clock.advance(60s);
            return !finished.isEmpty();
        }(),
        20000);
    QCOMPARE(query.attempts(), 3);
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(finished.first().first().value<MondayOutcome>().reason, MondayOutcome::Reason::ServerError);
}

QTEST_GUILESS_MAIN(tst_MondayBoardReader)
#include "tst_monday_board_reader.moc"
