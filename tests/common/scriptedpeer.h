#pragma once

#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// For tests: an XMPP server impostor on 127.0.0.1 whose answers a test scripts.
// Answers each chunk it receives with `script`.
class ScriptedPeer final : public QObject
{
public:
    using Script = std::function<void(QTcpSocket *socket, const QByteArray &received)>;

    explicit ScriptedPeer(Script script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray data = socket->readAll();
                m_received += data;
                m_script(socket, data);
            });
        });
    }
    QString address() const { return u"127.0.0.1:"_qs + QString::number(m_server.serverPort()); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    Script m_script;
    QByteArray m_received;
};
