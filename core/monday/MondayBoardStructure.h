#pragma once

#include "monday/MondayColumn.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mlc {

// A board as the BoardStructure query reads it: its name and state, its columns with their types and labels,
// and its groups. What the mapping editor offers and what `check` and the planner test the mapping against.
struct MondayBoardStructure
{
    struct Group
    {
        QString id;
        QString title;
    };

    QString id;
    QString name;
    QString state; // "active", "archived", "deleted"
    QString boardKind;
    QString topGroupId;
    QList<MondayColumn> columns;
    QList<Group> groups;

    const MondayColumn* column(const QString& columnId) const;

    // One element of `boards`; nullopt when it has no id.
    static std::optional<MondayBoardStructure> fromJson(const QJsonObject& board);
    // Every readable board in the `data` of a BoardStructure answer. A board the token cannot see is simply
    // missing, as monday leaves it out.
    static QList<MondayBoardStructure> listFromData(const QJsonObject& data);
};

} // namespace mlc
