#include "PlaceholderPage.h"

#include "PageLayout.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mlc::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    auto* description = new QLabel(purpose, this);
    description->setWordWrap(true);
    description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* notice = new QLabel(tr("This page is not available in this version yet."), this);
    notice->setObjectName(QStringLiteral("notAvailableNotice"));
    notice->setEnabled(false);

    QVBoxLayout* layout = PageLayout::column(this);
    layout->addWidget(PageLayout::heading(title));
    layout->addWidget(description);
    layout->addWidget(notice);
    layout->addStretch();
}

} // namespace mlc::ui
