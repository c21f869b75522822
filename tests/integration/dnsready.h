#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QString>
#include <QTcpServer>
#include <QUdpSocket>

// Whether the DNS server at `server`:`port` answers the TXT query for `name` with `text`:
// how the tests' DNS servers (dnsmasq, NSD) show they are up, on any port. A plain UDP
// query written here, so that a fixture does not depend on the resolver under test.
inline bool dnsAnswersTxt(const QHostAddress &server, quint16 port, const QString &name,
                          const QByteArray &text, const QDeadlineTimer &deadline)
{
    const auto id = quint16(QRandomGenerator::global()->bounded(0x10000));
    QByteArray query;
    query.append(char(id >> 8)).append(char(id & 0xff));
    query.append("\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10); // RD; one question
    for (const QString &label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray ascii = label.toLatin1();
        query.append(char(ascii.size())).append(ascii);
    }
    query.append("\x00\x00\x10\x00\x01", 5); // root label, TXT, IN
    QUdpSocket socket;
    if (socket.writeDatagram(query, server, port) != query.size())
        return false;
    while (socket.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))))) {
        while (socket.hasPendingDatagrams()) {
            QByteArray answer(int(socket.pendingDatagramSize()), Qt::Uninitialized);
            socket.readDatagram(answer.data(), answer.size());
            if (answer.size() > 12 && quint8(answer.at(0)) == (id >> 8)
                && quint8(answer.at(1)) == (id & 0xff))
                return answer.contains(text);
        }
    }
    return false;
}

// A port of 127.0.0.1 free for both UDP and TCP now, for a DNS server of a test.
inline quint16 freeDnsPort()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress))
            continue;
        const quint16 port = udp.localPort();
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}
