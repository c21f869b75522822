#pragma once

#include "dane/tlsamatch.h"
#include "dane/tlsarecord.h"
#include "i18n/localizedtext.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

// Matches TLSA records against the chain a server presented (RFC 6698 §2.1, RFC 7671,
// RFC 7673), with OpenSSL: the selected part of a certificate (the whole DER certificate or
// its SubjectPublicKeyInfo) compared exactly or by its SHA-256 or SHA-512 digest.
//
// The conditions of each usage:
// - DANE-EE (3): the server's own certificate matches; nothing else is checked (RFC 7671
//   §5.1: neither names nor the chain nor dates).
// - DANE-TA (2): a certificate of the chain matches, the chain leads from the server's
//   certificate to it (each one signed by the next), and the server's certificate names a
//   reference name (RFC 7673 §3: the SRV target or the partner's domain).
// - PKIX-EE (1) and PKIX-TA (0): as DANE-EE and DANE-TA, and besides the chain reaches a
//   certificate authority the system trusts and the name matches (`pkixPassed`).
class DaneMatcher final
{
public:
    XP_DECLARE_TR_LATER(DaneMatcher)

    // Each record with its outcome, in the order given. `chain` starts with the server's
    // own certificate.
    static QList<TlsaMatch> match(const QList<TlsaRecord> &records,
                                  const QList<QSslCertificate> &chain,
                                  const QStringList &referenceNames, bool pkixPassed);

    // The association data of `certificate` for a selector and a matching type; empty when
    // the certificate cannot be read or the selector or matching type is unknown.
    static QByteArray associationData(const QSslCertificate &certificate, quint8 selector,
                                      quint8 matchingType);
    // The record that would match `certificate` (what to publish): by default DANE-EE,
    // SubjectPublicKeyInfo, SHA-256 ("3 1 1"), which survives a renewal with the same key.
    static TlsaRecord recordFor(const QSslCertificate &certificate,
                                quint8 usage = TlsaRecord::DaneEe,
                                quint8 selector = TlsaRecord::SubjectPublicKeyInfo,
                                quint8 matchingType = TlsaRecord::Sha256);

private:
    static TlsaMatch matchOne(const TlsaRecord &record, const QList<QSslCertificate> &chain,
                              const QStringList &referenceNames, bool pkixPassed);
};
