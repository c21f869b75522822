#pragma once

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>

// dnsmasq (Debian dnsmasq-base) serving a test's SRV and address records on 127.0.0.1, on a
// free port (address() and port() say where; the connection test asks it as a forwarder,
// NameserverAddress "127.0.0.1:PORT"), so no root is needed. With usePort53(), on port 53 of
// a loopback address instead, for programs that read /etc/resolv.conf (Prosody, in a test's
// private namespace): 127.0.0.53 is tried first; when something else holds it, the next free
// one of 127.53.0.1 to 127.53.0.16. Port 53 needs root.
//
// It answers only what the test configured: any other name gets NXDOMAIN (not REFUSED,
// which a real resolver would not say), and nothing is forwarded anywhere. It serves no
// DNSSEC records, as many resolvers: answers through it cannot be validated.
// Add the records, then start(); the destructor always stops it.
class DnsServer final
{
public:
    DnsServer();
    ~DnsServer();
    Q_DISABLE_COPY_MOVE(DnsServer)

    // `name` is the whole owner name, e.g. "_xmpp-server._tcp.example.test".
    void addSrvRecord(const QString &name, const QString &target, quint16 port,
                      quint16 priority = 0, quint16 weight = 0);
    // The single "." target: the service is decidedly not available (RFC 2782).
    void addNoServiceRecord(const QString &name);
    // An A or AAAA record for exactly `name`. As --host-record, not --address: the name
    // then exists, so the other address family gets an empty answer (NODATA), and names
    // below it do not resolve.
    void addAddress(const QString &name, const QHostAddress &address);
    // Any other dnsmasq option, e.g. "--cname=alias.test,target.test".
    void addOption(const QString &option);
    // Listen on port 53 (see above); before start().
    void usePort53() { m_port53 = true; }

    // Starts dnsmasq and waits until it answers a query. On failure errorString() says
    // why, with dnsmasq's output.
    bool start(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    bool stop(std::chrono::milliseconds termTimeout = std::chrono::seconds(5));

    bool isRunning() const { return m_process.isRunning(); }
    qint64 processId() const { return m_process.processId(); }
    QString errorString() const { return m_error; }
    QHostAddress address() const { return m_address; } // null until started
    quint16 port() const { return m_port; } // 0 until started
    QString output() const { return m_process.outputTail(200); } // dnsmasq's log

    static QList<QHostAddress> candidateAddresses();

private:
    enum class Attempt { Started, AddressTaken, Failed };
    Attempt startOn(const QString &program, const QHostAddress &address, quint16 port,
                    const QDeadlineTimer &deadline);
    bool fail(const QString &message);

    QStringList m_records;
    QTemporaryDir m_folder;
    ChildProcess m_process;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_port53 = false;
    QString m_readyName;
    QString m_readyText;
    QString m_error;
};
