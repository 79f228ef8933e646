#include "SandboxLauncher.h"
#include "common/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ml-connector-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLC_VERSION));
    mlc::TranslationLoader::install();
    return mlc::sandbox::SandboxLauncher().run(app);
}
