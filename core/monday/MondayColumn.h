#pragma once

#include "monday/MondayColumnType.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

// A column of a monday board as the connector needs it: what it is called, what it holds and, for status
// and dropdown columns, which labels exist. Labels and their ids differ from board to board
// (monday.md §9.3), so they are always read from the board, never assumed.
class MondayColumn
{
public:
    struct Label
    {
        int id = 0;   // status: the stable label id written as {"index": id}; dropdown: the label id
        QString text; // the label as shown on the board
        bool deactivated = false; // still readable on old items, but no longer offered for new values
    };

    MondayColumn() = default;
    MondayColumn(QString id, QString title, MondayColumnType type);

    // One element of `boards { columns { id title type settings_str } }`. Tolerant: missing or unreadable
    // settings leave the column without labels rather than failing, so a board with odd settings can still
    // be checked and reported on. A typed `settings` object (API 2025-10 and later) is read as well.
    static MondayColumn fromJson(const QJsonObject& column);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    MondayColumnType type() const { return m_type; }
    // monday's own type name, kept for unsupported types so messages can name them ("people").
    QString typeName() const { return m_typeName; }
    QList<Label> labels() const { return m_labels; }
    // Connect-boards columns: the boards the column may link to (settings `boardIds`).
    QStringList linkedBoardIds() const { return m_linkedBoardIds; }

    void setTypeName(const QString& typeName) { m_typeName = typeName; }
    void setLabels(const QList<Label>& labels) { m_labels = labels; }
    void setLinkedBoardIds(const QStringList& boardIds) { m_linkedBoardIds = boardIds; }

    // The id of the active label spelled exactly `text`; none when the board lacks it.
    std::optional<int> labelId(const QString& text) const;
    // The text of label `id`, deactivated ones included; none when the board lacks it.
    std::optional<QString> labelText(int id) const;
    // The active labels' texts in the board's order, for messages that list what exists.
    QStringList activeLabelTexts() const;

private:
    QString m_id;
    QString m_title;
    MondayColumnType m_type = MondayColumnType::Unsupported;
    QString m_typeName;
    QList<Label> m_labels;
    QStringList m_linkedBoardIds;
};

} // namespace mlc
