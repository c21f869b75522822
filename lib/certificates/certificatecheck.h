#pragma once

#include "certificates/certificatenames.h"
#include "certificates/truststore.h"
#include "certificates/xmppidentity.h"
#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>

// The connection test's own check of the chain a server presented, after the handshake:
// chain trust (TrustStore) and XMPP identity (XmppIdentity) as two separate results, and
// the lines the STARTTLS step and the report show for them (CertificateText).
class CertificateCheck final
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCheck)
    XP_DECLARE_TR_LATER(CertificateCheck)

public:
    // `presented`: the peer's chain, leaf first; `domain`: the partner domain under test;
    // `host`: the server it came from, for the sentences.
    static CertificateCheck run(const QList<QSslCertificate> &presented, const QString &domain,
                                const QString &host, const QString &extraCaFile,
                                TrustStore &store = TrustStore::shared());

    bool checked = false; // false: no TLS session was checked
    QString domain;
    QString host;
    CertificateNames names; // the leaf's
    TrustStore::Result trust;
    XmppIdentity::Result identity;

    // A DANE-TA or DANE-EE TLSA record matched the chain (DaneCheck): the server is
    // authenticated by DNSSEC, whatever the certificate authorities say (RFC 7671 §5).
    bool authenticatedByDane = false;

    bool passedPkix() const { return checked && trust.trusted && identity.matched; }
    bool passed() const { return passedPkix() || (checked && authenticatedByDane); }
    // Passed, but not as it should: the domain only in the CN (RFC 6125 deprecates it), a
    // chain trusted only thanks to an intermediate the server did not send, or DANE alone
    // (which the Edge server does not use).
    bool passedWithWarning() const
    {
        return passed() && (identity.commonNameWarning() || !trust.chainComplete || !passedPkix());
    }

    // "Trust: trusted (…)" or "Trust: not trusted: <what is wrong>".
    LocalizedText trustLine() const;
    // "Identity: matched DOMAIN by SRV-ID _xmpp-server.DOMAIN" or "Identity: not matched: …".
    LocalizedText identityLine() const;
    // The STARTTLS step's details when the check fails: every trust error, with the
    // certificate and its issuer, and "The certificate names …; none is DOMAIN.".
    LocalizedText failureDetails() const;
    // Why TLS failed, in one or two sentences, for OfferedFeatures::tlsFailure and the
    // advice: the first trust error and the identity mismatch (in Lync terms).
    LocalizedText failureReason() const;

    // The advice's reason code when the check fails: "certificate-name-mismatch", or the
    // first trust problem ("certificate-untrusted-issuer", "certificate-expired", …).
    QString reasonCode() const;

    // "certificateCheck" of the JSON report.
    QJsonObject toJson() const;
};
