#pragma once

#include <QList>
#include <QWidget>

namespace mlc::ui {

// A small bar chart of writes per minute over the last hour (oldest left), for the Status page: enough to
// see the pace, a burst or a stall at a glance. Drawn with the palette, so it follows the desktop's theme.
class WritesChart : public QWidget
{
    Q_OBJECT

public:
    explicit WritesChart(QWidget* parent = nullptr);

    void setCounts(const QList<int>& perMinute);
    const QList<int>& counts() const { return m_counts; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<int> m_counts;
};

} // namespace mlc::ui
