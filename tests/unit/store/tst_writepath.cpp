#include "FakeClock.h"
#include "StoreTestSupport.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/LinkStore.h"
#include "store/Outbox.h"
#include "store/Transaction.h"
#include "store/WatermarkStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using mlc::AuditEntry;
using mlc::AuditEvent;
using mlc::AuditLog;
using mlc::Database;
using mlc::Link;
using mlc::LinkStore;
using mlc::Outbox;
using mlc::OutboxOperation;
using mlc::OutboxRow;
using mlc::OutboxState;
using mlc::Transaction;
using mlc::Watermark;
using mlc::WatermarkStore;

// The two transactions of DESIGN §3, put together from the stores the way the engine will: each one lands
// whole or not at all, whichever of its writes fails.
namespace {

const QString vendors = QStringLiteral("vendors");
const QString board = QStringLiteral("1234567890");

OutboxRow planFor(const QString& bcId, const QString& key)
{
    OutboxRow row;
    row.entity = vendors;
    row.boardId = board;
    row.bcId = bcId;
    row.operation = OutboxOperation::Create;
    row.payload = {{QStringLiteral("itemName"), QStringLiteral("Fabrikam")}};
    row.plannedValues = {{QStringLiteral("name"), QStringLiteral("Fabrikam")}};
    row.idempotencyKey = key;
    return row;
}

Watermark watermarkAt(const QDateTime& lastModified)
{
    Watermark watermark;
    watermark.lastModified = lastModified;
    watermark.deltaCursor = {{QStringLiteral("at"), lastModified.toString(Qt::ISODateWithMs)}};
    return watermark;
}

} // namespace

class tst_WritePath : public QObject
{
    Q_OBJECT

private:
    // Queue step: the planned writes and the watermark past them.
    bool queue(const QList<OutboxRow>& plans, const Watermark& watermark, QString* error)
    {
        Transaction transaction(*m_database);
        if (!transaction.begin(error))
            return false;
        Outbox outbox(*m_database);
        for (const OutboxRow& plan : plans) {
            if (!outbox.enqueue(plan, error))
                return false;
        }
        return WatermarkStore(*m_database).save(vendors, board, watermark, error) &&
               transaction.commit(error);
    }

    // Settle step: the write is done, the link knows the item and its values, the trail says so.
    bool settle(const OutboxRow& row, const QString& itemId, QString* error)
    {
        Transaction transaction(*m_database);
        if (!transaction.begin(error))
            return false;
        Link link;
        link.entity = row.entity;
        link.boardId = row.boardId;
        link.bcId = row.bcId;
        link.itemId = itemId;
        link.writtenValues = row.plannedValues;
        AuditEntry entry;
        entry.entity = row.entity;
        entry.boardId = row.boardId;
        entry.bcId = row.bcId;
        entry.itemId = itemId;
        entry.event = AuditEvent::Created;
        entry.outboxId = row.id;
        entry.attempt = row.attempts;
        return Outbox(*m_database).markDone(row.id, QStringLiteral("req-1"), error) &&
               LinkStore(*m_database).upsert(link, error) && AuditLog(*m_database).append(entry, error) &&
               transaction.commit(error);
    }

    OutboxRow sentWrite(const QString& bcId)
    {
        QString error;
        Outbox outbox(*m_database);
        const auto enqueued = outbox.enqueue(planFor(bcId, QStringLiteral("key-") + bcId), &error);
        if (!enqueued || !outbox.markInFlight(enqueued->id, &error))
            qWarning() << error;
        return outbox.row(enqueued ? enqueued->id : 0).value_or(OutboxRow{});
    }

    qint64 rows(const QString& table) const { return mlc::test::countOf(m_database->connection(), table); }

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

    void theQueueStepStoresTheWritesAndTheWatermarkTogether()
    {
        QString error;
        const QDateTime passed(QDate(2026, 1, 5), QTime(8, 59), Qt::UTC);
        QVERIFY2(queue({planFor(QStringLiteral("a"), QStringLiteral("k-a")),
                        planFor(QStringLiteral("b"), QStringLiteral("k-b"))},
                       watermarkAt(passed), &error),
                 qPrintable(error));
        QCOMPARE(rows(QStringLiteral("outbox")), 2);
        QCOMPARE(WatermarkStore(*m_database).load(vendors, board)->lastModified, passed);
    }

