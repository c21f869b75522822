// The conversation after TLS, element by element, with a host that records what the
// negotiation asks for: XEP-0288 bidi before SASL EXTERNAL, the stream restarted after
// <success/>, the round trip's queries, and the verdict when the ping is answered, gets
// an error, or gets nothing before the step's timeout; and why there is no round trip
// without bidi or when EXTERNAL fails.
#include "probe/dialbackexchange.h"
#include "probe/proberecorder.h"
#include "probe/streamnegotiation.h"

#include <QDomDocument>
#include <QTest>

namespace {

QDomElement element(const QString &xml)
{
    static QList<QDomDocument> documents; // the elements live as long as the test
    QDomDocument document;
    if (!document.setContent(xml, true))
        qFatal("not XML: %s", qPrintable(xml));
    documents.append(document);
    return document.documentElement();
}

QString features(const QString &children)
{
    return u"<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"_qs + children
        + u"</stream:features>"_qs;
}

const QString External = u"<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                         "<mechanism>EXTERNAL</mechanism></mechanisms>"_qs;
const QString Bidi = u"<bidi xmlns='urn:xmpp:features:bidi'/>"_qs;
const QString Success = u"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>"_qs;

class RecordingHost final : public StreamNegotiation::Host
{
public:
    void send(const QString &xml) override { sent.append(xml); }
    void restartStream() override { ++restarts; }
    void beginStep(ProbeReport::Step step) override { recorder->beginStep(step); }
    void endStep(ProbeReport::StepState state, const LocalizedText &details) override
    {
        recorder->endStep(state, details);
    }
    void fail(const LocalizedText &details, const Advice &advice) override
    {
        recorder->endStep(ProbeReport::StepState::Failed, details);
        recorder->recordFailure(advice);
        failed = true;
    }
    void close() override { closed = true; }
    void startTls() override { }
    QString serverText() const override { return u"xmpp.partner.test:5269 (127.0.0.1)"_qs; }
    TlsAdvice::Context tlsContext() const override { return {}; }
    const XmppStreamReader::StreamHeader &receivedHeader() const override { return header; }

    ProbeRecorder *recorder = nullptr;
    XmppStreamReader::StreamHeader header;
    QStringList sent;
    int restarts = 0;
    bool failed = false;
    bool closed = false;
};

// An answer to the query of `sent` whose child has `xmlns`.
QString answerTo(const QStringList &sent, const QString &xmlns, const QString &type,
                 const QString &children = {})
{
    for (const QString &query : sent) {
        if (!query.contains(xmlns))
            continue;
        const QDomElement iq
            = element(QString(query).replace(u"<iq "_qs, u"<iq xmlns='jabber:server' "_qs));
        return u"<iq xmlns='jabber:server' type='%1' id='%2' from='partner.test' "
               "to='lync.test'>%3</iq>"_qs.arg(type, iq.attribute(u"id"_qs), children);
    }
    qFatal("no query in %s", qPrintable(xmlns));
    return {};
}

} // namespace

class tst_StreamNegotiation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void provenByAnsweredPing();
    void pingErrorIsAWarning();
    void unansweredPingTimesOut();
    void noBidiNoRoundTrip();
    void externalFailureSaysWhy();
    void dialbackEndedByStreamErrorIsNotUsable();

private:
    // Through TLS: the state the probe is in when it restarts the stream after TLS.
    void startAfterTls();
    void authenticate(const QString &featuresAfterTls);
    const ProbeReport &judged();

    Partner m_partner;
    ProbeSettings m_settings;
    std::unique_ptr<ProbeRecorder> m_recorder;
    std::unique_ptr<RecordingHost> m_host;
    std::unique_ptr<StreamNegotiation> m_negotiation;
};

void tst_StreamNegotiation::init()
{
    m_partner = Partner();
    m_partner.domain = u"partner.test"_qs;
    m_partner.saslNegotiation = Negotiation::Required;
    m_partner.tlsNegotiation = Negotiation::Required;
    m_partner.supportDialbackNegotiation = false;
    m_settings = ProbeSettings();
    m_settings.localDomain = u"lync.test"_qs;
    m_settings.clientCertificateFile = u"lync.test.pem"_qs; // only named, never read here
    m_settings.clientKeyFile = u"lync.test.key"_qs;
    m_settings.stepTimeoutMs = 4000;
    m_recorder = std::make_unique<ProbeRecorder>(u"partner.test"_qs, u"lync.test"_qs);
    m_host = std::make_unique<RecordingHost>();
    m_host->recorder = m_recorder.get();
    m_negotiation = std::make_unique<StreamNegotiation>(*m_host, m_partner, u"partner.test"_qs,
                                                        m_settings, *m_recorder);
    m_recorder->start();
    startAfterTls();
}

