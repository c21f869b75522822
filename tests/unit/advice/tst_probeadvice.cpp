// The advice of the connection test, one failure cause at a time: each cause is produced by
// a scripted peer on 127.0.0.1 (an in-process QTcpServer that answers as a broken, hostile
// or merely misconfigured server would) and must give its own reason code and its own
// sentence, which names what happened and what to change. Each test ends by itself within
// its timeouts.
#include "probe/connectionprobe.h"
#include "scriptedpeer.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using Step = ProbeReport::Step;
using State = ProbeReport::StepState;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                          "xmlns:stream='http://etherx.jabber.org/streams' "
                          "xmlns:db='jabber:server:dialback' from='partner.test' id='s1' "
                          "version='1.0'>";
const QByteArray StartTlsFeatures = "<stream:features><starttls "
                                    "xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:features>";

QByteArray streamError(const QByteArray &condition, const QByteArray &content = {},
                       const QByteArray &text = {})
{
    QByteArray error = "<stream:error><" + condition
        + " xmlns='urn:ietf:params:xml:ns:xmpp-streams'>" + content + "</" + condition + ">";
    if (!text.isEmpty())
        error += "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>" + text + "</text>";
    return error + "</stream:error></stream:stream>";
}

// A TLS alert record: fatal, with the alert's code (RFC 8446 §6).
QByteArray tlsAlert(char code)
{
    return QByteArray("\x15\x03\x03\x00\x02\x02", 6) + code;
}

// A peer that answers the stream header with `answer`.
ScriptedPeer::Script answersHeaderWith(const QByteArray &answer)
{
    return [answer](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(answer);
    };
}

// A peer that offers STARTTLS and then, to <starttls/>, answers `afterStartTls`; to the
// TLS ClientHello that may follow, `afterHello`.
ScriptedPeer::Script startTlsThen(const QByteArray &afterStartTls, const QByteArray &afterHello)
{
    return [afterStartTls, afterHello](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(Header + StartTlsFeatures);
        else if (received.contains("<starttls"))
            socket->write(afterStartTls);
        else if (!received.isEmpty() && received.at(0) == 0x16 && !afterHello.isEmpty())
            socket->write(afterHello);
    };
}

const QByteArray Proceed = "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>";

struct Cause
{
    const char *name;
    ScriptedPeer::Script script;
    QString reason;
    QString words; // a part of the advice that only this cause gives
};

