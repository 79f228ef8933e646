#pragma once

#include <QString>

class QWidget;

namespace mlc::ui {

// One entry of the main window's navigation: what the sidebar shows and the page behind it.
struct NavigationPage
{
    QString id; // stable, for tests and remembering the last page
    QString title;
    QString iconName; // a freedesktop theme icon name; the sidebar falls back to text only
    QWidget* widget = nullptr;
};

} // namespace mlc::ui