void tst_StreamNegotiation::startAfterTls()
{
    OfferedFeatures &offered = m_recorder->report().offered;
    offered.streamOpened = true;
    offered.startTls = OfferedFeatures::StartTls::Required;
    offered.tlsAttempted = true;
    offered.tlsNegotiated = true;
    m_recorder->beginStep(ProbeReport::Step::RestartStream);
    m_negotiation->restartAfterTls();
}

void tst_StreamNegotiation::authenticate(const QString &featuresAfterTls)
{
    m_negotiation->handleElement(element(features(featuresAfterTls)));
    QVERIFY(m_host->sent.constLast().startsWith(u"<auth "_qs));
    m_negotiation->handleElement(element(Success));
}

const ProbeReport &tst_StreamNegotiation::judged()
{
    m_recorder->judge(m_partner);
    return m_recorder->report();
}

void tst_StreamNegotiation::provenByAnsweredPing()
{
    authenticate(External + Bidi);
    // bidi before auth, then the stream restarted after <success/>.
    QCOMPARE(m_host->sent.size(), 2); // the stream headers are restarts, not sends
    QCOMPARE(m_host->sent.at(0), u"<bidi xmlns='urn:xmpp:bidi'/>"_qs);
    QCOMPARE(m_host->restarts, 2);
    QCOMPARE(m_negotiation->wait(), StreamAdvice::Wait::AfterAuthentication);
    m_negotiation->handleElement(element(features({})));
    const QStringList queries = m_host->sent.mid(2);
    QCOMPARE(queries.size(), 3);
    QVERIFY(!m_host->closed);

    m_negotiation->handleElement(element(answerTo(queries, u"urn:xmpp:ping"_qs, u"result"_qs)));
    m_negotiation->handleElement(element(answerTo(
        queries, u"disco#info"_qs, u"result"_qs,
        u"<query xmlns='http://jabber.org/protocol/disco#info'>"
        "<identity category='server' type='im'/><feature var='urn:xmpp:ping'/></query>"_qs)));
    QVERIFY(!m_host->closed);
    m_negotiation->handleElement(
        element(answerTo(queries, u"jabber:iq:version"_qs, u"result"_qs,
                         u"<query xmlns='jabber:iq:version'><name>Prosody</name></query>"_qs)));
    QVERIFY(m_host->closed);

    const ProbeReport &report = judged();
    QCOMPARE(report.findStep(ProbeReport::Step::RoundTrip)->state, ProbeReport::StepState::Passed);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Pass);
    QVERIFY(report.proven);
    QVERIFY2(
        report.method.toString().startsWith(u"SASL over TLS, proven by a ping answered in "_qs),
        qPrintable(report.method.toString()));
    QCOMPARE(report.roundTrip.softwareName, u"Prosody"_qs);
    QVERIFY(report.advice.isEmpty());
}

