#include "BothSecrets.h"

#include "secrets/CredentialStore.h"

#include <QCoreApplication>

namespace mlc::ui {

void readBothSecrets(CredentialStore* store, QObject* context,
                     const std::function<void(const QString&, const QString&)>& use,
                     const std::function<void(const QString&)>& fail)
{
    const QString connectFirst =
        QCoreApplication::translate("BothSecrets", "Connect both accounts on the Accounts page first.");
    if (!store) {
        fail(connectFirst);
        return;
    }
    store->read(SecretId::BcClientSecret, context, [=](const SecretResult& bc) {
        store->read(SecretId::MondayToken, context, [=](const SecretResult& monday) {
            if (bc.ok && monday.ok)
                use(bc.value, monday.value);
            else
                fail(connectFirst + QLatin1Char(' ') + (bc.ok ? monday.message : bc.message));
        });
    });
}

} // namespace mlc::ui
