#include "advice/streamerroradvice.h"

#include "probe/xmppstreamreader.h"

#include <QDomElement>

Advice StreamErrorAdvice::forError(const Context &context, const QDomElement &error)
{
    const QString condition = XmppStreamReader::conditionOf(error);
    QString conditionText;
    for (QDomElement child = error.firstChildElement(); !child.isNull();
         child = child.nextSiblingElement()) {
        if (child.localName() == condition)
            conditionText = child.text().trimmed();
    }
    return forCondition(context, condition, XmppStreamReader::textOf(error), conditionText);
}

Advice StreamErrorAdvice::forCondition(const Context &context, const QString &condition,
                                       const QString &text, const QString &conditionText)
{
    const LocalizedText advice = sentence(context, condition, conditionText);
    const QString reason
        = condition.isEmpty() ? u"stream-error"_qs : u"stream-error-"_qs + condition;
    if (text.isEmpty())
        return {reason, advice};
    return {reason, trLater("%1 The server's text: “%2”.").arg(advice).arg(text.left(500))};
}

LocalizedText StreamErrorAdvice::notAuthorized(const Context &context)
{
    if (!context.afterTls)
        return trLater("%1 ended the stream with “not-authorized” before TLS: it talks only to "
                       "servers that authenticate over TLS; set TLS negotiation to Required or "
                       "Optional.")
            .arg(context.server);
    if (context.clientCertificate)
        return trLater("%1 ended the stream with “not-authorized” after TLS: it does not accept "
                       "the client certificate presented for %2; use a certificate for %2 from a "
                       "CA the partner trusts, for SASL EXTERNAL (XEP-0178).")
            .arg(context.server)
            .arg(context.localDomain);
    return trLater("%1 ended the stream with “not-authorized” after TLS: it accepts only servers "
                   "that present a certificate it trusts, and no client certificate is "
                   "configured for %2; install a certificate for %2 from a CA the partner trusts "
                   "and set it in the connection test settings, for SASL EXTERNAL (XEP-0178).")
        .arg(context.server)
        .arg(context.localDomain);
}

LocalizedText StreamErrorAdvice::sentence(const Context &context, const QString &condition,
                                          const QString &conditionText)
{
    const QString &server = context.server;
    if (condition == u"host-unknown")
        return trLater("%1 ended the stream with “host-unknown”: this server does not serve %2; "
                       "check the partner's proxy FQDN or SRV target, which may point to another "
                       "organisation's server, or ask the partner's administrator to add %2 to "
                       "it.")
            .arg(server)
            .arg(context.domain);
    if (condition == u"host-gone")
        return trLater("%1 ended the stream with “host-gone”: it no longer serves %2; ask the "
                       "partner's administrator where the XMPP service of %2 moved, then update "
                       "the proxy FQDN or ask for the SRV record to be updated.")
            .arg(server)
            .arg(context.domain);
    if (condition == u"invalid-from")
        return trLater("%1 ended the stream with “invalid-from”: it does not accept %2 as the "
                       "sending domain; set the local domain of the connection test settings to "
                       "your federated SIP domain.")
            .arg(server)
            .arg(context.localDomain);
    if (condition == u"improper-addressing")
        return trLater("%1 ended the stream with “improper-addressing”: the stream's from or to "
                       "address is missing or wrong for it; check the local domain (%2) in the "
                       "connection test settings and the partner's domain (%3).")
            .arg(server)
            .arg(context.localDomain)
            .arg(context.domain);
    if (condition == u"invalid-namespace")
        return trLater("%1 ended the stream with “invalid-namespace”: it does not take "
                       "server-to-server streams on this port; use the partner's "
                       "server-to-server port (usually 5269, not the client port 5222) in the "
                       "proxy FQDN or SRV record.")
            .arg(server);
    if (condition == u"not-authorized")
        return notAuthorized(context);
    if (condition == u"policy-violation")
        return trLater("%1 ended the stream with “policy-violation”: a local policy of the "
                       "partner's server refuses this connection (for example it requires TLS, "
                       "a trusted certificate, or blocks %2); ask the partner's administrator "
                       "which policy, quoting the server's text.")
            .arg(server)
            .arg(context.localDomain);
    if (condition == u"see-other-host")
        return trLater("%1 ended the stream with “see-other-host”, redirecting to %2, which the "
                       "test does not follow; set the partner's proxy FQDN to that host if the "
                       "partner confirms it.")
            .arg(server)
            .arg(conditionText.isEmpty() ? QStringLiteral("?") : conditionText.left(300));
    if (condition == u"remote-connection-failed")
        return trLater("%1 ended the stream with “remote-connection-failed”: a server behind it "
                       "could not be reached; ask the partner's administrator to check its "
                       "internal servers.")
            .arg(server);
    if (condition == u"connection-timeout")
        return trLater("%1 ended the stream with “connection-timeout”: it found this "
                       "connection too slow or idle; run the test again, and check the network "
                       "between the Edge server and the partner.")
            .arg(server);
    if (condition == u"conflict")
        return trLater("%1 ended the stream with “conflict”: it already has a stream from %2 and "
                       "refused a second one; run the test again later.")
            .arg(server)
            .arg(context.localDomain);
    if (condition == u"resource-constraint")
        return trLater("%1 ended the stream with “resource-constraint”: it lacks the resources "
                       "to serve this connection now; run the test again later, and tell the "
                       "partner's administrator if it lasts.")
            .arg(server);
    if (condition == u"system-shutdown")
        return trLater("%1 ended the stream with “system-shutdown”: the partner's server is "
                       "shutting down; run the test again once it is back.")
            .arg(server);
    if (condition == u"reset")
        return trLater("%1 ended the stream with “reset”: it wants the stream opened again; run "
                       "the test again.")
            .arg(server);
    if (condition == u"internal-server-error")
        return trLater("%1 ended the stream with “internal-server-error”: the partner's server "
                       "failed internally; ask its administrator to look at its log.")
            .arg(server);
    if (condition == u"unsupported-version")
        return trLater("%1 ended the stream with “unsupported-version”: it does not accept XMPP "
                       "1.0 streams; ask the partner's administrator to upgrade its server.")
            .arg(server);
    if (condition == u"unsupported-encoding" || condition == u"unsupported-feature"
        || condition == u"unsupported-stanza-type" || condition == u"bad-format"
        || condition == u"bad-namespace-prefix" || condition == u"invalid-xml"
        || condition == u"not-well-formed" || condition == u"restricted-xml") {
        return trLater("%1 ended the stream with “%2”: it could not accept what the test sent, "
                       "which follows RFC 6120; send this report's transcript to the partner's "
                       "administrator.")
            .arg(server)
            .arg(condition);
    }
    if (condition == u"undefined-condition")
        return trLater("%1 ended the stream with “undefined-condition”: it gave no standard "
                       "reason; ask the partner's administrator, quoting the server's text.")
            .arg(server);
    if (condition.isEmpty())
        return trLater("%1 ended the stream with an error that names no condition; ask the "
                       "partner's administrator to look at its log.")
            .arg(server);
    return trLater("%1 ended the stream with “%2”, a condition XMPP does not define; ask the "
                   "partner's administrator what it means.")
        .arg(server)
        .arg(condition);
}
