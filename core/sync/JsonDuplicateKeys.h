#pragma once

#include "sync/ProfileError.h"

#include <QByteArray>
#include <QList>

namespace mlc {

// QJsonDocument keeps only the last of two equal keys in an object, so a pasted block can silently override
// an earlier setting. This scan finds such keys in a document that QJsonDocument has already accepted.
class JsonDuplicateKeys
{
public:
    static QList<ProfileError> find(const QByteArray& validJson);
};

} // namespace mlc
