#include "advice/deploymentadvice.h"

Advice DeploymentAdvice::noSrv(const QString &local, const LocalizedText &nameserver)
{
    return {u"local-no-srv"_qs,
            trLater("No SRV record _xmpp-server._tcp.%1 was found (asked %2), so partners cannot "
                    "find the server of %1; publish _xmpp-server._tcp.%1 pointing to the Access "
                    "Edge's external FQDN on port 5269, in the public DNS zone of %1.")
                .arg(local)
                .arg(nameserver)};
}

Advice DeploymentAdvice::srvNotOffered(const QString &local, const LocalizedText &nameserver)
{
    return {u"local-no-srv"_qs,
            trLater("The SRV record _xmpp-server._tcp.%1 has the target “.” (asked %2), which "
                    "tells partners that %1 offers no XMPP federation; publish "
                    "_xmpp-server._tcp.%1 pointing to the Access Edge's external FQDN on port "
                    "5269 instead.")
                .arg(local)
                .arg(nameserver)};
}

Advice DeploymentAdvice::dnsFailed(const QString &local, const LocalizedText &nameserver,
                                   const LocalizedText &error)
{
    return {u"local-dns-failed"_qs,
            trLater("The DNS lookup of _xmpp-server._tcp.%1 failed at %2 (%3); check that this "
                    "DNS server answers for %1, or check with another DNS server.")
                .arg(local)
                .arg(nameserver)
                .arg(error)};
}

Advice DeploymentAdvice::srvTargetNotFound(const QString &local, const QString &target,
                                           const LocalizedText &nameserver)
{
    return {u"local-srv-target-not-found"_qs,
            trLater("The SRV record _xmpp-server._tcp.%1 points to %2, which has no address in "
                    "DNS (asked %3); publish an A record for %2, the Access Edge's external "
                    "FQDN, or correct the record's target.")
                .arg(local)
                .arg(target)
                .arg(nameserver)};
}

Advice DeploymentAdvice::hostNotFound(const QString &host, const LocalizedText &nameserver)
{
    return {u"local-host-not-found"_qs,
            trLater("The server %1 given for this check has no address in DNS (asked %2); give "
                    "the Access Edge's external FQDN or address.")
                .arg(host)
                .arg(nameserver)};
}

Advice DeploymentAdvice::unreachable(const QString &local, const LocalizedText &attempts,
                                     bool timedOut)
{
    if (timedOut)
        return {u"local-unreachable"_qs,
                trLater("No server for %1 answered a connection from this computer (%2): a "
                        "firewall probably drops it; open TCP 5269 inbound to the Access Edge's "
                        "external interface, and check that _xmpp-server._tcp.%1 points to the "
                        "Access Edge's external FQDN on port 5269.")
                    .arg(local)
                    .arg(attempts)};
    return {u"local-unreachable"_qs,
            trLater("No server for %1 accepted a connection from this computer (%2); check that "
                    "_xmpp-server._tcp.%1 points to the Access Edge's external FQDN on port 5269, "
                    "that XMPP federation is enabled on the Edge pool, and open TCP 5269 inbound "
                    "to the Access Edge.")
                .arg(local)
                .arg(attempts)};
}

Advice DeploymentAdvice::noStream(const QString &local, const QString &server,
                                  const LocalizedText &what)
{
    return {u"local-no-stream"_qs,
            trLater("The server at %2 did not open an XMPP stream for %1 (%3); check that %2 is "
                    "the Access Edge's external interface and that XMPP federation is enabled "
                    "for %1 on the Edge pool.")
                .arg(local)
                .arg(server)
                .arg(what)};
}

Advice DeploymentAdvice::noStartTls(const QString &local, const QString &server)
{
    return {u"local-no-starttls"_qs,
            trLater("The server at %2 does not offer STARTTLS for %1, so partners that require "
                    "TLS cannot federate; a Lync Access Edge always offers it: check that %2 is "
                    "the Access Edge and not another server in front of it.")
                .arg(local)
                .arg(server)};
}

Advice DeploymentAdvice::tlsFailed(const QString &local, const QString &server,
                                   const LocalizedText &what)
{
    return {u"local-tls-failed"_qs,
            trLater("TLS with the server of %1 at %2 did not come up (%3); check that the Edge's "
                    "external certificate is assigned with its private key to the Access Edge's "
                    "external interface.")
                .arg(local)
                .arg(server)
                .arg(what)};
}

Advice DeploymentAdvice::certificateName(const QString &local, const QString &server,
                                         const LocalizedText &names)
{
    return {u"local-certificate-name"_qs,
            trLater("The Edge's external certificate (presented by %2) does not list %1 among "
                    "its subject alternative names (it holds: %3); request a certificate that "
                    "adds %1 and assign it to the Access Edge's external interface.")
                .arg(local)
                .arg(server)
                .arg(names)};
}

Advice DeploymentAdvice::certificateCommonName(const QString &local, const QString &server)
{
    return {u"local-certificate-common-name"_qs,
            trLater("The Edge's external certificate (presented by %2) names %1 only in its "
                    "common name, which RFC 6125 deprecates and some partners ignore; request a "
                    "certificate that lists %1 among its subject alternative names.")
                .arg(local)
                .arg(server)};
}

Advice DeploymentAdvice::certificateUntrusted(const QString &server, const LocalizedText &problem)
{
    return {u"local-certificate-untrusted"_qs,
            trLater("The Edge's external certificate (presented by %1) is not trusted: %2 "
                    "Partners refuse it in the same way; use a certificate from a public CA that "
                    "partners trust, and install its intermediate CA certificates on the Edge.")
                .arg(server)
                .arg(problem)};
}

Advice DeploymentAdvice::chainIncomplete(const QString &server)
{
    return {u"local-certificate-chain-incomplete"_qs,
            trLater("The Access Edge at %1 does not send the intermediate CA certificates of its "
                    "external certificate; partners that do not have them refuse it: install "
                    "the intermediate certificates in the Edge's certificate store.")
                .arg(server)};
}

Advice DeploymentAdvice::certificateExpired(const QString &server, const QString &date)
{
    return {u"local-certificate-expired"_qs,
            trLater("The Edge's external certificate (presented by %1) expired on %2, and "
                    "partners refuse it; renew it and assign the new certificate to the Access "
                    "Edge's external interface.")
                .arg(server)
                .arg(date)};
}

Advice DeploymentAdvice::certificateNotYetValid(const QString &server, const QString &date)
{
    return {u"local-certificate-not-yet-valid"_qs,
            trLater("The Edge's external certificate (presented by %1) is valid only from %2; "
                    "check the Edge's clock, or assign a certificate that is valid now.")
                .arg(server)
                .arg(date)};
}

Advice DeploymentAdvice::certificateExpiring(const QString &server, const QString &date,
                                             qint64 days)
{
    return {u"local-certificate-expiring"_qs,
            trLater("The Edge's external certificate (presented by %1) expires on %2, in %n "
                    "day(s); renew it and assign the new certificate to the Access Edge's "
                    "external interface before then.",
                    nullptr, int(days))
                .arg(server)
                .arg(date)};
}

Advice DeploymentAdvice::noDialback(const QString &local, const QString &server)
{
    return {u"local-no-dialback"_qs,
            trLater("The server at %2 does not offer server dialback (XEP-0220) for %1 after TLS, "
                    "which most partners use to verify your domain; a Lync Access Edge offers "
                    "it: check that %2 is the Access Edge and not another server in front of "
                    "it.")
                .arg(local)
                .arg(server)};
}
