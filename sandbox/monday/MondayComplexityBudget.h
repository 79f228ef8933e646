#pragma once

#include "MondayRequestLayer.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QHash>

namespace mlc::sandbox {

// The per-token complexity budget (monday.md §2.5: 10M points a minute for a personal token; the window
// resets 60 seconds after its first call), charged with a rough estimate of each query's cost. It fills the
// `complexity` field; it never refuses (the limits layer decides that on the same figures).
class MondayComplexityBudget : public MondayRequestLayer
{
public:
    static constexpr int kBudgetPerMinute = 10000000;

    explicit MondayComplexityBudget(const Clock& clock);

    std::optional<MondayAnswer> admit(MondayOperation& operation) override;
    void finish(const MondayOperation&, MondayAnswer&) override {}

    // Cost of one operation: 1 per field, page fields multiplied by the items they may return.
    static int estimate(const MondayOperation& operation);
    int remaining(const QString& token) const;

private:
    struct Window
    {
        QDateTime started;
        int used = 0;
    };
    Window& window(const QString& token);

    const Clock& m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace mlc::sandbox
