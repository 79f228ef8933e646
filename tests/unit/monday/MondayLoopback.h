#pragma once

#include "FakeClock.h"
#include "SandboxHost.h"
#include "monday/MondayClient.h"
#include "monday/MondaySimulator.h"

#include <QNetworkAccessManager>

#include <memory>

// The connector's monday client talking over real HTTP on loopback to a simulated monday account, both on
// one FakeClock: what the board reader and write queue tests stand on.
struct MondayLoopback
{
    explicit MondayLoopback(std::chrono::milliseconds transferTimeout = std::chrono::seconds(10))
        : host(QStringLiteral("monday.com"))
        , simulator(host, clock)
    {
        QString error;
        listening = host.listen(0, &error);
        mlc::MondayClient::Settings settings;
        settings.apiUrl = simulator.endpoint(); // known once the host listens
        settings.apiVersion = QStringLiteral("2026-07");
        settings.transferTimeout = transferTimeout;
        client = std::make_unique<mlc::MondayClient>(&network, clock, settings);
        client->setToken(mlc::sandbox::MondaySimulator::demoToken());
    }

    // Requests that reached the simulator for the named root field ("create_item", "next_items_page").
    int requestsFor(const QString& rootField) const
    {
        int count = 0;
        for (const mlc::sandbox::MondayRequestRecord& record : simulator.requests())
            count += record.rootFields.contains(rootField) ? 1 : 0;
        return count;
    }

    mlc::FakeClock clock;
    mlc::sandbox::SandboxHost host;
    mlc::sandbox::MondaySimulator simulator;
    QNetworkAccessManager network;
    std::unique_ptr<mlc::MondayClient> client;
    bool listening = false;
};
