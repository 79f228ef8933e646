#include "SandboxLauncher.h"

#include "SandboxServer.h"
#include "SignalWatcher.h"
#include "common/SystemClock.h"
#include "sync/ProfileWriter.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace mlc::sandbox {

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream); // a test or the demo reads stdout through a pipe while we keep running
}

} // namespace

std::optional<qint64> SandboxLauncher::number(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

int SandboxLauncher::run(QCoreApplication& app)
{
    // First, so that a SIGTERM sent during startup already ends the program cleanly.
    SignalWatcher watcher;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Local simulators of Business Central and monday.com on loopback, for tests and the demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        tr("Port of the Business Central simulator on 127.0.0.1; 0 picks a free one (default %1).")
            .arg(SandboxServer::kDefaultPort),
        tr("N"), QString::number(SandboxServer::kDefaultPort));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        tr("Seed of the generated data (default %1).").arg(BcApiSimulator::kDefaultSeed), tr("N"),
        QString::number(BcApiSimulator::kDefaultSeed));
    const QCommandLineOption lifetimeOption(QStringLiteral("token-lifetime"),
                                            tr("Lifetime of issued access tokens in seconds (default 3599)."),
                                            tr("SECONDS"), QStringLiteral("3599"));
    const QCommandLineOption liveOption(
        QStringLiteral("live"),
        tr("Every SECONDS change a few records (pay, post, rename, create), as a bookkeeper would."),
        tr("SECONDS"));
    const QCommandLineOption webhooksOption(
        QStringLiteral("webhooks"),
        tr("Put webhooks into the ready profile, the connector listening on 127.0.0.1:PORT."), tr("PORT"));
    const QCommandLineOption webhookDelayOption(
        QStringLiteral("webhook-delay"),
        tr("Seconds Business Central waits after a change before it notifies (default 30, as BC does)."),
        tr("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the startup information as JSON."));
    const QCommandLineOption profileOption(QStringLiteral("profile-out"),
                                           tr("Also write the ready profile to FILE."), tr("FILE"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), tr("Log every request to stderr."));
    parser.addOptions({portOption, seedOption, lifetimeOption, liveOption, webhooksOption, webhookDelayOption,
                       jsonOption, profileOption, verboseOption});
    parser.process(app);

    SandboxServer::Options options;
    const auto port = number(parser.value(portOption), 0, 65535);
    const auto seed = number(parser.value(seedOption), 0, 4294967295LL);
    const auto lifetime = number(parser.value(lifetimeOption), 1, 86400 * 365);
    const auto live =
        parser.isSet(liveOption) ? number(parser.value(liveOption), 1, 86400) : std::optional<qint64>(0);
    const auto webhookPort = parser.isSet(webhooksOption) ? number(parser.value(webhooksOption), 1, 65535)
                                                          : std::optional<qint64>(0);
    const auto webhookDelay = number(parser.value(webhookDelayOption), 0, 3600);
    if (!port || !seed || !lifetime || !live || !webhookPort || !webhookDelay) {
        print(stderr, tr("ml-connector-sandbox: --port takes 0 to 65535, --seed 0 to 4294967295, "
                         "--token-lifetime 1 or more seconds, --live 1 to 86400 seconds, --webhooks 1 to "
                         "65535 and --webhook-delay 0 to 3600 seconds.") +
                          QLatin1Char('\n'));
        return kExitUsage;
    }
    options.port = quint16(*port);
    options.seed = quint32(*seed);
    options.tokenLifetimeSeconds = int(*lifetime);
    options.liveInterval = std::chrono::seconds(*live);
    options.webhookPort = quint16(*webhookPort);
    options.webhookDelay = std::chrono::seconds(*webhookDelay);

    SystemClock clock;
    SandboxServer server(clock, options);
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &SandboxServer::activity, &server,
                         [](const QString& line) { print(stderr, line + QLatin1Char('\n')); });
    }
    QString error;
    if (!watcher.isActive() || !server.start(&error)) {
        print(stderr, QStringLiteral("ml-connector-sandbox: %1\n")
                          .arg(error.isEmpty() ? tr("cannot watch for SIGINT and SIGTERM.") : error));
        return kExitFailure;
    }
    if (parser.isSet(profileOption) &&
        !ProfileWriter::writeFile(server.profile(), parser.value(profileOption), &error)) {
        print(stderr, QStringLiteral("ml-connector-sandbox: %1\n").arg(error));
        return kExitFailure;
    }
    if (parser.isSet(jsonOption))
        print(stdout, QString::fromUtf8(QJsonDocument(server.startupInfo()).toJson(QJsonDocument::Compact)) +
                          QLatin1Char('\n'));
    else
        print(stdout, server.startupText() + tr("Running until Ctrl+C.") + QLatin1Char('\n'));

    QObject::connect(&watcher, &SignalWatcher::stopRequested, &app, [] { QCoreApplication::exit(0); });
    return QCoreApplication::exec();
}

} // namespace mlc::sandbox
