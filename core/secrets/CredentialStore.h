#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace mlc {

// The secrets of contract §3. They never appear in the profile, the database, logs or the audit trail.
enum class SecretId
{
    BcClientSecret,
    MondayToken,
};

enum class CredentialError
{
    None,
    NotFound,     // the store works but holds no such secret
    Unavailable,  // no keychain backend answered (no D-Bus session, no Secret Service, no KWallet)
    AccessDenied, // the keychain is locked or the user refused access
    ReadOnly,     // the store cannot be written (secrets from the environment)
    Other,
};

struct SecretResult
{
    bool ok = false;
    QString value; // the secret; empty unless a read succeeded. Never log it.
    CredentialError error = CredentialError::None;
    QString message; // a sentence for the user; never contains a secret value

    static SecretResult succeeded(const QString& value = QString());
    static SecretResult failed(CredentialError error, const QString& message);
};

// Where the connector's secrets live. Every call answers asynchronously, so the GUI thread never waits on a
// keychain prompt or a slow D-Bus service: the callback runs later on `context`'s thread, never inside the
// call, and never once `context` has been destroyed.
//
// The public calls are not virtual so that every store registers each secret it reads or writes with
// SecretRedactor: a value that slips into an error message or a server's echo is still masked in the logs.
class CredentialStore
{
public:
    using Callback = std::function<void(SecretResult)>;

    CredentialStore() = default;
    CredentialStore(const CredentialStore&) = delete;
    CredentialStore& operator=(const CredentialStore&) = delete;
    virtual ~CredentialStore();

    void read(SecretId id, QObject* context, Callback callback);
    void write(SecretId id, const QString& value, QObject* context, Callback callback);
    // Removing a secret that is not stored succeeds: the caller wanted it gone and it is.
    void remove(SecretId id, QObject* context, Callback callback);
    // A probe that changes nothing: ok when the store can be used, otherwise why not.
    void checkAvailable(QObject* context, Callback callback);

    virtual bool isWritable() const = 0;
    // Names the store for the status bar and the Accounts page, e.g. "System keychain (service
    // ml-connector)".
    virtual QString describe() const = 0;

    static QList<SecretId> allSecretIds();
    // "Business Central client secret", "monday.com API token": for messages.
    static QString displayName(SecretId id);

protected:
    virtual void readSecret(SecretId id, QObject* context, Callback callback) = 0;
    virtual void writeSecret(SecretId id, const QString& value, QObject* context, Callback callback) = 0;
    virtual void removeSecret(SecretId id, QObject* context, Callback callback) = 0;
    virtual void probe(QObject* context, Callback callback) = 0;

    // Queues `callback(result)` on `context`'s event loop; dropped if `context` dies first.
    static void deliver(QObject* context, Callback callback, SecretResult result);
};

} // namespace mlc
