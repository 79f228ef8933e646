#include "SecretRedactor.h"

#include <QMutexLocker>
#include <QRegularExpression>

namespace mlc {

SecretRedactor& SecretRedactor::instance()
{
    static SecretRedactor redactor;
    return redactor;
}

void SecretRedactor::add(const QString& secret)
{
    if (secret.size() < kMinimumLength)
        return;
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(secret);
}

void SecretRedactor::remove(const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.remove(secret);
}

void SecretRedactor::clear()
{
    QMutexLocker lock(&m_mutex);
    m_secrets.clear();
}

QString SecretRedactor::redact(QString text) const
{
    {
        QMutexLocker lock(&m_mutex);
        for (const QString& secret : m_secrets)
            text.replace(secret, mask());
    }
    // Credentials that were never registered (a token typed into a URL, a header echoed by a server) are
    // recognised by their shape as a second line of defence.
    // The prefix (kept) is an Authorization header with any scheme, a bare Bearer/Basic credential, or a
    // secret-named form field or JSON member; the value after it is masked.
    static const QRegularExpression credentialShapes(
        QStringLiteral(
            R"re((Authorization"?\s*[:=]\s*"?(?:(?:Bearer|Basic)\s+)?|\b(?:Bearer|Basic)\s+|)re"
            R"re(\b(?:client_secret|access_token|refresh_token|password)"?\s*[:=]\s*"?)([^\s&",]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(credentialShapes, QStringLiteral("\\1") + mask());
    return text;
}

} // namespace mlc
