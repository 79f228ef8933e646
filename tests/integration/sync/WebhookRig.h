#pragma once

#include "SyncChecks.h"
#include "sync/SyncLoop.h"
#include "webhook/WebhookService.h"

#include <QSignalSpy>
#include <QTcpServer>

#include <memory>

// A port nobody listens on right now, for a publicUrl that must name it before the listener binds.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Webhooks on, listening on a loopback port that BC's simulator calls directly (no proxy in between).
inline mlc::WebhookSettings loopbackWebhooks(quint16 port)
{
    mlc::WebhookSettings settings;
    settings.enabled = true;
    settings.listenHost = QStringLiteral("127.0.0.1");
    settings.listenPort = port;
    settings.publicUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/bc/notifications").arg(port));
    return settings;
}

inline mlc::SyncPass::Settings unpaced()
{
    mlc::SyncPass::Settings settings;
    settings.writes.mutationsPerMinute = 0;
    return settings;
}

// The engine as `run` wires it with webhooks on: the loop and the webhook service on one fake clock.
struct WebhookRig
{
    explicit WebhookRig(SyncLoopback& loopback, quint16 port = freePort())
        : env(loopback)
    {
        settings = loopbackWebhooks(port);
        mappings = {env.vendorsMapping(), env.invoicesMapping()};
        rebuild();
    }

    // Makes the loop and the service again from `settings` and `mappings`, after a test changed them.
    void rebuild()
    {
        service.reset();
        loop = std::make_unique<mlc::SyncLoop>(*env.database, *env.bc.client, *env.mondayClient, env.bc.clock,
                                               mappings, unpaced());
        service = std::make_unique<mlc::WebhookService>(*env.database, *env.bc.client, env.bc.clock, settings,
                                                        mappings, *loop);
    }

    // Starts both and waits for the first pass and for the subscriptions to settle.
    bool start()
    {
        QSignalSpy passes(loop.get(), &mlc::SyncLoop::passFinished);
        loop->start();
        QString error;
        if (!service->start(&error)) {
            qWarning() << error;
            return false;
        }
        QSignalSpy settled(service->subscriber(),
                           &mlc::WebhookSubscriber::settled); // before any event is run
        return (passes.count() > 0 || passes.wait(60000)) && (settled.count() > 0 || settled.wait(10000));
    }

    mlc::SubscriptionStatus status(mlc::BcEntity entity) const
    {
        for (const mlc::SubscriptionStatus& status : service->statuses()) {
            if (status.entity == entity)
                return status;
        }
        return {};
    }

    SyncLoopback& env;
    mlc::WebhookSettings settings;
    QList<mlc::Mapping> mappings;
    std::unique_ptr<mlc::SyncLoop> loop;
    std::unique_ptr<mlc::WebhookService> service;
};
