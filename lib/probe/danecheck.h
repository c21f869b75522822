#pragma once

#include "probe/serverresolver.h"
#include "report/advice.h"
#include "report/danereport.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

// DANE for the server a connection test reached (RFC 7673): from what ServerResolver found
// for its target (eligibility and the TLSA answer) and the chain the server presented, the
// DANE part of the report, and the advice when it fails the test.
class DaneCheck final
{
public:
    // `referenceNames`: the names the server's certificate may carry (the SRV target, the
    // partner's domain), ACE. `pkixPassed`: the chain reached a trusted CA and named the
    // domain (CertificateCheck::passedPkix).
    static DaneReport run(const ServerResolver::Addresses &found,
                          const QList<QSslCertificate> &chain, const QStringList &referenceNames,
                          bool pkixPassed);
    // With a report that isFailure(): what to change.
    static Advice advice(const DaneReport &report, const QString &domain,
                         const QList<QSslCertificate> &chain);
};
