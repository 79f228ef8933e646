#pragma once

#include <QWidget>

namespace mlc::ui {

// A page whose feature has not been built yet. It says so plainly and tells what the page will do, rather
// than showing controls that do nothing.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent = nullptr);
};

} // namespace mlc::ui
