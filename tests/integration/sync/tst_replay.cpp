// Replay end to end (DESIGN §4): what failed, a write monday refused or a record whose values could not be
// planned, is written once the admin has fixed its cause and replayed it; with a `replayed` audit entry,
// a key derived from the write's own, and never a second item.

#include "SyncChecks.h"
#include "store/AuditLog.h"
#include "store/Outbox.h"
#include "sync/FailedWriteReplay.h"

#include <QLoggingCategory>
#include <QTest>

using namespace mlc;

namespace {

QList<AuditEntry> auditOf(SyncLoopback& env, AuditEvent event)
{
    AuditFilter filter;
    filter.event = event;
    filter.limit = AuditFilter::maximumLimit;
    QString error;
    return AuditLog(*env.database).query(filter, &error).value_or(QList<AuditEntry>());
}

} // namespace

class tst_Replay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWriteMondayRefusedIsWrittenWithItsKeyOnceReplayed();
    void aRecordThatCouldNotBePlannedIsReadAgainOnceReplayed();
    void onlyAFailedEntryCanBeReplayed();
};

void tst_Replay::initTestCase()
{
    qRegisterMetaType<SyncPass::MappingResult>();
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
}

void tst_Replay::aWriteMondayRefusedIsWrittenWithItsKeyOnceReplayed()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    const QList<Mapping> both{env.vendorsMapping(), env.invoicesMapping()};
    QVERIFY(runPass(env, {env.vendorsMapping()}));
    const auto [label, withLabel] = env.commonestStatus();
    QVERIFY(withLabel > 1);

    // Someone deletes a status label while the pass runs: after the board was read, before the writes.
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, {env.invoicesMapping()}, &results, both, [&](SyncPass& pass) {
        QObject::connect(&pass, &SyncPass::planned, &pass, [&env, label = label] {
            env.monday.store().setColumnSettings(env.invoicesBoard, QStringLiteral("status"),
                                                 SyncLoopback::statusSettings(label));
        });
    }));
    QCOMPARE(results.first().failed, withLabel);
    const QList<AuditEntry> failures = auditOf(env, AuditEvent::Failed);
    QCOMPARE(failures.size(), withLabel);
    QVERIFY(failures.first().outboxId > 0);
    QVERIFY2(failures.first().error.contains(QStringLiteral("\"status\"")),
             qPrintable(failures.first().error));
    const int invoices = int(env.bcRecords(BcEntity::PurchaseInvoices).size());
    QCOMPARE(env.monday.store().board(env.invoicesBoard)->items.size(), invoices - withLabel);

    // The label is back. Replaying one entry writes that one record, with the key it was planned with.
    env.monday.store().setColumnSettings(env.invoicesBoard, QStringLiteral("status"),
                                         SyncLoopback::statusSettings());
    Outbox outbox(*env.database);
    const QString key = outbox.row(failures.first().outboxId)->idempotencyKey;
    FailedWriteReplay replay(*env.database, both);
    QString error;
    std::optional<FailedWriteReplay::Outcome> outcome = replay.replayEntry(failures.first().id, &error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(outcome->writes, 1);
    QCOMPARE(outcome->records, 0);
    env.monday.clearRequests();
    QVERIFY(runPass(env, {env.invoicesMapping()}, &results, both));
    QCOMPARE(results.first().created, 1);
    QStringList keysSent;
    for (const sandbox::MondayRequestRecord& request : env.monday.requests()) {
        if (request.rootFields.contains(QStringLiteral("create_item")))
            keysSent << QString::fromUtf8(request.header("Idempotency-Key"));
    }
    // Not the refused request's key, whose cached refusal monday would answer with; one derived from it.
    QCOMPARE(keysSent, QStringList{Outbox::replayKey(key, 1)});
    QCOMPARE(outbox.row(failures.first().outboxId)->state, OutboxState::Done);

    // The rest in one go; replaying again then finds nothing.
    outcome = replay.replayAll(&error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(outcome->writes, withLabel - 1);
    QCOMPARE(auditOf(env, AuditEvent::Replayed).size(), withLabel);
    QVERIFY(runPass(env, {env.invoicesMapping()}, &results, both));
    QCOMPARE(results.first().created, withLabel - 1);
    bool unique = false;
    const auto items = itemsByBcId(env, env.invoicesBoard, &unique);
    QVERIFY(unique);
    QCOMPARE(items.size(), invoices);
    for (const AuditEntry& failure : failures)
        QCOMPARE(cellText(items.value(failure.bcId), QStringLiteral("status")), label);
    outcome = replay.replayAll(&error);
    QCOMPARE(outcome->writes + outcome->records, 0);
}

void tst_Replay::aRecordThatCouldNotBePlannedIsReadAgainOnceReplayed()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    const QList<Mapping> both{env.vendorsMapping(), env.invoicesMapping()};
    const auto [label, withLabel] = env.commonestStatus();
    env.monday.store().setColumnSettings(env.invoicesBoard, QStringLiteral("status"),
                                         SyncLoopback::statusSettings(label));

    // The board lacks the label from the start: those invoices are not planned, so nothing is queued.
    QList<SyncPass::MappingResult> results;
    QVERIFY(runPass(env, both, &results));
    QCOMPARE(results.last().poll.failed, withLabel);
    QCOMPARE(results.last().failed, 0);
    const int invoices = int(env.bcRecords(BcEntity::PurchaseInvoices).size());
    QCOMPARE(env.monday.store().board(env.invoicesBoard)->items.size(), invoices - withLabel);
    // Unchanged in BC, they are not in the next delta: another pass leaves them out.
    env.bc.clock.advance(std::chrono::minutes(5));
    QVERIFY(runPass(env, both, &results));
    QCOMPARE(results.last().poll.failed, 0);

    env.monday.store().setColumnSettings(env.invoicesBoard, QStringLiteral("status"),
                                         SyncLoopback::statusSettings());
    QString error;
    const std::optional<FailedWriteReplay::Outcome> outcome =
        FailedWriteReplay(*env.database, both).replayAll(&error);
    QVERIFY2(outcome, qPrintable(error));
    QCOMPARE(outcome->records, withLabel);
    QCOMPARE(outcome->writes, 0);
    QVERIFY(runPass(env, both, &results));
    QCOMPARE(results.last().created, withLabel);
    bool unique = false;
    QCOMPARE(itemsByBcId(env, env.invoicesBoard, &unique).size(), invoices);
    QVERIFY(unique);
    // Read and written: nothing is left to replay.
    QCOMPARE(FailedWriteReplay(*env.database, both).replayAll(&error)->records, 0);
}

void tst_Replay::onlyAFailedEntryCanBeReplayed()
{
    SyncLoopback env;
    QVERIFY(env.listening);
    QVERIFY(runPass(env, {env.vendorsMapping()}));
    const QList<AuditEntry> created = auditOf(env, AuditEvent::Created);
    QVERIFY(!created.isEmpty());
    FailedWriteReplay replay(*env.database, {env.vendorsMapping()});
    QString error;
    QVERIFY(!replay.replayEntry(created.first().id, &error));
    QCOMPARE(error,
             QStringLiteral("Audit entry %1 is \"created\", not a failed write; only failed ones can be "
                            "replayed.")
                 .arg(created.first().id));
    QVERIFY(!replay.replayEntry(999999, &error));
    QCOMPARE(error, QStringLiteral("There is no audit entry 999999."));
    QVERIFY(replay.wasRefused()); // the admin's to correct (exit 2), not a store failure (exit 5)
    QCOMPARE(auditOf(env, AuditEvent::Replayed).size(), 0);
}

QTEST_GUILESS_MAIN(tst_Replay)
#include "tst_replay.moc"
