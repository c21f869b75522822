// The connection probe finding its servers in DNS (RFC 6120 §3.2, RFC 2782, XEP-0368):
// dnsmasq serves the SRV and address records, set as the probe's DNS server, and one
// Prosody (STARTTLS and direct TLS) stands behind them. dnsmasq needs root for port 53.
#include "dnsserver.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace ProbeTest;

class tst_ProbeDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void preferredSrvTargetFirst();
    void nextSrvTargetWhenThePreferredIsDown();
    void dotTargetMeansNoService();
    void noSrvRecordFallsBackToTheDomain_data();
    void noSrvRecordFallsBackToTheDomain();
    void directTlsViaXmppsServer();
    void dotTargetInOneSetDoesNotHideTheOther();
    void everyAddressOfATargetIsAnAttempt();
    void dnsFailureCauses_data();
    void dnsFailureCauses();
    void directTlsCertificateForAnotherDomainFails();
    void cleanupTestCase();

private:
    ProbeSettings settings() const;
    // The DNS server as the report names it: "127.0.0.1:PORT".
    QString nameserver() const
    {
        return NameserverAddress(m_dns->address(), m_dns->port()).toString();
    }
    QString xmppTarget(quint16 port) const { return u"xmpp.srv.test:"_qs + QString::number(port); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    std::unique_ptr<ProsodyServer> m_prosody;
    std::unique_ptr<DnsServer> m_dns;
    quint16 m_closedPort = 0;
    // Stands in for an XMPP server on the default port 5269 of 127.0.0.1, when that port
    // is free: it answers a stream header with dialback and records what it received.
    QTcpServer m_defaultPortServer;
    QByteArray m_defaultPortReceived;
};

namespace {

constexpr int StepTimeoutMs = 5000;
const QHostAddress Loopback(QHostAddress::LocalHost);

} // namespace

ProbeSettings tst_ProbeDns::settings() const
{
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.nameserver = NameserverAddress(m_dns->address(), m_dns->port());
    s.extraCaFile = m_ca->caCertificate();
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 3 * StepTimeoutMs;
    return s;
}

