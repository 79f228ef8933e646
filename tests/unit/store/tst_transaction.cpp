#include "FakeClock.h"
#include "StoreTestSupport.h"
#include "store/Database.h"
#include "store/SettingsStore.h"
#include "store/Transaction.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using mlc::Database;
using mlc::SettingsStore;
using mlc::Transaction;

class tst_Transaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A fresh clock per test, so every test starts at the same time.
        m_clock = std::make_unique<mlc::FakeClock>();
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_database = Database::open(m_dir->path(), QStringLiteral("engine"), *m_clock, &error);
        QVERIFY2(m_database, qPrintable(error));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
        m_clock.reset();
    }

    void committedChangesStay()
    {
        QString error;
        {
            Transaction transaction(*m_database);
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            QVERIFY(transaction.isOpen());
            QVERIFY(m_database->inTransaction());
            QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("a"), "1", &error));
            QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("b"), "2", &error));
            QVERIFY2(transaction.commit(&error), qPrintable(error));
            QVERIFY(!transaction.isOpen());
            QVERIFY(!m_database->inTransaction());
        }
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("settings")), 2);
    }

    void anUncommittedTransactionIsRolledBackWhenItGoesAway()
    {
        QString error;
        QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("kept"), "before", &error));
        {
            Transaction transaction(*m_database);
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("kept"), "changed", &error));
            QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("new"), "x", &error));
        }
        QVERIFY(!m_database->inTransaction());
        QCOMPARE(SettingsStore(*m_database).value(QStringLiteral("kept")),
                 std::optional<QByteArray>("before"));
        QVERIFY(!SettingsStore(*m_database).value(QStringLiteral("new")).has_value());

        // And an explicit rollback leaves the connection ready for the next transaction.
        Transaction again(*m_database);
        QVERIFY2(again.begin(&error), qPrintable(error));
        QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("new"), "x", &error));
        again.rollback();
        QVERIFY(!again.isOpen());
        QVERIFY(!SettingsStore(*m_database).value(QStringLiteral("new")).has_value());
        Transaction third(*m_database);
        QVERIFY2(third.begin(&error), qPrintable(error));
    }

    void nestingIsRefusedAndLeavesTheOuterTransactionIntact()
    {
        QString error;
        Transaction outer(*m_database);
        QVERIFY2(outer.begin(&error), qPrintable(error));
        QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("outer"), "1", &error));
        {
            Transaction inner(*m_database);
            QVERIFY(!inner.begin(&error));
            QVERIFY2(error.startsWith(QStringLiteral("A transaction is already open on the state database "
                                                     "connection %1; transactions cannot be nested.")
                                          .arg(m_database->connectionName())),
                     qPrintable(error));
            QVERIFY(!inner.isOpen());
            QVERIFY(!inner.commit(&error));
        }
        // The refused inner one did not roll back or close the outer one on its way out.
        QVERIFY(m_database->inTransaction());
        QVERIFY(outer.begin(&error) == false);
        QVERIFY2(outer.commit(&error), qPrintable(error));
        QCOMPARE(SettingsStore(*m_database).value(QStringLiteral("outer")), std::optional<QByteArray>("1"));
    }

    void aFullDiskFailsWithTheAdminSentenceAndKeepsNothing()
    {
        QString error;
        QVERIFY2(mlc::test::capFileAtCurrentSize(m_database->connection(), &error), qPrintable(error));
        {
            Transaction transaction(*m_database);
            QVERIFY2(transaction.begin(&error), qPrintable(error));
            QVERIFY(SettingsStore(*m_database).setValue(QStringLiteral("small"), "fits", &error));
            QVERIFY(!SettingsStore(*m_database)
                         .setValue(QStringLiteral("big"), mlc::test::pageFiller().toUtf8(), &error));
            QVERIFY2(
                error.startsWith(QStringLiteral("Cannot save the setting \"big\" in the state database %1: "
                                                "the disk is full.")
                                     .arg(QDir::toNativeSeparators(m_database->filePath()))),
                qPrintable(error));
        }
        QCOMPARE(mlc::test::countOf(m_database->connection(), QStringLiteral("settings")), 0);
    }

    void aReadOnlyDatabaseCannotStartOne()
    {
        QString error;
        auto browser =
            Database::openReadOnly(m_dir->path(), QStringLiteral("audit-browser"), *m_clock, &error);
        QVERIFY2(browser, qPrintable(error));
        Transaction transaction(*browser);
        QVERIFY(!transaction.begin(&error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot start a change in the state database %1: permission "
                                                 "denied or read-only file system.")
                                      .arg(QDir::toNativeSeparators(browser->filePath()))),
                 qPrintable(error));
        QVERIFY(!browser->inTransaction());
    }

private:
    std::unique_ptr<mlc::FakeClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
