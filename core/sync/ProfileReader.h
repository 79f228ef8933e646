#pragma once

#include "sync/ProfileError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mlc {

// Reads a profile (contract §2) strictly: unknown keys, wrong types, missing or impossible values are all
// errors, each with its JSON path, and every error of the document is reported at once so an admin can fix
// the file in one go. Defaults fill in what is optional and absent.
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(ProfileReader)

public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    static ProfileReadResult read(const QByteArray& json);
    static ProfileReadResult readFile(const QString& filePath);
};

} // namespace mlc
