#include "StatusPage.h"

#include "PageLayout.h"
#include "StatusModel.h"
#include "WritesChart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mlc::ui {

StatusPage::StatusPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new StatusModel(this))
{

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("engineSummary"));
    m_summary->setWordWrap(true);

    m_syncNow = new QPushButton(tr("Sync now"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pause"));
    m_resume = new QPushButton(tr("Resume"));
    m_resume->setObjectName(QStringLiteral("resume"));
    connect(m_syncNow, &QPushButton::clicked, this, &StatusPage::syncNowRequested);
    connect(m_pause, &QPushButton::clicked, this, &StatusPage::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &StatusPage::resumeRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_resume);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("statusTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* empty = new QLabel(tr("Nothing is syncing yet. Connect both accounts and map a board; the mappings "
                                "then appear here with their progress."));
    empty->setObjectName(QStringLiteral("statusEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    m_body = new QStackedWidget;
    m_body->addWidget(empty);
    m_body->addWidget(m_table);

    QVBoxLayout* layout = PageLayout::column(this);
    layout->addWidget(PageLayout::heading(tr("Status")));
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    m_chart = new WritesChart;
    m_chart->setObjectName(QStringLiteral("writesChart"));
    layout->addWidget(m_chart);
    setStatus(EngineStatus());
}

void StatusPage::setStatus(const EngineStatus& status)
{
    m_model->setStatus(status);
    m_summary->setText(summary(status));
    m_body->setCurrentWidget(status.mappings.isEmpty() ? m_body->widget(0) : m_table);
    const bool running = status.state == EngineStatus::State::Running;
    m_syncNow->setEnabled(running && !status.mappings.isEmpty());
    m_pause->setEnabled(running && !status.mappings.isEmpty());
    m_resume->setEnabled(status.state == EngineStatus::State::Paused);
}

void StatusPage::setWritesPerMinute(const QList<int>& perMinute)
{
    m_chart->setCounts(perMinute);
}

QString StatusPage::summary(const EngineStatus& status) const
{
    if (status.mappings.isEmpty())
        return tr("The engine is not running.");
    switch (status.state) {
    case EngineStatus::State::Starting:
        return tr("Starting…");
    case EngineStatus::State::Running:
        return status.error.isEmpty() ? tr("Syncing %n mapping(s).", nullptr, int(status.mappings.size()))
                                      : tr("Syncing, but: %1").arg(status.error);
    case EngineStatus::State::Paused:
        return tr("Paused: nothing is read or written until you resume.");
    case EngineStatus::State::Stopping:
        return tr("Stopping: the write on its way finishes, the rest waits for the next start.");
    case EngineStatus::State::Stopped:
        return tr("Stopped.");
    case EngineStatus::State::Failed:
        return tr("Stopped by a problem: %1").arg(status.error);
    }
    return {};
}

} // namespace mlc::ui
