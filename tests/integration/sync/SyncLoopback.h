#pragma once

#include "BcLoopback.h"
#include "bc/BcEntityCatalogue.h"
#include "bc/BcEnumCodec.h"
#include "monday/MondayClient.h"
#include "monday/MondaySimulator.h"
#include "store/Database.h"
#include "sync/Mapping.h"
#include "sync/Profile.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// Both simulators on one FakeClock, the connector's clients for them and a fresh data folder: what the
// engine's end-to-end tests run against. The boards are made here, empty, so that "one item per record"
// can be counted exactly.
struct SyncLoopback
{
    SyncLoopback()
        : mondayHost(QStringLiteral("monday.com"))
        , monday(mondayHost, bc.clock)
    {
        QString error;
        // The engine's pacing has its own tests; here the writes go unpaced, on a clock that stands still.
        monday.limits().mutationsPerMinutePerBoard = 0;
        listening = bc.isListening() && mondayHost.listen(0, &error);
        mlc::MondayClient::Settings settings;
        settings.apiUrl = monday.endpoint();
        settings.apiVersion = QStringLiteral("2026-07");
        mondayClient = std::make_unique<mlc::MondayClient>(&network, bc.clock, settings);
        mondayClient->setToken(mlc::sandbox::MondaySimulator::demoToken());
        database = mlc::Database::open(dataDir.path(), QStringLiteral("engine"), bc.clock, &error);
        vendorsBoard = addVendorsBoard();
        invoicesBoard = addInvoicesBoard(vendorsBoard);
    }

    QString addVendorsBoard()
    {
        using mlc::sandbox::MondayColumn;
        return monday.store().addBoard(
            QStringLiteral("Vendors (sync test)"),
            {MondayColumn{QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("name"), {}},
             MondayColumn{QStringLiteral("bc_id"), QStringLiteral("BC id"), QStringLiteral("text"), {}},
             MondayColumn{
                 QStringLiteral("vendor_no"), QStringLiteral("Vendor no."), QStringLiteral("text"), {}},
             MondayColumn{QStringLiteral("email"), QStringLiteral("Email"), QStringLiteral("email"), {}},
             MondayColumn{
                 QStringLiteral("balance"), QStringLiteral("Balance"), QStringLiteral("numbers"), {}}},
            {{QStringLiteral("topics"), QStringLiteral("Vendors"), QStringLiteral("#579bfc")}});
    }

    QString addInvoicesBoard(const QString& linkedBoard)
    {
        using mlc::sandbox::MondayColumn;
        return monday.store().addBoard(
            QStringLiteral("Purchase invoices (sync test)"),
            {MondayColumn{QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("name"), {}},
             MondayColumn{QStringLiteral("bc_id"), QStringLiteral("BC id"), QStringLiteral("text"), {}},
             MondayColumn{
                 QStringLiteral("invoice_no"), QStringLiteral("Invoice no."), QStringLiteral("text"), {}},
             MondayColumn{QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("numbers"), {}},
             MondayColumn{QStringLiteral("due"), QStringLiteral("Due"), QStringLiteral("date"), {}},
             MondayColumn{QStringLiteral("status"), QStringLiteral("Status"), QStringLiteral("status"),
                          statusSettings()},
             MondayColumn{QStringLiteral("vendor"), QStringLiteral("Vendor"),
                          QStringLiteral("board_relation"),
                          QJsonObject{{QStringLiteral("boardIds"), QJsonArray{linkedBoard.toLongLong()}}}}},
            {{QStringLiteral("topics"), QStringLiteral("Invoices"), QStringLiteral("#579bfc")}});
    }

    // The invoices board's status settings: one label per member of BC's invoice status, spelled as people
    // read it; without `missing` when given.
    static QJsonObject statusSettings(const QString& missing = QString())
    {
        QJsonObject labels;
        int index = 0;
        for (const mlc::BcEnumMember& member :
             mlc::BcEntityCatalogue::field(mlc::BcEntity::PurchaseInvoices, QStringLiteral("status"))
                 ->members) {
            if (member.displayText != missing)
                labels.insert(QString::number(index), member.displayText);
            ++index;
        }
        return {{QStringLiteral("labels"), labels}};
    }

