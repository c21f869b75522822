#include "certificates/certificatetext.h"

using Kind = CertificateNames::Kind;
using Problem = TrustStore::Problem;

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_qs) : QString();
}

} // namespace

LocalizedText CertificateText::identityMismatch(const QString &host,
                                                const QList<CertificateNames::Name> &names,
                                                const QString &domain, bool commonNameSetAside)
{
    const LocalizedText mismatch = names.isEmpty()
        ? trLater("The certificate presented by %1 names no domain at all, so not %2: the "
                  "partner's server (for a Lync partner, the Access Edge's external certificate) "
                  "must carry %2 among its subject alternative names.")
              .arg(host)
              .arg(domain)
        : trLater("The certificate presented by %1 names %2 but not %3: the partner's server "
                  "(for a Lync partner, the Access Edge's external certificate) must carry %3 "
                  "among its subject alternative names.")
              .arg(host)
              .arg(CertificateNames::listText(names, false))
              .arg(domain);
    if (!commonNameSetAside)
        return mismatch;
    return LocalizedText::verbatim(u"%1 %2"_qs).arg(mismatch).arg(commonNameIgnored(domain));
}

LocalizedText CertificateText::commonNameIgnored(const QString &domain)
{
    return trLater("Its common name (CN) is %1, but a certificate that has subject alternative "
                   "names is matched by those alone (RFC 6125).")
        .arg(domain);
}

LocalizedText CertificateText::identityMismatchDetails(const QList<CertificateNames::Name> &names,
                                                       const QString &domain)
{
    if (names.isEmpty())
        return trLater("The certificate names no domain, so not %1.").arg(domain);
    return trLater("The certificate names %1; none is %2.")
        .arg(CertificateNames::listText(names, true))
        .arg(domain);
}

LocalizedText CertificateText::identityMatch(const QString &domain, Kind kind,
                                             const QString &presented, bool wildcard)
{
    if (kind == Kind::CommonName) {
        return trLater("matched %1 by its common name (CN) %2 alone, as the certificate has no "
                       "subject alternative name; RFC 6125 deprecates this, and the certificate "
                       "should carry %1 as a subject alternative name")
            .arg(domain)
            .arg(presented);
    }
    return (wildcard ? trLater("matched %1 by %2 %3 (wildcard)") : trLater("matched %1 by %2 %3"))
        .arg(domain)
        .arg(CertificateNames::kindName(kind))
        .arg(presented);
}

LocalizedText CertificateText::trustProblem(const QString &host, const TrustStore::Issue &issue)
{
    switch (issue.problem) {
    case Problem::None:
        return {};
    case Problem::UntrustedIssuer:
        return trLater("The certificate chain presented by %1 leads to %2, which is not a trusted "
                       "CA here (neither a system CA nor in the extra CA file); if you trust that "
                       "CA, add it "
                       "to the extra CA file of the connection test settings and to the Edge "
                       "server's trusted root certificates, or ask the partner for a certificate "
                       "from a public CA.")
            .arg(host)
            .arg(issue.issuer);
    case Problem::SelfSigned:
        return trLater("The certificate presented by %1 (%2) is self-signed and is not trusted "
                       "here (neither a system CA nor in the extra CA file); ask the partner's "
                       "administrator for a certificate from a CA, or, if you trust this one, add "
                       "it to the extra CA file.")
            .arg(host)
            .arg(issue.subject);
    case Problem::Expired:
        return trLater("The certificate %1 in the chain presented by %2 expired on %3; ask the "
                       "partner's administrator to renew it.")
            .arg(issue.subject)
            .arg(host)
            .arg(dateText(issue.notAfter));
    case Problem::NotYetValid:
        return trLater("The certificate %1 in the chain presented by %2 is not valid before %3; "
                       "check this computer's clock, or ask the partner's administrator to install "
                       "a certificate valid now.")
            .arg(issue.subject)
            .arg(host)
            .arg(dateText(issue.notBefore));
    case Problem::IncompleteChain:
        return trLater("%1 presented its certificate (%2) without the certificate of its issuer, "
                       "%3, which is not a trusted CA here either: the server must also send its "
                       "intermediate certificates, or, for a private CA, %3 must be trusted here "
                       "(extra CA file).")
            .arg(host)
            .arg(issue.subject)
            .arg(issue.issuer);
    case Problem::InvalidSignature:
        return trLater("The signature of the certificate %1 in the chain presented by %2 does not "
                       "verify with the key of its issuer %3: the chain is damaged or forged; tell "
                       "the partner's administrator.")
            .arg(issue.subject)
            .arg(host)
            .arg(issue.issuer);
    case Problem::WrongPurpose:
        return trLater("The certificate %1 presented by %2 is not meant for TLS servers: its "
                       "extended key usage lacks serverAuth; ask the partner's administrator for a "
                       "server certificate.")
            .arg(issue.subject)
            .arg(host);
    case Problem::NoCertificate:
        return trLater("%1 presented no certificate that could be read; ask the partner's "
                       "administrator to install a certificate for its domain.")
            .arg(host);
    case Problem::Other:
        break;
    }
    return trLater("The certificate %1 in the chain presented by %2 does not verify: %3 "
                   "(OpenSSL, depth %4); ask the partner's administrator to check its certificate "
                   "chain.")
        .arg(issue.subject)
        .arg(host)
        .arg(issue.errorText)
        .arg(issue.depth);
}

LocalizedText CertificateText::trusted(const QStringList &chain, bool chainComplete)
{
    const QString path = chain.join(u" ← "_qs);
    return chainComplete
        ? trLater("trusted (%1)").arg(path)
        : trLater("trusted (%1), but the server does not send every intermediate certificate of "
                  "this chain")
              .arg(path);
}
