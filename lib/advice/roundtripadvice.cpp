#include "advice/roundtripadvice.h"

Advice RoundTripAdvice::pingUnanswered(const Context &context, const LocalizedText &unanswered,
                                       int timeoutMs)
{
    return {u"ping-unanswered"_qs,
            trLater("%1 accepted SASL EXTERNAL for %2, but no answer came within %3 s to: %4. "
                    "The connection authenticates, yet stanzas from %2 to %5 are not proven to "
                    "flow: ask the partner's administrator to look at its log for stanzas from "
                    "%2, and check that its server answers XMPP pings (XEP-0199) for %5.")
                .arg(context.server)
                .arg(context.localDomain)
                .arg(timeoutMs / 1000.0)
                .arg(unanswered)
                .arg(context.domain)};
}

Advice RoundTripAdvice::pingError(const Context &context, const QString &condition,
                                  const QString &text)
{
    const LocalizedText quoted
        = text.isEmpty() ? LocalizedText() : trLater(" The server's text: “%1”.").arg(text);
    // The server got the ping over the authenticated stream and says it does not do it:
    // federation is not disproved, pings are off or refused.
    if (condition == u"service-unavailable" || condition == u"feature-not-implemented") {
        return {u"ping-not-supported"_qs,
                trLater("%1 accepted SASL EXTERNAL for %2 and answered the XMPP ping (XEP-0199) "
                        "to %3 with the error “%4”: its server does not answer pings, or not "
                        "those from %2, so the round trip is not proven by a ping (see the "
                        "disco#info and version answers in the report); ask the partner's "
                        "administrator to enable XEP-0199 ping, which the Edge's keep-alive "
                        "uses too.%5")
                    .arg(context.server)
                    .arg(context.localDomain)
                    .arg(context.domain)
                    .arg(condition)
                    .arg(quoted)};
    }
    return {u"ping-error"_qs,
            trLater("%1 accepted SASL EXTERNAL for %2, but answered the XMPP ping (XEP-0199) to "
                    "%3 with the error “%4”: the connection authenticates, yet the partner's "
                    "server does not deliver stanzas from %2 as expected; ask its administrator "
                    "whether %2 is allowed to federate with %3 and whether ping is enabled.%5")
                .arg(context.server)
                .arg(context.localDomain)
                .arg(context.domain)
                .arg(condition)
                .arg(quoted)};
}
