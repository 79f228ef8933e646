// Reads N purchase invoices from the Business Central simulator over loopback HTTP, the way a first sync
// does, and prints records/s, requests made and how much the process's peak memory grew during the read.
// The peak must stay flat as N grows: the reader holds one page, never the entity set.
//
//   bench_bc_read [--records 12500,25000,50000] [--page-size 1000]

#include "BcLoopback.h"
#include "bc/BcCollectionReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

#include <cstdio>

using mlc::BcEntity;

namespace {

// Linux: resident and peak resident set from /proc/self/status, in KiB.
qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Writing 5 to clear_refs resets the peak to the current resident size (Linux ≥ 4.0), so each run's peak
// is its own.
void resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
}

void growTo(BcLoopback& bc, int records)
{
    const QList<QJsonObject> seed = *bc.api.data().records(bc.companyId(), BcEntity::PurchaseInvoices);
    for (qsizetype i = seed.size(); i < records; ++i) {
        QJsonObject copy = seed.at(i % seed.size());
        copy.remove(QStringLiteral("id"));
        copy.remove(QStringLiteral("@odata.etag"));
        copy.insert(QStringLiteral("number"), QString::number(200000 + i));
        bc.clock.advance(std::chrono::milliseconds(7));
        bc.api.createRecord(bc.companyId(), BcEntity::PurchaseInvoices, copy);
    }
}

struct Figures
{
    qint64 records = 0;
    int requests = 0;
    double seconds = 0;
    qint64 peakGrowthKiB = 0;
    QString error;
};

Figures readAll(BcLoopback& bc, int pageSize)
{
    Figures figures;
    mlc::BcCollectionReader reader(*bc.client, bc.client->collectionUrl(BcEntity::PurchaseInvoices),
                                   pageSize);
    bool done = false;
    QObject::connect(&reader, &mlc::BcCollectionReader::pageRead, [&](const QList<mlc::BcRecord>& page) {
        figures.records += page.size(); // counted and dropped, as a consumer that queues them would
        reader.hasMorePages() ? reader.readNextPage() : void(done = true);
    });
    QObject::connect(&reader, &mlc::BcCollectionReader::failed, [&](const mlc::BcError& error) {
        figures.error = error.summary();
        done = true;
    });
    resetPeakMemory();
    const qint64 residentBefore = statusKiB("VmRSS");
    QElapsedTimer timer;
    timer.start();
    reader.readNextPage();
    if (!QTest::qWaitFor([&] { return done; }, 30 * 60 * 1000)) {
        figures.error = QStringLiteral("timed out");
    }
    figures.seconds = double(timer.nsecsElapsed()) / 1e9;
    figures.peakGrowthKiB = statusKiB("VmHWM") - residentBefore;
    figures.requests = bc.client->requestsSent();
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.info=false\nmlc.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Record counts to read, comma-separated."),
                      QStringLiteral("list"), QStringLiteral("12500,25000,50000")});
    parser.addOption({QStringLiteral("page-size"), QStringLiteral("Prefer: odata.maxpagesize."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.process(app);
    const int pageSize = parser.value(QStringLiteral("page-size")).toInt();

    std::printf("%10s %10s %12s %10s %18s\n", "records", "seconds", "records/s", "requests",
                "peak growth (MiB)");
    int exitCode = 0;
    for (const QString& count : parser.value(QStringLiteral("records")).split(QLatin1Char(','))) {
        BcLoopback bc;
        growTo(bc, count.toInt());
        const Figures figures = readAll(bc, pageSize);
        if (!figures.error.isEmpty() || figures.records != count.toInt()) {
            std::fprintf(stderr, "read %lld of %s records: %s\n", static_cast<long long>(figures.records),
                         qPrintable(count), qPrintable(figures.error));
            exitCode = 1;
            continue;
        }
        std::printf("%10lld %10.2f %12.0f %10d %18.1f\n", static_cast<long long>(figures.records),
                    figures.seconds, double(figures.records) / figures.seconds, figures.requests,
                    double(figures.peakGrowthKiB) / 1024.0);
        std::fflush(stdout);
    }
    return exitCode;
}
