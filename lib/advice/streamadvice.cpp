#include "advice/streamadvice.h"

#include "util/textexcerpt.h"

namespace {

bool looksLikeTls(const QByteArray &bytes)
{
    // A TLS record: handshake (22) or alert (21), then the major version 3.
    return bytes.size() >= 2 && (bytes.at(0) == 0x16 || bytes.at(0) == 0x15) && bytes.at(1) == 0x03;
}

// The start of what the server sent, as text a report can show: control and other
// unprintable characters become dots.
QString glimpse(const QByteArray &bytes, qsizetype maxLength)
{
    QString text = QString::fromUtf8(bytes.left(4 * maxLength));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = u'.';
    }
    return TextExcerpt::firstLine(text, maxLength);
}

} // namespace

Advice StreamAdvice::notXmpp(const QString &server, const QByteArray &received)
{
    const QByteArray start = received.trimmed();
    if (start.startsWith("HTTP/")) {
        const QString statusLine = QString::fromLatin1(start.left(start.indexOf('\n')).trimmed());
        return {u"not-xmpp-http"_qs,
                trLater("%1 answered with HTTP (“%2”), not XMPP: that port belongs to a web "
                        "server; correct the port of the partner's proxy FQDN or SRV record "
                        "(server-to-server XMPP is usually on port 5269).")
                    .arg(server)
                    .arg(TextExcerpt::firstLine(statusLine, 80))};
    }
    if (looksLikeTls(received))
        return {u"not-xmpp-tls"_qs,
                trLater("%1 answered with TLS where an XMPP stream was expected: it is a direct "
                        "TLS port (XEP-0368), which belongs in an _xmpps-server SRV record; use "
                        "the partner's STARTTLS port (usually 5269) in its proxy FQDN or SRV "
                        "record.")
                    .arg(server)};
    return {u"not-xmpp"_qs,
            trLater("%1 sent data that is not XML (“%2”) instead of an XMPP stream: no XMPP "
                    "server listens there; correct the port of the partner's proxy FQDN or SRV "
                    "record (server-to-server XMPP is usually on port 5269).")
                .arg(server)
                .arg(glimpse(received, 60))};
}

Advice StreamAdvice::unreadable(const QString &server, const XmppStreamReader &reader,
                                const QByteArray &received)
{
    using Kind = XmppStreamReader::ErrorKind;
    const Kind kind = reader.errorKind();
    // Not XML from the first byte: something else than XMPP answered.
    if (kind == Kind::NotXml && !received.trimmed().startsWith('<'))
        return notXmpp(server, received);
    switch (kind) {
    case Kind::NotAStream:
        return {u"not-xmpp-stream"_qs,
                trLater("%1 sent the XML element <%2> instead of an XMPP stream: no XMPP "
                        "server-to-server service listens there; correct the port of the "
                        "partner's proxy FQDN or SRV record.")
                    .arg(server)
                    .arg(reader.rootName())};
    case Kind::Dtd:
        return {u"dtd"_qs,
                trLater("%1 sent a document type declaration (DTD), which XMPP forbids and the "
                        "test refuses to read (RFC 6120 §11.1): the server is faulty or hostile; "
                        "tell the partner's administrator.")
                    .arg(server)};
    case Kind::EntityReference:
        return {u"entity-reference"_qs,
                trLater("%1 sent an entity reference that XMPP does not allow: the server is "
                        "faulty or hostile; tell the partner's administrator.")
                    .arg(server)};
    case Kind::HeaderTooLarge:
        return {u"header-too-large"_qs,
                trLater("%1 sent a stream header larger than %2 KiB, which the test refuses to "
                        "read: the server is faulty or hostile; tell the partner's "
                        "administrator.")
                    .arg(server)
                    .arg(XmppStreamReader::MaxElementSize / 1024)};
    case Kind::ElementTooLarge:
        return {u"element-too-large"_qs,
                trLater("%1 sent an element larger than %2 KiB, which the test refuses to read: "
                        "the server is faulty or hostile; tell the partner's administrator.")
                    .arg(server)
                    .arg(XmppStreamReader::MaxElementSize / 1024)};
    case Kind::NotUtf8:
        return {u"not-utf8"_qs,
                trLater("%1 sent text that is not UTF-8, which XMPP requires (RFC 6120 §11.6): "
                        "the partner's server is faulty; send the report's transcript to its "
                        "administrator.")
                    .arg(server)};
    case Kind::OtherEncoding:
        return {u"other-encoding"_qs,
                trLater("%1 declared an encoding other than UTF-8, which XMPP forbids (RFC 6120 "
                        "§11.6): the partner's server is faulty; send the report's transcript to "
                        "its administrator.")
                    .arg(server)};
    case Kind::NotXml:
    case Kind::None:
        break;
    }
    return {u"invalid-xml"_qs,
            trLater("%1 sent XML that is not well-formed (%2): the partner's server is faulty; "
                    "send the report's transcript to its administrator.")
                .arg(server)
                .arg(reader.errorText())};
}

