#include "SecretAnswers.h"
#include "common/SecretRedactor.h"
#include "secrets/EnvironmentCredentialStore.h"
#include "secrets/LayeredCredentialStore.h"
#include "secrets/MemoryCredentialStore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

// Lets data-driven tests run the same checks against each kind of store.
Q_DECLARE_METATYPE(std::shared_ptr<mlc::CredentialStore>)

using mlc::CredentialError;
using mlc::CredentialStore;
using mlc::SecretId;
using mlc::SecretResult;
using namespace mlc::test;

namespace {

QProcessEnvironment environmentWith(std::initializer_list<std::pair<const char*, QString>> variables)
{
    QProcessEnvironment environment;
    for (const auto& [name, value] : variables)
        environment.insert(QLatin1String(name), value);
    return environment;
}

bool isRedacted(const QString& secret)
{
    const QString line = QStringLiteral("token=") + secret + QStringLiteral(" end");
    return !mlc::SecretRedactor::instance().redact(line).contains(secret);
}

} // namespace

class tst_CredentialStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write the test file %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init() { mlc::SecretRedactor::instance().clear(); }

    void memoryStoreWritesReadsAndRemoves()
    {
        mlc::MemoryCredentialStore store;
        QCOMPARE(readSecret(store, SecretId::BcClientSecret).error, CredentialError::NotFound);

        QVERIFY(writeSecret(store, SecretId::BcClientSecret, QStringLiteral("bc-secret-1")).ok);
        QVERIFY(store.contains(SecretId::BcClientSecret));
        QVERIFY(!store.contains(SecretId::MondayToken));
        const SecretResult read = readSecret(store, SecretId::BcClientSecret);
        QVERIFY(read.ok);
        QCOMPARE(read.value, QStringLiteral("bc-secret-1"));
        QCOMPARE(readSecret(store, SecretId::MondayToken).error, CredentialError::NotFound);

        QVERIFY(removeSecret(store, SecretId::BcClientSecret).ok);
        QCOMPARE(readSecret(store, SecretId::BcClientSecret).error, CredentialError::NotFound);
        QVERIFY(removeSecret(store, SecretId::BcClientSecret).ok);
        QVERIFY(checkAvailable(store).ok);
    }

    void memoryStorePlaysAFailingKeychain()
    {
        mlc::MemoryCredentialStore store;
        QVERIFY(writeSecret(store, SecretId::MondayToken, QStringLiteral("kept-token")).ok);
        store.setFailure(CredentialError::Unavailable, QStringLiteral("no keychain here"));

        const SecretResult probe = checkAvailable(store);
        QVERIFY(!probe.ok);
        QCOMPARE(probe.error, CredentialError::Unavailable);
        QCOMPARE(probe.message, QStringLiteral("no keychain here"));
        QCOMPARE(readSecret(store, SecretId::MondayToken).error, CredentialError::Unavailable);
        QCOMPARE(writeSecret(store, SecretId::MondayToken, QStringLiteral("other-token")).error,
                 CredentialError::Unavailable);

        store.clearFailure();
        QCOMPARE(readSecret(store, SecretId::MondayToken).value, QStringLiteral("kept-token"));
    }

    void emptySecretsAreNotStored()
    {
        mlc::MemoryCredentialStore store;
        const SecretResult written = writeSecret(store, SecretId::MondayToken, QString());
        QVERIFY(!written.ok);
        QVERIFY(written.message.contains(CredentialStore::displayName(SecretId::MondayToken)));
        QVERIFY(!store.contains(SecretId::MondayToken));
    }

    void environmentStoreReadsTheVariables()
    {
        mlc::EnvironmentCredentialStore store(
            environmentWith({{"MLC_BC_CLIENT_SECRET", QStringLiteral("env-bc")},
                             {"MLC_MONDAY_TOKEN", QStringLiteral("env-monday")}}));
        QCOMPARE(readSecret(store, SecretId::BcClientSecret).value, QStringLiteral("env-bc"));
        QCOMPARE(readSecret(store, SecretId::MondayToken).value, QStringLiteral("env-monday"));
        QVERIFY(checkAvailable(store).ok);
    }

    void environmentStoreReadsFilesWithoutTheTrailingNewline_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newline") << QByteArray("file-secret\n") << QStringLiteral("file-secret");
        QTest::newRow("crlf") << QByteArray("file-secret\r\n") << QStringLiteral("file-secret");
        QTest::newRow("spaces") << QByteArray("file-secret  \n\n") << QStringLiteral("file-secret");
        QTest::newRow("bare") << QByteArray("file-secret") << QStringLiteral("file-secret");
        QTest::newRow("inner space kept") << QByteArray("a b\n") << QStringLiteral("a b");
        QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f-secret\n") << QStringLiteral("grüß-secret");
    }

    void environmentStoreReadsFilesWithoutTheTrailingNewline()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("monday-token"), content);
        mlc::EnvironmentCredentialStore store(environmentWith({{"MLC_MONDAY_TOKEN_FILE", path}}));
        const SecretResult read = readSecret(store, SecretId::MondayToken);
        QVERIFY2(read.ok, qPrintable(read.message));
        QCOMPARE(read.value, expected);
        QCOMPARE(readSecret(store, SecretId::BcClientSecret).error, CredentialError::NotFound);
    }

    void environmentVariableWinsOverItsFile()
    {
        const QString path = writeFile(QStringLiteral("bc-secret"), "from-file\n");
        mlc::EnvironmentCredentialStore store(
            environmentWith({{"MLC_BC_CLIENT_SECRET", QStringLiteral("from-variable")},
                             {"MLC_BC_CLIENT_SECRET_FILE", path}}));
        QCOMPARE(readSecret(store, SecretId::BcClientSecret).value, QStringLiteral("from-variable"));
    }

    void emptyVariableCountsAsUnset()
    {
        const QString path = writeFile(QStringLiteral("bc-secret"), "from-file\n");
        mlc::EnvironmentCredentialStore store(
            environmentWith({{"MLC_BC_CLIENT_SECRET", QString()}, {"MLC_BC_CLIENT_SECRET_FILE", path}}));
        QCOMPARE(readSecret(store, SecretId::BcClientSecret).value, QStringLiteral("from-file"));
    }

    void missingFileIsAnErrorNamingVariableAndPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist"));
        mlc::EnvironmentCredentialStore store(environmentWith({{"MLC_MONDAY_TOKEN_FILE", path}}));
        const SecretResult read = readSecret(store, SecretId::MondayToken);
        QVERIFY(!read.ok);
        QCOMPARE(read.error, CredentialError::Other);
        QVERIFY2(read.message.contains(QLatin1String("MLC_MONDAY_TOKEN_FILE")), qPrintable(read.message));
        QVERIFY2(read.message.contains(path), qPrintable(read.message));
    }

    void emptyFileIsAnError()
    {
        const QString path = writeFile(QStringLiteral("empty"), "\n");
        mlc::EnvironmentCredentialStore store(environmentWith({{"MLC_BC_CLIENT_SECRET_FILE", path}}));
        const SecretResult read = readSecret(store, SecretId::BcClientSecret);
        QCOMPARE(read.error, CredentialError::Other);
        QVERIFY2(read.message.contains(QLatin1String("empty")), qPrintable(read.message));
        QVERIFY2(read.message.contains(path), qPrintable(read.message));
    }

    void oversizedFileIsRefusedWithoutQuotingIt()
    {
        const QByteArray content(mlc::EnvironmentCredentialStore::kMaximumFileSize + 1, 'x');
        const QString path = writeFile(QStringLiteral("huge"), content);
        mlc::EnvironmentCredentialStore store(environmentWith({{"MLC_BC_CLIENT_SECRET_FILE", path}}));
        const SecretResult read = readSecret(store, SecretId::BcClientSecret);
        QCOMPARE(read.error, CredentialError::Other);
        QVERIFY(read.value.isEmpty());
        QVERIFY(!read.message.contains(QLatin1String("xxxx")));
    }

    void nothingSetIsNotFoundNamingBothVariables()
    {
        mlc::EnvironmentCredentialStore store{QProcessEnvironment()};
        const SecretResult read = readSecret(store, SecretId::BcClientSecret);
        QCOMPARE(read.error, CredentialError::NotFound);
        QVERIFY2(read.message.contains(QLatin1String("MLC_BC_CLIENT_SECRET ")) &&
                     read.message.contains(QLatin1String("MLC_BC_CLIENT_SECRET_FILE")),
                 qPrintable(read.message));
    }

    void environmentStoreIsReadOnly()
    {
        mlc::EnvironmentCredentialStore store(
            environmentWith({{"MLC_MONDAY_TOKEN", QStringLiteral("env-token")}}));
        QVERIFY(!store.isWritable());
        const SecretResult written = writeSecret(store, SecretId::MondayToken, QStringLiteral("new-token"));
        QVERIFY(!written.ok);
        QCOMPARE(written.error, CredentialError::ReadOnly);
        QVERIFY2(written.message.contains(QLatin1String("MLC_MONDAY_TOKEN")), qPrintable(written.message));
        QVERIFY(!written.message.contains(QLatin1String("new-token")));
        QCOMPARE(removeSecret(store, SecretId::MondayToken).error, CredentialError::ReadOnly);
        QCOMPARE(readSecret(store, SecretId::MondayToken).value, QStringLiteral("env-token"));
    }

    void systemEnvironmentIsTheDefault()
    {
        qputenv("MLC_MONDAY_TOKEN", "process-env-token");
        mlc::EnvironmentCredentialStore store;
        qunsetenv("MLC_MONDAY_TOKEN");
        QCOMPARE(readSecret(store, SecretId::MondayToken).value, QStringLiteral("process-env-token"));
    }

    void environmentWinsOverTheKeychain()
    {
        auto keychain = std::make_shared<mlc::MemoryCredentialStore>();
        QVERIFY(writeSecret(*keychain, SecretId::BcClientSecret, QStringLiteral("keychain-bc")).ok);
        QVERIFY(writeSecret(*keychain, SecretId::MondayToken, QStringLiteral("keychain-monday")).ok);
        mlc::LayeredCredentialStore layered(std::make_shared<mlc::EnvironmentCredentialStore>(environmentWith(
                                                {{"MLC_BC_CLIENT_SECRET", QStringLiteral("env-bc")}})),
                                            keychain);

        QCOMPARE(readSecret(layered, SecretId::BcClientSecret).value, QStringLiteral("env-bc"));
        QCOMPARE(readSecret(layered, SecretId::MondayToken).value, QStringLiteral("keychain-monday"));
    }

    void brokenEnvironmentIsReportedNotHiddenByTheKeychain()
    {
        auto keychain = std::make_shared<mlc::MemoryCredentialStore>();
        QVERIFY(writeSecret(*keychain, SecretId::MondayToken, QStringLiteral("keychain-monday")).ok);
        const QString path = m_dir.filePath(QStringLiteral("missing-token-file"));
        mlc::LayeredCredentialStore layered(std::make_shared<mlc::EnvironmentCredentialStore>(
                                                environmentWith({{"MLC_MONDAY_TOKEN_FILE", path}})),
                                            keychain);
        const SecretResult read = readSecret(layered, SecretId::MondayToken);
        QVERIFY(!read.ok);
        QVERIFY2(read.message.contains(path), qPrintable(read.message));
    }

    void layeredReportsTheKeychainWhenNeitherHoldsTheSecret()
    {
        auto keychain = std::make_shared<mlc::MemoryCredentialStore>();
        keychain->setFailure(CredentialError::Unavailable, QStringLiteral("keychain missing"));
        mlc::LayeredCredentialStore layered(
            std::make_shared<mlc::EnvironmentCredentialStore>(QProcessEnvironment()), keychain);
        const SecretResult read = readSecret(layered, SecretId::BcClientSecret);
        QCOMPARE(read.error, CredentialError::Unavailable);
        QCOMPARE(read.message, QStringLiteral("keychain missing"));
        QCOMPARE(checkAvailable(layered).error, CredentialError::Unavailable);
    }

    void layeredWritesGoToTheWritableStore()
    {
        auto keychain = std::make_shared<mlc::MemoryCredentialStore>();
        mlc::LayeredCredentialStore layered(std::make_shared<mlc::EnvironmentCredentialStore>(environmentWith(
                                                {{"MLC_MONDAY_TOKEN", QStringLiteral("env-monday")}})),
                                            keychain);
        QVERIFY(layered.isWritable());
        QVERIFY(writeSecret(layered, SecretId::MondayToken, QStringLiteral("saved-monday")).ok);
        QCOMPARE(readSecret(*keychain, SecretId::MondayToken).value, QStringLiteral("saved-monday"));
        // The environment still wins for reading.
        QCOMPARE(readSecret(layered, SecretId::MondayToken).value, QStringLiteral("env-monday"));

        QVERIFY(removeSecret(layered, SecretId::MondayToken).ok);
        QVERIFY(!keychain->contains(SecretId::MondayToken));
        QVERIFY(layered.describe().contains(keychain->describe()));
    }

    void layeredWithoutAWritableStoreExplainsWhy()
    {
        mlc::LayeredCredentialStore layered(
            std::make_shared<mlc::EnvironmentCredentialStore>(QProcessEnvironment()),
            std::make_shared<mlc::EnvironmentCredentialStore>(QProcessEnvironment()));
        QVERIFY(!layered.isWritable());
        const SecretResult written =
            writeSecret(layered, SecretId::BcClientSecret, QStringLiteral("nowhere-to-go"));
        QCOMPARE(written.error, CredentialError::ReadOnly);
        QVERIFY(written.message.contains(QLatin1String("MLC_BC_CLIENT_SECRET")));
    }

    void callbacksNeverRunInsideTheCall_data()
    {
        QTest::addColumn<std::shared_ptr<CredentialStore>>("store");
        auto memory = std::make_shared<mlc::MemoryCredentialStore>();
        auto environment = std::make_shared<mlc::EnvironmentCredentialStore>(QProcessEnvironment());
        QTest::newRow("memory") << std::shared_ptr<CredentialStore>(memory);
        QTest::newRow("environment") << std::shared_ptr<CredentialStore>(environment);
        QTest::newRow("layered") << std::shared_ptr<CredentialStore>(
            std::make_shared<mlc::LayeredCredentialStore>(environment, memory));
    }

    void callbacksNeverRunInsideTheCall()
    {
        QFETCH(std::shared_ptr<CredentialStore>, store);
        int answers = 0;
        const auto count = [&answers](SecretResult) {
            ++answers;
        };
        store->read(SecretId::MondayToken, this, count);
        store->write(SecretId::MondayToken, QStringLiteral("async-token"), this, count);
        store->write(SecretId::MondayToken, QString(), this, count);
        store->remove(SecretId::MondayToken, this, count);
        store->checkAvailable(this, count);
        QCOMPARE(answers, 0);
        QTRY_COMPARE(answers, 5);
    }

    void callbacksAreDroppedWhenTheContextDies_data() { callbacksNeverRunInsideTheCall_data(); }

    void callbacksAreDroppedWhenTheContextDies()
    {
        QFETCH(std::shared_ptr<CredentialStore>, store);
        bool calledAfterDeath = false;
        auto context = std::make_unique<QObject>();
        const auto mustNotRun = [&calledAfterDeath](SecretResult) {
            calledAfterDeath = true;
        };
        store->read(SecretId::BcClientSecret, context.get(), mustNotRun);
        store->write(SecretId::BcClientSecret, QStringLiteral("orphan-secret"), context.get(), mustNotRun);
        store->checkAvailable(context.get(), mustNotRun);
        context.reset();

        // Answers arrive in order, so once a later call has been answered the earlier ones had their chance.
        bool laterAnswered = false;
        store->read(SecretId::BcClientSecret, this, [&laterAnswered](SecretResult) { laterAnswered = true; });
        QTRY_VERIFY(laterAnswered);
        QVERIFY(!calledAfterDeath);
    }

    void callbacksRunOnTheContextsThread()
    {
        mlc::MemoryCredentialStore store;
        QThread worker;
        QObject context;
        context.moveToThread(&worker);
        worker.start();
        QThread* answeredOn = nullptr;
        store.read(SecretId::MondayToken, &context,
                   [&answeredOn](SecretResult) { answeredOn = QThread::currentThread(); });
        QTRY_VERIFY(answeredOn != nullptr);
        QCOMPARE(answeredOn, &worker);
        worker.quit();
        QVERIFY(worker.wait());
    }

    void secretsReadOrWrittenAreRedacted()
    {
        const QString path = writeFile(QStringLiteral("bc-secret"), "file-secret-5678\n");
        mlc::EnvironmentCredentialStore environment(environmentWith(
            {{"MLC_MONDAY_TOKEN", QStringLiteral("env-token-1234")}, {"MLC_BC_CLIENT_SECRET_FILE", path}}));
        mlc::MemoryCredentialStore memory;

        QVERIFY(!isRedacted(QStringLiteral("env-token-1234")));
        QVERIFY(readSecret(environment, SecretId::MondayToken).ok);
        QVERIFY(isRedacted(QStringLiteral("env-token-1234")));

        QVERIFY(!isRedacted(QStringLiteral("file-secret-5678")));
        QVERIFY(readSecret(environment, SecretId::BcClientSecret).ok);
        QVERIFY(isRedacted(QStringLiteral("file-secret-5678")));

        // Registered at once, before any answer, so even a failing write cannot leak the value later.
        memory.setFailure(CredentialError::Other, QStringLiteral("refused"));
        memory.write(SecretId::BcClientSecret, QStringLiteral("written-secret-9012"), this,
                     [](SecretResult) {});
        QVERIFY(isRedacted(QStringLiteral("written-secret-9012")));

        mlc::SecretRedactor::instance().clear();
        mlc::MemoryCredentialStore other;
        QVERIFY(writeSecret(other, SecretId::MondayToken, QStringLiteral("stored-token-3456")).ok);
        mlc::SecretRedactor::instance().clear();
        QVERIFY(readSecret(other, SecretId::MondayToken).ok);
        QVERIFY(isRedacted(QStringLiteral("stored-token-3456")));
    }

    void storesDescribeThemselves()
    {
        QVERIFY(mlc::EnvironmentCredentialStore(QProcessEnvironment())
                    .describe()
                    .contains(QLatin1String("MLC_MONDAY_TOKEN")));
        QVERIFY(!mlc::MemoryCredentialStore().describe().isEmpty());
        QCOMPARE(CredentialStore::allSecretIds().size(), 2);
        QVERIFY(CredentialStore::displayName(SecretId::BcClientSecret) !=
                CredentialStore::displayName(SecretId::MondayToken));
    }
};

QTEST_GUILESS_MAIN(tst_CredentialStores)
#include "tst_credentialstores.moc"
