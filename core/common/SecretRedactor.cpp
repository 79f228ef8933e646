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
    static const QRegularExpression credentialShapes(
        QStringLiteral(
            R"((client_secret=|Authorization:\s*(?:Bearer\s+)?|access_token"?\s*[:=]\s*"?)([^\s&",]+))"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(credentialShapes, QStringLiteral("\\1") + mask());
    return text;
}

} // namespace mlc
