#pragma once

#include "sync/EngineStatus.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace mlc::ui {

class StatusModel;
class WritesChart;

// The Status page: a row per mapping (StatusModel) under a line that says what the engine is doing, and
// Sync now, Pause and Resume. It only shows snapshots and asks; whoever owns the SyncController connects
// the requests to it, so the page never touches the engine.
class StatusPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatusPage(QWidget* parent = nullptr);

    void setStatus(const EngineStatus& status);
    // Writes per minute over the last hour, oldest first, for the chart under the table.
    void setWritesPerMinute(const QList<int>& perMinute);
    WritesChart* chart() const { return m_chart; }
    StatusModel* model() const { return m_model; }

Q_SIGNALS:
    void syncNowRequested();
    void pauseRequested();
    void resumeRequested();

private:
    QString summary(const EngineStatus& status) const;

    StatusModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_body = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_resume = nullptr;
    WritesChart* m_chart = nullptr;
};

} // namespace mlc::ui
