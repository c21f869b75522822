// Every advice sentence of the connection test, made directly from its cause (the causes a
// scripted peer cannot easily produce on loopback included: a firewall that drops, a
// network that is unreachable, a DNS server that fails, each stream error condition, each
// TLS alert): one reason code per cause, and no two causes share a sentence.
#include "advice/connectadvice.h"
#include "advice/streamadvice.h"
#include "advice/streamerroradvice.h"
#include "advice/tlsadvice.h"

#include <QTest>

using Failure = ConnectAdvice::Failure;
using Source = ServerResolver::Source;
using Wait = StreamAdvice::Wait;

namespace {

const QString Server = u"xmpp.partner.example:5269 (192.0.2.7)"_qs;
const QString Domain = u"partner.example"_qs;
const LocalizedText Nameserver = LocalizedText::verbatim(u"the DNS server 192.0.2.53"_qs);

ConnectAdvice::FailedAttempt attempt(Failure failure, Source source,
                                     const QString &host = u"xmpp.partner.example"_qs)
{
    return {failure, {host, 5269, false, source}, u"192.0.2.7"_qs, u"error text"_qs};
}

QList<Advice> allAdvice()
{
    QList<Advice> all;
    all << ConnectAdvice::invalidServerAddress(u"bad host"_qs, u"why"_qs, Source::Override)
        << ConnectAdvice::invalidServerAddress(u"bad host"_qs, u"why"_qs, Source::ProxyFqdn)
        << ConnectAdvice::serviceNotOffered(Domain)
        << ConnectAdvice::srvLookupFailed(Domain, u"Server failure"_qs, Nameserver)
        << ConnectAdvice::srvTargetNotHostName(Domain, u"xmpp\\.server.example"_qs)
        << ConnectAdvice::srvBogus(Domain, u"signature expired"_qs, Nameserver)
        << ConnectAdvice::noConnection(Domain, {}, Nameserver, 10000);
    for (const Failure failure : {Failure::NameNotFound, Failure::NoAddress}) {
        for (const Source source :
             {Source::Srv, Source::DomainFallback, Source::ProxyFqdn, Source::Override})
            all << ConnectAdvice::noConnection(Domain, {attempt(failure, source)}, Nameserver,
                                               10000);
    }
    for (const Failure failure : {Failure::LookupFailed, Failure::Refused, Failure::Timeout,
                                  Failure::Unreachable, Failure::Other})
        all << ConnectAdvice::noConnection(Domain, {attempt(failure, Source::Srv)}, Nameserver,
                                           10000);
    all << ConnectAdvice::noConnection(Domain, {attempt(Failure::Refused, Source::DomainFallback)},
                                       Nameserver, 10000)
        << ConnectAdvice::noConnection(
               Domain,
               {attempt(Failure::Refused, Source::Srv),
                attempt(Failure::Timeout, Source::Srv, u"backup.partner.example"_qs)},
               Nameserver, 10000);

    all << StreamAdvice::notXmpp(Server, "HTTP/1.1 400 Bad Request\r\n\r\n")
        << StreamAdvice::notXmpp(Server, QByteArray("\x15\x03\x03\x00\x02\x02\x0a", 7))
        << StreamAdvice::notXmpp(Server, "SSH-2.0-OpenSSH_9.2\r\n")
        << StreamAdvice::timeout(Server, Wait::StreamHeader, 10000, 0)
        << StreamAdvice::timeout(Server, Wait::StreamHeader, 10000, 12);
    for (const Wait wait :
         {Wait::Proceed, Wait::Handshake, Wait::FeaturesAfterTls, Wait::SaslResult})
        all << StreamAdvice::timeout(Server, wait, 10000, 0);
    all << StreamAdvice::streamClosed(Server, Wait::StreamHeader)
        << StreamAdvice::streamClosed(Server, Wait::FeaturesAfterTls)
        << StreamAdvice::connectionClosed(Server, Wait::StreamHeader)
        << StreamAdvice::connectionClosed(Server, Wait::Handshake)
        << StreamAdvice::connectionClosed(Server, Wait::FeaturesAfterTls)
        << StreamAdvice::budgetExhausted(LocalizedText::verbatim(u"Connect"_qs), 30000);

    // The readers' own errors, each from bytes that cause it.
    const QList<QByteArray> unreadable {
        "<?xml version='1.0'?><!DOCTYPE s>",
        "<?xml version='1.0' encoding='ISO-8859-1'?><stream:stream "
        "xmlns:stream='http://etherx.jabber.org/streams'>",
        "<?xml version='1.0'?><html>",
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'><a></b>",
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'><a>\xff\xfe</a>",
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'><a>"
            + QByteArray(70 * 1024, 'x'),
    };
    for (const QByteArray &bytes : unreadable) {
        XmppStreamReader reader;
        reader.addData(bytes);
        XmppStreamReader::Event event = XmppStreamReader::Event::NeedMoreData;
        for (int i = 0; i < 10 && event != XmppStreamReader::Event::Error; ++i)
            event = reader.next();
        if (event != XmppStreamReader::Event::Error)
            qFatal("the reader accepted %s", bytes.left(80).constData());
        all << StreamAdvice::unreadable(Server, reader, bytes);
    }

    StreamErrorAdvice::Context streamContext {Server, Domain, u"lync.example"_qs, false, false};
    for (const char *condition : {"host-unknown",
                                  "host-gone",
                                  "invalid-from",
                                  "improper-addressing",
                                  "invalid-namespace",
                                  "not-authorized",
                                  "policy-violation",
                                  "see-other-host",
                                  "remote-connection-failed",
                                  "connection-timeout",
                                  "conflict",
                                  "resource-constraint",
                                  "system-shutdown",
                                  "reset",
                                  "internal-server-error",
                                  "unsupported-version",
                                  "bad-format",
                                  "undefined-condition",
                                  "",
                                  "made-up"})
        all << StreamErrorAdvice::forCondition(streamContext, QString::fromLatin1(condition), {});
    streamContext.afterTls = true;
    all << StreamErrorAdvice::forCondition(streamContext, u"not-authorized"_qs, {});
    streamContext.clientCertificate = true;
    all << StreamErrorAdvice::forCondition(streamContext, u"not-authorized"_qs, {});

    TlsAdvice::Context tlsContext {Server, Domain, u"lync.example"_qs, false, true};
    all << TlsAdvice::startTlsRefused(tlsContext);
    for (const char *error :
         {"error:0A000410:SSL routines::sslv3 alert handshake failure",
          "error:0A00042E:SSL routines::tlsv1 alert protocol version",
          "error:0A000458:SSL routines::tlsv1 unrecognized name",
          "error:0A00045C:SSL routines::tlsv13 alert certificate required",
          "error:0A000418:SSL routines::tlsv1 alert unknown ca",
          "error:0A000438:SSL routines::tlsv1 alert internal error",
          "error:0A00042F:SSL routines::tlsv1 alert decode error",
          "error:0A00010B:SSL routines::wrong version number", "something else"})
        all << TlsAdvice::handshakeFailed(tlsContext, QString::fromLatin1(error));
    tlsContext.directTls = true;
    all << TlsAdvice::handshakeFailed(tlsContext, u"wrong version number"_qs);
    return all;
}

} // namespace

