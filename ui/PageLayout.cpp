#include "PageLayout.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
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

QTableView* PageLayout::table(QTableView* view, const QString& objectName)
{
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

void PageLayout::showResult(QLabel* label, bool ok, const QString& text)
{
    label->setText(text);
    markFailed(label, !ok);
}

void PageLayout::markFailed(QLabel* label, bool failed)
{
    label->setProperty("failed", failed);
    label->setStyleSheet(failed ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace mlc::ui
