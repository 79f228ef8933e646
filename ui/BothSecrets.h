#pragma once

#include <QString>

#include <functional>

class QObject;

namespace mlc {
class CredentialStore;
}

namespace mlc::ui {

// Reads the Business Central client secret and the monday.com token from `store`, without blocking, for a
// page that talks to both APIs: `use` with both, or `fail` with a sentence that says what is missing.
// Neither runs once `context` is gone.
void readBothSecrets(CredentialStore* store, QObject* context,
                     const std::function<void(const QString& bcSecret, const QString& mondayToken)>& use,
                     const std::function<void(const QString& problem)>& fail);

} // namespace mlc::ui
