#include "advice/connectadvice.h"

#include "partners/serveraddress.h"

#include <QAbstractSocket>
#include <QStringList>

using Source = ServerResolver::Source;

namespace {

QString serverOf(const ConnectAdvice::FailedAttempt &attempt)
{
    const QString server = ServerAddress(attempt.target.host, attempt.target.port).toString();
    if (attempt.address.isEmpty() || attempt.address == attempt.target.host)
        return server;
    return server + u" ("_qs + attempt.address + u')';
}

} // namespace

Advice ConnectAdvice::invalidServerAddress(const QString &address, const QString &error,
                                           ServerResolver::Source source)
{
    if (source == Source::Override)
        return {u"invalid-server-address"_qs,
                trLater("The server address “%1” given for this test is not valid (%2); correct "
                        "it in the connection test settings.")
                    .arg(address)
                    .arg(error)};
    return {u"invalid-proxy-fqdn"_qs,
            trLater("The partner's proxy FQDN “%1” is not a valid server address (%2); correct "
                    "the proxy FQDN in the partner's settings.")
                .arg(address)
                .arg(error)};
}

Advice ConnectAdvice::serviceNotOffered(const QString &domain)
{
    return {u"service-not-offered"_qs,
            trLater("The DNS of %1 says that it offers no XMPP server-to-server service (SRV "
                    "target “.”): the partner does not federate over XMPP with this domain; "
                    "check the domain, or ask the partner's administrator to publish "
                    "_xmpp-server._tcp.%1 for its server.")
                .arg(domain)};
}

Advice ConnectAdvice::srvTargetNotHostName(const QString &domain, const QString &target)
{
    return {u"srv-target-not-host-name"_qs,
            trLater("The SRV record _xmpp-server._tcp.%1 names “%2” as its server, which is not "
                    "a host name (only letters, digits and hyphens between the dots): ask the "
                    "partner's administrator to set the record's target to the host name of "
                    "the XMPP server.")
                .arg(domain)
                .arg(target)};
}

Advice ConnectAdvice::srvLookupFailed(const QString &domain, const QString &error,
                                      const LocalizedText &nameserver)
{
    return {u"dns-lookup-failed"_qs,
            trLater("The DNS lookup of the SRV records of %1 failed at %2 (%3); check that this "
                    "DNS server answers, or choose another DNS server in the connection test "
                    "settings.")
                .arg(domain)
                .arg(nameserver)
                .arg(error)};
}

Advice ConnectAdvice::srvBogus(const QString &domain, const QString &reason,
                               const LocalizedText &nameserver)
{
    return {u"srv-dnssec-bogus"_qs,
            trLater("The SRV records of %1 fail DNSSEC validation (%2): they may be forged, so "
                    "the test used none of them; ask the partner's DNS administrator to re-sign "
                    "the zone of %1 or to correct its DS record in the parent zone (asked %3).")
                .arg(domain)
                .arg(reason)
                .arg(nameserver)};
}

ConnectAdvice::Failure ConnectAdvice::failureOf(int socketError)
{
    switch (QAbstractSocket::SocketError(socketError)) {
    case QAbstractSocket::ConnectionRefusedError:
        return Failure::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return Failure::Timeout;
    case QAbstractSocket::HostNotFoundError:
        return Failure::NameNotFound;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::UnsupportedSocketOperationError:
        return Failure::Unreachable;
    default:
        return Failure::Other;
    }
}

QString ConnectAdvice::servers(const QList<FailedAttempt> &attempts)
{
    QStringList names;
    for (const FailedAttempt &attempt : attempts)
        names.append(serverOf(attempt));
    names.removeDuplicates();
    return names.join(u", "_qs);
}

Advice ConnectAdvice::noConnection(const QString &domain, const QList<FailedAttempt> &attempts,
                                   const LocalizedText &nameserver, int timeoutMs)
{
    if (attempts.isEmpty())
        return {u"no-server"_qs,
                trLater("DNS gave no server to connect to for %1; ask the partner's administrator "
                        "to publish _xmpp-server._tcp.%1, or set the partner's proxy FQDN.")
                    .arg(domain)};
    bool alike = true;
    for (const FailedAttempt &attempt : attempts)
        alike = alike && attempt.failure == attempts.first().failure;
    if (alike)
        return allAlike(domain, attempts, nameserver, timeoutMs);
    QList<LocalizedText> each;
    for (const FailedAttempt &attempt : attempts)
        each.append(trLater("%1: %2").arg(serverOf(attempt)).arg(attempt.error));
    LocalizedText list = each.first();
    for (qsizetype i = 1; i < each.size(); ++i)
        list = trLater("%1; %2").arg(list).arg(each.at(i));
    return {u"no-server-answered"_qs,
            trLater("None of the servers found for %1 accepted the connection (%2); correct "
                    "the first one the partner intends to use, in the order of the report's "
                    "Connect step.")
                .arg(domain)
                .arg(list)};
}

