#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mlc {

// A BC record and the monday item it became on one board. writtenValues holds, per column id, the comparable
// value last written, so the planner can send only the columns whose value changed.
struct Link
{
    QString entity;
    QString boardId;
    QString bcId;
    QString itemId;
    QString bcNumber;
    QJsonObject writtenValues;
    QString bcEtag;
    QDateTime bcModifiedAt;
    QDateTime createdAt; // set by the store
    QDateTime updatedAt; // set by the store
};

// The two ids reconciliation compares; a page of them instead of whole links keeps a board of 100,000
// items small in memory.
struct LinkIds
{
    QString bcId;
    QString itemId;
};

} // namespace mlc
