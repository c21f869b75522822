#pragma once

#include "certificates/certificatenames.h"
#include "certificates/truststore.h"
#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What the connection test says about a server's certificate, in one place: the
// sentences of the STARTTLS step, of the report and of the advice, for chain trust
// (TrustStore) and XMPP identity (XmppIdentity). `host` is the server the certificate
// came from, `domain` the partner domain under test.
class CertificateText final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateText)
    XP_DECLARE_TR_LATER(CertificateText)

public:
    CertificateText() = delete;

    // "The certificate presented by HOST names a, b but not DOMAIN: the partner's server
    // (for a Lync partner, the Access Edge's external certificate) must carry DOMAIN
    // among its subject alternative names." `names`: the ones matched against
    // (CertificateNames::considered()); `commonNameSetAside`: a CN naming the domain was
    // not used beside them, which the sentence then explains.
    static LocalizedText identityMismatch(const QString &host,
                                          const QList<CertificateNames::Name> &names,
                                          const QString &domain, bool commonNameSetAside);
    // "Its common name (CN) is DOMAIN, but a certificate that has subject alternative names
    // is matched by those alone (RFC 6125)."
    static LocalizedText commonNameIgnored(const QString &domain);
    // "The certificate names a (DNS name), _xmpp-server.b (SRV-ID); none is DOMAIN."
    static LocalizedText identityMismatchDetails(const QList<CertificateNames::Name> &names,
                                                 const QString &domain);
    // "matched DOMAIN by SRV-ID _xmpp-server.DOMAIN", with "(wildcard)", and for a CN the
    // warning that RFC 6125 deprecates it.
    static LocalizedText identityMatch(const QString &domain, CertificateNames::Kind kind,
                                       const QString &presented, bool wildcard);

    // What is wrong with the chain `host` presented, naming the certificate and its issuer.
    static LocalizedText trustProblem(const QString &host, const TrustStore::Issue &issue);
    // "trusted (CN=a ← CN=CA)", saying so when the server left out an intermediate.
    static LocalizedText trusted(const QStringList &chain, bool chainComplete);
};
