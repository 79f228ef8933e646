#include "SecretAnswers.h"
#include "secrets/EnvironmentCredentialStore.h"
#include "secrets/KeychainCredentialStore.h"
#include "secrets/LayeredCredentialStore.h"

#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

using mlc::CredentialError;
using mlc::SecretId;
using namespace mlc::test;

// Runs with DBUS_SESSION_BUS_ADDRESS pointing at nothing (see CMakeLists.txt): the situation of a server
// without a desktop session, where the keychain must be reported missing in words an admin can act on.
class tst_KeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    mlc::KeychainCredentialStore m_store{QStringLiteral("-unavailable-test-") +
                                         QUuid::createUuid().toString(QUuid::WithoutBraces)};

    static void verifyNamesTheEnvironment(const mlc::SecretResult& result)
    {
        QVERIFY2(!result.ok, "the keychain answered although no D-Bus session bus is reachable");
        QCOMPARE(result.error, CredentialError::Unavailable);
        QVERIFY2(result.message.contains(QLatin1String("MLC_BC_CLIENT_SECRET")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("MLC_MONDAY_TOKEN")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("_FILE")), qPrintable(result.message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A real bus here would mean this test stores entries in a real keychain: refuse rather than do that.
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/bus"));
    }

    void probeReportsTheKeychainMissing()
    {
        const mlc::SecretResult result = checkAvailable(m_store);
        qInfo() << "probe:" << result.message;
        verifyNamesTheEnvironment(result);
    }

    void readReportsTheKeychainMissing()
    {
        const mlc::SecretResult result = readSecret(m_store, SecretId::MondayToken);
        qInfo() << "read:" << result.message;
        verifyNamesTheEnvironment(result);
    }

    void writeReportsTheKeychainMissing()
    {
        const mlc::SecretResult result =
            writeSecret(m_store, SecretId::BcClientSecret, QStringLiteral("never-stored-anywhere"));
        qInfo() << "write:" << result.message;
        verifyNamesTheEnvironment(result);
    }

    void removeReportsTheKeychainMissing()
    {
        const mlc::SecretResult result = removeSecret(m_store, SecretId::BcClientSecret);
        qInfo() << "remove:" << result.message;
        verifyNamesTheEnvironment(result);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainUnavailable)
#include "tst_keychain_unavailable.moc"
