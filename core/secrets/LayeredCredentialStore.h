#pragma once

#include "secrets/CredentialStore.h"

#include <memory>

namespace mlc {

// "The environment wins" (contract §3): reads ask the preferred store first and fall through to the fallback
// only when the preferred one holds no such secret. Any other failure of the preferred store (a secret file
// that cannot be read) is reported rather than hidden behind whatever the keychain happens to hold. Writes
// and removals go to the first writable store.
class LayeredCredentialStore : public CredentialStore
{
public:
    LayeredCredentialStore(std::shared_ptr<CredentialStore> preferred,
                           std::shared_ptr<CredentialStore> fallback);
    ~LayeredCredentialStore() override;

    // What the programs use: the environment first, then the system keychain.
    static std::unique_ptr<LayeredCredentialStore> environmentThenKeychain();

    bool isWritable() const override;
    QString describe() const override;

protected:
    void readSecret(SecretId id, QObject* context, Callback callback) override;
    void writeSecret(SecretId id, const QString& value, QObject* context, Callback callback) override;
    void removeSecret(SecretId id, QObject* context, Callback callback) override;
    // Probes the store secrets would be saved to: that is the one the user needs to hear about.
    void probe(QObject* context, Callback callback) override;

private:
    // The preferred store when nothing is writable, so its read-only answer explains why.
    CredentialStore& writeTarget() const;

    std::shared_ptr<CredentialStore> m_preferred;
    std::shared_ptr<CredentialStore> m_fallback;
};

} // namespace mlc
