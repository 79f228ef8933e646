#pragma once

#include "secrets/CredentialStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

namespace mlc {

// The system keychain through QtKeychain: Secret Service (GNOME Keyring, KeePassXC, ...) or KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows. Never QtKeychain's plaintext fallback: a secret that
// cannot go into a keychain is refused, not written to a settings file.
//
// Use it from one thread, the GUI thread, and hand secrets to the engine as values: QtKeychain runs every job
// of the process through one executor that is not thread-safe. Jobs run one at a time, so a keychain waiting
// for the user to unlock it holds back the calls behind it (the GUI never blocks; it just hears later).
class KeychainCredentialStore : public CredentialStore
{
public:
    // `keySuffix` is appended to every key, so tests work on entries of their own and never on the real ones.
    explicit KeychainCredentialStore(const QString& keySuffix = QString());
    ~KeychainCredentialStore() override;

    static QString serviceName();
    QString key(SecretId id) const;

    bool isWritable() const override { return true; }
    QString describe() const override;

    // The answer for a keychain that is missing altogether, naming the environment variables that replace it.
    static QString unavailableMessage(const QString& detail);

protected:
    void readSecret(SecretId id, QObject* context, Callback callback) override;
    void writeSecret(SecretId id, const QString& value, QObject* context, Callback callback) override;
    void removeSecret(SecretId id, QObject* context, Callback callback) override;
    // Reads an entry that is never written: "not found" proves the backend answers, and nothing changes.
    void probe(QObject* context, Callback callback) override;

private:
    using Outcome = std::function<SecretResult(const QKeychain::Job&)>;
    void run(QKeychain::Job* job, QObject* context, Callback callback, Outcome outcome) const;
    static void explainFailure(SecretResult failure, const QString& detail, const QString& probeKey,
                               QObject* context, Callback callback);
    QString probeKey() const;
    static QKeychain::Job* createProbeJob(const QString& probeKey);

    QString m_keySuffix;
};

} // namespace mlc
