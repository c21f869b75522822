#pragma once

#include "dane/tlsamatch.h"
#include "dns/dnssecstatus.h"
#include "i18n/localizedtext.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// DANE for the server a connection test reached (RFC 7673, RFC 7671): whether it could
// apply, the TLSA records found at _PORT._tcp.TARGET, and whether one matched the chain.
struct DaneReport
{
    XP_DECLARE_TR_LATER(DaneReport)

    enum class State {
        NotChecked, // no server was reached with TLS, or the test ended before
        NotEligible, // not from a DNSSEC-secure SRV answer, or its TLSA answer is not secure
        NoRecords, // eligible, but the partner publishes no TLSA record (DANE unused)
        Matched, // a usable TLSA record matched the chain
        NotMatched, // usable TLSA records, none matched: a Fail
        Bogus, // the TLSA answer failed DNSSEC validation: a Fail
        LookupFailed, // the TLSA lookup itself failed (SERVFAIL, timeout)
    };

    State state = State::NotChecked;
    QString tlsaName; // "_5269._tcp.xmpp.partner.example"
    DnssecStatus dnssec = DnssecStatus::Unknown; // of the TLSA answer
    QString dnssecReason; // unbound's reason when bogus, the lookup's error when it failed
    QList<TlsaMatch> records; // as DNS gave them, each with its outcome
    // A DANE-TA or DANE-EE record matched while the chain does not reach a system CA: DANE
    // alone authenticated the server.
    bool authenticatedWithoutCa = false;

    bool isFailure() const { return state == State::NotMatched || state == State::Bogus; }
    // One sentence for the report: "DANE: TLSA 3 1 1 at _5269._tcp.X matched the server's
    // certificate." and the like.
    LocalizedText summary() const;
    // "dane" of the JSON report.
    QJsonObject toJson() const;
    static QString wireName(State state);
};