QList<Cause> causes()
{
    return {
        {"HTTP", answersHeaderWith("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"),
         u"not-xmpp-http"_qs, u"answered with HTTP (“HTTP/1.1 400 Bad Request”)"_qs},
        {"TLS where XML was expected", answersHeaderWith(tlsAlert(0x0a)), u"not-xmpp-tls"_qs,
         u"it is a direct TLS port (XEP-0368)"_qs},
        {"other bytes", answersHeaderWith("SSH-2.0-OpenSSH_9.2p1\r\n"), u"not-xmpp"_qs,
         u"sent data that is not XML (“SSH-2.0-OpenSSH_9.2p1"_qs},
        {"another XML document", answersHeaderWith("<?xml version='1.0'?><html><body>"),
         u"not-xmpp-stream"_qs, u"sent the XML element <html>"_qs},
        {"DTD", answersHeaderWith("<?xml version='1.0'?><!DOCTYPE s [<!ENTITY a 'a'>]>"), u"dtd"_qs,
         u"document type declaration (DTD)"_qs},
        {"element over the limit",
         answersHeaderWith(Header + "<stream:features>" + QByteArray(70 * 1024, ' ')
                           + QByteArray("<x/>").repeated(2000)),
         u"element-too-large"_qs, u"an element larger than 64 KiB"_qs},
        {"broken XML", answersHeaderWith(Header + "<stream:features><a></b>"), u"invalid-xml"_qs,
         u"XML that is not well-formed"_qs},
        {"silence", [](QTcpSocket *, const QByteArray &) {}, u"no-stream"_qs,
         u"accepted the connection but sent nothing within 1 s"_qs},
        {"header without features", answersHeaderWith(Header), u"stream-stalled"_qs,
         u"but not a complete stream header and features within 1 s"_qs},
        {"host-unknown", answersHeaderWith(Header + streamError("host-unknown")),
         u"stream-error-host-unknown"_qs, u"this server does not serve partner.test"_qs},
        {"invalid-from", answersHeaderWith(Header + streamError("invalid-from")),
         u"stream-error-invalid-from"_qs, u"it does not accept lync.local.test as the sending"_qs},
        {"improper-addressing", answersHeaderWith(Header + streamError("improper-addressing")),
         u"stream-error-improper-addressing"_qs, u"the stream's from or to address"_qs},
        {"invalid-namespace", answersHeaderWith(Header + streamError("invalid-namespace")),
         u"stream-error-invalid-namespace"_qs, u"not the client port 5222"_qs},
        {"policy-violation",
         answersHeaderWith(Header + streamError("policy-violation", {}, "Federation is closed")),
         u"stream-error-policy-violation"_qs, u"The server's text: “Federation is closed”."_qs},
        {"see-other-host",
         answersHeaderWith(Header + streamError("see-other-host", "elsewhere.partner.test")),
         u"stream-error-see-other-host"_qs, u"redirecting to elsewhere.partner.test"_qs},
        {"not-authorized before TLS", answersHeaderWith(Header + streamError("not-authorized")),
         u"stream-error-not-authorized"_qs, u"“not-authorized” before TLS"_qs},
        {"system-shutdown", answersHeaderWith(Header + streamError("system-shutdown")),
         u"stream-error-system-shutdown"_qs, u"is shutting down"_qs},
        {"undefined condition", answersHeaderWith(Header + streamError("made-up-condition")),
         u"stream-error-made-up-condition"_qs, u"a condition XMPP does not define"_qs},
        {"stream closed", answersHeaderWith(Header + "</stream:stream>"), u"stream-closed"_qs,
         u"closed the XMPP stream without an error before offering anything"_qs},
        {"connection closed",
         [](QTcpSocket *socket, const QByteArray &) { socket->disconnectFromHost(); },
         u"connection-closed"_qs, u"closed the connection without an XMPP answer"_qs},
        {"STARTTLS refused",
         startTlsThen("<failure xmlns='urn:ietf:params:xml:ns:xmpp-tls'/></stream:stream>", {}),
         u"starttls-refused"_qs, u"refused STARTTLS (<failure/>) although it offered it"_qs},
        {"no answer to STARTTLS", startTlsThen({}, {}), u"starttls-timeout"_qs,
         u"did not answer STARTTLS within 1 s"_qs},
        {"silent TLS handshake", startTlsThen(Proceed, {}), u"tls-handshake-timeout"_qs,
         u"The TLS handshake with"_qs},
        {"alert handshake failure", startTlsThen(Proceed, tlsAlert(40)),
         u"tls-alert-handshake-failure"_qs, u"it shares no cipher suite"_qs},
        {"alert protocol version", startTlsThen(Proceed, tlsAlert(70)),
         u"tls-alert-protocol-version"_qs, u"accepts none of the TLS versions"_qs},
        {"alert unrecognized name", startTlsThen(Proceed, tlsAlert(112)),
         u"tls-alert-unrecognized-name"_qs, u"it has no certificate for partner.test"_qs},
        {"alert internal error", startTlsThen(Proceed, tlsAlert(80)),
         u"tls-alert-internal-error"_qs, u"its TLS library failed"_qs},
        {"not TLS after proceed", startTlsThen(Proceed, "HELLO, THIS IS NOT TLS AT ALL\r\n"),
         u"not-tls-after-starttls"_qs, u"agreed to STARTTLS but then did not speak TLS"_qs},
    };
}

Partner requiredTls()
{
    Partner partner;
    partner.domain = u"partner.test"_qs;
    partner.tlsNegotiation = Negotiation::Required;
    partner.saslNegotiation = Negotiation::Optional;
    partner.supportDialbackNegotiation = true;
    return partner;
}

ProbeSettings settingsFor(const QString &address)
{
    ProbeSettings s;
    s.localDomain = u"lync.local.test"_qs;
    s.hostOverride = address;
    s.stepTimeoutMs = 1000;
    s.totalBudgetMs = 15000;
    return s;
}

ProbeReport run(ConnectionProbe &probe)
{
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    if (finished.isEmpty())
        finished.wait(20000);
    if (finished.size() != 1)
        qFatal("the probe did not finish");
    return probe.report();
}

} // namespace

class tst_ProbeAdvice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachCause_data();
    void eachCause();
    void noTwoCausesShareAnAdvice();
    void refusedConnection();
    void budgetExhausted();
    void invalidServerAddress();
    void stepsNotReachedSayWhy();

