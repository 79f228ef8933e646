// How long the window's thread stalls while the engine syncs N records (issue 7; goal: under 50 ms). The
// desktop app's own parts run as they do in the app: the main window shown (offscreen), an EngineSession
// with its SyncController thread, the Status and Audit pages refreshed by every snapshot. Both simulators
// run on a third thread, so their work is not counted against the window. A timer on the window's thread
// ticks every 5 ms; the longest gap between ticks beyond that is the stall.
//
//   bench_gui_stall [--records 10000]

#include "../integration/sync/SyncChecks.h"
#include "EngineSession.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace mlc;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("vendors to sync"),
                                           QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOption(recordsOption);
    parser.process(app);
    const int records = parser.value(recordsOption).toInt();
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));

    // The simulators, made and served on their own thread.
    QThread simulators;
    simulators.start();
    QObject onSimulators;
    onSimulators.moveToThread(&simulators);
    SyncLoopback* env = nullptr;
    Profile profile;
    QMetaObject::invokeMethod(
        &onSimulators,
        [&] {
            env = new SyncLoopback;
            // Pacing lifted as in bench_sync: monday's per-minute complexity budget would otherwise hold
            // creates to about a thousand a minute on a clock that stands still.
            env->monday.complexity().setBudgetPerMinute(std::numeric_limits<int>::max());
            growVendorsTo(*env, records);
            env->bc.clock.advance(std::chrono::minutes(1));
            profile = env->profile();
            profile.mappings = {env->vendorsMapping()};
        },
        Qt::BlockingQueuedConnection);
    if (!env->listening) {
        std::fprintf(stderr, "The simulators cannot listen.\n");
        return 1;
    }

    ui::MainWindow window;
    window.showPage(QStringLiteral("status"));
    window.show();
    QTemporaryDir state;
    int created = 0;
    QElapsedTimer syncing;
    QList<qint64> gaps;
    {
        ui::EngineSession session(&window);
        SyncController::Start start;
        start.profile = profile;
        start.dataDir = state.path();
        start.bcClientSecret = BcLoopback::kClientSecret;
        start.mondayToken = sandbox::MondaySimulator::demoToken();

        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(5);
        QElapsedTimer sinceTick;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            if (sinceTick.isValid())
                gaps.append(std::max<qint64>(0, sinceTick.nsecsElapsed() / 1000000 - 5));
            sinceTick.restart();
        });
        QEventLoop events;
        session.start(start);
        QObject::connect(session.controller(), &SyncController::statusChanged, &events,
                         [&](const EngineStatus& status) {
                             created = status.mappings.isEmpty() ? 0 : status.mappings.first().created;
                             if (created >= records)
                                 events.quit();
                         });
        QTimer::singleShot(30 * 60 * 1000, &events, &QEventLoop::quit);
        syncing.start();
        ticker.start();
        events.exec();
        ticker.stop();
    }
    const double seconds = double(syncing.elapsed()) / 1000.0;
    QMetaObject::invokeMethod(
        &onSimulators, [&] { delete env; }, Qt::BlockingQueuedConnection);
    simulators.quit();
    simulators.wait();

    std::sort(gaps.begin(), gaps.end());
    const qint64 longest = gaps.isEmpty() ? 0 : gaps.last();
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size() - 1) * 0.99));
    std::printf("GUI thread while the engine syncs %d records (%d created in %.1f s)\n", records, created,
                seconds);
    std::printf(
        "  longest stall: %lld ms (goal under 50 ms), 99th percentile %lld ms, over %lld ticks of 5 ms\n",
        static_cast<long long>(longest), static_cast<long long>(p99), static_cast<long long>(gaps.size()));
    return created >= records ? 0 : 1;
}
