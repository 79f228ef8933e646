#include "CliApplication.h"

#include "CliOutput.h"
#include "ProfileCommand.h"
#include "common/MessageLog.h"
#include "common/SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mlc::cli {

int CliApplication::run(const QStringList& arguments)
{
    CliOptions options;
    ExitCode early = ExitOk;
    if (!parse(arguments, &options, &early))
        return early;
    return dispatch(options);
}

QString CliApplication::helpText()
{
    return tr("Usage: ml-connector-cli [--data-dir DIR] [--profile FILE] COMMAND [options]\n"
              "\n"
              "Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central.\n"
              "\n"
              "Commands:\n"
              "  profile validate FILE      check a profile and list every problem with its JSON path\n"
              "  profile import FILE        check a profile and store it in the data folder\n"
              "  profile export [FILE]      write the stored profile (or --profile) to FILE or stdout\n"
              "\n"
              "Options:\n"
              "  --data-dir DIR             where the state database and log live (default: %1)\n"
              "  --profile FILE             use this profile for this run instead of the stored one\n"
              "  --json                     machine-readable output on stdout\n"
              "  --verbose                  diagnostic output on stderr\n"
              "  --help                     show this help\n"
              "  --version                  show the version\n"
              "\n"
              "Exit status: 0 done; 1 some records failed; 2 usage or profile error; 3 cannot reach or\n"
              "authenticate to a system; 4 another instance holds the data folder; 5 the data folder, its\n"
              "database or another local file cannot be used.\n")
        .arg(CliOptions::defaultDataDir());
}

bool CliApplication::parse(const QStringList& arguments, CliOptions* options, ExitCode* early)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({dataDir, profile, json, verbose, help, version});

    const CliOutput plain(false);
    if (!parser.parse(arguments)) {
        plain.error(parser.errorText() +
                    tr(". Run \"ml-connector-cli --help\" for the commands and options."));
        *early = ExitUsageOrProfile;
        return false;
    }
    if (parser.isSet(help)) {
        plain.raw(helpText().toUtf8());
        *early = ExitOk;
        return false;
    }
    if (parser.isSet(version)) {
        plain.line(QStringLiteral("ml-connector-cli %1").arg(QCoreApplication::applicationVersion()));
        *early = ExitOk;
        return false;
    }
    options->dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : CliOptions::defaultDataDir();
    options->profilePath = parser.value(profile);
    options->json = parser.isSet(json);
    options->verbose = parser.isSet(verbose);
    options->command = parser.positionalArguments();
    if (options->command.isEmpty()) {
        plain.error(tr("No command given. Run \"ml-connector-cli --help\" for the commands."));
        *early = ExitUsageOrProfile;
        return false;
    }
    return true;
}

ExitCode CliApplication::dispatch(const CliOptions& options)
{
    SystemClock clock;
    const CliOutput output(options.json);
    // Until a command opens the data folder (and its log file), diagnostics go to stderr only.
    QString ignored;
    MessageLog::install(clock, {QString(), options.verbose}, &ignored);

    const QString command = options.command.first();
    ExitCode code = ExitUsageOrProfile;
    if (command == QLatin1String("profile"))
        code = ProfileCommand(options, clock, output).run(options.command.mid(1));
    else
        output.error(
            tr("Unknown command \"%1\". Run \"ml-connector-cli --help\" for the commands.").arg(command));
    MessageLog::uninstall();
    return code;
}

} // namespace mlc::cli
