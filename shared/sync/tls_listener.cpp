#include "sync/tls_listener.h"

#include <QSslSocket>
#include <QTimer>

namespace oppmote::sync {

TlsListener::TlsListener(QObject *parent) : QTcpServer(parent)
{
    // Never paused by Qt's pending queue: connections are taken in incomingConnection().
    setMaxPendingConnections(std::numeric_limits<int>::max());
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ++m_dropped;
        socket->deleteLater();
        return;
    }
    if (m_handshaking >= m_limits.maxHandshakes) {
        ++m_dropped;
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_handshaking;
    socket->setReadBufferSize(m_limits.handshakeBuffer);
    socket->setSslConfiguration(m_tls);

    // Exactly one of: encrypted (handed on), or closed (deadline, error, disconnect).
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    auto settled = std::make_shared<bool>(false);
    auto drop = [this, socket, settled] {
        if (*settled)
            return;
        *settled = true;
        --m_handshaking;
        ++m_dropped;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    };
    connect(deadline, &QTimer::timeout, this, drop);
    connect(socket, &QAbstractSocket::disconnected, this, drop);
    connect(socket, &QAbstractSocket::errorOccurred, this, drop);
    connect(socket, &QSslSocket::sslErrors, this, drop);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline, settled] {
        if (*settled)
            return;
        *settled = true;
        --m_handshaking;
        deadline->stop();
        deadline->deleteLater();
        socket->disconnect(this);
        socket->setParent(nullptr); // the read-ahead stays until the WebSocket upgrade (HubServer)
        Q_EMIT ready(socket);
    });
    deadline->start(m_limits.handshakeMs);
    socket->startServerEncryption();
}

} // namespace oppmote::sync
