#pragma once

#include <QMainWindow>

namespace mlc::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace mlc::ui
