#include "partners/serveraddress.h"

#include "partners/domainname.h"

#include <QHostAddress>

namespace {

// An IP address: hex digits, dots and colons, then for IPv6 an optional scope ("%eth0").
// QHostAddress::setAddress() alone would stop reading at a NUL ("1\0junk" passing as
// 0.0.0.1) and take any scope, "]" included, which toString() cannot write back.
bool isAddress(const QString &text, QHostAddress *address)
{
    const qsizetype percent = text.indexOf(u'%');
    const QStringView digits = QStringView(text).left(percent < 0 ? text.size() : percent);
    const QStringView scope = percent < 0 ? QStringView() : QStringView(text).mid(percent + 1);
    const auto isDigitOrLetter = [](QChar c, char lastLetter) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= QChar::fromLatin1(lastLetter))
            || (c >= u'A' && c <= QChar::fromLatin1(lastLetter).toUpper());
    };
    for (const QChar c : digits) {
        if (!isDigitOrLetter(c, 'f') && c != u'.' && c != u':')
            return false;
    }
    for (const QChar c : scope) {
        if (!isDigitOrLetter(c, 'z') && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return address->setAddress(text);
}

} // namespace

ServerAddress::ServerAddress(QString host, quint16 port)
    : m_host(std::move(host))
    , m_port(port)
{ }

ServerAddress ServerAddress::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return ServerAddress();
    };
    if (text.isEmpty())
        return fail(tr("The server address is empty."));

    QString host = text;
    QString portText;
    if (text.startsWith(u'[')) {
        // [IPv6]:port
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return fail(tr("“%1” opens “[” without closing it.").arg(text));
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return fail(tr("“%1” has text after “]” that is not a port.").arg(text));
            portText = rest.mid(1);
        }
        if (QHostAddress address;
            !isAddress(host, &address) || address.protocol() != QAbstractSocket::IPv6Protocol) {
            return fail(tr("“%1” is not an IPv6 address.").arg(host));
        }
    } else if (text.count(u':') == 1) {
        const qsizetype colon = text.indexOf(u':');
        host = text.left(colon);
        portText = text.mid(colon + 1);
    } else if (text.count(u':') > 1) {
        if (QHostAddress address; isAddress(text, &address))
            return ServerAddress(text, 0);
        return fail(tr("“%1” is not a valid address. Write an IPv6 address with a port as "
                       "[address]:port.")
                        .arg(text));
    }

    quint16 port = 0;
    if (!portText.isNull()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return fail(tr("“%1” is not a port number between 1 and 65535.").arg(portText));
        port = static_cast<quint16>(value);
    }

    if (QHostAddress address; isAddress(host, &address))
        return ServerAddress(host, port);

    const DomainName::Check check = DomainName::check(host, DomainName::Kind::HostName);
    if (!check.isValid())
        return fail(check.message);
    return ServerAddress(check.normalized, port);
}

QString ServerAddress::toString() const
{
    const bool ipv6 = m_host.contains(u':');
    const QString host = ipv6 ? u'[' + m_host + u']' : m_host;
    return m_port ? host + u':' + QString::number(m_port) : host;
}
