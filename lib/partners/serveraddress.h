#pragma once

#include <QCoreApplication>
#include <QString>

// A server to connect to: a host name or IP address with an optional port, as typed in
// a partner's proxy FQDN ("xmpp.fabrikam.com", "xmpp.fabrikam.com:5270", "[::1]:5269").
// The port is this tool's extension of the cmdlet's -ProxyFqdn.
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr quint16 DefaultServerPort = 5269; // RFC 6120 §3.2.2

    ServerAddress() = default;
    ServerAddress(QString host, quint16 port);

    // Parses `text`; on failure returns an invalid address and sets `error` to a
    // translated message naming the rule broken.
    static ServerAddress parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return !m_host.isEmpty(); }
    QString host() const { return m_host; }
    // 0 when the text named no port.
    quint16 port() const { return m_port; }
    quint16 portOr(quint16 fallback) const { return m_port ? m_port : fallback; }
    QString toString() const;

    bool operator==(const ServerAddress &other) const = default;

private:
    QString m_host;
    quint16 m_port = 0;
};
