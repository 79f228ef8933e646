#pragma once

#include "MondayRequestLayer.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QHash>

namespace mlc::sandbox {

// The per-token complexity budget (monday.md §2.5: 10M points a minute for a personal token; the window
// resets 60 seconds after its first call), charged with a rough estimate of each query's cost, and a
// mutation at least what monday's guidance gives a create_item (about 10,000 points). It fills the
// `complexity` field, refuses a query over the 5M per-query limit (ComplexityException) and one the minute's
// budget cannot cover (429 COMPLEXITY_BUDGET_EXHAUSTED with retry_in_seconds, in the 2025-07+ shape, §2.2);
// a refused query is not charged.
class MondayComplexityBudget : public MondayRequestLayer
{
public:
    static constexpr int kBudgetPerMinute = 10000000;
    static constexpr int kMaxPerQuery = 5000000;
    static constexpr int kMinMutationCost = 10000;

    explicit MondayComplexityBudget(const Clock& clock);

    std::optional<MondayAnswer> admit(MondayOperation& operation) override;
    void finish(const MondayOperation&, MondayAnswer&) override {}

    // Cost of one operation: 1 per field, page fields multiplied by the items they may return.
    static int estimate(const MondayOperation& operation);
    int remaining(const QString& token) const;
    // Tests make the budget small to run out of it.
    void setBudgetPerMinute(int budget) { m_budget = budget; }

private:
    struct Window
    {
        QDateTime started;
        int used = 0;
    };
    Window& window(const QString& token);

    const Clock& m_clock;
    QHash<QString, Window> m_windows;
    int m_budget = kBudgetPerMinute;
};

} // namespace mlc::sandbox
