#pragma once

#include "certificates/certificatenames.h"

#include <QList>
#include <QString>

// Whether a certificate's names identify an XMPP domain, as a server checks its peer (RFC
// 6120 §13.7.1.2, RFC 6125, XEP-0178; RFC 7590 and XEP-0368 for direct TLS):
//  - DNS-ID equal to the domain, or a wildcard "*.parent" whose "*" is the whole
//    left-most label and stands for exactly one label (never for the bare parent, never
//    for two labels, never "x*.parent");
//  - SRV-ID "_xmpp-server.DOMAIN" (or "_xmpps-server.DOMAIN"): the service name in any
//    case, the name part equal to the domain, no wildcard;
//  - XmppAddr equal to the bare domain, no wildcard;
//  - the subject's CN, by the DNS-ID rules, only when there is no subjectAltName at all:
//    RFC 6125 deprecates it, so such a match carries a warning.
// Names compare by their IDNA A-labels, in any case, without a final dot
// (DomainName::comparisonKey).
class XmppIdentity final
{
public:
    XmppIdentity() = delete;

    struct Result
    {
        bool matched = false;
        CertificateNames::Kind kind = CertificateNames::Kind::DnsId; // what matched
        QString presented; // the name that matched, as the certificate writes it
        bool wildcard = false; // matched through a wildcard DNS-ID (or CN)
        // A CN that names the domain was not used, as the certificate has a
        // subjectAltName: the reason why a certificate "for" the domain does not match.
        bool commonNameIgnored = false;
        QList<CertificateNames::Name> names; // every name of the certificate
        QList<CertificateNames::Name> considered; // the ones a peer matches against

        // Matched by the CN alone, which RFC 6125 deprecates.
        bool commonNameWarning() const
        {
            return matched && kind == CertificateNames::Kind::CommonName;
        }
    };

    // The first match in this order: an exact DNS-ID, an SRV-ID, an XmppAddr, a wildcard
    // DNS-ID, a CN.
    static Result match(const CertificateNames &names, const QString &domain);

    // The rules, one by one; `domain` in any form (Unicode, upper case, final dot).
    static bool dnsIdMatches(const QString &presented, const QString &domain,
                             bool *viaWildcard = nullptr);
    static bool srvIdMatches(const QString &presented, const QString &domain);
    static bool xmppAddrMatches(const QString &presented, const QString &domain);
};
