// Syncs N vendors from the BC simulator to the monday simulator over loopback HTTP with pacing lifted, the
// way `sync --once` does, and prints what issue 5 asks to measure:
//   - the first sync: records/s, CPU ms per record, BC requests per record, peak memory growth;
//   - 1% of the records changed: mutations per changed record (goal 1.0); its BC requests include the
//     poll's overlap (a minute before the watermark), which re-reads the records this benchmark created
//     in a burst a moment earlier;
//   - an idle poll cycle: requests to BC per mapping (goal 1).
// Both simulators run in this process, so CPU time and memory include theirs: figures for trends, not an
// engine-only measure.
//
//   bench_sync [--records 10000]

#include "../integration/sync/SyncChecks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>
#include <limits>
#include <sys/resource.h>

using namespace mlc;

namespace {

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

struct Figures
{
    int mutations = 0;
    int bcRequests = 0;
    double seconds = 0;
    double cpuMs = 0;
    bool ok = false;
};

Figures measuredPass(SyncLoopback& env, const Mapping& mapping)
{
    env.monday.clearRequests();
    env.bc.api.resetRequestCounts();
    const double cpuBefore = cpuMilliseconds();
    QElapsedTimer elapsed;
    elapsed.start();
    Figures figures;
    figures.ok = runPass(env, {mapping});
    figures.seconds = double(elapsed.nsecsElapsed()) / 1e9;
    figures.cpuMs = cpuMilliseconds() - cpuBefore;
    figures.mutations = env.mutations(QStringLiteral("create_item")) +
                        env.mutations(QStringLiteral("change_multiple_column_values"));
    figures.bcRequests = env.bc.api.requestCount();
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));
    QCommandLineParser parser;
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Vendors to sync."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(recordsOption);
    parser.addHelpOption();
    parser.process(app);
    const int records = std::max(100, parser.value(recordsOption).toInt());

    SyncLoopback env;
    if (!env.listening) {
        std::fprintf(stderr, "the simulators could not listen on loopback\n");
        return 1;
    }
    growVendorsTo(env, records);
    // "Pacing lifted": monday's per-minute complexity budget would hold creates to about a thousand a
    // minute of the simulators' clock, which stands still here.
    env.monday.complexity().setBudgetPerMinute(std::numeric_limits<int>::max());
    const Mapping mapping = env.vendorsMapping();
    const qint64 peakBefore = peakKiB();

    const Figures first = measuredPass(env, mapping);
    std::printf("first sync of %d vendors: %.1f records/s, %.2f CPU ms/record, %.3f BC requests/record, "
                "%d mutations, peak memory +%lld KiB\n",
                records, records / first.seconds, first.cpuMs / records, double(first.bcRequests) / records,
                first.mutations, static_cast<long long>(peakKiB() - peakBefore));

    const int changed = records / 100;
    const QList<QJsonObject> vendors = env.bcRecords(BcEntity::Vendors);
    env.bc.clock.advance(std::chrono::minutes(1));
    for (int i = 0; i < changed; ++i)
        env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors,
                                vendors.at(i * 97 % vendors.size()).value(QStringLiteral("id")).toString(),
                                {{QStringLiteral("balance"), 1000.0 + i}});
    env.bc.clock.advance(std::chrono::minutes(1));
    const Figures update = measuredPass(env, mapping);
    std::printf("%d records changed: %.2f mutations per changed record (goal 1.0), %d BC requests, %.2f s\n",
                changed, double(update.mutations) / changed, update.bcRequests, update.seconds);

    env.bc.clock.advance(std::chrono::minutes(1));
    const Figures idle = measuredPass(env, mapping);
    std::printf("idle poll cycle: %d BC request(s) for 1 mapping (goal 1), %d mutations\n", idle.bcRequests,
                idle.mutations);
    const bool ok = first.ok && update.ok && idle.ok && first.mutations == records;
    if (!ok)
        std::fprintf(stderr, "a pass did not complete as expected\n");
    return ok ? 0 : 1;
}
