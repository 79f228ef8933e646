#include "MemoryCredentialStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <utility>

namespace mlc {

MemoryCredentialStore::MemoryCredentialStore() = default;
MemoryCredentialStore::~MemoryCredentialStore() = default;

void MemoryCredentialStore::setFailure(CredentialError error, const QString& message)
{
    QMutexLocker lock(&m_mutex);
    m_failure = error;
    m_failureMessage = message;
}

void MemoryCredentialStore::clearFailure()
{
    setFailure(CredentialError::None, QString());
}

bool MemoryCredentialStore::contains(SecretId id) const
{
    QMutexLocker lock(&m_mutex);
    return m_secrets.contains(id);
}

QString MemoryCredentialStore::describe() const
{
    return QCoreApplication::translate("mlc",
                                       "In-memory store (secrets are forgotten when the program exits)");
}

void MemoryCredentialStore::readSecret(SecretId id, QObject* context, Callback callback)
{
    SecretResult result;
    if (!injectedFailure(&result)) {
        QMutexLocker lock(&m_mutex);
        const auto found = m_secrets.constFind(id);
        result =
            found != m_secrets.constEnd()
                ? SecretResult::succeeded(*found)
                : SecretResult::failed(CredentialError::NotFound,
                                       QCoreApplication::translate("mlc", "No %1 has been stored in memory.")
                                           .arg(displayName(id)));
    }
    deliver(context, std::move(callback), result);
}

void MemoryCredentialStore::writeSecret(SecretId id, const QString& value, QObject* context,
                                        Callback callback)
{
    SecretResult result;
    if (!injectedFailure(&result)) {
        QMutexLocker lock(&m_mutex);
        m_secrets.insert(id, value);
        result = SecretResult::succeeded();
    }
    deliver(context, std::move(callback), result);
}

void MemoryCredentialStore::removeSecret(SecretId id, QObject* context, Callback callback)
{
    SecretResult result;
    if (!injectedFailure(&result)) {
        QMutexLocker lock(&m_mutex);
        m_secrets.remove(id);
        result = SecretResult::succeeded();
    }
    deliver(context, std::move(callback), result);
}

void MemoryCredentialStore::probe(QObject* context, Callback callback)
{
    SecretResult result;
    if (!injectedFailure(&result))
        result = SecretResult::succeeded();
    deliver(context, std::move(callback), result);
}

bool MemoryCredentialStore::injectedFailure(SecretResult* failure) const
{
    QMutexLocker lock(&m_mutex);
    if (m_failure == CredentialError::None)
        return false;
    *failure = SecretResult::failed(m_failure, m_failureMessage);
    return true;
}

} // namespace mlc
