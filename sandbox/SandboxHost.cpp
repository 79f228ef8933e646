#include "SandboxHost.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QMetaEnum>

namespace mlc::sandbox {

SandboxHost::SandboxHost(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
{
    // Lets tests and the demo see that the host answers before any simulator route exists.
    m_server.route(QStringLiteral("/health"), [this] {
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("service"), m_name}, {QStringLiteral("ok"), true}});
    });
}

bool SandboxHost::listen(quint16 port, QString* error)
{
    const quint16 bound = m_server.listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        if (error) {
            *error = tr("The %1 simulator cannot listen on 127.0.0.1:%2 (is the port in use?).")
                         .arg(m_name)
                         .arg(port);
        }
        return false;
    }
    m_port = bound;
    return true;
}

QString SandboxHost::methodName(const QHttpServerRequest& request)
{
    const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

QUrl SandboxHost::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

} // namespace mlc::sandbox
