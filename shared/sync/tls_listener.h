#pragma once
// The hub's TCP listener: it takes every connection off the kernel's queue at
// once and runs the TLS handshake with a deadline, so half-open, idle, slow
// or dropped connections can never fill the listen backlog and stop the hub
// accepting (QWebSocketServer's own secure mode left a burst of 30 plain TCP
// connections stuck in its pending queue for good). A socket that completed
// the handshake is handed on with ready(); the WebSocket upgrade happens in
// QWebSocketServer::handleConnection.

#include <QSslConfiguration>
#include <QTcpServer>

class QSslSocket;

namespace oppmote::sync {

class TlsListener : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits {
        int handshakeMs = 5000; // a connection that has not finished TLS by then is closed
        int maxHandshakes = 256; // connections in the handshake at once; more are closed at once
        qint64 handshakeBuffer = 16 * 1024; // bytes read ahead per connection during the handshake
    };

    explicit TlsListener(QObject *parent = nullptr);
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    int handshaking() const { return m_handshaking; }
    qint64 dropped() const { return m_dropped; } // closed before or during the handshake

Q_SIGNALS:
    void ready(QSslSocket *socket); // encrypted; the receiver takes ownership

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_tls;
    Limits m_limits;
    int m_handshaking = 0;
    qint64 m_dropped = 0;
};

} // namespace oppmote::sync
