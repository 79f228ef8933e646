#include "GuiStartup.h"
#include "MainWindow.h"
#include "common/TranslationLoader.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ml-connector"));
    QApplication::setApplicationVersion(QStringLiteral(MLC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("com.mlconnector.MlConnector"));

    mlc::TranslationLoader::install();

    mlc::gui::GuiStartup startup;
    if (!startup.begin(QApplication::arguments())) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "ml-connector cannot start"),
                              startup.problem());
        return startup.exitCode();
    }

    mlc::ui::MainWindow window;
    window.setDataFolder(startup.dataDir());
    window.show();
    startup.reportKeychainStatus(&window);
    return app.exec();
}
