#include "FakeClock.h"
#include "StoreTestSupport.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StoredTime.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using mlc::AuditEntry;
using mlc::AuditEvent;
using mlc::AuditEvents;
using mlc::AuditFilter;
using mlc::AuditLog;
using mlc::Database;

namespace {

AuditEntry entryFor(const QString& entity, const QString& bcId, const QString& bcNumber, AuditEvent event)
{
    AuditEntry entry;
    entry.entity = entity;
    entry.boardId = entity == QLatin1String("vendors") ? QStringLiteral("100") : QStringLiteral("200");
    entry.bcId = bcId;
    entry.bcNumber = bcNumber;
    entry.event = event;
    return entry;
}

QList<qint64> idsOf(const QList<AuditEntry>& entries)
{
    QList<qint64> ids;
    for (const AuditEntry& entry : entries)
        ids << entry.id;
    return ids;
}

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A fresh clock per test, so every test starts at the same time.
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

    void wireNamesRoundTripAndStayAsReleased()
    {
        const QStringList expected{
            QStringLiteral("fetched"), QStringLiteral("planned"),   QStringLiteral("created"),
            QStringLiteral("updated"), QStringLiteral("unchanged"), QStringLiteral("deferred"),
            QStringLiteral("failed"),  QStringLiteral("replayed"),  QStringLiteral("archived"),
            QStringLiteral("deleted"), QStringLiteral("adopted"),   QStringLiteral("rejected"),
            QStringLiteral("retried"), QStringLiteral("drifted")};
        QStringList names;
        for (int i = 0; i <= static_cast<int>(AuditEvent::Drifted); ++i) {
            const auto event = static_cast<AuditEvent>(i);
            names << AuditEvents::wireName(event);
            QCOMPARE(AuditEvents::fromWireName(names.back()), std::optional<AuditEvent>(event));
        }
        QCOMPARE(names, expected);
        QVERIFY(!AuditEvents::fromWireName(QStringLiteral("Created")).has_value());
        QVERIFY(!AuditEvents::fromWireName(QStringLiteral("unknown")).has_value());
    }

    void anAppendedEntryReadsBackWithEveryFieldAndTheClocksTime()
    {
        AuditLog audit(*m_database);
        AuditEntry entry = entryFor(QStringLiteral("purchaseInvoices"), QStringLiteral("b2c3-a001"),
                                    QStringLiteral("108001"), AuditEvent::Updated);
        entry.itemId = QStringLiteral("11223344556");
        entry.changes.insert(QStringLiteral("status"),
                             AuditEntry::change(QStringLiteral("Approved"), QStringLiteral("Paid")));
        entry.changes.insert(QStringLiteral("numbers_amount"), AuditEntry::change(QJsonValue::Null, 12.5));
        entry.requestId = QStringLiteral("req-0007");
        entry.attempt = 2;
        entry.error = QStringLiteral("none really");
        entry.outboxId = 42;
        entry.detail = QStringLiteral("delta poll");
        m_clock->advance(90s);

        QString error;
        const auto id = audit.append(entry, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(*id > 0);

        const auto read = audit.query({}, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), 1);
        const AuditEntry& back = read->front();
        QCOMPARE(back.id, *id);
        QCOMPARE(back.at, m_clock->nowUtc());
        QCOMPARE(back.entity, entry.entity);
        QCOMPARE(back.boardId, entry.boardId);
        QCOMPARE(back.bcId, entry.bcId);
        QCOMPARE(back.bcNumber, entry.bcNumber);
        QCOMPARE(back.itemId, entry.itemId);
        QCOMPARE(back.event, AuditEvent::Updated);
        QCOMPARE(back.changes, entry.changes);
        QCOMPARE(
            back.changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("new")).toString(),
            QStringLiteral("Paid"));
        QCOMPARE(back.requestId, entry.requestId);
        QCOMPARE(back.attempt, 2);
        QCOMPARE(back.error, entry.error);
        QCOMPARE(back.outboxId, 42);
        QCOMPARE(back.detail, entry.detail);

        // What is not applicable is NULL in the table, not an empty string or a zero.
        const auto row = mlc::test::rowsOf(m_database->connection(), QStringLiteral("audit")).front();
        QCOMPARE(row.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-05T09:01:30.000Z"));
        QVERIFY(audit.append(
            entryFor(QStringLiteral("vendors"), QStringLiteral("v1"), QString(), AuditEvent::Fetched),
            &error));
        const auto bare = mlc::test::rowsOf(m_database->connection(), QStringLiteral("audit")).back();
        for (const char* column :
             {"bc_number", "item_id", "changes", "request_id", "attempt", "error", "outbox_id", "detail"}) {
            QVERIFY2(bare.value(QLatin1String(column)).isNull(), column);
        }
    }

