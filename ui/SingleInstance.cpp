#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace mlc::ui {

namespace {

constexpr int kWaitMs = 1000; // a local socket answers at once; a hung instance is treated as none
const QByteArray kRaise = QByteArrayLiteral("raise\n");

} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
{
    // Per user and folder: the hash keeps the name short and free of path characters.
    const QByteArray folder = QDir(dataDir).absolutePath().toUtf8();
    m_name = QStringLiteral("ml-connector-%1-%2")
                 .arg(qEnvironmentVariable("USER", QStringLiteral("user")),
                      QString::fromLatin1(
                          QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16)));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::askRunningInstanceToRaise()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kWaitMs))
        return false;
    socket.write(kRaise);
    return socket.waitForBytesWritten(kWaitMs);
}

bool SingleInstance::listen(QString* error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket file left by a crashed instance would block the name; nobody answered on it, so it is stale.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        *error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(kRaise))
                    Q_EMIT raiseRequested();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace mlc::ui
