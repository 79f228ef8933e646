#include "BothSecrets.h"

#include <QCoreApplication>

namespace mlc::ui {

void readBothSecrets(CredentialStore* store, QObject* context, const BothSecretsUse& use,
                     const MissingSecret& missing)
{
    if (!store) {
        missing(SecretId::BcClientSecret, SecretResult::failed(CredentialError::Unavailable, QString()));
        return;
    }
    store->read(SecretId::BcClientSecret, context, [=](const SecretResult& bc) {
        if (!bc.ok) {
            missing(SecretId::BcClientSecret, bc);
            return;
        }
        store->read(SecretId::MondayToken, context, [=](const SecretResult& monday) {
            if (monday.ok)
                use(bc.value, monday.value);
            else
                missing(SecretId::MondayToken, monday);
        });
    });
}

QString connectAccountsFirst(const SecretResult& result)
{
    const QString connectFirst =
        QCoreApplication::translate("BothSecrets", "Connect both accounts on the Accounts page first.");
    return result.message.isEmpty() ? connectFirst : connectFirst + QLatin1Char(' ') + result.message;
}

} // namespace mlc::ui
