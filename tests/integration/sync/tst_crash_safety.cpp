// Crash safety of the write path (contract §4: "a kill -9 at any moment loses nothing and duplicates
// nothing"): `ml-connector-cli sync --once` over a few hundred records is killed with SIGKILL at many
// different moments (the k-th request to monday, before monday has run it, so the write lands with no one
// to hear the answer; or the k-th request to BC, mid-poll), then run again to the end. Every time the boards
// must end exactly right: one item per record, every item named and linked as its record says, no failed
// write.

#include "CliRunner.h"
#include "SyncLoopback.h"
#include "sync/ProfileWriter.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTest>

using mlc::test::CliRun;
using mlc::test::runCliServing;

namespace {

enum class Side
{
    Monday,
    BusinessCentral,
};

QByteArray said(const CliRun& run)
{
    return "exit " + QByteArray::number(run.exitCode) + "\nstdout:\n" + run.out + "\nstderr:\n" + run.err;
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    }

    void aSyncKilledAtAnyMomentEndsExactlyRightWhenRunAgain_data()
    {
        QTest::addColumn<Side>("side");
        QTest::addColumn<int>("request");
        // 230 records make about 236 requests to monday: every fourth one is a moment to die at. A pass
        // reads BC in two requests (a page of vendors, a page of invoices).
        for (int request = 1; request <= 233; request += 4)
            QTest::addRow("monday request %d", request) << Side::Monday << request;
        for (int request : {1, 2})
            QTest::addRow("BC request %d", request) << Side::BusinessCentral << request;
    }

    void aSyncKilledAtAnyMomentEndsExactlyRightWhenRunAgain()
    {
        QFETCH(Side, side);
        QFETCH(int, request);
        SyncLoopback env;
        QVERIFY(env.listening);
        QTemporaryDir dir;
        const QString profile = writeProfile(env, dir);
        QVERIFY(!profile.isEmpty());
        const QStringList arguments{QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                                    QStringLiteral("--profile"),  profile,
                                    QStringLiteral("sync"),       QStringLiteral("--once"),
                                    QStringLiteral("--json")};

        int seen = 0;
        bool killed = false;
        const CliRun first =
            runCliServing(arguments, SyncLoopback::cliEnvironment(), 120000, [&](QProcess& process) {
                const auto countAndKill = [&seen, &killed, &process, request] {
                    if (++seen == request && process.state() != QProcess::NotRunning) {
                        process.kill(); // SIGKILL: no handler, no flush, no goodbye
                        killed = true;
                    }
                };
                if (side == Side::Monday)
                    connect(&env.monday, &mlc::sandbox::MondaySimulator::requestSeen, &process, countAndKill);
                else
                    connect(&env.bc.api, &mlc::sandbox::BcApiSimulator::requestSeen, &process, countAndKill);
            });
        QVERIFY2(killed, said(first));
        QCOMPARE(first.exitCode, -1);

        env.bc.clock.advance(std::chrono::minutes(2));
        const CliRun second = runCliServing(arguments, SyncLoopback::cliEnvironment(), 120000);
        QVERIFY2(second.exitCode == 0, said(second));
        QCOMPARE(QJsonDocument::fromJson(second.out).object().value(QStringLiteral("failed")).toInt(-1), 0);
        checkBoards(env);
    }

private:
    static QString writeProfile(const SyncLoopback& env, const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QString error;
        return mlc::ProfileWriter::writeFile(env.profile(), path, &error) ? path : QString();
    }

    // One active item per record, named as the record and linked to its vendor's item.
    static void checkBoards(const SyncLoopback& env)
    {
        QHash<QString, QString> vendorItems; // BC id -> item id
        for (const auto& [board, entity, nameField] :
             {std::tuple{env.vendorsBoard, mlc::BcEntity::Vendors, QStringLiteral("displayName")},
              std::tuple{env.invoicesBoard, mlc::BcEntity::PurchaseInvoices, QStringLiteral("number")}}) {
            QHash<QString, const mlc::sandbox::MondayItem*> items;
            for (const mlc::sandbox::MondayItem& item : env.monday.store().board(board)->items) {
                const QString bcId = item.cells.value(QStringLiteral("bc_id")).text.toString();
                QVERIFY2(!items.contains(bcId), qPrintable(QStringLiteral("a second item for %1").arg(bcId)));
                items.insert(bcId, &item);
            }
            const QList<QJsonObject>& records = env.bcRecords(entity);
            QCOMPARE(items.size(), records.size());
            for (const QJsonObject& record : records) {
                const mlc::sandbox::MondayItem* item =
                    items.value(record.value(QStringLiteral("id")).toString());
                QVERIFY(item);
                QCOMPARE(item->state, QStringLiteral("active"));
                QCOMPARE(item->name, record.value(nameField).toString());
                if (entity == mlc::BcEntity::Vendors) {
                    vendorItems.insert(record.value(QStringLiteral("id")).toString(), item->id);
                    continue;
                }
                const QJsonArray linked = item->cells.value(QStringLiteral("vendor"))
                                              .typed.value(QStringLiteral("linked_item_ids"))
                                              .toArray();
                QCOMPARE(linked.size(), 1);
                QCOMPARE(linked.first().toVariant().toString(),
                         vendorItems.value(record.value(QStringLiteral("vendorId")).toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crash_safety.moc"
