#pragma once

#include "secrets/CredentialStore.h"

#include <QString>

#include <functional>

class QObject;

namespace mlc::ui {

// Reads the Business Central client secret, then the monday.com token, from `store` without blocking, for
// whatever needs both (the engine's start, a page that talks to both APIs): `use` with both, or `missing`
// with the first that could not be read and why. The second is not asked for when the first failed, so a
// locked keychain prompts once. Neither callback runs once `context` is gone.
using BothSecretsUse = std::function<void(const QString& bcSecret, const QString& mondayToken)>;
using MissingSecret = std::function<void(SecretId id, const SecretResult& result)>;
void readBothSecrets(CredentialStore* store, QObject* context, const BothSecretsUse& use,
                     const MissingSecret& missing);

// What a page says when a secret is missing: connect the accounts first, and the store's reason.
QString connectAccountsFirst(const SecretResult& result);

} // namespace mlc::ui
