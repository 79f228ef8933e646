#pragma once

#include "sync/Profile.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlc {

// One problem in a profile: where (the contract's dotted JSON path, e.g. "mappings[1].columns[3].column";
// "$" when the document as a whole is wrong) and what was expected, in a sentence an admin can act on.
struct ProfileError
{
    QString path;
    QString message;

    QString toString() const { return path + QStringLiteral(": ") + message; }
};

inline bool operator==(const ProfileError& a, const ProfileError& b)
{
    return a.path == b.path && a.message == b.message;
}

inline bool operator!=(const ProfileError& a, const ProfileError& b)
{
    return !(a == b);
}

// A profile only when there are no errors at all; otherwise every error found, in reading order.
// Warnings never stop a profile from loading: they name settings that are valid but will not do what
// their author probably wants (a linkTo whose entity no mapping maps leaves that column empty).
struct ProfileReadResult
{
    std::optional<Profile> profile;
    QList<ProfileError> errors;
    QList<ProfileError> warnings;

    bool ok() const { return profile.has_value(); }
};

} // namespace mlc
