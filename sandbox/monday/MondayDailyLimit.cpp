#include "MondayDailyLimit.h"

#include "common/Clock.h"

namespace mlc::sandbox {

MondayDailyLimit::MondayDailyLimit(const Clock& clock, const MondayLimitSettings& settings)
    : m_clock(clock)
    , m_settings(settings)
{}

MondayDailyLimit::Day& MondayDailyLimit::today(const QString& token)
{
    Day& day = m_days[token];
    const QDate date = m_clock.nowUtc().date();
    if (day.date != date)
        day = {date, 0};
    return day;
}

std::optional<MondayAnswer> MondayDailyLimit::admit(MondayOperation& operation)
{
    if (m_settings.dailyCalls <= 0)
        return std::nullopt;
    Day& day = today(operation.token);
    if (day.tenths >= m_settings.dailyCalls * 10) {
        return MondayAnswer::error(429,
                                   QStringLiteral("Daily limit exceeded: %1 calls a day. The limit resets at "
                                                  "midnight UTC.")
                                       .arg(m_settings.dailyCalls),
                                   QStringLiteral("DAILY_LIMIT_EXCEEDED"));
    }
    day.tenths += 10;
    return std::nullopt;
}

void MondayDailyLimit::finish(const MondayOperation& operation, MondayAnswer& answer)
{
    // A call refused by a rate limit counts as a tenth of a call; the refusal above did not count at all.
    if (m_settings.dailyCalls > 0 && answer.status == 429) {
        const QString code = answer.body.value(QStringLiteral("errors"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("extensions"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        if (code != QLatin1String("DAILY_LIMIT_EXCEEDED"))
            today(operation.token).tenths -= 9;
    }
}

int MondayDailyLimit::tenthsUsed(const QString& token) const
{
    const Day day = m_days.value(token);
    return day.date == m_clock.nowUtc().date() ? day.tenths : 0;
}

} // namespace mlc::sandbox
