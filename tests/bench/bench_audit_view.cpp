// The Audit page over a large trail, as issue 7 asks to measure: the time to open the view over N entries
// (one million by default; goal under a second), to scroll a page further, and to filter by an event and by
// a BC number. The trail is written first, in batches, into a throwaway folder; that time is printed too but
// is not what is measured.
//
//   bench_audit_view [--entries 1000000]

#include "AuditModel.h"
#include "common/SystemClock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace mlc;

namespace {

bool writeTrail(Database& database, int entries)
{
    AuditLog log(database);
    QString error;
    constexpr int kBatch = 20000;
    for (int start = 0; start < entries; start += kBatch) {
        Transaction transaction(database);
        if (!transaction.begin(&error))
            return false;
        for (int i = start; i < std::min(entries, start + kBatch); ++i) {
            AuditEntry entry;
            entry.entity = i % 3 == 0 ? QStringLiteral("purchaseInvoices") : QStringLiteral("vendors");
            entry.boardId = QStringLiteral("5084200001");
            entry.bcId = QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0'));
            entry.bcNumber = QStringLiteral("N%1").arg(i);
            entry.itemId = QString::number(9000000000LL + i);
            entry.event = i % 100 == 0 ? AuditEvent::Failed
                          : i % 2 == 0 ? AuditEvent::Updated
                                       : AuditEvent::Unchanged;
            entry.error =
                entry.event == AuditEvent::Failed ? QStringLiteral("monday answered 500") : QString();
            if (!log.append(entry, &error))
                return false;
        }
        if (!transaction.commit(&error))
            return false;
    }
    return true;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("entries in the trail"),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOption(entriesOption);
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));

    QTemporaryDir dir;
    SystemClock clock;
    QString error;
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<Database> engine =
            Database::open(dir.path(), QStringLiteral("engine"), clock, &error);
        if (!engine || !writeTrail(*engine, entries)) {
            std::fprintf(stderr, "Cannot write the trail: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double writeMs = msSince(timer);

    // What the page does: its own read-only connection, the model, a view that shows the first rows.
    timer.restart();
    std::unique_ptr<Database> reader =
        Database::openReadOnly(dir.path(), QStringLiteral("audit-browser"), clock, &error);
    if (!reader) {
        std::fprintf(stderr, "Cannot open the trail: %s\n", qPrintable(error));
        return 1;
    }
    ui::AuditModel model(*reader);
    QTableView view;
    view.resize(1100, 700);
    view.setModel(&model);
    model.refresh();
    view.show();
    QCoreApplication::processEvents();
    const double openMs = msSince(timer);

    timer.restart();
    model.fetchMore(QModelIndex());
    const double pageMs = msSince(timer);

    timer.restart();
    AuditFilter failed;
    failed.event = AuditEvent::Failed;
    model.setFilter(failed);
    const double eventMs = msSince(timer);
    const int failedRows = model.rowCount();

    timer.restart();
    AuditFilter record;
    record.record = QStringLiteral("N%1").arg(entries / 2);
    model.setFilter(record);
    const double recordMs = msSince(timer);

    std::printf("audit view over %d entries (written in %.1f s)\n", entries, writeMs / 1000.0);
    std::printf("  open (connection, first page, view shown): %.1f ms\n", openMs);
    std::printf("  next page of %d: %.1f ms\n", ui::AuditModel::kPageSize, pageMs);
    std::printf("  filter by event \"failed\": %.1f ms (%d rows in the first page)\n", eventMs, failedRows);
    std::printf("  filter by BC number: %.1f ms (%d row)\n", recordMs, model.rowCount());
    return model.rowCount() == 1 ? 0 : 1;
}