    void anEntryWithoutAKnownEventIsRefused()
    {
        AuditLog audit(*m_database);
        QString error;
        QVERIFY(!audit.append(
            entryFor(QStringLiteral("vendors"), QStringLiteral("v1"), QString(), AuditEvent::Unknown),
            &error));
        QVERIFY2(error.contains(QStringLiteral("without a known event")), qPrintable(error));
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("audit")), 0);
    }

    void theTrailIsAppendOnly()
    {
        AuditLog audit(*m_database);
        QString error;
        QVERIFY(audit.append(entryFor(QStringLiteral("vendors"), QStringLiteral("v1"), QStringLiteral("V1"),
                                      AuditEvent::Created),
                             &error));
        QSqlQuery query(m_database->connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit SET event = 'unchanged'")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit")));
        QVERIFY2(query.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(query.lastError().text()));
        const auto read = audit.query({}, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->front().event, AuditEvent::Created);
    }

    void queriesFilterByEveryCriterion()
    {
        AuditLog audit(*m_database);
        QString error;
        // 1..6, one minute apart.
        const QList<AuditEntry> entries{
            entryFor(QStringLiteral("vendors"), QStringLiteral("v-1"), QStringLiteral("V001"),
                     AuditEvent::Fetched),
            entryFor(QStringLiteral("vendors"), QStringLiteral("v-1"), QStringLiteral("V001"),
                     AuditEvent::Created),
            entryFor(QStringLiteral("vendors"), QStringLiteral("v-2"), QStringLiteral("V002"),
                     AuditEvent::Created),
            entryFor(QStringLiteral("purchaseInvoices"), QStringLiteral("i-1"), QStringLiteral("108001"),
                     AuditEvent::Failed),
            entryFor(QStringLiteral("purchaseInvoices"), QStringLiteral("i-1"), QStringLiteral("108001"),
                     AuditEvent::Replayed),
            entryFor(QStringLiteral("vendors"), QStringLiteral("v-1"), QStringLiteral("V001"),
                     AuditEvent::Unchanged),
        };
        for (AuditEntry entry : entries) {
            entry.itemId = entry.bcId + QStringLiteral("-item");
            QVERIFY2(audit.append(entry, &error), qPrintable(error));
            m_clock->advance(1min);
        }
        const auto ids = [&](const AuditFilter& filter) {
            QString queryError;
            const auto found = audit.query(filter, &queryError);
            if (!found)
                qWarning() << queryError;
            return found ? idsOf(*found) : QList<qint64>{-1};
        };

        QCOMPARE(ids({}), (QList<qint64>{6, 5, 4, 3, 2, 1}));
        AuditFilter filter;
        filter.entity = QStringLiteral("vendors");
        QCOMPARE(ids(filter), (QList<qint64>{6, 3, 2, 1}));
        filter.event = AuditEvent::Created;
        QCOMPARE(ids(filter), (QList<qint64>{3, 2}));

        filter = {};
        filter.boardId = QStringLiteral("200");
        QCOMPARE(ids(filter), (QList<qint64>{5, 4}));

        filter = {};
        filter.record = QStringLiteral("v-1");
        QCOMPARE(ids(filter), (QList<qint64>{6, 2, 1}));
        filter.record = QStringLiteral("108001");
        QCOMPARE(ids(filter), (QList<qint64>{5, 4}));

        filter = {};
        filter.itemId = QStringLiteral("v-2-item");
        QCOMPARE(ids(filter), (QList<qint64>{3}));

        // since is inclusive, until exclusive: entry 2 was at 09:01, entry 4 at 09:03.
        filter = {};
        filter.since = QDateTime(QDate(2026, 1, 5), QTime(9, 1), Qt::UTC);
        filter.until = QDateTime(QDate(2026, 1, 5), QTime(9, 3), Qt::UTC);
        QCOMPARE(ids(filter), (QList<qint64>{3, 2}));

        filter = {};
        filter.event = AuditEvent::Deleted;
        QCOMPARE(ids(filter), QList<qint64>{});
    }

    void pagesGoNewestFirstByIdAndStayRightWhileEntriesAreAppended()
    {
        AuditLog audit(*m_database);
        QString error;
        for (int i = 0; i < 25; ++i) {
            QVERIFY(audit.append(entryFor(QStringLiteral("vendors"), QStringLiteral("v-%1").arg(i), QString(),
                                          AuditEvent::Fetched),
                                 &error));
        }
        AuditFilter filter;
        filter.limit = 10;
        QList<qint64> seen;
        for (int page = 0; page < 5; ++page) {
            const auto entries = audit.query(filter, &error);
            QVERIFY2(entries, qPrintable(error));
            if (entries->isEmpty())
                break;
            seen << idsOf(*entries);
            filter.beforeId = entries->back().id;
            // New entries arriving between pages neither repeat nor shift what the next page shows.
            QVERIFY(audit.append(
                entryFor(QStringLiteral("vendors"), QStringLiteral("late"), QString(), AuditEvent::Fetched),
                &error));
        }
        QList<qint64> expected;
        for (qint64 id = 25; id >= 1; --id)
            expected << id;
        QCOMPARE(seen, expected);

        filter = {};
        filter.limit = 0; // clamped to at least one
        const auto one = audit.query(filter, &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->size(), 1);
    }

    void writesPerMinuteCountWhatReachedABoardInEachMinute()
    {
        AuditLog log(*m_database);
        QString error;
        const auto append = [&](AuditEvent event) {
            AuditEntry entry;
            entry.entity = QStringLiteral("vendors");
            entry.event = event;
            QVERIFY2(log.append(entry, &error), qPrintable(error));
        };
        // Minute 0: two writes and a read; minute 2: an archive and a failure; minute 3 (now): a delete.
        m_clock->setNow(QDateTime(QDate(2026, 11, 29), QTime(9, 0, 10), Qt::UTC));
        append(AuditEvent::Created);
        append(AuditEvent::Updated);
        append(AuditEvent::Fetched);
        m_clock->advance(2min);
        append(AuditEvent::Archived);
        append(AuditEvent::Failed);
        m_clock->advance(1min + 40s);
        append(AuditEvent::Deleted);
        const std::optional<QList<int>> counts = log.writesPerMinute(m_clock->nowUtc(), 5, &error);
        QVERIFY2(counts, qPrintable(error));
        // 08:59, 09:00, 09:01, 09:02, 09:03
        QCOMPARE(*counts, (QList<int>{0, 2, 0, 1, 1}));
        // Only the last two minutes asked for: the older ones are left out.
        QCOMPARE(*log.writesPerMinute(m_clock->nowUtc(), 2, &error), (QList<int>{1, 1}));
    }

    void aReadOnlyDatabaseReadsTheTrailButCannotAppend()
    {
        QString error;
        QVERIFY(AuditLog(*m_database)
                    .append(entryFor(QStringLiteral("vendors"), QStringLiteral("v1"), QString(),
                                     AuditEvent::Created),
                            &error));
        auto browser =
            Database::openReadOnly(m_dir->path(), QStringLiteral("audit-browser"), *m_clock, &error);
        QVERIFY2(browser, qPrintable(error));
        AuditLog readOnly(*browser);
        const auto entries = readOnly.query({}, &error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(entries->size(), 1);
        QVERIFY(!readOnly.append(
            entryFor(QStringLiteral("vendors"), QStringLiteral("v1"), QString(), AuditEvent::Updated),
            &error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("Cannot add the \"updated\" entry for vendors v1 to the audit trail "
                                    "in the state database %1: permission denied or read-only file "
                                    "system.")
                         .arg(QDir::toNativeSeparators(browser->filePath()))),
                 qPrintable(error));
    }

    void aFullDiskGivesTheAdminSentence()
    {
        QString error;
        QVERIFY2(mlc::test::capFileAtCurrentSize(m_database->connection(), &error), qPrintable(error));
        AuditEntry entry =
            entryFor(QStringLiteral("vendors"), QStringLiteral("v1"), QString(), AuditEvent::Failed);
        entry.detail = mlc::test::pageFiller();
        QVERIFY(!AuditLog(*m_database).append(entry, &error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("Cannot add the \"failed\" entry for vendors v1 to the audit trail in "
                                    "the state database %1: the disk is full.")
                         .arg(QDir::toNativeSeparators(m_database->filePath()))),
                 qPrintable(error));
    }

private:
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
