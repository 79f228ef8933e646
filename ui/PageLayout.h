#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace mlc::ui {

// What every page of the main window starts with, so they all look alike: the margins and spacing of its
// column and a heading a size up from the text, in bold.
class PageLayout
{
public:
    static QVBoxLayout* column(QWidget* page);
    static QLabel* heading(const QString& title);
};

} // namespace mlc::ui
