#pragma once

#include "bc/TokenError.h"

#include <QByteArray>
#include <QString>

namespace mlc {

// Turns Entra's token-endpoint answers into TokenErrors with advice an admin can act on. Decisions follow
// the AADSTS code and the "error" field, never the wording of error_description (Microsoft may change it).
class TokenErrorDecoder
{
public:
    // An HTTP answer that carried no usable token: an Entra error body, or anything else.
    static TokenError fromHttpAnswer(int httpStatus, const QByteArray& body);
    static TokenError network(const QString& host, const QString& reason);
    static TokenError malformed(int httpStatus, const QString& what);

private:
    static void classify(TokenError* error, int code);
    static QString adviceFor(const TokenError& error, int code);
};

} // namespace mlc
