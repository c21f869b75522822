#include "probe/policycheck.h"

#include "report/probereport.h"

#include <QLocale>

using Method = NegotiationPolicy::Method;
using Methods = NegotiationPolicy::Methods;
using StartTls = OfferedFeatures::StartTls;

namespace {

// Attempted and not negotiated; a direct TLS (XEP-0368) failure only leaves the reason.
bool tlsFailed(const OfferedFeatures &offered)
{
    return !offered.tlsNegotiated && (offered.tlsAttempted || !offered.tlsFailure.isEmpty());
}

std::optional<Method> mostPreferred(Methods methods)
{
    for (const Method method : NegotiationPolicy::methodsInPreferenceOrder()) {
        if (methods.testFlag(method))
            return method;
    }
    return std::nullopt;
}

} // namespace

PolicyCheck::Result PolicyCheck::evaluate(const NegotiationPolicy &policy,
                                          const OfferedFeatures &offered)
{
    Result result;
    const auto give = [&result](const Said &said) {
        result.advice = said.advice.text;
        result.reason = said.advice.reason;
        result.suggestion = said.suggestion;
    };
    // The Control Panel would not commit this row, so nothing the partner offers can help.
    if (policy.verdict() == NegotiationPolicy::SettingsVerdict::Error) {
        give(
            Advice {SettingsRefused,
                    trLater("This configuration is refused (“%1”); change the negotiation settings "
                            "to a combination the Control Panel accepts.")
                        .arg(policy.messageText())});
        return result;
    }
    // Without an answered stream the offer is unknown, whatever the fields say.
    if (offered.streamOpened)
        result.usable = usableMethods(policy, offered);
    result.method = mostPreferred(result.usable);
    if (!result.method) {
        give(failureAdvice(policy, offered));
        return result;
    }
    if (*result.method == Method::TcpDialback) {
        result.verdict = ConnectionVerdict::Warning;
        give(tcpOnlyAdvice(policy, offered));
    } else if (offered.certificateExpiresSoon) {
        result.verdict = ConnectionVerdict::Warning;
        give(Advice {u"certificate-expires-soon"_qs,
                     trLater("The partner's certificate %1 expires in %n day(s), on %2, and "
                             "federation with it stops then; ask the partner's administrator to "
                             "renew it and install the new one before that date.",
                             nullptr, int(qMax<qint64>(0, offered.certificateDaysLeft)))
                         .arg(offered.certificateName)
                         .arg(QLocale().toString(offered.certificateNotAfter.toUTC(),
                                                 QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))});
    } else {
        result.verdict = ConnectionVerdict::Pass;
    }
    return result;
}

QString PolicyCheck::verdictName(ConnectionVerdict verdict)
{
    return ProbeReport::verdictName(verdict);
}

Methods PolicyCheck::usableMethods(const NegotiationPolicy &policy, const OfferedFeatures &offered)
{
    const Methods allowed = policy.allowedMethods();
    Methods usable;
    if (allowed.testFlag(Method::SaslOverTls) && offered.tlsNegotiated && offered.externalOffered()
        && offered.externalFailure.isEmpty())
        usable |= Method::SaslOverTls;
    if (allowed.testFlag(Method::TlsDialback) && offered.tlsNegotiated && offered.dialbackAfterTls
        && offered.dialbackFailure.isEmpty())
        usable |= Method::TlsDialback;
    if (allowed.testFlag(Method::TcpDialback) && offered.startTls != StartTls::Required
        && offered.dialbackBeforeTls && offered.dialbackFailure.isEmpty())
        usable |= Method::TcpDialback;
    return usable;
}