Advice ConnectAdvice::allAlike(const QString &domain, const QList<FailedAttempt> &attempts,
                               const LocalizedText &nameserver, int timeoutMs)
{
    const FailedAttempt &first = attempts.first();
    const QString where = servers(attempts);
    switch (first.failure) {
    case Failure::NameNotFound:
    case Failure::NoAddress:
        return nameAdvice(domain, first, nameserver);
    case Failure::LookupFailed:
        return {u"address-lookup-failed"_qs,
                trLater("The DNS lookup of the address of %1 failed at %2 (%3); check that this "
                        "DNS server answers, or choose another DNS server in the connection test "
                        "settings.")
                    .arg(first.target.host)
                    .arg(nameserver)
                    .arg(first.error)};
    case Failure::DnssecBogus:
        return {u"address-dnssec-bogus"_qs,
                trLater("The address records of %1 fail DNSSEC validation (%2): they may be "
                        "forged, so the test did not connect; ask the partner's DNS "
                        "administrator to re-sign the zone of %1 (asked %3).")
                    .arg(first.target.host)
                    .arg(first.error)
                    .arg(nameserver)};
    case Failure::Refused:
        if (first.target.source == Source::DomainFallback)
            return {u"connection-refused-no-srv"_qs,
                    trLater("%1 refused the connection: %2 publishes no _xmpp-server SRV record, "
                            "so its own name was tried on port 5269, where no XMPP server "
                            "listens; ask the partner's administrator to publish "
                            "_xmpp-server._tcp.%2, or set the partner's proxy FQDN to its "
                            "server.")
                        .arg(where)
                        .arg(domain)};
        return {u"connection-refused"_qs,
                trLater("%1 refused the connection: no server listens on that port; check the "
                        "port of the partner's proxy FQDN or SRV record, or ask the partner's "
                        "administrator to start its XMPP service.")
                    .arg(where)};
    case Failure::Timeout:
        return {u"connect-timeout"_qs,
                trLater("%1 did not accept the connection within %2 s: a firewall probably drops "
                        "the connection; ask the partner's administrator to open that TCP port "
                        "to this Edge server, and check the proxy FQDN or SRV record.")
                    .arg(where)
                    .arg(timeoutMs / 1000.0)};
    case Failure::Unreachable:
        return {u"network-unreachable"_qs,
                trLater("%1 cannot be reached from this computer (%2); check the network route "
                        "and the firewall between the Edge server and the partner.")
                    .arg(where)
                    .arg(first.error)};
    case Failure::Other:
        break;
    }
    return {u"connect-failed"_qs,
            trLater("The connection to %1 failed (%2); check the network between the Edge "
                    "server and the partner.")
                .arg(where)
                .arg(first.error)};
}

Advice ConnectAdvice::nameAdvice(const QString &domain, const FailedAttempt &attempt,
                                 const LocalizedText &nameserver)
{
    const QString host = attempt.target.host;
    const bool missing = attempt.failure == Failure::NameNotFound;
    switch (attempt.target.source) {
    case Source::DomainFallback:
        return missing
            ? Advice {u"domain-not-found"_qs,
                      trLater("%1 has no _xmpp-server SRV record and the name itself was not "
                              "found in DNS (asked %2); check the partner's domain for a typing "
                              "error, or set its proxy FQDN to its server.")
                          .arg(domain)
                          .arg(nameserver)}
            : Advice {u"domain-no-address"_qs,
                      trLater("%1 has no _xmpp-server SRV record and no address (A/AAAA) in DNS "
                              "(asked %2); ask the partner's administrator to publish "
                              "_xmpp-server._tcp.%1, or set the partner's proxy FQDN to its "
                              "server.")
                          .arg(domain)
                          .arg(nameserver)};
    case Source::ProxyFqdn:
        return missing ? Advice {u"proxy-fqdn-not-found"_qs,
                                 trLater("The partner's proxy FQDN %1 was not found in DNS "
                                         "(asked %2); correct the proxy FQDN in the partner's "
                                         "settings.")
                                     .arg(host)
                                     .arg(nameserver)}
                       : Advice {u"proxy-fqdn-no-address"_qs,
                                 trLater("The partner's proxy FQDN %1 has no address (A/AAAA) in "
                                         "DNS (asked %2); correct the proxy FQDN in the "
                                         "partner's settings.")
                                     .arg(host)
                                     .arg(nameserver)};
    case Source::Override:
        return missing ? Advice {u"server-not-found"_qs,
                                 trLater("The server %1 given for this test was not found in "
                                         "DNS (asked %2); correct it in the connection test "
                                         "settings.")
                                     .arg(host)
                                     .arg(nameserver)}
                       : Advice {u"server-no-address"_qs,
                                 trLater("The server %1 given for this test has no address "
                                         "(A/AAAA) in DNS (asked %2); correct it in the "
                                         "connection test settings.")
                                     .arg(host)
                                     .arg(nameserver)};
    case Source::Srv:
        break;
    }
    return missing ? Advice {u"srv-target-not-found"_qs,
                             trLater("The SRV record of %1 points to %2, which was not found in "
                                     "DNS (asked %3); ask the partner's administrator to correct "
                                     "the record's target.")
                                 .arg(domain)
                                 .arg(host)
                                 .arg(nameserver)}
                   : Advice {u"srv-target-no-address"_qs,
                             trLater("The SRV record of %1 points to %2, which has no address "
                                     "(A/AAAA) in DNS (asked %3); ask the partner's administrator "
                                     "to publish an address for it.")
                                 .arg(domain)
                                 .arg(host)
                                 .arg(nameserver)};
}
