#pragma once

#include "bc/BcEntity.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mlc {

// What `check` found out about monday.com: whether the token works (and whose it is), then for every mapping
// whether its board is there and its columns fit the mapping. Each problem is a sentence that says what to
// fix, naming the board and the column.
struct MondayConnectionReport
{
    struct Board
    {
        BcEntity entity = BcEntity::Vendors;
        QString boardId;
        bool found = false;
        QString name;
        QStringList problems;

        bool ok() const { return found && problems.isEmpty(); }
    };

    bool checked = false;
    bool connected = false;
    bool unreachable = false; // the error means the token was refused or monday could not be reached
    QString error;
    QString accountName;
    QString userName;
    QString userEmail;
    QString apiVersion;
    QList<Board> boards;

    bool boardsOk() const;
    bool ok() const { return connected && boardsOk(); }
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::MondayConnectionReport)
