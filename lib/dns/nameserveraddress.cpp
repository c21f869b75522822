#include "dns/nameserveraddress.h"

NameserverAddress::NameserverAddress(const QHostAddress &address, quint16 port)
    : m_address(address)
    , m_port(address.isNull() ? DefaultPort : port)
{ }

NameserverAddress NameserverAddress::parse(const QString &text, QString *error, bool *ok)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        if (ok)
            *ok = false;
        return NameserverAddress();
    };
    if (ok)
        *ok = true;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"system"_qs, Qt::CaseInsensitive) == 0)
        return {};

    QString host = trimmed;
    QString portText;
    if (trimmed.startsWith(u'[')) {
        const qsizetype close = trimmed.indexOf(u']');
        if (close < 0)
            return fail(tr("“%1” opens a bracket “[” that is not closed.").arg(trimmed));
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(tr("“%1” has “%2” after the bracketed address; write "
                               "[address]:port.")
                                .arg(trimmed, rest));
            portText = rest.mid(1);
            if (portText.isEmpty())
                return fail(tr("“%1” has a colon but no port after it.").arg(trimmed));
        }
    } else if (trimmed.count(u':') == 1) {
        host = trimmed.section(u':', 0, 0);
        portText = trimmed.section(u':', 1);
        if (portText.isEmpty())
            return fail(tr("“%1” has a colon but no port after it.").arg(trimmed));
    }
    // An IPv6 address with a port needs brackets: "2001:db8::53:5353" is an address.
    const QHostAddress address(host);
    if (address.isNull() || host.contains(u'%'))
        return fail(tr("“%1” is not an IP address: write an IPv4 or IPv6 address, "
                       "optionally with a port (192.0.2.53:5353, [2001:db8::53]:5353).")
                        .arg(host));
    quint16 port = DefaultPort;
    if (!portText.isEmpty()) {
        bool numeric = false;
        const uint value = portText.toUInt(&numeric);
        if (!numeric || value == 0 || value > 65535)
            return fail(tr("The port “%1” is not a number from 1 to 65535.").arg(portText));
        port = quint16(value);
    }
    return NameserverAddress(address, port);
}

QString NameserverAddress::toString() const
{
    if (isSystem())
        return {};
    const QString host = m_address.toString();
    if (m_port == DefaultPort)
        return host;
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + host + u"]:"_qs + QString::number(m_port);
    return host + u':' + QString::number(m_port);
}

QString NameserverAddress::forwarderText() const
{
    if (isSystem())
        return {};
    return m_address.toString() + u'@' + QString::number(m_port);
}