private:
    QHash<QString, QString> m_adviceByReason; // filled by eachCause
};

void tst_ProbeAdvice::eachCause_data()
{
    QTest::addColumn<int>("index");
    const QList<Cause> all = causes();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(all.at(i).name) << i;
}

void tst_ProbeAdvice::eachCause()
{
    QFETCH(int, index);
    const Cause cause = causes().at(index);
    ScriptedPeer peer(cause.script);
    ConnectionProbe probe(requiredTls(), u"partner.test"_qs, settingsFor(peer.address()));
    const ProbeReport report = run(probe);
    const QString advice = report.advice.toString();
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(report.reason, cause.reason);
    QVERIFY2(advice.contains(cause.words), qPrintable(advice));
    // It names the server it talked to, and the JSON carries the same sentence and code.
    QVERIFY2(advice.contains(peer.address()), qPrintable(advice));
    QCOMPARE(report.toJson().value(u"reason"_qs).toString(), cause.reason);
    QCOMPARE(report.toJson().value(u"advice"_qs).toString(), advice);
    // The verdict step shows the same advice.
    QCOMPARE(report.findStep(Step::Verdict)->details.toString(), advice);
    m_adviceByReason.insert(cause.reason, QString(advice).replace(peer.address(), u"SERVER"_qs));
}

void tst_ProbeAdvice::noTwoCausesShareAnAdvice()
{
    // eachCause ran first (slots run in order) and kept one advice per reason.
    QCOMPARE(m_adviceByReason.size(), causes().size());
    QSet<QString> sentences;
    for (const QString &advice : std::as_const(m_adviceByReason))
        sentences.insert(advice);
    QCOMPARE(sentences.size(), m_adviceByReason.size());
}

void tst_ProbeAdvice::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    const QString address = u"127.0.0.1:"_qs + QString::number(port);
    ConnectionProbe probe(requiredTls(), u"partner.test"_qs, settingsFor(address));
    const ProbeReport report = run(probe);
    QCOMPARE(report.reason, u"connection-refused"_qs);
    QVERIFY(report.advice.toString().startsWith(address + u" refused the connection"_qs));
    QCOMPARE(report.attempts.size(), 1);
    QCOMPARE(report.attempts.first().server, address);
    QVERIFY(!report.attempts.first().connected);
}

void tst_ProbeAdvice::budgetExhausted()
{
    ScriptedPeer peer([](QTcpSocket *, const QByteArray &) {});
    ProbeSettings s = settingsFor(peer.address());
    s.stepTimeoutMs = 10000;
    s.totalBudgetMs = 1000;
    ConnectionProbe probe(requiredTls(), u"partner.test"_qs, s);
    const ProbeReport report = run(probe);
    QCOMPARE(report.reason, u"budget-exhausted"_qs);
    QVERIFY2(
        report.advice.toString().contains(u"budget of 1 s (it was at the step “Open stream”)"_qs),
        qPrintable(report.advice.toString()));
}

void tst_ProbeAdvice::invalidServerAddress()
{
    ConnectionProbe probe(requiredTls(), u"partner.test"_qs, settingsFor(u"bad host:1"_qs));
    const ProbeReport report = run(probe);
    QCOMPARE(report.reason, u"invalid-server-address"_qs);
    QVERIFY(report.advice.toString().contains(u"“bad host:1” given for this test"_qs));
}

void tst_ProbeAdvice::stepsNotReachedSayWhy()
{
    ScriptedPeer peer(answersHeaderWith(Header + streamError("host-unknown")));
    ConnectionProbe probe(requiredTls(), u"partner.test"_qs, settingsFor(peer.address()));
    const ProbeReport report = run(probe);
    for (const Step step :
         {Step::StartTls, Step::RestartStream, Step::Authenticate, Step::RoundTrip}) {
        const ProbeReport::StepResult *result = report.findStep(step);
        QVERIFY(result);
        QCOMPARE(result->state, State::NotRun);
        QCOMPARE(result->details.toString(),
                 u"Not run: the test stopped at the step “Open stream”."_qs);
    }
    QCOMPARE(ProbeReport::wireName(State::NotRun), u"notRun"_qs);
}

QTEST_GUILESS_MAIN(tst_ProbeAdvice)
#include "tst_probeadvice.moc"
