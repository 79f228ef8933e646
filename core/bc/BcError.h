#pragma once

#include "bc/TokenError.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace mlc {

// Why a Business Central read failed for good: after the retries the policy allows, or at once for an
// error that no retry can fix. It carries BC's own error code and message so an admin can look them up.
struct BcError
{
    enum class Kind
    {
        Http,         // BC answered with an error status, e.g. 404 BadRequest_NotFound
        Unauthorized, // 401 even with a freshly fetched token: the app is not set up in BC
        Token,        // no token could be had from Entra ID; tokenError says why
        Network,      // no HTTP answer: connection refused or dropped, name not resolved
        Timeout,      // no progress within the transfer timeout
        Malformed     // an answer that is not the JSON BC sends, or too large to be one
    };

    Kind kind = Kind::Http;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // BC's error code, e.g. "Internal_CompanyNotFound"; empty when BC gave none
    QString message;    // BC's message, or our description of what went wrong
    QString resource;   // the URL path that was read, without the host and query
    int attempts = 0;   // HTTP requests made for this read, retries included
    std::optional<TokenError> tokenError;

    // One or two sentences for an admin: what failed and what to do about it.
    QString summary() const;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::BcError)
