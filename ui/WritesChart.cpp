#include "WritesChart.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace mlc::ui {

WritesChart::WritesChart(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Writes per minute over the last hour"));
    setMinimumHeight(90);
}

void WritesChart::setCounts(const QList<int>& perMinute)
{
    if (perMinute == m_counts)
        return;
    m_counts = perMinute;
    const int total = std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
    setToolTip(tr("%n write(s) in the last hour", nullptr, total));
    update();
}

QSize WritesChart::sizeHint() const
{
    return {600, 110};
}

void WritesChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int labelHeight = metrics.height();
    const QRect plot = rect().adjusted(0, labelHeight + 4, 0, -(labelHeight + 4));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int peak = m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(0, 0, width(), labelHeight), Qt::AlignLeft,
                     tr("Writes per minute, last hour (peak %1)").arg(peak));
    const QRect axis(0, plot.bottom() + 4, width(), labelHeight);
    painter.drawText(axis, Qt::AlignLeft, tr("an hour ago"));
    painter.drawText(axis, Qt::AlignRight, tr("now"));
    if (m_counts.isEmpty() || peak == 0)
        return;

    const double slot = double(plot.width()) / double(m_counts.size());
    const int barWidth = std::max(1, int(slot) - 1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        const int height = int(double(plot.height()) * m_counts.at(i) / peak);
        if (height > 0)
            painter.drawRect(
                QRect(plot.left() + int(i * slot), plot.bottom() - height + 1, barWidth, height));
    }
}

} // namespace mlc::ui
