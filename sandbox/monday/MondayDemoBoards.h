#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace mlc::sandbox {

class MondayBoardStore;
struct MondayColumn;

// The demo account's boards, one per synced Business Central entity, with columns for the BC fields and a
// few items that already carry a BC id (so adopting existing items can be shown). Fixed content: the same
// store every time.
class MondayDemoBoards
{
public:
    static void fill(MondayBoardStore& store, const QDateTime& now);

    // Column factories with monday's settings shapes (monday.md §5): status labels keyed by label id,
    // dropdown labels with ids from 1, board_relation linked to its boards.
    static MondayColumn textColumn(const QString& id, const QString& title);
    static MondayColumn numbersColumn(const QString& id, const QString& title, const QString& symbol);
    static MondayColumn statusColumn(const QString& id, const QString& title,
                                     const QList<QPair<int, QString>>& labels, const QList<int>& doneIds);
    static MondayColumn dropdownColumn(const QString& id, const QString& title, const QStringList& labels);
    static MondayColumn boardRelationColumn(const QString& id, const QString& title, const QString& boardId);
    static MondayColumn plainColumn(const QString& id, const QString& title, const QString& type);
};

} // namespace mlc::sandbox
