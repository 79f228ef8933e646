#pragma once

#include "sync/Profile.h"

#include <QByteArray>
#include <QString>

namespace mlc {

// Writes a profile as indented UTF-8 JSON in the contract's key order. Every setting is written out,
// defaults included, so an exported profile shows the admin what the engine will do; only what is absent
// by meaning (webhooks, groupId, values, linkTo) is left out. ProfileReader reads the result back to an
// equal Profile.
class ProfileWriter
{
public:
    static QByteArray write(const Profile& profile);
    // Writes atomically (QSaveFile); on failure returns false with a sentence for the admin in *error.
    static bool writeFile(const Profile& profile, const QString& filePath, QString* error);
};

} // namespace mlc
