#pragma once

#include <QMetaType>
#include <QString>

namespace mlc {

// Why no Business Central access token could be had, decoded from Entra's answer so the admin reads what to
// fix (advice) and support can find the request in Entra's sign-in logs (trace and correlation id).
struct TokenError
{
    enum class Kind
    {
        WrongSecret,
        UnknownClient,
        UnknownTenant,
        BadScope,
        DisabledApp,
        Network,
        Malformed,
        Other
    };

    Kind kind = Kind::Other;
    QString aadstsCode; // "AADSTS7000215", empty when Entra gave none
    QString error;      // Entra's "error" field, e.g. "invalid_client"
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString advice;
    QString traceId;
    QString correlationId;
};

} // namespace mlc

Q_DECLARE_METATYPE(mlc::TokenError)
