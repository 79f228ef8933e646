#include "SecretAnswers.h"
#include "common/SecretRedactor.h"
#include "secrets/EnvironmentCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "secrets/LayeredCredentialStore.h"

#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <memory>

using mlc::CredentialError;
using mlc::SecretId;
using mlc::SecretResult;
using namespace mlc::test;

// Runs against the real system keychain: CMakeLists.txt starts it under scripts/with-test-keyring.sh, a
// private D-Bus session with a throwaway, unlocked GNOME keyring. Every run uses keys of its own and removes
// them again.
class tst_Keychain : public QObject
{
    Q_OBJECT

private:
    static QString uniqueSuffix()
    {
        return QStringLiteral("-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    static QString uniqueSecret()
    {
        return QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    std::shared_ptr<mlc::KeychainCredentialStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        mlc::KeychainCredentialStore store(uniqueSuffix());
        const SecretResult probe = checkAvailable(store);
        QVERIFY2(
            probe.ok,
            qPrintable(
                QStringLiteral("%1 Run this test through scripts/with-test-keyring.sh.").arg(probe.message)));
    }

    void init() { m_store = std::make_shared<mlc::KeychainCredentialStore>(uniqueSuffix()); }

    void cleanup()
    {
        for (const SecretId id : mlc::CredentialStore::allSecretIds())
            removeSecret(*m_store, id);
    }

    void storesReadsBackAndRemovesASecret()
    {
        const QString secret = uniqueSecret();
        const SecretResult written = writeSecret(*m_store, SecretId::BcClientSecret, secret);
        QVERIFY2(written.ok, qPrintable(written.message));

        const SecretResult read = readSecret(*m_store, SecretId::BcClientSecret);
        QVERIFY2(read.ok, qPrintable(read.message));
        QCOMPARE(read.value, secret);

        const SecretResult removed = removeSecret(*m_store, SecretId::BcClientSecret);
        QVERIFY2(removed.ok, qPrintable(removed.message));

        const SecretResult gone = readSecret(*m_store, SecretId::BcClientSecret);
        QVERIFY(!gone.ok);
        QCOMPARE(gone.error, CredentialError::NotFound);
        QVERIFY2(gone.message.contains(mlc::CredentialStore::displayName(SecretId::BcClientSecret)),
                 qPrintable(gone.message));
        QVERIFY(gone.value.isEmpty());
    }

    void overwritingReplacesTheSecret()
    {
        const QString first = uniqueSecret();
        const QString second = uniqueSecret();
        QVERIFY(writeSecret(*m_store, SecretId::MondayToken, first).ok);
        QVERIFY(writeSecret(*m_store, SecretId::MondayToken, second).ok);
        QCOMPARE(readSecret(*m_store, SecretId::MondayToken).value, second);
    }

    void eachSecretHasItsOwnEntry()
    {
        const QString token = uniqueSecret();
        QVERIFY(writeSecret(*m_store, SecretId::MondayToken, token).ok);
        QCOMPARE(readSecret(*m_store, SecretId::BcClientSecret).error, CredentialError::NotFound);
        QCOMPARE(readSecret(*m_store, SecretId::MondayToken).value, token);
    }

    void keepsNonAsciiSecretsIntact()
    {
        const QString secret = QStringLiteral("Zürich~ß€-") + uniqueSecret();
        QVERIFY(writeSecret(*m_store, SecretId::BcClientSecret, secret).ok);
        QCOMPARE(readSecret(*m_store, SecretId::BcClientSecret).value, secret);
    }

    void removingAnAbsentSecretSucceeds()
    {
        const SecretResult removed = removeSecret(*m_store, SecretId::MondayToken);
        QVERIFY2(removed.ok, qPrintable(removed.message));
    }

    void secretsReadFromTheKeychainAreRedacted()
    {
        const QString secret = uniqueSecret();
        QVERIFY(writeSecret(*m_store, SecretId::BcClientSecret, secret).ok);
        mlc::SecretRedactor::instance().clear();
        QCOMPARE(readSecret(*m_store, SecretId::BcClientSecret).value, secret);
        QVERIFY(!mlc::SecretRedactor::instance().redact(secret).contains(secret));
    }

    void keychainAnswersWhenTheEnvironmentHoldsNothing()
    {
        const QString secret = uniqueSecret();
        QVERIFY(writeSecret(*m_store, SecretId::MondayToken, secret).ok);
        mlc::LayeredCredentialStore layered(
            std::make_shared<mlc::EnvironmentCredentialStore>(QProcessEnvironment()), m_store);
        QCOMPARE(readSecret(layered, SecretId::MondayToken).value, secret);

        const QString replacement = uniqueSecret();
        QVERIFY(writeSecret(layered, SecretId::MondayToken, replacement).ok);
        QCOMPARE(readSecret(*m_store, SecretId::MondayToken).value, replacement);
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