    void aFailedWatermarkWriteTakesTheQueuedWritesBackOut()
    {
        QString error;
        const QDateTime before(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        QVERIFY2(queue({}, watermarkAt(before), &error), qPrintable(error));
        QVERIFY2(mlc::test::failNextWritesTo(m_database->connection(), QStringLiteral("watermarks"), &error),
                 qPrintable(error));

        QVERIFY(!queue({planFor(QStringLiteral("a"), QStringLiteral("k-a")),
                        planFor(QStringLiteral("b"), QStringLiteral("k-b"))},
                       watermarkAt(before.addSecs(3600)), &error));
        QVERIFY2(error.contains(QStringLiteral("injected failure on watermarks")), qPrintable(error));
        QCOMPARE(rows(QStringLiteral("outbox")), 0);
        QCOMPARE(WatermarkStore(*m_database).load(vendors, board)->lastModified, before);
        QVERIFY(!m_database->inTransaction());
    }

    void aFailedQueuedWriteKeepsTheWatermarkWhereItWas()
    {
        QString error;
        const QDateTime before(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        QVERIFY2(queue({}, watermarkAt(before), &error), qPrintable(error));
        QVERIFY2(mlc::test::failNextWritesTo(m_database->connection(), QStringLiteral("outbox"), &error),
                 qPrintable(error));
        QVERIFY(!queue({planFor(QStringLiteral("a"), QStringLiteral("k-a"))},
                       watermarkAt(before.addSecs(3600)), &error));
        QCOMPARE(rows(QStringLiteral("outbox")), 0);
        QCOMPARE(WatermarkStore(*m_database).load(vendors, board)->lastModified, before);
    }

    void settleMarksTheWriteDoneStoresTheLinkAndAuditsItTogether()
    {
        const OutboxRow row = sentWrite(QStringLiteral("a"));
        QCOMPARE(row.state, OutboxState::InFlight);
        QString error;
        QVERIFY2(settle(row, QStringLiteral("111"), &error), qPrintable(error));
        QCOMPARE(Outbox(*m_database).row(row.id)->state, OutboxState::Done);
        const auto link = LinkStore(*m_database).findByRecord(vendors, board, QStringLiteral("a"));
        QVERIFY(link);
        QCOMPARE(link->itemId, QStringLiteral("111"));
        QCOMPARE(link->writtenValues, row.plannedValues);
        const auto trail = AuditLog(*m_database).query({}, &error);
        QVERIFY2(trail, qPrintable(error));
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->front().outboxId, row.id);
    }

    void aFailedAuditEntryUndoesTheSettle()
    {
        const OutboxRow row = sentWrite(QStringLiteral("a"));
        QString error;
        QVERIFY2(mlc::test::failNextWritesTo(m_database->connection(), QStringLiteral("audit"), &error),
                 qPrintable(error));
        QVERIFY(!settle(row, QStringLiteral("111"), &error));
        QVERIFY2(error.contains(QStringLiteral("injected failure on audit")), qPrintable(error));
        // Still in flight: the next run resolves its outcome by looking the item up, as after a crash.
        QCOMPARE(Outbox(*m_database).row(row.id)->state, OutboxState::InFlight);
        QCOMPARE(rows(QStringLiteral("links")), 0);
        QCOMPARE(rows(QStringLiteral("audit")), 0);
    }

    void anItemAlreadyLinkedElsewhereUndoesTheSettle()
    {
        QString error;
        const OutboxRow first = sentWrite(QStringLiteral("a"));
        QVERIFY2(settle(first, QStringLiteral("111"), &error), qPrintable(error));
        const OutboxRow second = sentWrite(QStringLiteral("b"));
        QVERIFY(!settle(second, QStringLiteral("111"), &error));
        QCOMPARE(Outbox(*m_database).row(second.id)->state, OutboxState::InFlight);
        QVERIFY(!LinkStore(*m_database).findByRecord(vendors, board, QStringLiteral("b")).has_value());
        QCOMPARE(rows(QStringLiteral("audit")), 1);
    }

    void replayAndItsAuditEntryShareTheCallersTransaction()
    {
        QString error;
        Outbox outbox(*m_database);
        const OutboxRow row = sentWrite(QStringLiteral("a"));
        QVERIFY(outbox.markFailed(row.id, QStringLiteral("bad label"), QStringLiteral("ColumnValueException"),
                                  QString(), &error));
        QVERIFY2(mlc::test::failNextWritesTo(m_database->connection(), QStringLiteral("audit"), &error),
                 qPrintable(error));
        {
            Transaction transaction(*m_database);
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            // Joins the open transaction instead of refusing to nest or committing on its own.
            QVERIFY2(outbox.replay(row.id, &error), qPrintable(error));
            AuditEntry entry;
            entry.entity = vendors;
            entry.bcId = row.bcId;
            entry.event = AuditEvent::Replayed;
            entry.outboxId = row.id;
            QVERIFY(!AuditLog(*m_database).append(entry, &error));
        }
        QCOMPARE(outbox.row(row.id)->state, OutboxState::Failed);
        QCOMPARE(outbox.row(row.id)->idempotencyKey, row.idempotencyKey);
    }

private:
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_WritePath)
#include "tst_writepath.moc"
