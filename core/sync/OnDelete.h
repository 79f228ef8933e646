#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mlc {

// What happens to a board item when its Business Central record is deleted.
enum class OnDelete
{
    Archive,
    Delete,
    Keep,
};

// A namespace of its own for the reason given in BcEntity.h.
namespace OnDeleteActions {

QString toString(OnDelete onDelete);
std::optional<OnDelete> fromString(const QString& name);
QStringList names();

} // namespace OnDeleteActions

} // namespace mlc
