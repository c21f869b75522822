// The connection probe against scripted peers on 127.0.0.1 (an in-process QTcpServer):
// well-behaved plaintext servers, and hostile or broken ones. Each test ends by itself
// within its timeouts.
#include "probe/connectionprobe.h"
#include "scriptedpeer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>

using Step = ProbeReport::Step;
using State = ProbeReport::StepState;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                          "xmlns:stream='http://etherx.jabber.org/streams' "
                          "xmlns:db='jabber:server:dialback' from='partner.test' id='s1' "
                          "version='1.0'>";

Partner partnerRow(Negotiation tls, Negotiation sasl, bool dialback)
{
    Partner partner;
    partner.domain = u"partner.test"_qs;
    partner.tlsNegotiation = tls;
    partner.saslNegotiation = sasl;
    partner.supportDialbackNegotiation = dialback;
    return partner;
}

} // namespace

class tst_ConnectionProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tcpDialbackPassesAndClosesPolitely();
    void requiredTlsWithTlsNotSupportedFails();
    void streamErrorIsReported();
    void garbage();
    void dtdBomb();
    void oneByteASecond();
    void megabyteOfFeatures();
    void closeRightAfterProceed();
    void closedPortFailsFast();
    void cancelStopsAtOnce();

private:
    const ProbeReport &run(ConnectionProbe &probe, int waitMs = 20000)
    {
        QSignalSpy finished(&probe, &ConnectionProbe::finished);
        probe.start();
        if (finished.isEmpty())
            finished.wait(waitMs);
        if (finished.size() != 1)
            qFatal("the probe did not finish");
        return probe.report();
    }
    static ProbeSettings settings(const QString &address, int stepTimeoutMs = 3000)
    {
        ProbeSettings s;
        s.localDomain = u"lync.local.test"_qs;
        s.hostOverride = address;
        s.stepTimeoutMs = stepTimeoutMs;
        s.totalBudgetMs = 15000;
        return s;
    }
    static const ProbeReport::StepResult &step(const ProbeReport &report, Step which)
    {
        const ProbeReport::StepResult *found = report.findStep(which);
        if (!found)
            qFatal("no such step");
        return *found;
    }
};

void tst_ConnectionProbe::tcpDialbackPassesAndClosesPolitely()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(Header
                          + "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/>"
                            "</stream:features>");
    });
    ConnectionProbe probe(partnerRow(Negotiation::NotSupported, Negotiation::NotSupported, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict,
             ProbeReport::ConnectionVerdict::Warning); // only TCP dialback: unencrypted
    QCOMPARE(report.method.toString(), u"TCP dialback"_qs);
    QCOMPARE(step(report, Step::Resolve).state, State::Passed);
    QCOMPARE(step(report, Step::Connect).state, State::Passed);
    QCOMPARE(step(report, Step::OpenStream).state, State::Passed);
    QVERIFY(step(report, Step::OpenStream).details.toString().contains(u"partner.test"_qs));
    QCOMPARE(step(report, Step::StartTls).state, State::Skipped);
    QCOMPARE(LocalizedText::toStringList(report.featuresBeforeTls), QStringList {u"dialback"_qs});
    QVERIFY(report.offered.dialbackBeforeTls);
    QCOMPARE(report.connectedTo, peer.address());
    // What was sent: a server-to-server header from LOCAL to the partner, then a close.
    QTRY_VERIFY(peer.received().contains("</stream:stream>"));
    QVERIFY(peer.received().contains("xmlns='jabber:server'"));
    QVERIFY(peer.received().contains("from='lync.local.test' to='partner.test'"));
    QVERIFY(report.transcript.size() >= 3);
    QVERIFY(report.transcript.first().sent);
    QCOMPARE(report.toJson().value(u"verdict"_qs).toString(), u"warning"_qs);
    QVERIFY(report.toHtml().contains(u"TCP dialback"_qs));
}

void tst_ConnectionProbe::requiredTlsWithTlsNotSupportedFails()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream"))
            socket->write(Header
                          + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                            "<required/></starttls><dialback xmlns='urn:xmpp:features:dialback'/>"
                            "</stream:features>");
    });
    ConnectionProbe probe(partnerRow(Negotiation::NotSupported, Negotiation::NotSupported, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(
        report.advice.toString(),
        u"The partner's server requires TLS (its STARTTLS is marked required) but this configuration sets TLS negotiation to Not supported, so no connection is possible; set TLS negotiation to Optional, so that TLS is used wherever the partner's servers offer it."_qs);
    QCOMPARE(LocalizedText::toStringList(report.featuresBeforeTls),
             (QStringList {u"STARTTLS (required)"_qs, u"dialback"_qs}));
}

void tst_ConnectionProbe::streamErrorIsReported()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &) {
        socket->write(Header
                      + "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                        "<text xmlns='urn:ietf:params:xml:ns:xmpp-streams'>No such host here</text>"
                        "</stream:error></stream:stream>");
    });
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(step(report, Step::OpenStream).state, State::Failed);
    QCOMPARE(step(report, Step::OpenStream).details.toString(),
             u"The server ended the stream with the error “host-unknown”: No such host here"_qs);
}

