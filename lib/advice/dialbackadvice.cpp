#include "advice/dialbackadvice.h"

LocalizedText DialbackAdvice::whatToReach(const Context &context)
{
    if (!context.localLookupDone) {
        return trLater("For dialback, %1 connects to the _xmpp-server._tcp.%2 SRV target (the "
                       "Access Edge's external FQDN, port 5269); the listener at %3 must be that "
                       "target.")
            .arg(context.partner)
            .arg(context.local)
            .arg(context.listener);
    }
    if (context.localTargets.isEmpty()) {
        return trLater("No _xmpp-server._tcp.%1 SRV record exists (%2 was asked), so %3 can only "
                       "try %1 itself on port 5269: publish _xmpp-server._tcp.%1 pointing to the "
                       "Access Edge's external FQDN on port 5269, with TCP 5269 open inbound; for "
                       "this test the listener at %4 must be that target.")
            .arg(context.local)
            .arg(context.nameserver)
            .arg(context.partner)
            .arg(context.listener);
    }
    return trLater("For dialback, %1 connects to %2, the _xmpp-server._tcp.%3 SRV target (%4 was "
                   "asked): that must be the Access Edge's external FQDN on port 5269, reachable "
                   "from %1 with TCP 5269 open inbound; for this test the listener at %5 must be "
                   "that target.")
        .arg(context.partner)
        .arg(context.localTargets.join(QStringLiteral(", ")))
        .arg(context.local)
        .arg(context.nameserver)
        .arg(context.listener);
}

Advice DialbackAdvice::invalid(const Context &context, const QString &verifyAnswer,
                               bool connectedBack)
{
    LocalizedText why;
    if (verifyAnswer == u"invalid") {
        why = trLater("%1 answered that the dialback key of %2 is invalid: the authoritative "
                      "server for %2 (this tester's listener) did not recognise the key %1 asked "
                      "about, so %1 changed the key or the stream id.")
                  .arg(context.partner)
                  .arg(context.local);
    } else if (verifyAnswer.isEmpty() && connectedBack) {
        why = trLater("%1 answered that the dialback key of %2 is invalid: it connected to this "
                      "tester's listener but asked no verification there, which happens when it "
                      "refuses the listener's TLS; check that the listener presents a certificate "
                      "for %2 from a CA the partner trusts.")
                  .arg(context.partner)
                  .arg(context.local);
    } else if (verifyAnswer.isEmpty()) {
        why = trLater("%1 answered that the dialback key of %2 is invalid without asking this "
                      "tester's listener: it asked another server for %2, which cannot know the "
                      "test's key.")
                  .arg(context.partner)
                  .arg(context.local);
    } else {
        why = trLater("%1 answered that the dialback key of %2 is invalid although the listener "
                      "confirmed the key: %1 refuses dialback from %2 (check the partner's "
                      "federation policy for %2).")
                  .arg(context.partner)
                  .arg(context.local);
    }
    return {InvalidReason, LocalizedText::lines({why, whatToReach(context)})};
}

Advice DialbackAdvice::error(const Context &context, const QString &condition, const QString &text)
{
    const QString named = condition.isEmpty() ? QStringLiteral("undefined-condition") : condition;
    LocalizedText why = text.isEmpty()
        ? trLater("%1 answered the dialback key of %2 with the error “%3”.")
              .arg(context.partner)
              .arg(context.local)
              .arg(named)
        : trLater("%1 answered the dialback key of %2 with the error “%3”: %4")
              .arg(context.partner)
              .arg(context.local)
              .arg(named)
              .arg(text);
    return {ErrorReasonPrefix + named, LocalizedText::lines({why, whatToReach(context)})};
}

Advice DialbackAdvice::timeout(const Context &context, int timeoutMs, bool connectedBack)
{
    const LocalizedText why = connectedBack
        ? trLater("%1 connected back to the listener for %2 but gave no dialback answer within "
                  "%3 s.")
              .arg(context.partner)
              .arg(context.local)
              .arg(timeoutMs / 1000.0)
        : trLater("%1 gave no dialback answer within %3 s and did not connect back to the "
                  "authoritative server for %2.")
              .arg(context.partner)
              .arg(context.local)
              .arg(timeoutMs / 1000.0);
    return {TimeoutReason, LocalizedText::lines({why, whatToReach(context)})};
}

Advice DialbackAdvice::notConnectedBack(const Context &context, int timeoutMs)
{
    return {NotConnectedBackReason,
            LocalizedText::lines(
                {trLater("%1 did not connect back to the authoritative server for %2 (this "
                         "tester's listener at %3) within %4 s.")
                     .arg(context.partner)
                     .arg(context.local)
                     .arg(context.listener)
                     .arg(timeoutMs / 1000.0),
                 whatToReach(context)})};
}

Advice DialbackAdvice::listenerFailed(const QString &listener, const LocalizedText &error)
{
    return {ListenerFailedReason,
            LocalizedText::lines(
                {error,
                 trLater("Full dialback needs the listener at %1: free that port or set "
                         "another listener address and port in the settings.")
                     .arg(listener)})};
}
