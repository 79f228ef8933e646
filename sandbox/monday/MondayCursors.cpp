#include "MondayCursors.h"

namespace mlc::sandbox {

MondayCursors::MondayCursors(const Clock& clock)
    : m_clock(clock)
{}

MondayCursors::Page MondayCursors::first(const QString& boardId, const QStringList& matchingIds, int limit)
{
    return take({boardId, matchingIds, m_clock.nowUtc()}, limit);
}

MondayCursors::Status MondayCursors::next(const QString& cursor, int limit, Page* page)
{
    const auto it = m_walks.constFind(cursor);
    if (it == m_walks.constEnd())
        return Status::Unknown;
    const Walk walk = *it;
    if (m_clock.nowUtc() >= walk.started.addSecs(std::chrono::seconds(kLifetime).count())) {
        m_walks.remove(cursor);
        return Status::Expired;
    }
    // A cursor may be read again (a client retrying a lost answer gets the same page).
    *page = take(walk, limit);
    return Status::Ok;
}

MondayCursors::Page MondayCursors::take(Walk walk, int limit)
{
    Page page;
    page.boardId = walk.boardId;
    page.itemIds = walk.remaining.mid(0, limit);
    walk.remaining = walk.remaining.mid(limit);
    if (!walk.remaining.isEmpty()) {
        // Opaque like monday's: base64 of a counter and the board.
        page.cursor = QString::fromLatin1(
            QStringLiteral("%1,%2,%3")
                .arg(++m_counter)
                .arg(walk.boardId)
                .arg(walk.remaining.size())
                .toLatin1()
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        m_walks.insert(page.cursor, walk);
    }
    return page;
}

} // namespace mlc::sandbox
