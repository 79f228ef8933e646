#pragma once

#include "MondayCellValue.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mlc::sandbox {

// The value types of a simulated monday account: boards with their columns, groups and items.

struct MondayColumn
{
    QString id;
    QString title;
    QString type; // monday's ColumnType name: "text", "numbers", "status", "board_relation", ...
    QJsonObject settings;

    // What Column.settings_str returns: the settings as a JSON string.
    QString settingsStr() const
    {
        return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    }
};

struct MondayGroup
{
    QString id;
    QString title;
    QString color;
};

struct MondayItem
{
    QString id;
    QString boardId;
    QString groupId;
    QString name;
    QString state = QStringLiteral("active");
    QDateTime createdAt;
    QDateTime updatedAt;
    QHash<QString, MondayCellValue> cells; // by column id; a column without an entry is empty
};

struct MondayBoard
{
    QString id;
    QString name;
    QString boardKind = QStringLiteral("public");
    QString state = QStringLiteral("active");
    QList<MondayColumn> columns;
    QList<MondayGroup> groups;
    QList<MondayItem> items; // in creation order, which is monday's order for items_page

    const MondayColumn* column(const QString& columnId) const
    {
        for (const MondayColumn& c : columns) {
            if (c.id == columnId)
                return &c;
        }
        return nullptr;
    }
    const MondayGroup* group(const QString& groupId) const
    {
        for (const MondayGroup& g : groups) {
            if (g.id == groupId)
                return &g;
        }
        return nullptr;
    }
};

} // namespace mlc::sandbox
