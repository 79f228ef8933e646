#pragma once

#include "secrets/MemoryCredentialStore.h"

#include <QObject>
#include <QTest>

// Puts the secrets a page or session reads into `store` and waits until they are there; an empty value
// leaves that secret out, to play an admin who has not stored it.
inline bool storeSecrets(mlc::MemoryCredentialStore& store, const QString& bcSecret,
                         const QString& mondayToken)
{
    QObject context;
    int pending = 0;
    const auto write = [&](mlc::SecretId id, const QString& value) {
        if (value.isEmpty())
            return;
        ++pending;
        store.write(id, value, &context, [&pending](const mlc::SecretResult&) { --pending; });
    };
    write(mlc::SecretId::BcClientSecret, bcSecret);
    write(mlc::SecretId::MondayToken, mondayToken);
    return QTest::qWaitFor([&pending] { return pending == 0; });
}
