#include "MondayError.h"

#include <QJsonArray>

namespace mlc {

QString MondayError::rootField() const
{
    const QJsonArray segments = path.toArray();
    return segments.isEmpty() ? QString() : segments.first().toString();
}

} // namespace mlc
