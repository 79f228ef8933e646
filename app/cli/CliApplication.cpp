#include "CliApplication.h"

#include "AuditCommand.h"
#include "CheckCommand.h"
#include "CliOutput.h"
#include "ProfileCommand.h"
#include "ReplayCommand.h"
#include "RunCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "common/MessageLog.h"
#include "store/DataFolder.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mlc::cli {

namespace {

// Options of one command only: flags, and options that take a value.
struct CommandOptions
{
    QStringList flags;
    QStringList valued;

    static CommandOptions of(const QString& command)
    {
        if (command == QLatin1String("sync"))
            return {{QStringLiteral("once"), QStringLiteral("dry-run")}, {QStringLiteral("entity")}};
        if (command == QLatin1String("reconcile"))
            return {{}, {QStringLiteral("entity")}};
        if (command == QLatin1String("replay"))
            return {{QStringLiteral("failed")}, {QStringLiteral("id")}};
        if (command == QLatin1String("audit"))
            return {{},
                    {QStringLiteral("entity"), QStringLiteral("status"), QStringLiteral("bc-id"),
                     QStringLiteral("item"), QStringLiteral("since"), QStringLiteral("until"),
                     QStringLiteral("limit")}};
        return {};
    }

    void addTo(QCommandLineParser* parser) const
    {
        for (const QString& flag : flags)
            parser->addOption(QCommandLineOption(flag));
        for (const QString& name : valued)
            parser->addOption(QCommandLineOption(name, QString(), QStringLiteral("VALUE")));
    }

