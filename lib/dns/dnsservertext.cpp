#include "dns/dnsservertext.h"

#include <QFile>
#include <QStringList>

namespace {

// The name servers of /etc/resolv.conf, which the system's resolver asks.
QStringList systemNameservers()
{
    QStringList servers;
    QFile file(QStringLiteral("/etc/resolv.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return servers;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() >= 2 && words.first() == "nameserver")
            servers.append(QString::fromLatin1(words.at(1)));
    }
    return servers;
}

} // namespace

LocalizedText DnsServerText::of(const DnsSettings &settings)
{
    if (settings.validateFromRoot)
        return trLater("the root servers (validation from the root)");
    if (!settings.nameserver.isSystem())
        return trLater("the DNS server %1").arg(settings.nameserver.toString());
    static const QStringList system = systemNameservers();
    if (system.isEmpty())
        return trLater("the system's resolver");
    return trLater("the system's resolver, %1").arg(system.join(u", "_qs));
}
