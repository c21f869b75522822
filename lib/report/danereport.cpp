#include "report/danereport.h"

#include <QJsonArray>

namespace {

QString outcomeWireName(TlsaMatch::Outcome outcome)
{
    switch (outcome) {
    case TlsaMatch::Outcome::Matched:
        return QStringLiteral("matched");
    case TlsaMatch::Outcome::NotMatched:
        return QStringLiteral("not-matched");
    case TlsaMatch::Outcome::Unusable:
        return QStringLiteral("unusable");
    case TlsaMatch::Outcome::ChainNotValid:
        return QStringLiteral("chain-not-valid");
    case TlsaMatch::Outcome::NameMismatch:
        return QStringLiteral("name-mismatch");
    case TlsaMatch::Outcome::NotPkixTrusted:
        return QStringLiteral("not-pkix-trusted");
    }
    return {};
}

} // namespace

QString DaneReport::wireName(State state)
{
    switch (state) {
    case State::NotChecked:
        return QStringLiteral("not-checked");
    case State::NotEligible:
        return QStringLiteral("not-eligible");
    case State::NoRecords:
        return QStringLiteral("no-records");
    case State::Matched:
        return QStringLiteral("matched");
    case State::NotMatched:
        return QStringLiteral("not-matched");
    case State::Bogus:
        return QStringLiteral("bogus");
    case State::LookupFailed:
        return QStringLiteral("lookup-failed");
    }
    return {};
}

LocalizedText DaneReport::summary() const
{
    switch (state) {
    case State::NotChecked:
        return trLater("DANE: not checked (no TLS session with a server).");
    case State::NotEligible:
        if (!tlsaName.isEmpty() && dnssec != DnssecStatus::Unknown)
            return trLater("DANE: not applicable: the TLSA answer at %1 is not DNSSEC-secure "
                           "(%2), so it cannot be trusted (RFC 7673).")
                .arg(tlsaName)
                .arg(DnssecStatusText::name(dnssec));
        return trLater("DANE: not applicable: the server does not come from a DNSSEC-secure SRV "
                       "answer (RFC 7673).");
    case State::NoRecords:
        return trLater("DANE: no TLSA record at %1; the certificate is checked against the "
                       "certificate authorities only.")
            .arg(tlsaName);
    case State::Matched:
        for (const TlsaMatch &match : records) {
            if (!match.matched())
                continue;
            if (authenticatedWithoutCa)
                return trLater("DANE: the TLSA record %1 at %2 matched the server's certificate; "
                               "it authenticates the server although its chain does not reach "
                               "a trusted certificate authority.")
                    .arg(match.record.toString())
                    .arg(tlsaName);
            return trLater("DANE: the TLSA record %1 at %2 matched the server's certificate.")
                .arg(match.record.toString())
                .arg(tlsaName);
        }
        break;
    case State::NotMatched:
        return trLater("DANE: the server's certificate matches none of the %n TLSA record(s) "
                       "at %1.",
                       nullptr, int(records.size()))
            .arg(tlsaName);
    case State::Bogus:
        return trLater("DANE: the TLSA records at %1 fail DNSSEC validation: %2")
            .arg(tlsaName)
            .arg(dnssecReason);
    case State::LookupFailed:
        return trLater("DANE: the lookup of the TLSA records at %1 failed: %2")
            .arg(tlsaName)
            .arg(dnssecReason);
    }
    return {};
}

QJsonObject DaneReport::toJson() const
{
    QJsonArray list;
    for (const TlsaMatch &match : records) {
        QJsonObject entry {
            {QStringLiteral("record"), match.record.toString()},
            {QStringLiteral("usage"), match.record.usageName()},
            {QStringLiteral("outcome"), outcomeWireName(match.outcome)},
            {QStringLiteral("detail"), match.detail.toString()},
        };
        if (match.certificateIndex >= 0)
            entry.insert(QStringLiteral("certificateIndex"), match.certificateIndex);
        list.append(entry);
    }
    QJsonObject result {
        {QStringLiteral("state"), wireName(state)},
        {QStringLiteral("summary"), summary().toString()},
        {QStringLiteral("records"), list},
        {QStringLiteral("authenticatedWithoutCa"), authenticatedWithoutCa},
    };
    if (!tlsaName.isEmpty())
        result.insert(QStringLiteral("tlsaName"), tlsaName);
    if (dnssec != DnssecStatus::Unknown)
        result.insert(QStringLiteral("dnssec"), DnssecStatusText::key(dnssec));
    if (!dnssecReason.isEmpty())
        result.insert(QStringLiteral("dnssecReason"), dnssecReason);
    return result;
}