Advice StreamAdvice::timeout(const QString &server, Wait wait, int timeoutMs, qint64 bytesReceived)
{
    const double seconds = timeoutMs / 1000.0;
    switch (wait) {
    case Wait::StreamHeader:
        if (bytesReceived == 0)
            return {u"no-stream"_qs,
                    trLater("%1 accepted the connection but sent nothing within %2 s of the "
                            "stream header: no XMPP server answers there; check the port of the "
                            "partner's proxy FQDN or SRV record (server-to-server XMPP is "
                            "usually on port 5269).")
                        .arg(server)
                        .arg(seconds)};
        return {u"stream-stalled"_qs,
                trLater("%1 sent %n byte(s) but not a complete stream header and features "
                        "within %2 s: the server is overloaded or stalls; ask the partner's "
                        "administrator to check it.",
                        nullptr, int(qMin<qint64>(bytesReceived, INT_MAX)))
                    .arg(server)
                    .arg(seconds)};
    case Wait::Proceed:
        return {u"starttls-timeout"_qs,
                trLater("%1 did not answer STARTTLS within %2 s, although it offered it; ask the "
                        "partner's administrator to check its TLS setup.")
                    .arg(server)
                    .arg(seconds)};
    case Wait::Handshake:
        return {u"tls-handshake-timeout"_qs,
                trLater("The TLS handshake with %1 did not complete within %2 s: the server is "
                        "overloaded, or something on the way holds TLS back; ask the partner's "
                        "administrator to check it.")
                    .arg(server)
                    .arg(seconds)};
    case Wait::FeaturesAfterTls:
        return {u"features-after-tls-timeout"_qs,
                trLater("%1 offered no features within %2 s after TLS; ask the partner's "
                        "administrator to look at its log for this connection.")
                    .arg(server)
                    .arg(seconds)};
    case Wait::SaslResult:
        return {u"sasl-timeout"_qs,
                trLater("%1 did not answer SASL EXTERNAL within %2 s; ask the partner's "
                        "administrator to look at its log for this connection.")
                    .arg(server)
                    .arg(seconds)};
    case Wait::AfterAuthentication:
        return {u"features-after-sasl-timeout"_qs,
                trLater("%1 accepted SASL EXTERNAL but offered no features within %2 s on the "
                        "stream restarted after it; ask the partner's administrator to look at "
                        "its log for this connection.")
                    .arg(server)
                    .arg(seconds)};
    }
    return {};
}

Advice StreamAdvice::streamClosed(const QString &server, Wait wait)
{
    if (wait == Wait::StreamHeader)
        return {u"stream-closed"_qs,
                trLater("%1 closed the XMPP stream without an error before offering anything: it "
                        "may refuse this computer's address or the local domain; ask the "
                        "partner's administrator to look at its log for this connection.")
                    .arg(server)};
    return {u"stream-closed-after-tls"_qs,
            trLater("%1 closed the XMPP stream without an error after TLS: it may refuse the "
                    "local domain or its certificate; ask the partner's administrator to look at "
                    "its log for this connection.")
                .arg(server)};
}

Advice StreamAdvice::connectionClosed(const QString &server, Wait wait)
{
    switch (wait) {
    case Wait::StreamHeader:
        return {u"connection-closed"_qs,
                trLater("%1 closed the connection without an XMPP answer: it may refuse this "
                        "computer's address, or not be an XMPP server; check the port of the "
                        "partner's proxy FQDN or SRV record, and ask the partner's administrator "
                        "whether it filters by address.")
                    .arg(server)};
    case Wait::Proceed:
    case Wait::Handshake:
        return {u"connection-closed-during-tls"_qs,
                trLater("%1 closed the connection during the TLS handshake: its TLS setup is "
                        "broken, often a missing or unreadable certificate or key; ask the "
                        "partner's administrator to check them.")
                    .arg(server)};
    case Wait::FeaturesAfterTls:
    case Wait::SaslResult:
    case Wait::AfterAuthentication:
        break;
    }
    return {u"connection-closed-after-tls"_qs,
            trLater("%1 closed the connection after TLS without saying why: it may refuse the "
                    "local domain or its certificate; ask the partner's administrator to look at "
                    "its log for this connection.")
                .arg(server)};
}

Advice StreamAdvice::budgetExhausted(const LocalizedText &step, int budgetMs)
{
    return {u"budget-exhausted"_qs,
            trLater("The test did not finish within its budget of %1 s (it was at the step "
                    "“%2”); raise the total budget in the connection test settings, or look at "
                    "the slow step in this report.")
                .arg(budgetMs / 1000.0)
                .arg(step)};
}