PolicyCheck::Said PolicyCheck::failureAdvice(const NegotiationPolicy &policy,
                                             const OfferedFeatures &offered)
{
    // Earlier stages first: a later stage's offer is only meaningful once the earlier one worked.
    if (!offered.streamOpened) {
        if (!offered.tlsFailure.isEmpty())
            return tlsFailureAdvice(offered);
        return Advice {
            u"no-xmpp-stream"_qs,
            trLater("The partner's server did not answer with an XMPP stream; check the partner's "
                    "domain or proxy FQDN and its DNS SRV records, and that the Edge server can "
                    "reach it.")};
    }

    const Negotiation tls = policy.tls();
    if (offered.startTls == StartTls::Required && tls == Negotiation::NotSupported)
        return {
            Advice {
                u"tls-required-by-partner"_qs,
                trLater(
                    "The partner's server requires TLS (its STARTTLS is marked required) but "
                    "this configuration sets TLS negotiation to Not supported, so no connection "
                    "is possible; set TLS negotiation to Optional, so that TLS is used wherever "
                    "the partner's servers offer it.")},
            SuggestedChange::tls(Negotiation::Optional)};
    if (tlsFailed(offered))
        return tlsFailureAdvice(offered);

    if (!offered.tlsNegotiated && offered.startTls == StartTls::NotOffered
        && tls != Negotiation::NotSupported) {
        if (tls == Negotiation::Required) {
            const bool tcpDialbackIfOptional = policy.dialback() && offered.dialbackBeforeTls;
            if (tcpDialbackIfOptional)
                return {Advice {u"starttls-not-offered"_qs,
                                trLater("This configuration sets TLS negotiation to Required but "
                                        "the partner's server does not offer STARTTLS; ask the "
                                        "partner's administrator to enable TLS, or set TLS "
                                        "negotiation to Optional to accept unencrypted TCP "
                                        "dialback.")},
                        SuggestedChange::tls(Negotiation::Optional)};
            return Advice {u"starttls-not-offered"_qs,
                           trLater("This configuration sets TLS negotiation to Required but the "
                                   "partner's server does not offer STARTTLS; ask the partner's "
                                   "administrator to enable TLS.")};
        }
        // TLS Optional: without TLS only TCP dialback is left.
        if (!policy.dialback()) {
            if (offered.dialbackBeforeTls)
                return {Advice {u"starttls-not-offered"_qs,
                                trLater("The partner's server does not offer STARTTLS, which SASL "
                                        "needs, and this configuration does not allow dialback; "
                                        "ask the partner's administrator to enable TLS, or enable "
                                        "dialback negotiation to accept unencrypted TCP "
                                        "dialback.")},
                        SuggestedChange::dialback(true)};
            return Advice {u"starttls-not-offered"_qs,
                           trLater("The partner's server does not offer STARTTLS, which SASL "
                                   "needs; ask the partner's administrator to enable TLS.")};
        }
        return Advice {
            u"neither-starttls-nor-dialback"_qs,
            trLater("The partner's server offers neither STARTTLS nor dialback; ask the partner's "
                    "administrator to enable TLS or dialback.")};
    }

    if (tls == Negotiation::NotSupported) {
        // Only row 17 gets here: TCP dialback is allowed, but not offered.
        if (offered.tlsNegotiated)
            return {Advice {u"direct-tls-refused-by-settings"_qs,
                            trLater("The partner's server was reached over direct TLS (XEP-0368), "
                                    "which this configuration refuses by setting TLS negotiation "
                                    "to Not supported; set TLS negotiation to Optional.")},
                    SuggestedChange::tls(Negotiation::Optional)};
        if (offered.startTls == StartTls::Optional)
            return {Advice {u"no-dialback-without-tls"_qs,
                            trLater("The partner's server offers no dialback on an unencrypted "
                                    "stream, the only kind this configuration allows; set TLS "
                                    "negotiation to Optional to use the TLS the partner offers.")},
                    SuggestedChange::tls(Negotiation::Optional)};
        return Advice {
            u"dialback-not-offered"_qs,
            trLater("The partner's server offers no dialback, the only method this configuration "
                    "allows; ask the partner's administrator to enable dialback.")};
    }

    // The partner offered STARTTLS and the configuration allows it, yet the probe stopped short.
    if (!offered.tlsNegotiated)
        return Advice {
            u"tls-not-reached"_qs,
            trLater("The test ended before TLS was negotiated with the partner; check the report "
                    "for the step that stopped it and run the test again.")};

    // TLS is up: the methods inside the encrypted stream did not meet.
    const Methods allowed = policy.allowedMethods();
    if (allowed == Methods(Method::SaslOverTls)
        || (allowed.testFlag(Method::SaslOverTls) && !offered.externalFailure.isEmpty()))
        return externalMissingAdvice(policy, offered);

    if (!offered.dialbackBeforeTls && !offered.dialbackAfterTls) {
        if (allowed.testFlag(Method::SaslOverTls))
            return Advice {
                u"no-authentication-offered"_qs,
                trLater("The partner's server offers neither dialback nor SASL EXTERNAL; ask the "
                        "partner's administrator to enable dialback, or install a certificate for "
                        "your domain from a CA the partner trusts so that it offers SASL EXTERNAL "
                        "(XEP-0178).")};
        if (offered.externalOffered())
            return {Advice {u"dialback-not-offered"_qs,
                            trLater("The partner's server offers SASL EXTERNAL but no dialback, "
                                    "the only method this configuration allows; set SASL "
                                    "negotiation to Optional, or ask the partner's administrator "
                                    "to enable dialback.")},
                    SuggestedChange::sasl(Negotiation::Optional)};
        return Advice {
            u"dialback-not-offered"_qs,
            trLater("The partner's server offers no dialback, the only method this configuration "
                    "allows; ask the partner's administrator to enable dialback.")};
    }
    if (offered.dialbackBeforeTls && !offered.dialbackAfterTls) {
        if (offered.startTls == StartTls::Required)
            return Advice {
                u"dialback-only-before-tls"_qs,
                trLater(
                    "The partner's server requires TLS but offers dialback only before TLS, not "
                    "on the encrypted stream; ask the partner's administrator to offer dialback "
                    "after TLS.")};
        // The partner would accept TCP dialback; this configuration requires TLS.
        return {Advice {u"dialback-only-before-tls"_qs,
                        trLater("The partner's server offers dialback only on the unencrypted "
                                "stream, which this configuration refuses by requiring TLS; ask "
                                "the partner's administrator to offer dialback after TLS, or set "
                                "TLS negotiation to Optional to accept unencrypted TCP "
                                "dialback.")},
                SuggestedChange::tls(Negotiation::Optional)};
    }
    // Not reached with the documented matrix; a Fail must never come without advice.
    return Advice {
        u"no-allowed-method"_qs,
        trLater("The partner's server offers no authentication method that this configuration "
                "allows; compare the features in this report with the negotiation settings.")};
}

