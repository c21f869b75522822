#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

// The DNS server a connection test asks, as an administrator types it: "192.0.2.53",
// "192.0.2.53:5353", "2001:db8::53", "[2001:db8::53]:5353", or nothing (or "system") for
// the system's resolver, that is the name servers of /etc/resolv.conf. A server given
// here is used as a forwarder: the answers are still validated here (DNSSEC).
class NameserverAddress final
{
    Q_DECLARE_TR_FUNCTIONS(NameserverAddress)

public:
    static constexpr quint16 DefaultPort = 53;

    NameserverAddress() = default; // the system's resolver
    explicit NameserverAddress(const QHostAddress &address, quint16 port = DefaultPort);

    // Parses `text`; on failure returns the system's resolver and sets `error` (when given)
    // to a translated message naming what is wrong. `ok` (when given) says which it was.
    static NameserverAddress parse(const QString &text, QString *error = nullptr,
                                   bool *ok = nullptr);

    bool isSystem() const { return m_address.isNull(); }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // As typed back: "192.0.2.53", "192.0.2.53:5353", "[2001:db8::53]:5353"; the port only
    // when it is not 53; empty for the system's resolver.
    QString toString() const;
    // libunbound's forwarder syntax: "192.0.2.53@5353".
    QString forwarderText() const;

    bool operator==(const NameserverAddress &other) const = default;

private:
    QHostAddress m_address;
    quint16 m_port = DefaultPort;
};
