#pragma once

#include "dane/tlsarecord.h"
#include "i18n/localizedtext.h"

#include <QList>

// Whether one TLSA record matched the chain a server presented (DaneMatcher).
struct TlsaMatch
{
    enum class Outcome {
        Matched, // the record names a certificate of the chain, and its usage's conditions hold
        NotMatched, // no certificate of the chain has this data
        Unusable, // unknown usage, selector or matching type, or a digest of the wrong length
        ChainNotValid, // DANE-TA: the named certificate is there, but the chain does not lead to it
        NameMismatch, // PKIX-TA, PKIX-EE, DANE-TA: the certificate does not name the domain
        NotPkixTrusted, // PKIX-TA, PKIX-EE: the chain does not reach a trusted CA
    };

    TlsaRecord record;
    Outcome outcome = Outcome::NotMatched;
    int certificateIndex = -1; // in the chain, 0 the server's own; -1 when none matched
    LocalizedText detail; // one sentence: what matched, or why not

    bool matched() const { return outcome == Outcome::Matched; }
};