class tst_AdviceSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneReasonAndOneSentencePerCause();
    void alertNames();
};

void tst_AdviceSentences::oneReasonAndOneSentencePerCause()
{
    const QList<Advice> all = allAdvice();
    QHash<QString, QString> sentenceByReason;
    QSet<QString> sentences;
    for (const Advice &advice : all) {
        const QString text = advice.text.toString();
        QVERIFY2(!advice.reason.isEmpty(), qPrintable(text));
        QVERIFY2(!text.isEmpty(), qPrintable(advice.reason));
        // Every sentence says what to do: an imperative after a semicolon or colon.
        QVERIFY2(text.contains(u"; "_qs) || text.contains(u": "_qs), qPrintable(text));
        // A stream error's code is its condition's; "not-authorized" has one sentence before
        // TLS and one after (with or without a client certificate).
        if (advice.reason != u"stream-error-not-authorized")
            QVERIFY2(!sentenceByReason.contains(advice.reason),
                     qPrintable(advice.reason + u" twice: "_qs + text + u" / "_qs
                                + sentenceByReason.value(advice.reason)));
        sentenceByReason.insert(advice.reason, text);
        QVERIFY2(!sentences.contains(text), qPrintable(text));
        sentences.insert(text);
    }
    QCOMPARE(sentenceByReason.size(), all.size() - 2);
    QCOMPARE(sentences.size(), all.size());
    // Where it applies, the sentence names the server, the domain or the DNS server.
    QVERIFY(sentenceByReason.value(u"connect-timeout"_qs).contains(u"within 10 s"_qs));
    QVERIFY(sentenceByReason.value(u"srv-target-not-found"_qs)
                .contains(u"(asked the DNS server 192.0.2.53)"_qs));
    QVERIFY(sentenceByReason.value(u"stream-error-host-unknown"_qs)
                .contains(u"does not serve partner.example"_qs));
    QVERIFY(sentenceByReason.value(u"no-server-answered"_qs)
                .contains(u"backup.partner.example:5269 (192.0.2.7): error text"_qs));
}

void tst_AdviceSentences::alertNames()
{
    QCOMPARE(TlsAdvice::alertName(u"error:0A000410:SSL routines::sslv3 alert handshake failure"_qs),
             u"handshake failure"_qs);
    QCOMPARE(TlsAdvice::alertName(u"tlsv13 alert certificate required"_qs),
             u"certificate required"_qs);
    QCOMPARE(TlsAdvice::alertName(u"tlsv1 unrecognized name"_qs), u"unrecognized name"_qs);
    QVERIFY(TlsAdvice::alertName(u"wrong version number"_qs).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AdviceSentences)
#include "tst_advicesentences.moc"