void tst_StreamNegotiation::pingErrorIsAWarning()
{
    authenticate(External + Bidi);
    m_negotiation->handleElement(element(features({})));
    const QStringList queries = m_host->sent.mid(2);
    m_negotiation->handleElement(
        element(answerTo(queries, u"urn:xmpp:ping"_qs, u"error"_qs,
                         u"<error type='cancel'><forbidden "
                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error>"_qs)));
    m_negotiation->handleElement(element(answerTo(queries, u"disco#info"_qs, u"result"_qs)));
    m_negotiation->handleElement(element(answerTo(queries, u"jabber:iq:version"_qs, u"result"_qs)));
    QVERIFY(m_host->closed);

    const ProbeReport &report = judged();
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Warning);
    QVERIFY(!report.proven);
    QCOMPARE(report.method.toString(), u"SASL over TLS"_qs);
    QCOMPARE(report.reason, u"ping-error"_qs);
    QVERIFY2(report.advice.toString().contains(u"xmpp.partner.test:5269 (127.0.0.1)"_qs),
             qPrintable(report.advice.toString()));
    QVERIFY2(report.advice.toString().contains(u"“forbidden”"_qs),
             qPrintable(report.advice.toString()));
    QCOMPARE(report.findStep(ProbeReport::Step::RoundTrip)->state, ProbeReport::StepState::Failed);
}

void tst_StreamNegotiation::unansweredPingTimesOut()
{
    authenticate(External + Bidi);
    // Before the features after SASL, a timeout is the test's failure, not the round trip's.
    QVERIFY(!m_negotiation->timedOut());
    m_negotiation->handleElement(element(features({})));
    const QStringList queries = m_host->sent.mid(2);
    m_negotiation->handleElement(element(answerTo(queries, u"disco#info"_qs, u"result"_qs)));
    QVERIFY(!m_host->closed);
    QVERIFY(m_negotiation->timedOut());
    QVERIFY(m_host->closed);
    QVERIFY(!m_host->failed);

    const ProbeReport &report = judged();
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Warning);
    QCOMPARE(report.reason, u"ping-unanswered"_qs);
    QVERIFY2(report.advice.toString().contains(
                 u"no answer came within 4 s to: XEP-0199 ping, XEP-0092 version"_qs),
             qPrintable(report.advice.toString()));
    QCOMPARE(report.roundTrip.ping.outcome, RoundTrip::Outcome::NoAnswer);
    QCOMPARE(report.roundTrip.disco.outcome, RoundTrip::Outcome::Answered);
    const ProbeReport::StepResult *step = report.findStep(ProbeReport::Step::RoundTrip);
    QCOMPARE(step->state, ProbeReport::StepState::Failed);
    QVERIFY2(step->details.toString().contains(u"No answer within 4 s to: XEP-0199 ping"_qs),
             qPrintable(step->details.toString()));
}

void tst_StreamNegotiation::noBidiNoRoundTrip()
{
    authenticate(External);
    QVERIFY(m_host->closed);
    QCOMPARE(m_host->restarts, 1); // after TLS only
    QVERIFY(m_host->sent.filter(u"<iq"_qs).isEmpty());
    const ProbeReport &report = judged();
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Pass);
    QCOMPARE(report.method.toString(), u"SASL over TLS"_qs);
    QVERIFY(!report.proven);
    QCOMPARE(report.findStep(ProbeReport::Step::RoundTrip)->state, ProbeReport::StepState::Skipped);
    QVERIFY2(report.roundTrip.notAttempted.toString().contains(u"XEP-0288"_qs),
             qPrintable(report.roundTrip.notAttempted.toString()));
}

void tst_StreamNegotiation::externalFailureSaysWhy()
{
    m_negotiation->handleElement(element(features(External + Bidi)));
    m_negotiation->handleElement(element(u"<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                         "<not-authorized/></failure>"_qs));
    QVERIFY(m_host->closed);
    const ProbeReport &report = judged();
    QVERIFY(!report.roundTrip.attempted);
    QCOMPARE(report.roundTrip.notAttempted.toString(),
             u"No round trip was possible: SASL EXTERNAL failed with the condition "
             "“not-authorized”."_qs);
    QCOMPARE(report.findStep(ProbeReport::Step::RoundTrip)->state, ProbeReport::StepState::Skipped);
}

QTEST_GUILESS_MAIN(tst_StreamNegotiation)
#include "tst_streamnegotiation.moc"

// The partner ends the stream while the dialback answer is awaited (Prosody does when it
// cannot connect back): TLS dialback is then not usable, never a Pass.
void tst_StreamNegotiation::dialbackEndedByStreamErrorIsNotUsable()
{
    m_partner.saslNegotiation = Negotiation::NotSupported;
    m_partner.supportDialbackNegotiation = true;
    m_settings.clientCertificateFile.clear();
    m_settings.clientKeyFile.clear();
    m_host->header.id = u"stream-1"_qs;
    // No listener: the key is empty, and nothing is looked up outside loopback.
    DnsSettings loopback;
    loopback.nameserver = NameserverAddress(QHostAddress(QHostAddress::LocalHost));
    DialbackExchange dialback(nullptr, u"partner.test"_qs, u"lync.test"_qs, loopback);
    m_negotiation->setDialback(&dialback);
    m_negotiation->handleElement(
        element(features(u"<dialback xmlns='urn:xmpp:features:dialback'/>"_qs)));
    QVERIFY2(!m_host->sent.isEmpty() && m_host->sent.constLast().startsWith(u"<db:result "_qs),
             qPrintable(m_host->sent.join(u'\n')));
    QVERIFY(m_negotiation->isWaiting()); // for the dialback answer

    m_negotiation->handleElement(element(
        u"<stream:error xmlns:stream='http://etherx.jabber.org/streams'>"
        "<remote-connection-failed xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>"_qs));
    QVERIFY(m_host->failed);
    const ProbeReport &report = judged();
    QCOMPARE(report.offered.dialbackFailure, u"stream-error-remote-connection-failed"_qs);
    QVERIFY(report.dialback.attempted);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(report.reason, u"stream-error-remote-connection-failed"_qs);
}
