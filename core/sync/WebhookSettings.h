#pragma once

#include <QString>
#include <QUrl>

namespace mlc {

// Business Central change notifications. Business Central calls publicUrl (a reverse proxy or tunnel in
// front of the listener); the listener binds listenHost:listenPort and serves publicUrl's path.
struct WebhookSettings
{
    static QString defaultListenHost() { return QStringLiteral("127.0.0.1"); }
    static constexpr quint16 kDefaultListenPort = 8787;
    static constexpr int kDefaultSafetySweepSeconds = 3600;
    static constexpr int kMinSafetySweepSeconds = 60;
    static constexpr int kMaxSafetySweepSeconds = 86400;

    // Off unless said otherwise: enabling webhooks opens a listening port, which should never happen by
    // accident.
    bool enabled = false;
    QString listenHost = defaultListenHost();
    quint16 listenPort = kDefaultListenPort;
    QUrl publicUrl;         // empty: not set (required when enabled)
    QString tlsCertificate; // PEM file; empty with tlsKey empty: the listener speaks plain HTTP
    QString tlsKey;
    // While BC pushes a mapping's changes, it is polled only this often, as a safety net.
    int safetySweepSeconds = kDefaultSafetySweepSeconds;

    // "host:port", with IPv6 hosts in brackets ("[::1]:8787"), as written in the profile.
    QString listen() const;
};

inline bool operator==(const WebhookSettings& a, const WebhookSettings& b)
{
    return a.enabled == b.enabled && a.listenHost == b.listenHost && a.listenPort == b.listenPort &&
           a.publicUrl == b.publicUrl && a.tlsCertificate == b.tlsCertificate && a.tlsKey == b.tlsKey &&
           a.safetySweepSeconds == b.safetySweepSeconds;
}

inline bool operator!=(const WebhookSettings& a, const WebhookSettings& b)
{
    return !(a == b);
}

} // namespace mlc
