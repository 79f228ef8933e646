// The Audit page over a real state database: the trail opens with one page and fetches more as it is
// scrolled, filters by entity, event and BC record, shows an entry in full, and asks to replay exactly the
// selected failed entries. The model runs under QAbstractItemModelTester.

#include "AuditModel.h"
#include "AuditPage.h"
#include "FakeClock.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mlc;
using mlc::ui::AuditModel;
using mlc::ui::AuditPage;

class tst_AuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
        // 1,200 entries: every tenth a failed purchase invoice write, the rest vendors updated.
        AuditLog log(*m_database);
        for (int i = 0; i < 1200; ++i) {
            AuditEntry entry;
            const bool failed = i % 10 == 0;
            entry.entity = failed ? QStringLiteral("purchaseInvoices") : QStringLiteral("vendors");
            entry.boardId = QStringLiteral("5084200001");
            entry.bcId = QStringLiteral("id-%1").arg(i);
            entry.bcNumber = QStringLiteral("N%1").arg(i);
            entry.itemId = QString::number(9000000 + i);
            entry.event = failed ? AuditEvent::Failed : AuditEvent::Updated;
            entry.error = failed ? QStringLiteral("monday refused the label \"Paid\"") : QString();
            entry.changes = {{QStringLiteral("status"),
                              AuditEntry::change(QStringLiteral("Open"), QStringLiteral("Paid"))}};
            QVERIFY2(log.append(entry, &error), qPrintable(error));
            m_clock.advance(std::chrono::seconds(1));
        }
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    void theTrailOpensWithOnePageAndFetchesMoreOnDemand()
    {
        AuditModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), AuditModel::kPageSize);
        QCOMPARE(model.data(model.index(0, AuditModel::RecordColumn)).toString(), QStringLiteral("N1199"));
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 1200);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.data(model.index(1199, AuditModel::RecordColumn)).toString(), QStringLiteral("N0"));

        // What the engine appends later comes in at the top, the rows already there kept.
        const QPersistentModelIndex oldest = model.index(1199, 0);
        AuditEntry later;
        later.entity = QStringLiteral("vendors");
        later.bcNumber = QStringLiteral("N1200");
        later.event = AuditEvent::Created;
        QString error;
        QVERIFY2(AuditLog(*m_database).append(later, &error), qPrintable(error));
        model.fetchNewer();
        QCOMPARE(model.rowCount(), 1201);
        QCOMPARE(model.data(model.index(0, AuditModel::RecordColumn)).toString(), QStringLiteral("N1200"));
        QCOMPARE(oldest.row(), 1200);
    }

    void filtersNarrowTheTrail()
    {
        AuditModel model(*m_database);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AuditFilter failed;
        failed.event = AuditEvent::Failed;
        model.setFilter(failed);
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(model.data(model.index(0, AuditModel::EventColumn)).toString(), QStringLiteral("failed"));
        AuditFilter one;
        one.record = QStringLiteral("N42");
        model.setFilter(one);
        QCOMPARE(model.rowCount(), 1);
        AuditFilter vendors;
        vendors.entity = QStringLiteral("vendors");
        vendors.record = QStringLiteral("N40"); // a purchase invoice
        model.setFilter(vendors);
        QCOMPARE(model.rowCount(), 0);
    }

    // One search box for a BC number, a BC id or a monday item id; a period counted back from now.
    void thePagesSearchAndPeriodNarrowTheTrail()
    {
        m_clock.setNow(QDateTime::currentDateTimeUtc());
        AuditEntry recent;
        recent.entity = QStringLiteral("vendors");
        recent.bcNumber = QStringLiteral("N-recent");
        recent.event = AuditEvent::Created;
        QString error;
        QVERIFY2(AuditLog(*m_database).append(recent, &error), qPrintable(error));

        AuditPage page;
        page.setDatabase(m_database.get());
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("recordFilter"));
        auto* period = page.findChild<QComboBox*>(QStringLiteral("periodFilter"));
        QVERIFY(search && period);
        for (const QString& text :
             {QStringLiteral("N42"), QStringLiteral("id-42"), QStringLiteral("9000042")}) {
            search->setText(text);
            QTest::keyClick(search, Qt::Key_Return);
            QCOMPARE(page.model()->rowCount(), 1);
            QCOMPARE(page.model()->entryAt(0).bcNumber, QStringLiteral("N42"));
        }
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        period->setCurrentIndex(period->findData(3600));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->entryAt(0).bcNumber, QStringLiteral("N-recent"));
        period->setCurrentIndex(period->findData(0));
        QCOMPARE(page.model()->rowCount(), AuditModel::kPageSize);
    }

    void thePageShowsAnEntryAndAsksToReplayTheSelectedFailures()
    {
        AuditPage page;
        page.setDatabase(m_database.get());
        auto* event = page.findChild<QComboBox*>(QStringLiteral("eventFilter"));
        auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
        auto* detail = page.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"));
        auto* replaySelected = page.findChild<QPushButton*>(QStringLiteral("replaySelected"));
        QVERIFY(event && table && detail && replaySelected);
        QVERIFY(!replaySelected->isEnabled());

        event->setCurrentIndex(event->findData(QStringLiteral("failed")));
        QCOMPARE(page.model()->rowCount(), 120);
        table->selectRow(0);
        QVERIFY(detail->toPlainText().contains(QStringLiteral("N1190")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Paid")));
        QVERIFY(replaySelected->isEnabled());
        QSignalSpy replay(&page, &AuditPage::replayRequested);
        QTest::mouseClick(replaySelected, Qt::LeftButton);
        QCOMPARE(replay.size(), 1);
        QCOMPARE(replay.first().first().value<QList<qint64>>(), QList<qint64>{page.model()->entryAt(0).id});

        // An entry that did not fail is not replayable.
        event->setCurrentIndex(event->findData(QStringLiteral("updated")));
        table->selectRow(0);
        QVERIFY(!replaySelected->isEnabled());
    }

    void anExportWritesWhatTheFiltersSelect()
    {
        AuditPage page;
        page.setDatabase(m_database.get());
        auto* event = page.findChild<QComboBox*>(QStringLiteral("eventFilter"));
        event->setCurrentIndex(event->findData(QStringLiteral("failed")));
        const QString path = m_dir->filePath(QStringLiteral("failed.csv"));
        QSignalSpy finished(&page, &AuditPage::exportFinished);
        page.exportCsv(path);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(),
                 1 + 120 + 1); // header, the failed entries, and the empty rest after the last CRLF
        QVERIFY(lines.at(1).contains(",N1190,"));
        QVERIFY(lines.at(120).contains(",N0,"));

        // A folder that cannot be written: a clear message and no file.
        const QString nowhere = m_dir->filePath(QStringLiteral("missing/folder/trail.csv"));
        page.exportCsv(nowhere);
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("Cannot write")));
        QVERIFY(!QFile::exists(nowhere));
    }

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_MAIN(tst_AuditPage)
#include "tst_audit_page.moc"
