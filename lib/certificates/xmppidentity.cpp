#include "certificates/xmppidentity.h"

#include "partners/domainname.h"

using Kind = CertificateNames::Kind;

namespace {

// A name from a certificate as DomainName compares it: A-labels, lower case, no final dot.
// Null for what can never be a host name (empty, spaces, a '*' left in it).
QString nameKey(const QString &name)
{
    if (name.isEmpty() || name.contains(u'*') || name.contains(u' ') || name.startsWith(u'.'))
        return {};
    const QString key = DomainName::comparisonKey(name);
    return key.isEmpty() || key.contains(u"..") ? QString() : key;
}

} // namespace

bool XmppIdentity::dnsIdMatches(const QString &presented, const QString &domain, bool *viaWildcard)
{
    if (viaWildcard)
        *viaWildcard = false;
    const QString reference = nameKey(domain);
    if (reference.isEmpty())
        return false;
    if (!presented.startsWith(u"*."))
        return nameKey(presented) == reference;

    // "*.parent": the "*" is one whole label, the parent has at least two labels (no
    // "*.com"), and the reference is exactly one label more than the parent.
    const QString parent = nameKey(presented.mid(2));
    if (parent.isEmpty() || !parent.contains(u'.'))
        return false;
    const qsizetype dot = reference.indexOf(u'.');
    if (dot <= 0 || reference.mid(dot + 1) != parent)
        return false;
    if (viaWildcard)
        *viaWildcard = true;
    return true;
}

bool XmppIdentity::srvIdMatches(const QString &presented, const QString &domain)
{
    const qsizetype dot = presented.indexOf(u'.');
    if (dot <= 0)
        return false;
    const QString service = presented.left(dot);
    if (service.compare(u"_xmpp-server", Qt::CaseInsensitive) != 0
        && service.compare(u"_xmpps-server", Qt::CaseInsensitive) != 0)
        return false;
    const QString name = nameKey(presented.mid(dot + 1)); // no wildcard: nameKey refuses '*'
    return !name.isEmpty() && name == nameKey(domain);
}

bool XmppIdentity::xmppAddrMatches(const QString &presented, const QString &domain)
{
    // A bare domain JID: a localpart or resource never names the server itself.
    if (presented.contains(u'@') || presented.contains(u'/'))
        return false;
    const QString name = nameKey(presented);
    return !name.isEmpty() && name == nameKey(domain);
}

XmppIdentity::Result XmppIdentity::match(const CertificateNames &names, const QString &domain)
{
    Result result;
    result.names = names.all();
    result.considered = names.considered();
    const auto found = [&](Kind kind, const QString &presented, bool wildcard) {
        result.matched = true;
        result.kind = kind;
        result.presented = presented;
        result.wildcard = wildcard;
        return result;
    };

    bool wildcard = false;
    for (const QString &name : names.dnsIds) {
        if (dnsIdMatches(name, domain, &wildcard) && !wildcard)
            return found(Kind::DnsId, name, false);
    }
    for (const QString &name : names.srvIds) {
        if (srvIdMatches(name, domain))
            return found(Kind::SrvId, name, false);
    }
    for (const QString &name : names.xmppAddrs) {
        if (xmppAddrMatches(name, domain))
            return found(Kind::XmppAddr, name, false);
    }
    for (const QString &name : names.dnsIds) {
        if (dnsIdMatches(name, domain, &wildcard))
            return found(Kind::DnsId, name, true);
    }
    for (const QString &name : names.commonNames) {
        if (!dnsIdMatches(name, domain, &wildcard))
            continue;
        if (names.hasSubjectAltName) {
            result.commonNameIgnored = true;
            continue;
        }
        return found(Kind::CommonName, name, wildcard);
    }
    return result;
}
