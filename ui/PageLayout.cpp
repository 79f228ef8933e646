#include "PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mlc::ui {

QVBoxLayout* PageLayout::column(QWidget* page)
{
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    return layout;
}

QLabel* PageLayout::heading(const QString& title)
{
    auto* heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace mlc::ui
