#include "probe/danecheck.h"

#include "advice/daneadvice.h"
#include "dane/danematcher.h"

DaneReport DaneCheck::run(const ServerResolver::Addresses &found,
                          const QList<QSslCertificate> &chain, const QStringList &referenceNames,
                          bool pkixPassed)
{
    DaneReport report;
    report.tlsaName = found.tlsaName;
    if (!found.daneEligible || !found.tlsa) {
        report.state = DaneReport::State::NotEligible;
        return report;
    }
    const DnsAnswer &tlsa = *found.tlsa;
    report.dnssec = tlsa.dnssec;
    switch (tlsa.dnssec) {
    case DnssecStatus::Bogus:
        report.state = DaneReport::State::Bogus;
        report.dnssecReason = tlsa.reason;
        return report;
    case DnssecStatus::Secure:
        break;
    default:
        if (tlsa.outcome == DnsAnswer::Outcome::Failed) {
            report.state = DaneReport::State::LookupFailed;
            report.dnssecReason = tlsa.error;
        } else {
            // RFC 7673 §3: an insecure TLSA answer is as none.
            report.state = DaneReport::State::NotEligible;
        }
        return report;
    }
    const QList<TlsaRecord> records = tlsa.tlsaRecords();
    if (tlsa.outcome != DnsAnswer::Outcome::Data || records.isEmpty()) {
        report.state = DaneReport::State::NoRecords;
        return report;
    }
    report.records = DaneMatcher::match(records, chain, referenceNames, pkixPassed);
    bool usable = false;
    for (const TlsaMatch &match : std::as_const(report.records)) {
        usable = usable || match.outcome != TlsaMatch::Outcome::Unusable;
        if (match.matched() && report.state != DaneReport::State::Matched) {
            report.state = DaneReport::State::Matched;
            const bool daneUsage = match.record.usage == TlsaRecord::DaneEe
                || match.record.usage == TlsaRecord::DaneTa;
            report.authenticatedWithoutCa = daneUsage && !pkixPassed;
        }
    }
    if (report.state != DaneReport::State::Matched)
        // RFC 6698 §4.1: with only unusable records, DANE is as unused.
        report.state = usable ? DaneReport::State::NotMatched : DaneReport::State::NoRecords;
    return report;
}

Advice DaneCheck::advice(const DaneReport &report, const QString &domain,
                         const QList<QSslCertificate> &chain)
{
    if (report.state == DaneReport::State::Bogus)
        return DaneAdvice::bogus(domain, report.tlsaName, report.dnssecReason);
    const TlsaRecord suggested
        = chain.isEmpty() ? TlsaRecord {} : DaneMatcher::recordFor(chain.first());
    return DaneAdvice::notMatched(domain, report.tlsaName, suggested);
}
