#pragma once

#include <QString>

class QLabel;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace mlc::ui {

// What every page of the main window starts with, so they all look alike: the margins and spacing of its
// column, a heading a size up from the text, in bold, tables that read as lists of rows, and the line that
// tells how an action went.
class PageLayout
{
public:
    static QVBoxLayout* column(QWidget* page);
    static QLabel* heading(const QString& title);
    // Whole rows selected, no row numbers, one line per row, the last column taking the rest of the width.
    static QTableView* table(QTableView* view, const QString& objectName);
    // `text` in `label`, in red when the action failed.
    static void showResult(QLabel* label, bool ok, const QString& text);
    static void markFailed(QLabel* label, bool failed);
};

} // namespace mlc::ui
