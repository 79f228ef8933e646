// The Status page over engine snapshots: one row per mapping with its state, how changes arrive (webhook
// live until …, or polling and why), counts and pace; snapshots of the same mappings refresh cells without
// resetting the table; Sync now, Pause and Resume follow the engine's state and only ask. The model runs
// under QAbstractItemModelTester.

#include "StatusModel.h"
#include "StatusPage.h"
#include "WritesChart.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace mlc;
using mlc::ui::StatusModel;
using mlc::ui::StatusPage;

namespace {

EngineStatus runningStatus()
{
    EngineStatus status;
    status.state = EngineStatus::State::Running;
    EngineStatus::MappingStatus vendors;
    vendors.entity = BcEntity::Vendors;
    vendors.boardId = QStringLiteral("5084200001");
    vendors.lastSyncAt = QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
    vendors.created = 40;
    vendors.updated = 3;
    vendors.unchanged = 7;
    SubscriptionStatus live;
    live.entity = BcEntity::Vendors;
    live.state = SubscriptionStatus::State::Live;
    live.expiresAt = QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
    vendors.webhook = live;

    EngineStatus::MappingStatus invoices;
    invoices.entity = BcEntity::PurchaseInvoices;
    invoices.boardId = QStringLiteral("5084200002");
    invoices.syncing = true;
    invoices.pending = 12;
    invoices.failed = 2;
    SubscriptionStatus failing;
    failing.entity = BcEntity::PurchaseInvoices;
    failing.state = SubscriptionStatus::State::Failing;
    failing.reason = QStringLiteral("the renewal failed: HTTP 403");
    invoices.webhook = failing;
    MondayWriteQueueStatus writes;
    writes.mutationsPerMinute = 40;
    writes.sentInLastMinute = 17;
    invoices.writes = writes;
    status.mappings = {vendors, invoices};
    return status;
}

QString cell(const StatusModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class tst_StatusPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachMappingIsARowWithWhatAnAdminWatches()
    {
        StatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatus(runningStatus());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, StatusModel::MappingColumn), QStringLiteral("vendors → 5084200001"));
        QCOMPARE(cell(model, 0, StatusModel::StateColumn), QStringLiteral("Waiting"));
        QVERIFY(cell(model, 0, StatusModel::ChangesColumn).startsWith(QStringLiteral("Webhook (until")));
        QCOMPARE(cell(model, 0, StatusModel::CreatedColumn), QStringLiteral("40"));
        QCOMPARE(cell(model, 1, StatusModel::StateColumn), QStringLiteral("Syncing"));
        QCOMPARE(cell(model, 1, StatusModel::ChangesColumn), QStringLiteral("Polling (webhook failing)"));
        QCOMPARE(cell(model, 1, StatusModel::ChangesColumn, Qt::ToolTipRole),
                 QStringLiteral("the renewal failed: HTTP 403"));
        QCOMPARE(cell(model, 1, StatusModel::QueueColumn), QStringLiteral("12"));
        QCOMPARE(cell(model, 1, StatusModel::FailedColumn), QStringLiteral("2"));
        QCOMPARE(cell(model, 1, StatusModel::PaceColumn), QStringLiteral("17 of 40/min"));
        QCOMPARE(cell(model, 1, StatusModel::LastSyncColumn), QStringLiteral("not yet"));
    }

    void aNewSnapshotOfTheSameMappingsRefreshesWithoutAReset()
    {
        StatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatus(runningStatus());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EngineStatus next = runningStatus();
        next.mappings[0].updated = 4;
        model.setStatus(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 0, StatusModel::UpdatedColumn), QStringLiteral("4"));

        next.mappings.removeLast(); // a mapping switched off: the rows change
        model.setStatus(next);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void theButtonsFollowTheEngineAndOnlyAsk()
    {
        StatusPage page;
        auto* syncNow = page.findChild<QPushButton*>(QStringLiteral("syncNow"));
        auto* pause = page.findChild<QPushButton*>(QStringLiteral("pause"));
        auto* resume = page.findChild<QPushButton*>(QStringLiteral("resume"));
        auto* body = page.findChild<QStackedWidget*>();
        QVERIFY(syncNow && pause && resume && body);
        // Nothing running: an explanation instead of an empty table, nothing to press.
        QCOMPARE(body->currentWidget()->objectName(), QStringLiteral("statusEmpty"));
        QVERIFY(!syncNow->isEnabled() && !pause->isEnabled() && !resume->isEnabled());

        page.setStatus(runningStatus());
        QCOMPARE(body->currentWidget()->objectName(), QStringLiteral("statusTable"));
        QVERIFY(syncNow->isEnabled() && pause->isEnabled() && !resume->isEnabled());
        QSignalSpy syncAsked(&page, &StatusPage::syncNowRequested);
        QSignalSpy pauseAsked(&page, &StatusPage::pauseRequested);
        QTest::mouseClick(syncNow, Qt::LeftButton);
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(syncAsked.size(), 1);
        QCOMPARE(pauseAsked.size(), 1);

        EngineStatus paused = runningStatus();
        paused.state = EngineStatus::State::Paused;
        page.setStatus(paused);
        QVERIFY(!syncNow->isEnabled() && !pause->isEnabled() && resume->isEnabled());
        QCOMPARE(page.model()->data(page.model()->index(0, StatusModel::StateColumn)).toString(),
                 QStringLiteral("Paused"));
        page.setWritesPerMinute({0, 3, 40, 12});
        QCOMPARE(page.chart()->counts(), (QList<int>{0, 3, 40, 12}));
        QCOMPARE(page.chart()->toolTip(), QStringLiteral("55 write(s) in the last hour"));
        QSignalSpy resumeAsked(&page, &StatusPage::resumeRequested);
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(resumeAsked.size(), 1);
    }
};

QTEST_MAIN(tst_StatusPage)
#include "tst_status_page.moc"
