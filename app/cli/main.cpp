#include "CliApplication.h"
#include "common/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI and the CLI share one identity, so both find the same default data folder.
    QCoreApplication::setApplicationName(QStringLiteral("ml-connector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLC_VERSION));
    mlc::TranslationLoader::install();
    return mlc::cli::CliApplication().run(QCoreApplication::arguments());
}
