#pragma once

#include "FakeClock.h"
#include "SandboxHost.h"
#include "bc/BcApiClient.h"
#include "bc/BcApiSimulator.h"
#include "bc/EntraTokenSimulator.h"
#include "bc/EntraTokenSource.h"

#include <QNetworkAccessManager>

#include <memory>

// A Business Central environment on loopback and the connector's client for it, as the engine wires them:
// Entra's token endpoint and the BC API on one sandbox host, the API accepting only tokens that Entra
// issued, everything timed by one FakeClock.
class BcLoopback
{
public:
    static const QString kTenant;
    static const QString kEnvironment;
    static const QString kClientId;
    static const QString kClientSecret;

    struct Options
    {
        quint32 seed = mlc::sandbox::BcApiSimulator::kDefaultSeed;
        QString clientSecret = kClientSecret; // what the connector sends
        std::chrono::milliseconds transferTimeout{30 * 1000};
    };

    BcLoopback();
    explicit BcLoopback(const Options& options);

    bool isListening() const { return m_listening; }
    QString companyId() const { return api.firstCompanyId(); }
    // A fresh client with the given settings changed; the first one, client, is made with the defaults.
    std::unique_ptr<mlc::BcApiClient> makeClient(const mlc::BcApiClient::Settings& settings);
    mlc::BcApiClient::Settings clientSettings() const;

    mlc::FakeClock clock;
    mlc::sandbox::SandboxHost host;
    mlc::sandbox::EntraTokenSimulator entra;
    mlc::sandbox::BcApiSimulator api;
    QNetworkAccessManager network;
    std::unique_ptr<mlc::EntraTokenSource> tokens;
    std::unique_ptr<mlc::BcApiClient> client;

private:
    Options m_options;
    bool m_listening = false;
};
