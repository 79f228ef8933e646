#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>

namespace mlc::sandbox {

// items_page cursors (monday.md §3.4): the matching item ids are fixed at the first page, and every cursor
// of that walk expires 60 minutes after the FIRST page, however recently the last page was read. Time comes
// from the injected Clock.
class MondayCursors
{
public:
    static constexpr std::chrono::minutes kLifetime{60};

    struct Page
    {
        QString boardId;
        QStringList itemIds;
        QString cursor; // empty on the last page
    };
    enum class Status
    {
        Ok,
        Unknown,
        Expired
    };

    explicit MondayCursors(const Clock& clock);

    Page first(const QString& boardId, const QStringList& matchingIds, int limit);
    Status next(const QString& cursor, int limit, Page* page);

private:
    struct Walk
    {
        QString boardId;
        QStringList remaining;
        QDateTime started;
    };

    Page take(Walk walk, int limit);

    const Clock& m_clock;
    QHash<QString, Walk> m_walks;
    quint64 m_counter = 0;
};

} // namespace mlc::sandbox
