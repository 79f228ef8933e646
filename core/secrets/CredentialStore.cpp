#include "CredentialStore.h"

#include "common/SecretRedactor.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <utility>

namespace mlc {

SecretResult SecretResult::succeeded(const QString& value)
{
    SecretResult result;
    result.ok = true;
    result.value = value;
    return result;
}

SecretResult SecretResult::failed(CredentialError error, const QString& message)
{
    SecretResult result;
    result.error = error;
    result.message = message;
    return result;
}

CredentialStore::~CredentialStore() = default;

void CredentialStore::read(SecretId id, QObject* context, Callback callback)
{
    readSecret(id, context, std::move(callback));
}

void CredentialStore::write(SecretId id, const QString& value, QObject* context, Callback callback)
{
    SecretRedactor::instance().add(value);
    if (value.isEmpty()) {
        // An empty secret would only fail later with a confusing authentication error.
        deliver(
            context, std::move(callback),
            SecretResult::failed(CredentialError::Other,
                                 QCoreApplication::translate("mlc", "The %1 is empty, so it was not stored.")
                                     .arg(displayName(id))));
        return;
    }
    writeSecret(id, value, context, std::move(callback));
}

void CredentialStore::remove(SecretId id, QObject* context, Callback callback)
{
    removeSecret(id, context, std::move(callback));
}

void CredentialStore::checkAvailable(QObject* context, Callback callback)
{
    probe(context, std::move(callback));
}

QList<SecretId> CredentialStore::allSecretIds()
{
    return {SecretId::BcClientSecret, SecretId::MondayToken};
}

QString CredentialStore::displayName(SecretId id)
{
    switch (id) {
    case SecretId::BcClientSecret:
        return QCoreApplication::translate("mlc", "Business Central client secret");
    case SecretId::MondayToken:
        return QCoreApplication::translate("mlc", "monday.com API token");
    }
    return QString();
}

void CredentialStore::deliver(QObject* context, Callback callback, SecretResult result)
{
    Q_ASSERT(context);
    if (!context)
        return;
    if (result.ok)
        SecretRedactor::instance().add(result.value);
    // A posted call dies with its receiver, which is what keeps callbacks away from destroyed contexts.
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result = std::move(result)] { callback(result); },
        Qt::QueuedConnection);
}

} // namespace mlc
