#include "advice/daneadvice.h"

Advice DaneAdvice::notMatched(const QString &domain, const QString &tlsaName,
                              const TlsaRecord &suggested)
{
    if (suggested.data.isEmpty())
        return {u"dane-not-matched"_qs,
                trLater("The server of %1 presents a certificate that matches none of the TLSA "
                        "records at %2, so DANE-aware servers refuse it; ask the partner to "
                        "publish TLSA records for the certificate it now uses, or to remove the "
                        "stale ones.")
                    .arg(domain)
                    .arg(tlsaName)};
    return {u"dane-not-matched"_qs,
            trLater("The server of %1 presents a certificate that matches none of the TLSA "
                    "records at %2, so DANE-aware servers refuse it (a new certificate or key "
                    "without new TLSA records?); ask the partner to publish “%2. IN TLSA %3” "
                    "and remove the stale records.")
                .arg(domain)
                .arg(tlsaName)
                .arg(suggested.toString())};
}

Advice DaneAdvice::bogus(const QString &domain, const QString &tlsaName, const QString &reason)
{
    return {u"dane-dnssec-bogus"_qs,
            trLater("The TLSA records at %2 fail DNSSEC validation (%3): they may be forged, so "
                    "the server of %1 cannot be authenticated by DANE; ask the partner's DNS "
                    "administrator to re-sign the zone or correct its DS record.")
                .arg(domain)
                .arg(tlsaName)
                .arg(reason)};
}
