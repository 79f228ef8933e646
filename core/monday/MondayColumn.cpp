#include "MondayColumn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <utility>

namespace mlc {

namespace {

// monday sends ids as numbers in some places and as strings in others ("1" in settings_str maps).
std::optional<int> idOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInt();
    bool ok = false;
    const int id = value.toString().toInt(&ok);
    return ok ? std::optional<int>(id) : std::nullopt;
}

QString textOf(const QJsonObject& label)
{
    // Typed settings call it "label", dropdown settings_str calls it "name".
    const QJsonValue text = label.contains(QLatin1String("label")) ? label.value(QLatin1String("label"))
                                                                   : label.value(QLatin1String("name"));
    return text.toString();
}

// The 2025-10 typed settings and dropdown settings_str: [{"id": 1, "label"|"name": "Done", ...}].
QList<MondayColumn::Label> labelsFromArray(const QJsonArray& array)
{
    QList<MondayColumn::Label> labels;
    for (const QJsonValue& element : array) {
        const QJsonObject object = element.toObject();
        const std::optional<int> id = idOf(object.value(QLatin1String("id")));
        if (!id)
            continue;
        labels.append({*id, textOf(object), object.value(QLatin1String("is_deactivated")).toBool()});
    }
    return labels;
}

// Status settings_str: {"labels": {"0": "Working on it", "1": "Done"}, "labels_positions_v2": {"1": 0, ...}}.
// Colours and done-colours do not matter to the connector; positions only order the labels for messages.
QList<MondayColumn::Label> labelsFromMap(const QJsonObject& map, const QJsonObject& positions)
{
    QList<std::pair<int, MondayColumn::Label>> positioned;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const std::optional<int> id = idOf(QJsonValue(it.key()));
        const QString text = it.value().toString();
        // Unnamed slots ("", often id 5, the default empty label) are kept: a cell showing one is empty.
        if (!id)
            continue;
        const int position = positions.value(it.key()).toInt(*id);
        positioned.append({position, {*id, text, false}});
    }
    std::stable_sort(positioned.begin(), positioned.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<MondayColumn::Label> labels;
    for (const auto& entry : std::as_const(positioned))
        labels.append(entry.second);
    return labels;
}

QList<MondayColumn::Label> labelsFromSettings(const QJsonObject& settings)
{
    const QJsonValue labelsValue = settings.value(QLatin1String("labels"));
    QList<MondayColumn::Label> labels =
        labelsValue.isArray()
            ? labelsFromArray(labelsValue.toArray())
            : labelsFromMap(labelsValue.toObject(),
                            settings.value(QLatin1String("labels_positions_v2")).toObject());
    QSet<int> deactivated;
    for (const QJsonValue& id : settings.value(QLatin1String("deactivated_labels")).toArray()) {
        if (const std::optional<int> parsed = idOf(id))
            deactivated.insert(*parsed);
    }
    for (MondayColumn::Label& label : labels)
        label.deactivated = label.deactivated || deactivated.contains(label.id);
    return labels;
}

QStringList boardIdsFromSettings(const QJsonObject& settings)
{
    QStringList boardIds;
    for (const QJsonValue& id : settings.value(QLatin1String("boardIds")).toArray())
        boardIds.append(id.isDouble() ? QString::number(id.toInteger()) : id.toString());
    return boardIds;
}

QJsonObject settingsOf(const QJsonObject& column)
{
    const QJsonValue typed = column.value(QLatin1String("settings"));
    if (typed.isObject())
        return typed.toObject();
    const QByteArray text = column.value(QLatin1String("settings_str")).toString().toUtf8();
    return QJsonDocument::fromJson(text).object(); // unreadable text gives an empty object: no labels
}

} // namespace

MondayColumn::MondayColumn(QString id, QString title, MondayColumnType type)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_type(type)
    , m_typeName(mondayColumnTypeName(type))
{}

MondayColumn MondayColumn::fromJson(const QJsonObject& column)
{
    const QString typeName = column.value(QLatin1String("type")).toString();
    MondayColumn result(column.value(QLatin1String("id")).toString(),
                        column.value(QLatin1String("title")).toString(),
                        mondayColumnTypeFromString(typeName));
    result.setTypeName(typeName);
    const QJsonObject settings = settingsOf(column);
    if (result.type() == MondayColumnType::Status || result.type() == MondayColumnType::Dropdown)
        result.setLabels(labelsFromSettings(settings));
    if (result.type() == MondayColumnType::BoardRelation)
        result.setLinkedBoardIds(boardIdsFromSettings(settings));
    return result;
}

std::optional<int> MondayColumn::labelId(const QString& text) const
{
    for (const Label& label : m_labels) {
        if (!label.deactivated && !label.text.isEmpty() && label.text == text)
            return label.id;
    }
    return std::nullopt;
}

std::optional<QString> MondayColumn::labelText(int id) const
{
    for (const Label& label : m_labels) {
        if (label.id == id)
            return label.text;
    }
    return std::nullopt;
}

QStringList MondayColumn::activeLabelTexts() const
{
    QStringList texts;
    for (const Label& label : m_labels) {
        if (!label.deactivated && !label.text.isEmpty())
            texts.append(label.text);
    }
    return texts;
}

} // namespace mlc
