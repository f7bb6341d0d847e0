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
    explicit TlsListener(QObject *parent = nullptr);
    void setTls(const QSslConfiguration &tls) { m_tls = tls; }

Q_SIGNALS:
    void ready(QSslSocket *socket); // encrypted; the receiver takes ownership

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_tls;
    int m_handshaking = 0; // connections in the TLS handshake now
};

} // namespace oppmote::sync