    void readInto(const QCommandLineParser& parser, CliOptions* options) const
    {
        for (const QString& flag : flags) {
            if (parser.isSet(flag))
                options->commandOptions.insert(flag, QStringLiteral("true"));
        }
        for (const QString& name : valued) {
            if (parser.isSet(name))
                options->commandOptions.insert(name, parser.value(name));
        }
    }
};

// The options every command accepts, before or after the command word (contract §4: "Common").
struct CommonOptions
{
    QCommandLineOption dataDir{QStringLiteral("data-dir"), QString(), QStringLiteral("DIR")};
    QCommandLineOption profile{QStringLiteral("profile"), QString(), QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json")};
    QCommandLineOption verbose{QStringLiteral("verbose")};

    void addTo(QCommandLineParser* parser) const { parser->addOptions({dataDir, profile, json, verbose}); }

    // Later occurrences win, so `--json` after the command counts as much as before it.
    void readInto(const QCommandLineParser& parser, CliOptions* options) const
    {
        if (parser.isSet(dataDir))
            options->dataDir = parser.value(dataDir);
        if (parser.isSet(profile))
            options->profilePath = parser.value(profile);
        options->json = options->json || parser.isSet(json);
        options->verbose = options->verbose || parser.isSet(verbose);
    }
};

} // namespace

int CliApplication::run(const QStringList& arguments)
{
    // Until a command opens the data folder (and its log file), diagnostics go to stderr only.
    QString ignored;
    MessageLog::install(m_clock, {QString(), false}, &ignored);
    CliOptions options;
    ExitCode early = ExitOk;
    const int code = parse(arguments, &options, &early) ? dispatch(options) : early;
    MessageLog::uninstall();
    return code;
}

QString CliApplication::helpText()
{
    return tr("Usage: ml-connector-cli [--data-dir DIR] [--profile FILE] COMMAND [options]\n"
              "\n"
              "Keeps monday.com boards in step with Microsoft Dynamics 365 Business Central.\n"
              "\n"
              "Commands:\n"
              "  check                      connect to both systems with the profile and the secrets:\n"
              "                             Business Central token, company and one record of each mapped\n"
              "                             entity; monday.com account, each mapped board, its columns,\n"
              "                             their types and labels. Exit 0 when all passed, 3 when a\n"
              "                             system could not be reached or refused the credentials, 2\n"
              "                             when a board does not fit the profile.\n"
              "  profile validate FILE      check a profile and list every problem with its JSON path\n"
              "  profile import FILE        check a profile and store it in the data folder\n"
              "  profile export [FILE]      write the stored profile (or --profile) to FILE or stdout\n"
              "  sync --once [--entity E] [--dry-run]\n"
              "                             one delta pass over every mapping (or one), then wait for its\n"
              "                             writes; --dry-run prints what it would write and writes "
              "nothing.\n"
              "                             Exit 0 all done, 1 some records failed (see the audit trail),\n"
              "                             3 a system unreachable, 5 the data folder unusable.\n"
              "  replay (--failed | --id N)\n"
              "                             take back every failed write (or the one audit entry N\n"
              "                             reported) and send it again with its key; records whose\n"
              "                             values could not be planned are read again. Exit codes as\n"
              "                             for sync.\n"
              "  audit [--entity E] [--status S] [--bc-id ID] [--item ID] [--since T] [--until T]\n"
              "        [--limit N]          the audit trail, newest first (S: an event such as failed,\n"
              "                             created, updated; ID: a BC id or number; T: a date or time)\n"
              "  status                     per mapping: items, last poll, write queue, failures\n"
              "  reconcile [--entity E]     compare each board with what was written and write back\n"
              "                             Business Central's values where mapped columns were changed\n"
              "                             by hand (other columns are never touched), create again\n"
              "                             items removed by hand, and remove items whose records were\n"
              "                             deleted in BC; then a pass as sync --once. Same exit codes.\n"
              "  run                        keep syncing: a pass over every mapping, then each on its\n"
              "                             cadence (pollSeconds), until SIGINT or SIGTERM; the write on\n"
              "                             its way finishes first. Exit 0 after a clean stop.\n"
              "\n"
              "Options:\n"
              "  --data-dir DIR             where the state database and log live (default: %1)\n"
              "  --profile FILE             use this profile for this run instead of the stored one\n"
              "  --json                     machine-readable output on stdout\n"
              "  --verbose                  diagnostic output on stderr\n"
              "  --help                     show this help\n"
              "  --version                  show the version\n"
              "\n"
              "Secrets are never in the profile. The Business Central client secret is read from\n"
              "MLC_BC_CLIENT_SECRET, else from the file named by MLC_BC_CLIENT_SECRET_FILE, else from the\n"
              "system keychain (service ml-connector).\n"
              "\n"
              "Exit status: 0 done; 1 some records failed; 2 usage or profile error; 3 cannot reach or\n"
              "authenticate to a system; 4 another instance holds the data folder; 5 the data folder, its\n"
              "database or another local file cannot be used.\n")
        .arg(DataFolder::defaultPath());
}

// Two passes: the global options up to the command word, then the command's own arguments, among which the
// common options may appear again (`profile validate FILE --json`).
bool CliApplication::parse(const QStringList& arguments, CliOptions* options, ExitCode* early)
{
    const CommonOptions common;
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    QCommandLineParser global;
    common.addTo(&global);
    global.addOptions({help, version});
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const CliOutput plain(false);
    const auto usageError = [&](const QString& problem) {
        plain.error(problem + QLatin1Char(' ') +
                    tr("Run \"ml-connector-cli --help\" for the commands and options."));
        *early = ExitUsageOrProfile;
        return false;
    };
    if (!global.parse(arguments))
        return usageError(global.errorText());
    if (global.isSet(help)) {
        plain.raw(helpText().toUtf8());
        *early = ExitOk;
        return false;
    }
    if (global.isSet(version)) {
        plain.line(QStringLiteral("ml-connector-cli %1").arg(QCoreApplication::applicationVersion()));
        *early = ExitOk;
        return false;
    }
    options->dataDir = DataFolder::defaultPath();
    common.readInto(global, options);
    const QStringList commandLine = global.positionalArguments();
    if (commandLine.isEmpty())
        return usageError(tr("No command given."));

    QCommandLineParser command;
    common.addTo(&command);
    const CommandOptions own = CommandOptions::of(commandLine.first());
    own.addTo(&command);
    if (!command.parse(QStringList{arguments.value(0)} + commandLine.mid(1)))
        return usageError(command.errorText());
    common.readInto(command, options);
    own.readInto(command, options);
    options->command = QStringList{commandLine.first()} + command.positionalArguments();
    return true;
}

ExitCode CliApplication::dispatch(const CliOptions& options)
{
    const CliOutput output(options.json);
    QString ignored;
    MessageLog::install(m_clock, {QString(), options.verbose}, &ignored);

    const QString command = options.command.first();
    ExitCode code = ExitUsageOrProfile;
    if (command == QLatin1String("profile")) {
        code = ProfileCommand(options, m_clock, output).run(options.command.mid(1));
    } else if (command == QLatin1String("check")) {
        code = CheckCommand(options, m_clock, output).run(options.command.mid(1));
    } else if (command == QLatin1String("sync")) {
        code = SyncCommand(options, m_clock, output).run(options.command.mid(1));
    } else if (command == QLatin1String("reconcile")) {
        code =
            SyncCommand(options, m_clock, output, SyncCommand::Mode::Reconcile).run(options.command.mid(1));
    } else if (command == QLatin1String("audit")) {
        code = AuditCommand(options, m_clock, output).run(options.command.mid(1));
    } else if (command == QLatin1String("status")) {
        code = StatusCommand(options, m_clock, output).run(options.command.mid(1));
    } else if (command == QLatin1String("replay")) {
        code = ReplayCommand(options, m_clock, output).run(options.command.mid(1));
    } else if (command == QLatin1String("run")) {
        code = RunCommand(options, m_clock, output).run(options.command.mid(1));
    } else {
        output.error(
            tr("Unknown command \"%1\". Run \"ml-connector-cli --help\" for the commands.").arg(command));
    }
    output.finish(code);
    return code;
}

} // namespace mlc::cli
