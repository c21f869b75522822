#include "probe/tcpquickack.h"

#include <QSslSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

void TcpQuickAck::keepOn(QSslSocket *socket)
{
    // Emitted once the bytes are in the kernel: before STARTTLS (bytesWritten), then for
    // the handshake and everything encrypted (encryptedBytesWritten).
    QObject::connect(socket, &QSslSocket::bytesWritten, socket, [socket] { set(socket); });
    QObject::connect(socket, &QSslSocket::encryptedBytesWritten, socket, [socket] { set(socket); });
}

bool TcpQuickAck::set(QSslSocket *socket)
{
#ifdef TCP_QUICKACK
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0)
        return false;
    const int on = 1;
    return ::setsockopt(int(descriptor), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on) == 0;
#else
    Q_UNUSED(socket)
    return false;
#endif
}
