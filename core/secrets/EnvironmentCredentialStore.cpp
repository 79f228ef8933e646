#include "EnvironmentCredentialStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcSecretsEnvironment, "mlc.secrets.environment")

namespace mlc {

namespace {

QString withoutTrailingWhitespace(QString text)
{
    // `echo secret > file` and editors add a newline that is not part of the secret.
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    text.truncate(end);
    return text;
}

} // namespace

EnvironmentCredentialStore::EnvironmentCredentialStore(const QProcessEnvironment& environment)
    : m_environment(environment)
{}

EnvironmentCredentialStore::~EnvironmentCredentialStore() = default;

QString EnvironmentCredentialStore::variableName(SecretId id)
{
    switch (id) {
    case SecretId::BcClientSecret:
        return QStringLiteral("MLC_BC_CLIENT_SECRET");
    case SecretId::MondayToken:
        return QStringLiteral("MLC_MONDAY_TOKEN");
    }
    return QString();
}

QString EnvironmentCredentialStore::fileVariableName(SecretId id)
{
    return variableName(id) + QStringLiteral("_FILE");
}

QString EnvironmentCredentialStore::describe() const
{
    return QCoreApplication::translate("mlc", "Environment (%1, %2 or the files named by %3, %4)")
        .arg(variableName(SecretId::BcClientSecret), variableName(SecretId::MondayToken),
             fileVariableName(SecretId::BcClientSecret), fileVariableName(SecretId::MondayToken));
}

void EnvironmentCredentialStore::readSecret(SecretId id, QObject* context, Callback callback)
{
    deliver(context, std::move(callback), lookUp(id));
}

void EnvironmentCredentialStore::writeSecret(SecretId id, const QString&, QObject* context, Callback callback)
{
    deliver(context, std::move(callback), readOnlyAnswer(id));
}

void EnvironmentCredentialStore::removeSecret(SecretId id, QObject* context, Callback callback)
{
    deliver(context, std::move(callback), readOnlyAnswer(id));
}

void EnvironmentCredentialStore::probe(QObject* context, Callback callback)
{
    // The environment is always there to be read; whether it holds the secrets is read()'s answer.
    deliver(context, std::move(callback), SecretResult::succeeded());
}

SecretResult EnvironmentCredentialStore::lookUp(SecretId id) const
{
    // An empty variable counts as unset: service managers and shells often define variables they never fill.
    const QString value = m_environment.value(variableName(id));
    if (!value.isEmpty())
        return SecretResult::succeeded(value);
    const QString path = m_environment.value(fileVariableName(id));
    if (!path.isEmpty())
        return readFile(id, path);
    return SecretResult::failed(CredentialError::NotFound,
                                QCoreApplication::translate("mlc", "Neither %1 nor %2 is set.")
                                    .arg(variableName(id), fileVariableName(id)));
}

SecretResult EnvironmentCredentialStore::readFile(SecretId id, const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCDebug(lcSecretsEnvironment) << "cannot open" << path << file.errorString();
        const CredentialError error = file.error() == QFileDevice::PermissionsError
                                          ? CredentialError::AccessDenied
                                          : CredentialError::Other;
        return SecretResult::failed(
            error, QCoreApplication::translate("mlc", "%1 names the file \"%2\", which cannot be read: %3.")
                       .arg(fileVariableName(id), path, file.errorString()));
    }
    const QByteArray content = file.read(kMaximumFileSize + 1);
    if (content.size() > kMaximumFileSize) {
        return SecretResult::failed(
            CredentialError::Other,
            QCoreApplication::translate(
                "mlc", "%1 names the file \"%2\", which is larger than %3 KiB. The file should "
                       "hold only the %4.")
                .arg(fileVariableName(id), path)
                .arg(kMaximumFileSize / 1024)
                .arg(displayName(id)));
    }
    const QString secret = withoutTrailingWhitespace(QString::fromUtf8(content));
    if (secret.isEmpty()) {
        return SecretResult::failed(
            CredentialError::Other,
            QCoreApplication::translate("mlc",
                                        "%1 names the file \"%2\", which is empty. It should hold the %3.")
                .arg(fileVariableName(id), path, displayName(id)));
    }
    return SecretResult::succeeded(secret);
}

SecretResult EnvironmentCredentialStore::readOnlyAnswer(SecretId id) const
{
    return SecretResult::failed(
        CredentialError::ReadOnly,
        QCoreApplication::translate(
            "mlc", "The %1 for headless use is read from the environment (%2, or the file "
                   "named by %3), which the connector cannot change. Set the variable or edit "
                   "the file, then restart the connector.")
            .arg(displayName(id), variableName(id), fileVariableName(id)));
}

} // namespace mlc