Advice PolicyCheck::tlsFailureAdvice(const OfferedFeatures &offered)
{
    if (offered.tlsFailure.isEmpty())
        return Advice {
            u"tls-failed"_qs,
            trLater("TLS negotiation with the partner did not complete; ask the partner's "
                    "administrator to check its TLS setup.")};
    return Advice {
        u"tls-failed"_qs,
        trLater("TLS negotiation with the partner failed (%1); correct that error, for a "
                "certificate "
                "error by trusting the issuing CA here or by asking the partner for a valid "
                "certificate for its domain.")
            .arg(offered.tlsFailure)};
}

PolicyCheck::Said PolicyCheck::tcpOnlyAdvice(const NegotiationPolicy &policy,
                                             const OfferedFeatures &offered)
{
    if (tlsFailed(offered)) {
        if (offered.tlsFailure.isEmpty())
            return Advice {
                u"tcp-dialback-only"_qs,
                trLater("Only TCP dialback is usable because TLS negotiation did not complete, so "
                        "traffic with this partner is not encrypted; ask the partner's "
                        "administrator to check its TLS setup.")};
        return Advice {
            u"tcp-dialback-only"_qs,
            trLater("Only TCP dialback is usable because TLS failed (%1), so traffic with this "
                    "partner is not encrypted; correct that TLS error.")
                .arg(offered.tlsFailure)};
    }
    if (policy.tls() == Negotiation::NotSupported) {
        if (offered.startTls == StartTls::Optional)
            return {Advice {u"tcp-dialback-only"_qs,
                            trLater("Only TCP dialback is usable, so traffic with this partner is "
                                    "not encrypted; set TLS negotiation to Optional to use the "
                                    "TLS the partner offers.")},
                    SuggestedChange::tls(Negotiation::Optional)};
        // The setting helps only once the partner offers TLS: nothing to apply yet.
        return Advice {
            u"tcp-dialback-only"_qs,
            trLater("Only TCP dialback is usable because neither side uses TLS, so traffic with "
                    "this partner is not encrypted; ask the partner's administrator to enable TLS "
                    "and set TLS negotiation to Optional.")};
    }
    if (!offered.tlsNegotiated)
        return Advice {
            u"tcp-dialback-only"_qs,
            trLater("Only TCP dialback is usable because the partner's server does not offer "
                    "STARTTLS, so traffic with this partner is not encrypted; ask the partner's "
                    "administrator to enable TLS.")};
    // TLS worked, but the encrypted stream offered nothing this configuration allows.
    if (policy.allowedMethods().testFlag(Method::SaslOverTls))
        return Advice {
            u"tcp-dialback-only"_qs,
            trLater("Only TCP dialback is usable, so traffic with this partner is not encrypted: "
                    "after TLS the partner's server offers neither dialback nor SASL EXTERNAL; ask "
                    "the partner's administrator to offer dialback after TLS, or install a "
                    "certificate for your domain from a CA the partner trusts (XEP-0178).")};
    return Advice {
        u"tcp-dialback-only"_qs,
        trLater("Only TCP dialback is usable, so traffic with this partner is not encrypted: the "
                "partner's server offers no dialback after TLS; ask the partner's administrator to "
                "offer it.")};
}

