#pragma once

#include "dane/tlsarecord.h"
#include "i18n/localizedtext.h"
#include "report/advice.h"

#include <QString>

// What to change when DANE fails a connection test (DaneCheck): the partner publishes TLSA
// records its server's certificate does not match, or TLSA records that fail DNSSEC.
class DaneAdvice final
{
public:
    XP_DECLARE_TR_LATER(DaneAdvice)

    // `suggested` is the record the presented certificate would match (DaneMatcher::recordFor).
    static Advice notMatched(const QString &domain, const QString &tlsaName,
                             const TlsaRecord &suggested);
    static Advice bogus(const QString &domain, const QString &tlsaName, const QString &reason);
};