    // The status most seeded invoices have, as the board's label spells it, and how many have it.
    QPair<QString, int> commonestStatus() const
    {
        QHash<QString, int> counts;
        for (const QJsonObject& invoice : bcRecords(mlc::BcEntity::PurchaseInvoices))
            ++counts[invoice.value(QStringLiteral("status")).toString()];
        QString commonest;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (commonest.isEmpty() || it.value() > counts.value(commonest))
                commonest = it.key();
        }
        return {mlc::BcEnumCodec::displayText(mlc::BcEntity::PurchaseInvoices, QStringLiteral("status"),
                                              commonest),
                counts.value(commonest)};
    }

    mlc::Mapping vendorsMapping() const
    {
        mlc::Mapping mapping;
        mapping.entity = mlc::BcEntity::Vendors;
        mapping.boardId = vendorsBoard;
        mapping.itemName = QStringLiteral("displayName");
        mapping.bcIdColumn = QStringLiteral("bc_id");
        mapping.columns = {{QStringLiteral("number"), QStringLiteral("vendor_no"), {}, std::nullopt},
                           {QStringLiteral("email"), QStringLiteral("email"), {}, std::nullopt},
                           {QStringLiteral("balance"), QStringLiteral("balance"), {}, std::nullopt}};
        return mapping;
    }

    mlc::Mapping invoicesMapping() const
    {
        mlc::Mapping mapping;
        mapping.entity = mlc::BcEntity::PurchaseInvoices;
        mapping.boardId = invoicesBoard;
        mapping.itemName = QStringLiteral("number");
        mapping.bcIdColumn = QStringLiteral("bc_id");
        mapping.columns = {
            {QStringLiteral("number"), QStringLiteral("invoice_no"), {}, std::nullopt},
            {QStringLiteral("totalAmountIncludingTax"), QStringLiteral("amount"), {}, std::nullopt},
            {QStringLiteral("dueDate"), QStringLiteral("due"), {}, std::nullopt},
            {QStringLiteral("status"), QStringLiteral("status"), {}, std::nullopt},
            {QStringLiteral("vendorId"), QStringLiteral("vendor"), {}, mlc::BcEntity::Vendors},
        };
        return mapping;
    }

    // A profile for both simulators that maps invoices and vendors onto the test's boards, unpaced.
    mlc::Profile profile() const
    {
        mlc::Profile profile;
        profile.businessCentral.tenantId = BcLoopback::kTenant;
        profile.businessCentral.environment = BcLoopback::kEnvironment;
        profile.businessCentral.companyId = bc.companyId();
        profile.businessCentral.clientId = BcLoopback::kClientId;
        profile.businessCentral.authorityUrl = bc.host.baseUrl();
        profile.businessCentral.apiBaseUrl = bc.host.baseUrl();
        profile.monday.apiUrl = monday.endpoint();
        profile.monday.mutationsPerMinute = mlc::MondaySettings::kMaxMutationsPerMinute;
        profile.mappings = {invoicesMapping(), vendorsMapping()};
        return profile;
    }

    // What an ml-connector-cli process of a test runs with: none of the developer's secrets or keychain
    // session, and unless `withSecrets` is false the simulators' secret and token.
    static QProcessEnvironment cliEnvironment(bool withSecrets = true)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"MLC_BC_CLIENT_SECRET", "MLC_BC_CLIENT_SECRET_FILE", "MLC_MONDAY_TOKEN",
                                 "MLC_MONDAY_TOKEN_FILE", "DBUS_SESSION_BUS_ADDRESS"})
            environment.remove(QString::fromLatin1(name));
        if (withSecrets) {
            environment.insert(QStringLiteral("MLC_BC_CLIENT_SECRET"), BcLoopback::kClientSecret);
            environment.insert(QStringLiteral("MLC_MONDAY_TOKEN"),
                               mlc::sandbox::MondaySimulator::demoToken());
        }
        return environment;
    }

    // Mutation requests that reached monday, by root field.
    int mutations(const QString& rootField) const
    {
        int count = 0;
        for (const mlc::sandbox::MondayRequestRecord& record : monday.requests())
            count += record.rootFields.contains(rootField) ? 1 : 0;
        return count;
    }

    // Requests that read a board's items page by page (a BoardAdoption or reconciliation scan).
    int boardScans() const
    {
        int count = 0;
        for (const mlc::sandbox::MondayRequestRecord& record : monday.requests())
            count += record.query.contains(QStringLiteral("items_page(")) ? 1 : 0;
        return count;
    }

    const QList<QJsonObject>& bcRecords(mlc::BcEntity entity) const
    {
        return *bc.api.data().records(bc.companyId(), entity);
    }

    BcLoopback bc;
    mlc::sandbox::SandboxHost mondayHost;
    mlc::sandbox::MondaySimulator monday;
    QNetworkAccessManager network;
    std::unique_ptr<mlc::MondayClient> mondayClient;
    QTemporaryDir dataDir;
    std::unique_ptr<mlc::Database> database;
    QString vendorsBoard;
    QString invoicesBoard;
    bool listening = false;
};
