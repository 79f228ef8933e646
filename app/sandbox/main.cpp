#include "common/TranslationLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ml-connector-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLC_VERSION));
    mlc::TranslationLoader::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Local simulators of Business Central and monday.com on loopback, for tests and the demo."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The hosts are ready (sandbox/SandboxHost); the simulators that run on them are not built yet, and this
    // program says so rather than serving endpoints that pretend to be Business Central or monday.com.
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate(
            "main", "ml-connector-sandbox: this version has no simulators yet; nothing was started.")));
    return EXIT_FAILURE;
}
