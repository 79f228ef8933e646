#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mlc::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* description = new QLabel(purpose, this);
    description->setWordWrap(true);
    description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* notice = new QLabel(tr("This page is not available in this version yet."), this);
    notice->setObjectName(QStringLiteral("notAvailableNotice"));
    notice->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(description);
    layout->addWidget(notice);
    layout->addStretch();
}

} // namespace mlc::ui
