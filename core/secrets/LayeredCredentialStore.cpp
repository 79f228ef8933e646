#include "LayeredCredentialStore.h"

#include "secrets/EnvironmentCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"

#include <QCoreApplication>

#include <utility>

namespace mlc {

LayeredCredentialStore::LayeredCredentialStore(std::shared_ptr<CredentialStore> preferred,
                                               std::shared_ptr<CredentialStore> fallback)
    : m_preferred(std::move(preferred))
    , m_fallback(std::move(fallback))
{
    Q_ASSERT(m_preferred && m_fallback);
}

LayeredCredentialStore::~LayeredCredentialStore() = default;

std::unique_ptr<LayeredCredentialStore> LayeredCredentialStore::environmentThenKeychain()
{
    return std::make_unique<LayeredCredentialStore>(std::make_shared<EnvironmentCredentialStore>(),
                                                    std::make_shared<KeychainCredentialStore>());
}

bool LayeredCredentialStore::isWritable() const
{
    return m_preferred->isWritable() || m_fallback->isWritable();
}

QString LayeredCredentialStore::describe() const
{
    return QCoreApplication::translate("mlc", "%1, then %2")
        .arg(m_preferred->describe(), m_fallback->describe());
}

void LayeredCredentialStore::readSecret(SecretId id, QObject* context, Callback callback)
{
    // The fallback is held by the pending call, so a store destroyed meanwhile cannot leave it dangling.
    std::shared_ptr<CredentialStore> fallback = m_fallback;
    m_preferred->read(
        id, context,
        [id, context, fallback = std::move(fallback), callback = std::move(callback)](SecretResult result) {
            if (result.error == CredentialError::NotFound)
                fallback->read(id, context, callback);
            else
                callback(std::move(result));
        });
}

void LayeredCredentialStore::writeSecret(SecretId id, const QString& value, QObject* context,
                                         Callback callback)
{
    writeTarget().write(id, value, context, std::move(callback));
}

void LayeredCredentialStore::removeSecret(SecretId id, QObject* context, Callback callback)
{
    writeTarget().remove(id, context, std::move(callback));
}

void LayeredCredentialStore::probe(QObject* context, Callback callback)
{
    writeTarget().checkAvailable(context, std::move(callback));
}

CredentialStore& LayeredCredentialStore::writeTarget() const
{
    if (m_preferred->isWritable() || !m_fallback->isWritable())
        return *m_preferred;
    return *m_fallback;
}

} // namespace mlc
