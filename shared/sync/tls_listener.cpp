#include "sync/tls_listener.h"

#include <QSslSocket>
#include <QTimer>

namespace oppmote::sync {

namespace {
constexpr int kHandshakeMs = 5000; // a connection that has not finished TLS by then is closed
constexpr int kMaxHandshakes = 256; // connections in the handshake at once; more are closed at once
constexpr qint64 kReadAhead = 16 * 1024; // bytes buffered per connection until the WebSocket upgrade
} // namespace

TlsListener::TlsListener(QObject *parent) : QTcpServer(parent)
{
    // Never paused by Qt's pending queue: connections are taken in incomingConnection().
    setMaxPendingConnections(std::numeric_limits<int>::max());
}

void TlsListener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    if (m_handshaking >= kMaxHandshakes) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_handshaking;
    socket->setReadBufferSize(kReadAhead);
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
    deadline->start(kHandshakeMs);
    socket->startServerEncryption();
}

} // namespace oppmote::sync
