#include "OnDelete.h"

namespace mlc::OnDeleteActions {

QString toString(OnDelete onDelete)
{
    switch (onDelete) {
    case OnDelete::Archive:
        return QStringLiteral("archive");
    case OnDelete::Delete:
        return QStringLiteral("delete");
    case OnDelete::Keep:
        return QStringLiteral("keep");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OnDelete> fromString(const QString& name)
{
    for (OnDelete candidate : {OnDelete::Archive, OnDelete::Delete, OnDelete::Keep}) {
        if (toString(candidate) == name)
            return candidate;
    }
    return std::nullopt;
}

QStringList names()
{
    return {toString(OnDelete::Archive), toString(OnDelete::Delete), toString(OnDelete::Keep)};
}

} // namespace mlc::OnDeleteActions
