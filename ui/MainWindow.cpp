#include "MainWindow.h"

namespace mlc::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{}

} // namespace mlc::ui
