#pragma once

#include <QMutex>
#include <QSet>
#include <QString>

namespace mlc {

// Every secret value the process learns is registered here, and every line that leaves the process for a log
// is passed through redact(). So a secret that slips into an error message or a server's echo is still
// masked.
class SecretRedactor
{
public:
    static SecretRedactor& instance();

    // Values shorter than kMinimumLength are ignored: masking "1" everywhere would garble logs and hide
    // nothing.
    void add(const QString& secret);
    void remove(const QString& secret);
    void clear();

    QString redact(QString text) const;

    static constexpr int kMinimumLength = 4;
    static QString mask() { return QStringLiteral("[redacted]"); }

private:
    SecretRedactor() = default;

    mutable QMutex m_mutex;
    QSet<QString> m_secrets;
};

} // namespace mlc
