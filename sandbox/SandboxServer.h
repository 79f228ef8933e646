#pragma once

#include "SandboxHost.h"
#include "bc/BcApiSimulator.h"
#include "bc/BcControlApi.h"
#include "bc/BcLiveChanges.h"
#include "bc/EntraTokenSimulator.h"
#include "monday/MondaySimulator.h"
#include "sync/Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>

namespace mlc {
class Clock;
}

namespace mlc::sandbox {

// Everything ml-connector-sandbox runs on one loopback host: Business Central (Entra's token endpoint, the
// API and its /_sandbox/bc control routes) and monday.com (/v2 with the demo boards), and what a connector
// needs to reach them: URLs, the demo credentials and a ready profile that maps BC to the demo boards.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 8710;

    struct Options
    {
        quint16 port = kDefaultPort; // Business Central's host; 0: any free port
        quint32 seed = BcApiSimulator::kDefaultSeed;
        int tokenLifetimeSeconds = 3599;
        std::chrono::seconds liveInterval{0}; // 0: the data changes only through the control API
        // Non-zero: the profile enables webhooks with the connector listening on this loopback port.
        quint16 webhookPort = 0;
        // How long BC waits after a change before notifying (BC's own is 30 s).
        std::chrono::seconds webhookDelay{30};
    };

    // The demo app registration; the secret is the sandbox's own and fake, printed for the user to export.
    static QString tenant() { return QStringLiteral("sandbox.onmicrosoft.com"); }
    static QString environment() { return QStringLiteral("Sandbox"); }
    static QString clientId() { return QStringLiteral("5a1db0c5-0d3e-4c1a-9b7e-6d2f8e4a3c10"); }
    static QString clientSecret() { return QStringLiteral("mlc-sandbox-demo-secret-not-for-production"); }
    static QString secretVariable() { return QStringLiteral("MLC_BC_CLIENT_SECRET"); }
    static QString mondayTokenVariable() { return QStringLiteral("MLC_MONDAY_TOKEN"); }

    SandboxServer(Clock& clock, const Options& options, QObject* parent = nullptr);

    // Returns false with a sentence for the user when a port cannot be bound.
    bool start(QString* error);

    // A profile whose businessCentral section points at this sandbox, ready for `profile validate`.
    Profile profile() const;
    // The URLs, ids, credentials and profile as one JSON object (--json).
    QJsonObject startupInfo() const;
    // The same for a person reading a terminal.
    QString startupText() const;

    BcApiSimulator& bcApi() { return m_bcApi; }
    MondaySimulator& monday() { return m_monday; }

Q_SIGNALS:
    // One short line per request and per live change, for --verbose.
    void activity(const QString& line);

private:
    QString companyName() const;
    void matchDemoItemsToSeed(const QDateTime& now);

    Options m_options;
    SandboxHost m_bcHost;
    EntraTokenSimulator m_entra;
    BcApiSimulator m_bcApi;
    BcControlApi m_bcControl;
    BcLiveChanges m_live;
    MondaySimulator m_monday;
};

} // namespace mlc::sandbox
