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
