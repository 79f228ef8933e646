#pragma once

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QObject>
#include <QUrl>

namespace mlc::sandbox {

// One simulated service: an HTTP server bound to loopback only (never another interface), on a port the
// system picks unless one is asked for. Simulators add their routes to server().
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(const QString& name, QObject* parent = nullptr);

    // Returns false with a readable reason when the port is taken or cannot be bound.
    bool listen(quint16 port, QString* error);
    QUrl baseUrl() const;
    QString name() const { return m_name; }
    QHttpServer& server() { return m_server; }

    // "GET", "POST", ... for logs and error messages.
    static QString methodName(const QHttpServerRequest& request);

private:
    QString m_name;
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace mlc::sandbox
