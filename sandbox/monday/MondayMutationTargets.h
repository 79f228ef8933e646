#pragma once

#include "MondayRequestLayer.h"

#include <QStringList>

namespace mlc::sandbox {

class MondayBoardStore;

// The boards a mutation writes to: each root field's `board_id` argument, or for item-only mutations
// (archive_item, delete_item) the board of its `item_id`, whether written inline or as a variable.
class MondayMutationTargets
{
public:
    static QStringList boardsOf(const MondayOperation& operation, const MondayBoardStore& store);
};

} // namespace mlc::sandbox
