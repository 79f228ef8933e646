#pragma once

#include "MondayLimitSettings.h"
#include "MondayRequestLayer.h"

#include <QDate>
#include <QHash>

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

// The daily call limit per token (monday.md §2.5): every call counts, a rate-limited one as 0.1; past the
// limit every call is refused with DAILY_LIMIT_EXCEEDED until midnight UTC.
class MondayDailyLimit : public MondayRequestLayer
{
public:
    MondayDailyLimit(const Clock& clock, const MondayLimitSettings& settings);

    std::optional<MondayAnswer> admit(MondayOperation& operation) override;
    void finish(const MondayOperation& operation, MondayAnswer& answer) override;

    // Calls counted today for the token, in tenths.
    int tenthsUsed(const QString& token) const;

private:
    struct Day
    {
        QDate date;
        int tenths = 0;
    };
    Day& today(const QString& token);

    const Clock& m_clock;
    const MondayLimitSettings& m_settings;
    QHash<QString, Day> m_days;
};

} // namespace mlc::sandbox
