#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#include <utility>

Q_LOGGING_CATEGORY(lcSecretsKeychain, "mlc.secrets.keychain")

namespace mlc {

namespace {

enum class Operation
{
    Read,
    Write,
    Remove,
    Probe,
};

const char* operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    case Operation::Probe:
        return "probe";
    }
    return "";
}

CredentialError classify(QKeychain::Error error, Operation operation)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialError::None;
    case QKeychain::EntryNotFound:
        return CredentialError::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError::Unavailable;
    default:
        break;
    }
    // The probe reads an entry that does not exist, so any other failure means the keychain cannot be used.
    // (Through libsecret and KWallet a missing bus or service arrives as OtherError with a GIO or D-Bus text,
    // which GLib translates, so the text itself is no reliable sign.)
    return operation == Operation::Probe ? CredentialError::Unavailable : CredentialError::Other;
}

QString failureMessage(CredentialError error, SecretId id, Operation operation, const QString& detail)
{
    const QString secret = CredentialStore::displayName(id);
    switch (error) {
    case CredentialError::Unavailable:
        return KeychainCredentialStore::unavailableMessage(detail);
    case CredentialError::AccessDenied:
        return QCoreApplication::translate("mlc",
                                           "The system keychain refused access (%1). Unlock the keychain or "
                                           "allow ml-connector to use it, then try again.")
            .arg(detail);
    case CredentialError::NotFound:
        return QCoreApplication::translate("mlc", "The system keychain holds no %1.").arg(secret);
    default:
        break;
    }
    switch (operation) {
    case Operation::Write:
        return QCoreApplication::translate("mlc", "The system keychain could not store the %1: %2.")
            .arg(secret, detail);
    case Operation::Remove:
        return QCoreApplication::translate("mlc", "The system keychain could not remove the %1: %2.")
            .arg(secret, detail);
    default:
        return QCoreApplication::translate("mlc", "The system keychain could not read the %1: %2.")
            .arg(secret, detail);
    }
}

template <typename JobType>
JobType* createJob(const QString& key)
{
    auto* job = new JobType(KeychainCredentialStore::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

SecretResult outcomeOf(const QKeychain::Job& job, SecretId id, Operation operation)
{
    const CredentialError error = classify(job.error(), operation);
    if (error == CredentialError::None) {
        const auto* reading = qobject_cast<const QKeychain::ReadPasswordJob*>(&job);
        return SecretResult::succeeded(reading && operation == Operation::Read ? reading->textData()
                                                                               : QString());
    }
    if (error != CredentialError::NotFound) {
        qCDebug(lcSecretsKeychain).nospace()
            << operationName(operation) << " of key " << job.key() << " failed: QtKeychain error "
            << int(job.error()) << ", " << job.errorString();
    }
    // Removing what is not there leaves the keychain as the caller wants it; a probe that finds nothing
    // works.
    if (error == CredentialError::NotFound &&
        (operation == Operation::Remove || operation == Operation::Probe))
        return SecretResult::succeeded();
    return SecretResult::failed(error, failureMessage(error, id, operation, job.errorString()));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString& keySuffix)
    : m_keySuffix(keySuffix)
{}

KeychainCredentialStore::~KeychainCredentialStore() = default;

QString KeychainCredentialStore::serviceName()
{
    return QStringLiteral("ml-connector");
}

QString KeychainCredentialStore::key(SecretId id) const
{
    switch (id) {
    case SecretId::BcClientSecret:
        return QStringLiteral("bc-client-secret") + m_keySuffix;
    case SecretId::MondayToken:
        return QStringLiteral("monday-token") + m_keySuffix;
    }
    return QString();
}

QString KeychainCredentialStore::describe() const
{
    return QCoreApplication::translate("mlc", "System keychain (service %1)").arg(serviceName());
}

QString KeychainCredentialStore::unavailableMessage(const QString& detail)
{
    return QCoreApplication::translate(
               "mlc",
               "No system keychain is available (Secret Service / KWallet did not answer: %1). For headless "
               "use, set MLC_BC_CLIENT_SECRET and MLC_MONDAY_TOKEN, or MLC_BC_CLIENT_SECRET_FILE and "
               "MLC_MONDAY_TOKEN_FILE naming files that hold them.")
        .arg(detail);
}

void KeychainCredentialStore::readSecret(SecretId id, QObject* context, Callback callback)
{
    run(createJob<QKeychain::ReadPasswordJob>(key(id)), context, std::move(callback),
        [id](const QKeychain::Job& job) { return outcomeOf(job, id, Operation::Read); });
}

void KeychainCredentialStore::writeSecret(SecretId id, const QString& value, QObject* context,
                                          Callback callback)
{
    auto* job = createJob<QKeychain::WritePasswordJob>(key(id));
    job->setTextData(value);
    run(job, context, std::move(callback),
        [id](const QKeychain::Job& finished) { return outcomeOf(finished, id, Operation::Write); });
}

void KeychainCredentialStore::removeSecret(SecretId id, QObject* context, Callback callback)
{
    run(createJob<QKeychain::DeletePasswordJob>(key(id)), context, std::move(callback),
        [id](const QKeychain::Job& job) { return outcomeOf(job, id, Operation::Remove); });
}

void KeychainCredentialStore::probe(QObject* context, Callback callback)
{
    QKeychain::Job* job = createProbeJob(probeKey());
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [context, callback = std::move(callback)](QKeychain::Job* finished) {
            deliver(context, callback, outcomeOf(*finished, SecretId::BcClientSecret, Operation::Probe));
        },
        Qt::DirectConnection);
    job->start();
}

QString KeychainCredentialStore::probeKey() const
{
    return QStringLiteral("availability-probe") + m_keySuffix;
}

QKeychain::Job* KeychainCredentialStore::createProbeJob(const QString& probeKey)
{
    return createJob<QKeychain::ReadPasswordJob>(probeKey);
}

void KeychainCredentialStore::run(QKeychain::Job* job, QObject* context, Callback callback,
                                  Outcome outcome) const
{
    // Connected to `context` so that a context destroyed meanwhile drops the answer; direct, because the job
    // is deleted right after finished() and deliver() makes the hop to the context's thread. Nothing refers
    // to the store, which may be gone by the time the keychain answers.
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [probeKey = probeKey(), context, callback = std::move(callback),
         outcome = std::move(outcome)](QKeychain::Job* finished) {
            SecretResult result = outcome(*finished);
            if (result.error == CredentialError::Other)
                explainFailure(std::move(result), finished->errorString(), probeKey, context, callback);
            else
                deliver(context, callback, std::move(result));
        },
        Qt::DirectConnection);
    job->start();
}

void KeychainCredentialStore::explainFailure(SecretResult failure, const QString& detail,
                                             const QString& probeKey, QObject* context, Callback callback)
{
    // An unexplained failure may be a keychain that is not there at all, which deserves the message naming
    // the environment variables. The probe tells the two apart without relying on the wording of the error.
    QKeychain::Job* job = createProbeJob(probeKey);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [context, detail, failure = std::move(failure),
         callback = std::move(callback)](QKeychain::Job* probe) {
            const bool backendMissing = outcomeOf(*probe, SecretId::BcClientSecret, Operation::Probe).error ==
                                        CredentialError::Unavailable;
            deliver(context, callback,
                    backendMissing
                        ? SecretResult::failed(CredentialError::Unavailable, unavailableMessage(detail))
                        : failure);
        },
        Qt::DirectConnection);
    job->start();
}

} // namespace mlc
