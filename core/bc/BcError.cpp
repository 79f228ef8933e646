#include "BcError.h"

#include <QCoreApplication>

namespace mlc {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("mlc::BcError", text, nullptr, n);
}

QString withCode(const QString& code, const QString& message)
{
    return code.isEmpty() ? message : QStringLiteral("%1: %2").arg(code, message);
}

} // namespace

QString BcError::summary() const
{
    switch (kind) {
    case Kind::Token:
        return tokenError ? tokenError->advice : message;
    case Kind::Unauthorized:
        return tr("Business Central rejected the connector's access token (%1). Add the app's client ID on "
                  "the "
                  "Business Central page \"Microsoft Entra applications\", set its state to Enabled and "
                  "assign "
                  "permission sets.")
            .arg(withCode(code, message));
    case Kind::Network:
        return tr("Business Central could not be reached (%1) after %n attempt(s). Check the network and "
                  "the API base URL.",
                  attempts)
            .arg(message);
    case Kind::Timeout:
        return tr("Business Central did not answer in time (%1) after %n attempt(s).", attempts).arg(message);
    case Kind::Malformed:
        return tr("Business Central sent an answer the connector cannot read for %1: %2.")
            .arg(resource, message);
    case Kind::Http:
        break;
    }
    return tr("Business Central answered HTTP %1 for %2: %3")
        .arg(httpStatus)
        .arg(resource, withCode(code, message));
}

} // namespace mlc
