#pragma once

#include <QMetaType>

namespace mlc {

// What one delta pass of a mapping did, for the sync summary and the status view.
struct PollSummary
{
    int fetched = 0;
    int creates = 0;
    int updates = 0;
    int unchanged = 0;
    int deferred = 0;
    int failed = 0;
    int pages = 0;
    bool complete = false; // false: the pass stopped early (a record still in flight, a BC error)

    int planned() const { return creates + updates; }
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::PollSummary)