PolicyCheck::Said PolicyCheck::externalMissingAdvice(const NegotiationPolicy &policy,
                                                     const OfferedFeatures &offered)
{
    if (!offered.externalFailure.isEmpty())
        return Advice {
            u"sasl-external-refused"_qs,
            trLater("The partner's server refused SASL EXTERNAL (“%1”): it does not accept "
                    "the client certificate as your domain's identity; use a certificate "
                    "that names your domain (XEP-0178), from a CA the partner trusts.")
                .arg(offered.externalFailure)};
    // Suggest dialback only when the partner's offer shows it would then work.
    const auto methodWith = [&](Negotiation sasl) -> std::optional<Method> {
        const NegotiationPolicy alternative(policy.tls(), sasl, true);
        if (alternative.verdict() == NegotiationPolicy::SettingsVerdict::Error)
            return std::nullopt;
        return mostPreferred(usableMethods(alternative, offered));
    };
    if (!policy.dialback()) {
        if (const auto method = methodWith(policy.sasl())) {
            return {
                Advice {u"sasl-external-not-offered"_qs,
                        *method == Method::TcpDialback
                            ? trLater(
                                "The partner's server did not offer SASL EXTERNAL, which it offers "
                                "only to a server presenting a client certificate it trusts "
                                "(XEP-0178); install a certificate for your domain from a CA the "
                                "partner trusts, or enable dialback negotiation to accept "
                                "unencrypted TCP dialback.")
                            : trLater(
                                "The partner's server did not offer SASL EXTERNAL, which it offers "
                                "only to a server presenting a client certificate it trusts "
                                "(XEP-0178); install a certificate for your domain from a CA the "
                                "partner trusts, or enable dialback negotiation.")},
                SuggestedChange::dialback(true)};
        }
    }
    // With both TLS and SASL required, Lync never uses dialback (row 1).
    if (policy.sasl() == Negotiation::Required && methodWith(Negotiation::Optional)) {
        const SuggestedChange change = policy.dialback()
            ? SuggestedChange::sasl(Negotiation::Optional)
            : SuggestedChange::sasl(Negotiation::Optional).with(SuggestedChange::dialback(true));
        return {
            Advice {
                u"sasl-external-not-offered"_qs,
                policy.dialback()
                    ? trLater(
                        "The partner's server did not offer SASL EXTERNAL, which it offers only "
                        "to a server presenting a client certificate it trusts (XEP-0178); "
                        "install a certificate for your domain from a CA the partner trusts, or "
                        "set SASL negotiation to Optional so that dialback can be used.")
                    : trLater(
                        "The partner's server did not offer SASL EXTERNAL, which it offers only "
                        "to a server presenting a client certificate it trusts (XEP-0178); "
                        "install a certificate for your domain from a CA the partner trusts, or "
                        "set SASL negotiation to Optional and enable dialback negotiation.")},
            change};
    }
    return Advice {
        u"sasl-external-not-offered"_qs,
        trLater(
            "The partner's server did not offer SASL EXTERNAL, which it offers only to a server "
            "presenting a client certificate it trusts (XEP-0178); install a certificate for "
            "your domain from a CA the partner trusts.")};
}
