#pragma once

#include "secrets/CredentialStore.h"

#include <QProcessEnvironment>

namespace mlc {

// Headless secrets (contract §3): MLC_BC_CLIENT_SECRET and MLC_MONDAY_TOKEN, or the files named by
// MLC_BC_CLIENT_SECRET_FILE and MLC_MONDAY_TOKEN_FILE (systemd credentials style). The variable wins over
// the file. Read-only: the environment belongs to whoever started the process.
class EnvironmentCredentialStore : public CredentialStore
{
public:
    explicit EnvironmentCredentialStore(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    ~EnvironmentCredentialStore() override;

    static QString variableName(SecretId id);
    static QString fileVariableName(SecretId id);

    // A secret file holds one short line; anything this large was named by mistake (a log, a device).
    static constexpr qint64 kMaximumFileSize = 64 * 1024;

    bool isWritable() const override { return false; }
    QString describe() const override;

protected:
    void readSecret(SecretId id, QObject* context, Callback callback) override;
    void writeSecret(SecretId id, const QString& value, QObject* context, Callback callback) override;
    void removeSecret(SecretId id, QObject* context, Callback callback) override;
    void probe(QObject* context, Callback callback) override;

private:
    SecretResult lookUp(SecretId id) const;
    SecretResult readFile(SecretId id, const QString& path) const;
    SecretResult readOnlyAnswer(SecretId id) const;

    QProcessEnvironment m_environment;
};

} // namespace mlc
