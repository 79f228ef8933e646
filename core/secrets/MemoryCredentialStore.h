#pragma once

#include "secrets/CredentialStore.h"

#include <QHash>
#include <QMutex>

namespace mlc {

// Keeps secrets in this process only: for tests and the sandbox demo, where nothing may reach a real
// keychain.
class MemoryCredentialStore : public CredentialStore
{
public:
    MemoryCredentialStore();
    ~MemoryCredentialStore() override;

    // Every call answers with this failure until clearFailure(): lets tests play a locked or missing
    // keychain.
    void setFailure(CredentialError error, const QString& message);
    void clearFailure();

    bool contains(SecretId id) const;

    bool isWritable() const override { return true; }
    QString describe() const override;

protected:
    void readSecret(SecretId id, QObject* context, Callback callback) override;
    void writeSecret(SecretId id, const QString& value, QObject* context, Callback callback) override;
    void removeSecret(SecretId id, QObject* context, Callback callback) override;
    void probe(QObject* context, Callback callback) override;

private:
    bool injectedFailure(SecretResult* failure) const;

    mutable QMutex m_mutex; // the engine thread and the GUI thread may share one store
    QHash<SecretId, QString> m_secrets;
    CredentialError m_failure = CredentialError::None;
    QString m_failureMessage;
};

} // namespace mlc
