// Webhooks from BC's delivery to the settled item write, over loopback HTTP with both simulators and the
// engine (SyncLoop + WebhookService) in this process, and prints what issue 6 asks to measure:
//   - latency from the moment BC's delivery is acknowledged (202) to the item's write being settled on
//     the board, for single changes: median, 95th percentile and worst;
//   - BC requests made per notification, for single changes and for a burst of changes in one window.
// BC's batching delay runs on a fake clock, so it is not part of the latency (in production it adds the
// 30 seconds BC waits before sending).
//
//   bench_webhooks [--rounds 50] [--burst 100]

#include "../integration/sync/WebhookRig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace mlc;
using namespace std::chrono_literals;

namespace {

QString emailOnBoard(const SyncLoopback& env, const QString& bcId)
{
    bool unique = false;
    const sandbox::MondayItem* item = itemsByBcId(env, env.vendorsBoard, &unique).value(bcId);
    return item ? cellText(item, QStringLiteral("email")) : QString();
}

// Changes `vendorIds` in BC, lets BC's batching window pass and waits until every change is on the board
// and the pass that wrote them has finished. Returns the ms from the delivery's 202 to the last settled
// write, or -1. The two are noted in whichever order they arrive: on a busy machine the simulator may read
// the listener's 202 only after the engine has already written the change.
double deliverAndSettle(WebhookRig& rig, const QStringList& vendorIds, const QString& email)
{
    SyncLoopback& env = rig.env;
    for (const QString& id : vendorIds)
        env.bc.api.changeRecord(env.bc.companyId(), BcEntity::Vendors, id,
                                {{QStringLiteral("email"), email}});
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 deliveredAt = -1;
    qint64 settledAt = -1;
    QEventLoop events;
    const auto quitWhenBoth = [&] {
        if (deliveredAt >= 0 && settledAt >= 0)
            events.quit();
    };
    const auto allOnBoard = [&] {
        for (const QString& id : vendorIds) {
            if (emailOnBoard(env, id) != email)
                return false;
        }
        return true;
    };
    QObject::connect(&env.bc.api.webhooks(), &sandbox::BcWebhookSimulator::deliveryAnswered, &events,
                     [&](const QString&, int, int status) {
                         if (status == 202 && deliveredAt < 0) {
                             deliveredAt = elapsed.nsecsElapsed();
                             quitWhenBoth();
                         }
                     });
    QObject::connect(rig.loop.get(), &SyncLoop::passFinished, &events, [&] {
        if (settledAt < 0 && allOnBoard()) {
            settledAt = elapsed.nsecsElapsed();
            quitWhenBoth();
        }
    });
    QTimer::singleShot(60000, &events, &QEventLoop::quit);
    env.bc.clock.advance(30s);
    events.exec();
    if (deliveredAt < 0 || settledAt < 0)
        return -1;
    return double(std::max<qint64>(0, settledAt - deliveredAt)) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("single-change rounds"),
                                          QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption burstOption(QStringLiteral("burst"),
                                         QStringLiteral("changes in the burst window"), QStringLiteral("n"),
                                         QStringLiteral("100"));
    parser.addOptions({roundsOption, burstOption});
    parser.process(app);
    const int rounds = parser.value(roundsOption).toInt();
    const int burst = parser.value(burstOption).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));

    SyncLoopback env;
    if (!env.listening)
        return 1;
    WebhookRig rig(env);
    rig.mappings = {env.vendorsMapping()};
    rig.rebuild();
    if (!rig.start() || !rig.loop->isPushed(env.vendorsMapping())) {
        std::fprintf(stderr, "The engine did not start with live webhooks.\n");
        return 1;
    }
    QStringList vendorIds;
    for (const QJsonObject& vendor : env.bcRecords(BcEntity::Vendors))
        vendorIds.append(vendor.value(QStringLiteral("id")).toString());

    QList<double> latencies;
    const int requestsBefore = env.bc.api.requestCount();
    for (int round = 0; round < rounds; ++round) {
        const double latency = deliverAndSettle(rig, {vendorIds.at(round % vendorIds.size())},
                                                QStringLiteral("round%1@bench.example").arg(round));
        if (latency < 0) {
            std::fprintf(stderr, "Round %d did not settle.\n", round);
            return 1;
        }
        latencies.append(latency);
    }
    const double singleRequests = double(env.bc.api.requestCount() - requestsBefore) / rounds;

    QStringList burstIds;
    for (int i = 0; i < burst; ++i)
        burstIds.append(vendorIds.at(i % vendorIds.size()));
    burstIds.removeDuplicates();
    const int burstBefore = env.bc.api.requestCount();
    const double burstLatency = deliverAndSettle(rig, burstIds, QStringLiteral("burst@bench.example"));
    if (burstLatency < 0) {
        std::fprintf(stderr, "The burst did not settle.\n");
        return 1;
    }
    const double burstRequests = double(env.bc.api.requestCount() - burstBefore) / double(burstIds.size());

    std::printf("webhooks: %d single-change rounds, one burst of %lld records in one window\n", rounds,
                static_cast<long long>(burstIds.size()));
    std::printf("  delivery (202) to settled item write: median %.1f ms, p95 %.1f ms, worst %.1f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    std::printf("  BC requests per notification: %.2f (single changes), %.2f (burst)\n", singleRequests,
                burstRequests);
    std::printf("  burst: delivery to last settled write %.1f ms\n", burstLatency);
    return 0;
}