void tst_ConnectionProbe::garbage()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    });
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(step(report, Step::OpenStream).state, State::Failed);
    QVERIFY2(step(report, Step::OpenStream).details.toString().contains(u"not valid XML"_qs),
             qPrintable(step(report, Step::OpenStream).details.toString()));
}

void tst_ConnectionProbe::dtdBomb()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &) {
        QByteArray bomb = "<?xml version='1.0'?><!DOCTYPE s [<!ENTITY a 'aaaaaaaaaa'>";
        for (int i = 1; i < 10; ++i)
            bomb += "<!ENTITY a" + QByteArray::number(i) + " '" + QByteArray("&a;").repeated(10)
                + "'>";
        bomb += "]><stream:stream xmlns:stream='http://etherx.jabber.org/streams'>&a9;";
        socket->write(bomb);
    });
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QVERIFY(step(report, Step::OpenStream)
                .details.toString()
                .contains(u"document type declaration"_qs));
}

void tst_ConnectionProbe::oneByteASecond()
{
    QTimer drip;
    QPointer<QTcpSocket> client;
    int sent = 0;
    ScriptedPeer peer([&](QTcpSocket *socket, const QByteArray &) { client = socket; });
    connect(&drip, &QTimer::timeout, this, [&] {
        if (client && sent < Header.size())
            client->write(Header.mid(sent++, 1));
    });
    drip.start(1000);
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address(), 1500));
    QElapsedTimer clock;
    clock.start();
    const ProbeReport &report = run(probe);
    QVERIFY(clock.elapsed() < 10000);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(step(report, Step::OpenStream).state, State::Failed);
    QCOMPARE(step(report, Step::OpenStream).details.toString(), u"No answer within 1.5 s."_qs);
}

void tst_ConnectionProbe::megabyteOfFeatures()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (!received.contains("<stream:stream"))
            return;
        socket->write(Header + "<stream:features>");
        const QByteArray mechanism = "<mechanism>" + QByteArray(1000, 'X') + "</mechanism>";
        for (int i = 0; i < 1024; ++i)
            socket->write(mechanism);
    });
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QVERIFY2(step(report, Step::OpenStream).details.toString().contains(u"larger than 64 KiB"_qs),
             qPrintable(step(report, Step::OpenStream).details.toString()));
}

void tst_ConnectionProbe::closeRightAfterProceed()
{
    ScriptedPeer peer([](QTcpSocket *socket, const QByteArray &received) {
        if (received.contains("<stream:stream")) {
            socket->write(Header
                          + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                            "<required/></starttls></stream:features>");
        } else if (received.contains("<starttls")) {
            socket->write("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
            socket->flush();
            socket->close();
        }
    });
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address()));
    const ProbeReport &report = run(probe);
    QCOMPARE(report.verdict, ProbeReport::ConnectionVerdict::Fail);
    QCOMPARE(step(report, Step::StartTls).state, State::Failed);
    QVERIFY(report.offered.tlsAttempted);
    QVERIFY(!report.offered.tlsNegotiated);
}

void tst_ConnectionProbe::closedPortFailsFast()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    } // closed: nothing listens there now
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs,
                          settings(u"127.0.0.1:"_qs + QString::number(port), 10000));
    QElapsedTimer clock;
    clock.start();
    const ProbeReport &report = run(probe);
    QVERIFY(clock.elapsed() < 5000); // well under the 10 s step timeout
    QCOMPARE(step(report, Step::Connect).state, State::Failed);
    QVERIFY2(
        step(report, Step::Connect).details.toString().contains(u"refused"_qs, Qt::CaseInsensitive),
        qPrintable(step(report, Step::Connect).details.toString()));
    QCOMPARE(step(report, Step::OpenStream).state, State::NotRun);
}

void tst_ConnectionProbe::cancelStopsAtOnce()
{
    ScriptedPeer peer([](QTcpSocket *, const QByteArray &) {}); // never answers
    ConnectionProbe probe(partnerRow(Negotiation::Required, Negotiation::Optional, true),
                          u"partner.test"_qs, settings(peer.address(), 10000));
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.start();
    QTRY_VERIFY(probe.report().findStep(Step::Connect)->state == State::Passed);
    probe.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!probe.isRunning());
    QVERIFY(probe.report().cancelled);
    QCOMPARE(probe.report().findStep(Step::OpenStream)->state, State::Cancelled);
    QCOMPARE(probe.report().advice.toString(), u"The test was cancelled."_qs);
}

QTEST_GUILESS_MAIN(tst_ConnectionProbe)
#include "tst_connectionprobe.moc"
