// Drives one board's write queue against the monday simulator for a while in real time, the simulator
// holding the board to the same pace, and prints the mutations per minute achieved against the cap and the
// 429s received. The goal: at least 95% of the cap and no 429 caused by the queue's own pacing.
//
//   bench_monday_write_queue [--seconds 120] [--pace 40]

#include "SandboxHost.h"
#include "common/SystemClock.h"
#include "monday/MondayClient.h"
#include "monday/MondayDocuments.h"
#include "monday/MondaySimulator.h"
#include "monday/MondayWriteQueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace mlc;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to write."), QStringLiteral("s"),
                      QStringLiteral("120")});
    parser.addOption({QStringLiteral("pace"),
                      QStringLiteral("mutationsPerMinute, for the queue and the board."), QStringLiteral("n"),
                      QStringLiteral("40")});
    parser.process(app);
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int pace = parser.value(QStringLiteral("pace")).toInt();
    if (seconds <= 0 || pace <= 0) {
        std::fprintf(stderr, "--seconds and --pace must be positive\n");
        return 2;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("mlc.*.debug=false\nmlc.*.info=false"));

    SystemClock clock;
    sandbox::SandboxHost host(QStringLiteral("monday.com"));
    sandbox::MondaySimulator simulator(host, clock);
    simulator.limits().mutationsPerMinutePerBoard = pace;
    simulator.limits().dailyCalls = 0;
    QString error;
    if (!host.listen(0, &error)) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    MondayClient::Settings clientSettings;
    clientSettings.apiUrl = simulator.endpoint();
    clientSettings.apiVersion = QStringLiteral("2026-07");
    MondayClient client(&network, clock, clientSettings);
    client.setToken(sandbox::MondaySimulator::demoToken());
    const QString board = simulator.store().boardByName(QStringLiteral("Vendors"))->id;

    MondayWriteQueue::Settings settings;
    settings.mutationsPerMinute = pace;
    MondayWriteQueue queue(client, clock, board, settings);
    int next = 0;
    int failed = 0;
    const auto feed = [&] {
        while (queue.depth() < 2) {
            ++next;
            queue.enqueue({next, QStringLiteral("bench-%1").arg(next),
                           MondayDocuments::createItemRequest(
                               board, QString(), QStringLiteral("Bench %1").arg(next),
                               {{QStringLiteral("bc_id"), QString::number(next)}}, false)});
        }
    };
    QObject::connect(&queue, &MondayWriteQueue::settled, [&](const MondayWriteResult& result) {
        failed += result.status == MondayWriteResult::Status::Written ? 0 : 1;
        feed();
    });
    QElapsedTimer elapsed;
    elapsed.start();
    feed();
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &app, &QCoreApplication::quit);
    app.exec();

    const MondayWriteQueueStatus status = queue.status();
    const double minutes = double(elapsed.elapsed()) / 60000.0;
    const double perMinute = double(status.written) / minutes;
    std::printf("write queue against the simulator for %.1f s at a cap of %d mutations/min:\n",
                double(elapsed.elapsed()) / 1000.0, pace);
    std::printf("  written             %d (failed %d)\n", status.written, failed);
    std::printf("  achieved            %.1f mutations/min = %.1f%% of the cap\n", perMinute,
                100.0 * perMinute / pace);
    std::printf("  429s received       %d (the board's pace refused %d)\n", status.rateLimited,
                simulator.paceRefusals());
    std::printf("  mutation requests   %d\n", client.mutationRequestsSent());
    return failed == 0 ? 0 : 1;
}
