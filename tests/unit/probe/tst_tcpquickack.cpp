// TcpQuickAck on real TCP connections on 127.0.0.1: the option is set on a connected socket
// and refused without one, and keepOn() sets it again after each write, when Linux would
// otherwise have gone back to delaying its ACKs (the "pingpong" mode of an interactive
// connection, which getsockopt(TCP_QUICKACK) reads as 0).
#include "probe/tcpquickack.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace {

constexpr int WaitMs = 10000;
// Request and answer rounds: Linux counts replies before it delays ACKs (one or three,
// depending on the version).
constexpr int Rounds = 4;

// 1 when ACKs are sent at once, 0 when they are delayed, -1 on error.
int quickAck(QAbstractSocket &socket)
{
#ifdef TCP_QUICKACK
    int value = -1;
    socklen_t size = sizeof value;
    if (::getsockopt(int(socket.socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &value, &size) != 0)
        return -1;
    return value;
#else
    Q_UNUSED(socket)
    return -1;
#endif
}

// A client connected to `server`, and the server's side of it.
struct Connection
{
    std::unique_ptr<QSslSocket> client = std::make_unique<QSslSocket>();
    QTcpSocket *peer = nullptr;
};

bool connectTo(QTcpServer &server, Connection &connection)
{
    connection.client->connectToHost(QHostAddress::LocalHost, server.serverPort());
    if (!connection.client->waitForConnected(WaitMs) || !server.waitForNewConnection(WaitMs))
        return false;
    connection.peer = server.nextPendingConnection();
    return connection.peer != nullptr;
}

// The peer asks, the client answers at once: what makes Linux delay the client's ACKs.
bool exchange(Connection &connection)
{
    for (int round = 0; round < Rounds; ++round) {
        connection.peer->write("ping");
        if (!connection.peer->waitForBytesWritten(WaitMs))
            return false;
        while (connection.client->bytesAvailable() < 4) {
            if (!connection.client->waitForReadyRead(WaitMs))
                return false;
        }
        connection.client->read(4);
        connection.client->write("pong");
        if (!connection.client->waitForBytesWritten(WaitMs))
            return false;
        while (connection.peer->bytesAvailable() < 4) {
            if (!connection.peer->waitForReadyRead(WaitMs))
                return false;
        }
        connection.peer->read(4);
    }
    return true;
}

} // namespace

class tst_TcpQuickAck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unconnectedSocketIsRefused();
    void connectedSocketTakesTheOption();
    void keepOnSetsItAfterEachWrite();

private:
    QTcpServer m_server;
};

void tst_TcpQuickAck::initTestCase()
{
#ifndef TCP_QUICKACK
    QSKIP("this system has no TCP_QUICKACK: TcpQuickAck does nothing here");
#endif
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

void tst_TcpQuickAck::unconnectedSocketIsRefused()
{
    QSslSocket socket;
    QVERIFY(!TcpQuickAck::set(&socket));
}

void tst_TcpQuickAck::connectedSocketTakesTheOption()
{
    Connection connection;
    QVERIFY(connectTo(m_server, connection));
    QVERIFY(TcpQuickAck::set(connection.client.get()));
    QCOMPARE(quickAck(*connection.client), 1);
}

void tst_TcpQuickAck::keepOnSetsItAfterEachWrite()
{
    // Without keepOn() the same exchange leaves the client delaying its ACKs; when this
    // kernel does not, the comparison below would prove nothing.
    Connection plain;
    QVERIFY(connectTo(m_server, plain));
    QVERIFY(exchange(plain));
    if (quickAck(*plain.client) != 0)
        QSKIP("this kernel did not delay the ACKs of the exchange");

    Connection kept;
    QVERIFY(connectTo(m_server, kept));
    TcpQuickAck::keepOn(kept.client.get());
    QVERIFY(exchange(kept));
    QCOMPARE(quickAck(*kept.client), 1);
}

QTEST_GUILESS_MAIN(tst_TcpQuickAck)
#include "tst_tcpquickack.moc"
