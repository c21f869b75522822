#pragma once

#include "i18n/localizedtext.h"

#include <QString>

// What DNSSEC validation said of one DNS answer (RFC 4035 §4.3), as libunbound reports it.
enum class DnssecStatus {
    Unknown, // not looked up in DNS: a configured server, an IP address
    Secure, // signed, and the signatures lead to a trust anchor
    Insecure, // provably unsigned (no DS on the way down): nothing to check
    Bogus, // should be signed, but the signatures are wrong, missing or expired
    Unvalidated, // could not be validated: the DNS server asked passes no DNSSEC records
};

// The words of a DnssecStatus, for the report, and its JSON key.
class DnssecStatusText final
{
public:
    XP_DECLARE_TR_LATER(DnssecStatusText)

    // "secure", "insecure", "bogus", "not validated", "—" (Unknown).
    static LocalizedText name(DnssecStatus status);
    // "secure", "insecure", "bogus", "unvalidated", "" (Unknown): the JSON value.
    static QString key(DnssecStatus status);
    static DnssecStatus fromKey(const QString &key);
};
