#include "FirstRunBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mlc::ui {

FirstRunBanner::FirstRunBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_action(new QPushButton)
{
    setObjectName(QStringLiteral("firstRunBanner"));
    setStyleSheet(QStringLiteral("QFrame#firstRunBanner { background: palette(alternate-base);"
                                 " border-bottom: 1px solid palette(mid); }"));
    m_text->setObjectName(QStringLiteral("firstRunText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_action->setObjectName(QStringLiteral("firstRunAction"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 10, 24, 10);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_text, &QLabel::linkActivated, this, &FirstRunBanner::pageRequested);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_mode == Mode::Demo)
            Q_EMIT setUpRequested();
        else
            Q_EMIT sampleDataRequested();
    });
    setMode(Mode::Hidden);
}

void FirstRunBanner::setMode(Mode mode)
{
    m_mode = mode;
    setVisible(mode != Mode::Hidden);
    if (mode == Mode::Demo) {
        m_text->setText(
            tr("<b>This is sample data.</b> A Business Central and a monday.com account run inside "
               "the app, and nothing leaves it. Watch items arrive on the Status and Board preview "
               "pages."));
        m_action->setText(tr("Set up my own accounts"));
    } else if (mode == Mode::SetUp) {
        m_text->setText(tr("<b>Getting started:</b> <a href=\"accounts\">1. Accounts</a>: connect Business "
                           "Central and monday.com. <a href=\"mapping\">2. Mapping</a>: map an entity to a "
                           "board and save. <a href=\"status\">3. Status</a>: watch it sync."));
        m_action->setText(tr("Try with sample data"));
    }
}

} // namespace mlc::ui