void tst_ProbeDns::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    const QStringList domains {u"srv.test"_qs, u"backup.test"_qs, u"direct.test"_qs,
                               u"mixed.test"_qs, u"dual.test"_qs};
    const TestCa::Files server = m_ca->serverCertificate(domains);
    QVERIFY2(!server.isNull(), qPrintable(m_ca->errorString()));

    // directwrong.test serves a certificate that names another domain only.
    const TestCa::Files other = m_ca->serverCertificate({u"other.test"_qs});
    QVERIFY2(!other.isNull(), qPrintable(m_ca->errorString()));

    ProsodyServer::Options options;
    for (const QString &domain : domains)
        options.virtualHosts.append({domain, server.certificate, server.key, server.ca});
    options.virtualHosts.append({u"directwrong.test"_qs, other.certificate, other.key, other.ca});
    options.directTls = true;
    m_prosody = std::make_unique<ProsodyServer>(options);
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->errorString()));
    const quint16 s2s = m_prosody->s2sPort();
    m_closedPort = closedPort();

    if (m_defaultPortServer.listen(Loopback, 5269)) {
        connect(&m_defaultPortServer, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_defaultPortServer.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray data = socket->readAll();
                m_defaultPortReceived += data;
                if (data.contains("<stream:stream")) {
                    socket->write("<?xml version='1.0'?><stream:stream xmlns='jabber:server' "
                                  "xmlns:stream='http://etherx.jabber.org/streams' "
                                  "xmlns:db='jabber:server:dialback' from='plain.test' id='p1' "
                                  "version='1.0'><stream:features><dialback "
                                  "xmlns='urn:xmpp:features:dialback'/></stream:features>");
                } else if (data.contains("</stream:stream>")) {
                    socket->write("</stream:stream>");
                    socket->disconnectFromHost();
                }
            });
        });
    } else {
        qInfo("127.0.0.1:5269 is taken (%s): the fallback test checks only the attempt",
              qPrintable(m_defaultPortServer.errorString()));
    }

    m_dns = std::make_unique<DnsServer>();
    // srv.test: the preferred record leads to Prosody, a less preferred one to a closed port.
    m_dns->addSrvRecord(u"_xmpp-server._tcp.srv.test"_qs, u"xmpp.srv.test"_qs, s2s, 10, 60);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.srv.test"_qs, u"down.srv.test"_qs, m_closedPort, 20,
                        40);
    // backup.test: the other way round, and before both a target with no address at all.
    m_dns->addSrvRecord(u"_xmpp-server._tcp.backup.test"_qs, u"ghost.srv.test"_qs, s2s, 1, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.backup.test"_qs, u"down.srv.test"_qs, m_closedPort, 5,
                        10);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.backup.test"_qs, u"xmpp.srv.test"_qs, s2s, 10, 10);
    m_dns->addNoServiceRecord(u"_xmpp-server._tcp.none.test"_qs);
    // direct.test: direct TLS preferred over STARTTLS (XEP-0368).
    m_dns->addSrvRecord(u"_xmpps-server._tcp.direct.test"_qs, u"xmpp.srv.test"_qs,
                        m_prosody->directTlsPort(), 5, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.direct.test"_qs, u"xmpp.srv.test"_qs, s2s, 10, 0);
    // mixed.test: no STARTTLS service ("."), but a direct TLS one (XEP-0368).
    m_dns->addNoServiceRecord(u"_xmpp-server._tcp.mixed.test"_qs);
    m_dns->addSrvRecord(u"_xmpps-server._tcp.mixed.test"_qs, u"xmpp.srv.test"_qs,
                        m_prosody->directTlsPort(), 5, 0);
    // dual.test: a target with an IPv6 and an IPv4 address; Prosody listens on IPv4 only.
    m_dns->addSrvRecord(u"_xmpp-server._tcp.dual.test"_qs, u"dual.srv.test"_qs, s2s, 0, 0);
    m_dns->addAddress(u"dual.srv.test"_qs, QHostAddress(QHostAddress::LocalHostIPv6));
    m_dns->addAddress(u"dual.srv.test"_qs, Loopback);
    // lost.test: its only SRV target does not exist; nameless.test: a target without address.
    m_dns->addSrvRecord(u"_xmpp-server._tcp.lost.test"_qs, u"ghost.srv.test"_qs, s2s, 0, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.nameless.test"_qs, u"bare.srv.test"_qs, s2s, 0, 0);
    m_dns->addOption(u"--txt-record=bare.srv.test,exists"_qs);
    m_dns->addSrvRecord(u"_xmpps-server._tcp.directwrong.test"_qs, u"xmpp.srv.test"_qs,
                        m_prosody->directTlsPort(), 5, 0);
    // These names exist only in this DNS server, not for the system's resolver.
    m_dns->addAddress(u"xmpp.srv.test"_qs, Loopback);
    m_dns->addAddress(u"down.srv.test"_qs, Loopback);
    m_dns->addAddress(u"plain.test"_qs, Loopback);
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
}

void tst_ProbeDns::cleanupTestCase()
{
    if (m_dns)
        QVERIFY(m_dns->stop());
    if (m_prosody)
        QVERIFY(m_prosody->stop());
    m_defaultPortServer.close();
}

void tst_ProbeDns::preferredSrvTargetFirst()
{
    ConnectionProbe probe(partnerForRow(u"srv.test"_qs, 7), u"srv.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.method.toString(), u"TLS dialback"_qs);

    // Every record is shown, with its priority and weight.
    QCOMPARE(report.records.size(), 2);
    const auto hasRecord = [&](const QString &target, quint16 port, quint16 priority,
                               quint16 weight) {
        return std::any_of(report.records.begin(), report.records.end(), [&](const auto &r) {
            return r.service == u"_xmpp-server._tcp"_qs && r.target == target && r.port == port
                && r.priority == priority && r.weight == weight && !r.directTls;
        });
    };
    QVERIFY2(hasRecord(u"xmpp.srv.test"_qs, m_prosody->s2sPort(), 10, 60), qPrintable(dump));
    QVERIFY2(hasRecord(u"down.srv.test"_qs, m_closedPort, 20, 40), qPrintable(dump));
    // dnsmasq passes no DNSSEC records: every record is marked not validated, a note says
    // why and what to change, and DANE cannot apply.
    QVERIFY2(std::all_of(report.records.begin(), report.records.end(),
                         [](const auto &r) { return r.dnssec == DnssecStatus::Unvalidated; }),
             qPrintable(dump));
    QVERIFY2(report.dnssecNote.toString().contains(u"no DNSKEY records for the trust anchor"_qs),
             qPrintable(report.dnssecNote.toString()));
    QVERIFY2(report.dnssecNote.toString().contains(m_dns->address().toString()),
             qPrintable(report.dnssecNote.toString()));
    QCOMPARE(report.dane.state, DaneReport::State::NotEligible);
    const ProbeReport::StepResult resolve = step(report, Step::Resolve);
    QCOMPARE(resolve.state, State::Passed);
    QVERIFY2(resolve.details.toString().contains(
                 u"_xmpp-server._tcp.srv.test: 2 record(s) (DNSSEC: not validated)."_qs),
             qPrintable(dump));
    QVERIFY2(resolve.details.toString().contains(
                 u"_xmpps-server._tcp.srv.test: no record (DNSSEC: not validated)."_qs),
             qPrintable(dump));

    // The preferred target answered first: the closed one was never tried.
    QCOMPARE(report.connectedTo, xmppTarget(m_prosody->s2sPort()));
    const ProbeReport::StepResult connect = step(report, Step::Connect);
    QCOMPARE(connect.state, State::Passed);
    QVERIFY2(!connect.details.toString().contains(u"down.srv.test"_qs), qPrintable(dump));
    // The certificate is verified for the partner's domain, not for the SRV target.
    QVERIFY(report.offered.tlsNegotiated);
    QVERIFY(report.certificates.constFirst().subjectAlternativeNames.contains(u"srv.test"_qs));
}

void tst_ProbeDns::nextSrvTargetWhenThePreferredIsDown()
{
    ConnectionProbe probe(partnerForRow(u"backup.test"_qs, 7), u"backup.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.connectedTo, xmppTarget(m_prosody->s2sPort()));
    QCOMPARE(report.records.size(), 3);
    // The targets tried first are in the report, in the order of their priority: the
    // administrator learns that the partner's preferred servers are down although the
    // test passed. Their addresses come from the DNS server of the settings too.
    const ProbeReport::StepResult connect = step(report, Step::Connect);
    QCOMPARE(connect.state, State::Passed);
    QCOMPARE(
        connect.details.toString(),
        u"Connected to %1 (127.0.0.1).\nTried before, without success:\n"
        "ghost.srv.test:%2: ghost.srv.test was not found in DNS (asked the DNS server %3)\n"
        "down.srv.test:%4 (127.0.0.1): Connection refused"_qs.arg(xmppTarget(m_prosody->s2sPort()))
            .arg(m_prosody->s2sPort())
            .arg(nameserver())
            .arg(m_closedPort));
}

void tst_ProbeDns::dotTargetMeansNoService()
{
    ConnectionProbe probe(partnerForRow(u"none.test"_qs, 7), u"none.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QCOMPARE(report.verdict, Verdict::Fail);
    const ProbeReport::StepResult resolve = step(report, Step::Resolve);
    QCOMPARE(resolve.state, State::Failed);
    QVERIFY2(resolve.details.toString().startsWith(
                 u"The DNS of none.test says it offers no XMPP server-to-server service"_qs),
             qPrintable(dump));
    QCOMPARE(report.records.size(), 1);
    QCOMPARE(report.records.constFirst().target, u"."_qs);
    QCOMPARE(step(report, Step::Connect).state, State::NotRun);
    QVERIFY(report.connectedTo.isEmpty());
    QVERIFY(report.transcript.isEmpty());
}

void tst_ProbeDns::noSrvRecordFallsBackToTheDomain_data()
{
    QTest::addColumn<bool>("listening"); // whether the test's server listens on 5269
    // In this order: the second row stops the test's server on port 5269.
    QTest::newRow("a server on port 5269") << true;
    QTest::newRow("nothing on port 5269") << false;
}

void tst_ProbeDns::noSrvRecordFallsBackToTheDomain()
{
    QFETCH(bool, listening);
    // Whether the port is the test's to open or close; someone else's otherwise.
    const bool ownPort = m_defaultPortServer.isListening();
    if (!listening)
        m_defaultPortServer.close();
    m_defaultPortReceived.clear();
    // Row 17, so that a plain stream with dialback is a usable answer.
    ConnectionProbe probe(partnerForRow(u"plain.test"_qs, 17), u"plain.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);

    // No SRV answer at all: the domain itself, on port 5269, shown as such.
    QCOMPARE(report.records.size(), 1);
    const ProbeReport::DnsRecord &record = report.records.constFirst();
    QVERIFY(record.service.isEmpty());
    QCOMPARE(record.target, u"plain.test"_qs);
    QCOMPARE(record.port, quint16(5269));
    const ProbeReport::StepResult resolve = step(report, Step::Resolve);
    QCOMPARE(resolve.state, State::Passed);
    QVERIFY2(resolve.details.toString().contains(
                 u"No SRV record: falling back to plain.test on port 5269 (A/AAAA records)."_qs),
             qPrintable(dump));

    const ProbeReport::StepResult connect = step(report, Step::Connect);
    if (!ownPort) {
        // Someone else's port: only the attempt to plain.test:5269 is certain.
        QVERIFY2(connect.details.toString().contains(u"plain.test:5269"_qs), qPrintable(dump));
        return;
    }
    if (!listening) {
        // plain.test is known only to the test's DNS server: its address is from there.
        QCOMPARE(connect.state, State::Failed);
        QCOMPARE(connect.details.toString(),
                 u"No server accepted the connection:\nplain.test:5269 (127.0.0.1): Connection "
                 "refused"_qs);
        QCOMPARE(report.verdict, Verdict::Fail);
        return;
    }
    QCOMPARE(report.connectedTo, u"plain.test:5269"_qs);
    QCOMPARE(connect.state, State::Passed);
    QVERIFY2(m_defaultPortReceived.contains("from='lync.test' to='plain.test'"),
             m_defaultPortReceived.constData());
    QVERIFY2(report.verdict == Verdict::Warning, qPrintable(dump));
    QCOMPARE(report.method.toString(), u"TCP dialback"_qs);
}

void tst_ProbeDns::directTlsViaXmppsServer()
{
    ConnectionProbe probe(partnerForRow(u"direct.test"_qs, 7), u"direct.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.method.toString(), u"TLS dialback"_qs);

    QCOMPARE(report.records.size(), 2);
    const auto direct = std::find_if(report.records.begin(), report.records.end(),
                                     [](const ProbeReport::DnsRecord &r) { return r.directTls; });
    QVERIFY2(direct != report.records.end(), qPrintable(dump));
    QCOMPARE(direct->service, u"_xmpps-server._tcp"_qs);
    QCOMPARE(direct->port, m_prosody->directTlsPort());
    QCOMPARE(direct->priority, quint16(5));

    // The more preferred direct TLS record was used: TLS first, then the stream.
    QCOMPARE(report.connectedTo, xmppTarget(m_prosody->directTlsPort()));
    QVERIFY2(step(report, Step::Connect).details.toString().contains(u"direct TLS (XEP-0368)"_qs),
             qPrintable(dump));
    QCOMPARE(step(report, Step::OpenStream).state, State::Skipped);
    QCOMPARE(step(report, Step::StartTls).state, State::Passed);
    QCOMPARE(step(report, Step::RestartStream).state, State::Passed);
    QVERIFY(report.offered.tlsNegotiated);
    QVERIFY(report.featuresBeforeTls.isEmpty());
    QCOMPARE(LocalizedText::toStringList(report.featuresAfterTls), QStringList {u"dialback"_qs});
    QVERIFY(!report.tlsProtocol.isEmpty());
    QVERIFY(report.certificates.constFirst().subjectAlternativeNames.contains(u"direct.test"_qs));
    // No STARTTLS on a direct TLS connection; one stream header, sent over TLS.
    const QStringList sent = sentLines(report);
    QVERIFY2(sent.filter(u"<starttls"_qs).isEmpty(), qPrintable(dump));
    QCOMPARE(sent.filter(u"from='lync.test' to='direct.test'"_qs).size(), 1);

    // The TLS profile of the same direct TLS port: the handshakes at once, no STARTTLS.
    const TlsProfile &profile = report.tlsProfile;
    for (const TlsProfile::Version version :
         {TlsProfile::Version::Tls12, TlsProfile::Version::Tls13})
        QVERIFY2(profile.find(version)->state == TlsProfile::VersionState::Accepted,
                 qPrintable(dump + profile.find(version)->details.toString()));
    QVERIFY2(!profile.grade.isEmpty(), qPrintable(dump));
    QCOMPARE(profile.keyType, u"RSA"_qs);
}

void tst_ProbeDns::dotTargetInOneSetDoesNotHideTheOther()
{
    ConnectionProbe probe(partnerForRow(u"mixed.test"_qs, 7), u"mixed.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    // "." says that STARTTLS is not offered; the direct TLS record is still tried (XEP-0368).
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.connectedTo, xmppTarget(m_prosody->directTlsPort()));
    QCOMPARE(report.records.size(), 2);
    QVERIFY2(step(report, Step::Resolve).details.toString().contains(u"target “.”"_qs),
             qPrintable(dump));
}

void tst_ProbeDns::everyAddressOfATargetIsAnAttempt()
{
    ConnectionProbe probe(partnerForRow(u"dual.test"_qs, 7), u"dual.test"_qs, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    // The IPv6 address first (Prosody does not listen there), then the IPv4 one.
    QCOMPARE(report.attempts.size(), 2);
    const QString server = u"dual.srv.test:"_qs + QString::number(m_prosody->s2sPort());
    QCOMPARE(report.attempts.at(0).server, server);
    QCOMPARE(report.attempts.at(0).address, u"::1"_qs);
    QVERIFY(!report.attempts.at(0).connected);
    QCOMPARE(report.attempts.at(1).address, u"127.0.0.1"_qs);
    QVERIFY(report.attempts.at(1).connected);
    QVERIFY2(step(report, Step::Connect).details.toString().contains(server + u" (::1): "_qs),
             qPrintable(dump));
    const QJsonArray attempts = report.toJson().value(u"attempts"_qs).toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(1).toObject().value(u"address"_qs).toString(), u"127.0.0.1"_qs);
}

void tst_ProbeDns::dnsFailureCauses_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("proxyFqdn");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("words");
    QTest::newRow("domain not found")
        << u"missing.test"_qs << QString() << u"domain-not-found"_qs
        << u"missing.test has no _xmpp-server SRV record and the name itself was not found in DNS "
           "(asked the DNS server %1)"_qs;
    QTest::newRow("SRV target not found")
        << u"lost.test"_qs << QString() << u"srv-target-not-found"_qs
        << u"The SRV record of lost.test points to ghost.srv.test, which was not found in DNS "
           "(asked the DNS server %1)"_qs;
    QTest::newRow("SRV target without address")
        << u"nameless.test"_qs << QString() << u"srv-target-no-address"_qs
        << u"points to bare.srv.test, which has no address (A/AAAA) in DNS"_qs;
    QTest::newRow("service not offered")
        << u"none.test"_qs << QString() << u"service-not-offered"_qs
        << u"offers no XMPP server-to-server service"_qs;
    QTest::newRow("proxy FQDN not found")
        << u"srv.test"_qs << u"ghost.srv.test:5269"_qs << u"proxy-fqdn-not-found"_qs
        << u"The partner's proxy FQDN ghost.srv.test was not found in DNS (asked the DNS server "
           "%1); correct the proxy FQDN"_qs;
}

void tst_ProbeDns::dnsFailureCauses()
{
    QFETCH(QString, domain);
    QFETCH(QString, proxyFqdn);
    QFETCH(QString, reason);
    QFETCH(QString, words);
    Partner partner = partnerForRow(domain, 7);
    partner.proxyFqdn = proxyFqdn;
    ConnectionProbe probe(partner, domain, settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, reason);
    const QString expected = words.contains(u"%1"_qs) ? words.arg(nameserver()) : words;
    QVERIFY2(report.advice.toString().contains(expected), qPrintable(dump));
}

void tst_ProbeDns::directTlsCertificateForAnotherDomainFails()
{
    // Direct TLS (SNI directwrong.test): the certificate is checked before any stream.
    ConnectionProbe probe(partnerForRow(u"directwrong.test"_qs, 7), u"directwrong.test"_qs,
                          settings());
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.connectedTo, xmppTarget(m_prosody->directTlsPort()));
    QCOMPARE(step(report, Step::Connect).state, State::Passed);
    QCOMPARE(step(report, Step::OpenStream).state, State::Skipped);
    const ProbeReport::StepResult startTls = step(report, Step::StartTls);
    QCOMPARE(startTls.state, State::Failed);
    QCOMPARE(startTls.details.toString(),
             u"The certificate names other.test (DNS name); none is directwrong.test."_qs);
    QCOMPARE(step(report, Step::RestartStream).state, State::NotRun);
    QVERIFY(report.offered.tlsAttempted);
    QVERIFY(!report.offered.tlsNegotiated);
    // The server named is the SRV target the certificate came from.
    const QString sentence
        = u"The certificate presented by xmpp.srv.test names other.test but not "
          "directwrong.test: the partner's server (for a Lync partner, the Access Edge's "
          "external certificate) must carry directwrong.test among its subject alternative "
          "names."_qs;
    QCOMPARE(report.offered.tlsFailure.toString(), sentence);
    QVERIFY2(report.advice.toString().contains(sentence), qPrintable(dump));
    QVERIFY(report.certificateCheck.trust.trusted);
    // Nothing was sent over the refused session.
    QVERIFY2(sentLines(report).isEmpty(), qPrintable(dump));
}

QTEST_GUILESS_MAIN(tst_ProbeDns)
#include "tst_probedns.moc"
