// Full server dialback (XEP-0220) against a real Prosody 0.12: the probe sends its key, Prosody
// dials the authoritative server of the local domain, which its resolver finds through a
// dnsmasq of the test's own (_xmpp-server._tcp.lync.test → the tester's listener), and the
// listener answers Prosody's <db:verify/>. Prosody's resolver reads /etc/resolv.conf, so the
// cases that need it run in a private network and mount namespace with a private
// /etc/resolv.conf (run-in-private-network.sh); they skip where none could be made.
#include "dnsserver.h"
#include "probe/dialbacklistener.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ProbeTest;

namespace {

const QString PartnerDomain = u"partner.test"_qs;
const QString EdgeHost = u"edge.lync.test"_qs;
constexpr int StepTimeoutMs = 4000;
// Row 13: SASL Not supported, TLS Required, dialback: TLS dialback is the only method.
constexpr int DialbackOnlyRow = 13;

// Inside the namespaces of run-in-private-network.sh: a network namespace other than init's,
// and /etc/resolv.conf a mount point of this mount namespace. Only then may the test write it.
bool inPrivateNetwork(QString *why)
{
    if (qEnvironmentVariable("XP_PRIVATE_NETWORK") != u"1") {
        *why = u"not run through run-in-private-network.sh (as root)"_qs;
        return false;
    }
    const QString own = QFileInfo(u"/proc/self/ns/net"_qs).symLinkTarget();
    const QString init = QFileInfo(u"/proc/1/ns/net"_qs).symLinkTarget();
    if (own.isEmpty() || own == init) {
        *why = u"not in a network namespace of its own"_qs;
        return false;
    }
    QFile mounts(u"/proc/self/mountinfo"_qs);
    if (!mounts.open(QIODevice::ReadOnly)) {
        *why = u"cannot read /proc/self/mountinfo"_qs;
        return false;
    }
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        if (line.split(' ').value(4) == "/etc/resolv.conf")
            return true;
    }
    *why = u"/etc/resolv.conf is not a private mount"_qs;
    return false;
}

} // namespace

class tst_ProbeDialback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validKeyPasses();
    void invalidAnswerFails();
    void listenerOff();
    void notConnectedBack_data();
    void notConnectedBack();

private:
    // Starts dnsmasq with `dns`'s records and points the private /etc/resolv.conf at it.
    bool useDns(DnsServer &dns);
    ProbeSettings settings(const ProsodyServer &prosody, const DnsServer *dns) const;
    std::unique_ptr<ProsodyServer> startProsody();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Files m_partner; // partner.test, Prosody's
    TestCa::Files m_local; // lync.test, the listener's (the Access Edge's certificate)
    bool m_private = false;
    QString m_whyNotPrivate;
};

void tst_ProbeDialback::initTestCase()
{
    m_private = inPrivateNetwork(&m_whyNotPrivate);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_partner = m_ca->serverCertificate({PartnerDomain});
    m_local = m_ca->serverCertificate({LocalDomain, EdgeHost});
    QVERIFY2(!m_partner.isNull() && !m_local.isNull(), qPrintable(m_ca->errorString()));
}

bool tst_ProbeDialback::useDns(DnsServer &dns)
{
    dns.usePort53(); // Prosody reads resolv.conf, which has no port
    if (!dns.start()) {
        qWarning("dnsmasq: %s", qPrintable(dns.errorString()));
        return false;
    }
    QFile resolv(u"/etc/resolv.conf"_qs);
    if (!resolv.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    resolv.write("nameserver " + dns.address().toString().toLatin1() + '\n');
    return true;
}

std::unique_ptr<ProsodyServer> tst_ProbeDialback::startProsody()
{
    ProsodyServer::Options options;
    options.virtualHosts
        = {{PartnerDomain, m_partner.certificate, m_partner.key, m_ca->caCertificate()}};
    options.requireEncryption = true; // it dials the listener with STARTTLS
    options.secureAuth = false; // dialback is enough
    auto prosody = std::make_unique<ProsodyServer>(options);
    if (!prosody->start()) {
        qWarning("Prosody: %s", qPrintable(prosody->errorString()));
        return nullptr;
    }
    return prosody;
}

ProbeSettings tst_ProbeDialback::settings(const ProsodyServer &prosody, const DnsServer *dns) const
{
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.extraCaFile = m_ca->caCertificate();
    s.hostOverride = u"127.0.0.1:"_qs + QString::number(prosody.s2sPort());
    if (dns)
        s.nameserver = NameserverAddress(dns->address(), dns->port());
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 4 * StepTimeoutMs;
    s.tlsProfile = false;
    s.fullDialback = true;
    s.dialbackListenAddress = QHostAddress(QHostAddress::LocalHost);
    s.dialbackListenPort = 0; // a free port, which DNS then names
    s.dialbackCertificateFile = m_local.certificate;
    s.dialbackKeyFile = m_local.key;
    return s;
}

void tst_ProbeDialback::validKeyPasses()
{
    if (!m_private)
        QSKIP(qPrintable(m_whyNotPrivate));
    // The listener first: DNS names its port.
    ProbeSettings base;
    base.localDomain = LocalDomain;
    base.dialbackListenAddress = QHostAddress(QHostAddress::LocalHost);
    base.dialbackListenPort = 0;
    base.dialbackCertificateFile = m_local.certificate;
    base.dialbackKeyFile = m_local.key;
    DialbackListener listener(base);
    QVERIFY2(listener.start(), qPrintable(listener.errorText().toString()));
    QVERIFY(listener.presentsCertificate());
    DnsServer dns;
    dns.addSrvRecord(u"_xmpp-server._tcp."_qs + LocalDomain, EdgeHost, listener.serverPort());
    dns.addAddress(EdgeHost, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(useDns(dns));
    const std::unique_ptr<ProsodyServer> prosody = startProsody();
    QVERIFY(prosody);

    ConnectionProbe probe(partnerForRow(PartnerDomain, DialbackOnlyRow), PartnerDomain,
                          settings(*prosody, &dns));
    probe.setDialbackListener(&listener);
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report) + u"\nProsody:\n"_qs + prosody->logTail(60);
    QVERIFY2(step(report, Step::Dialback).state == State::Passed, qPrintable(dump));
    QVERIFY2(step(report, Step::Dialback).details.toString().contains(u"type='valid'"_qs),
             qPrintable(dump));
    QVERIFY2(step(report, Step::ConnectBack).state == State::Passed, qPrintable(dump));
    QCOMPARE(report.dialback.result, u"valid"_qs);
    QVERIFY(report.dialback.connectBackSeen);
    QCOMPARE(report.dialback.connectBackAddress, u"127.0.0.1"_qs);
    QCOMPARE(report.dialback.verifyAnswer, u"valid"_qs);
    // The key sent is the listener's for the stream id Prosody gave.
    QVERIFY(!report.dialback.streamId.isEmpty());
    QCOMPARE(report.dialback.keySent, listener.keyFor(PartnerDomain, report.dialback.streamId));
    QVERIFY2(sentLines(report).join(u'\n').contains(report.dialback.keySent), qPrintable(dump));
    QVERIFY2(
        report.dialback.localTargets.contains(u"%1:%2"_qs.arg(EdgeHost).arg(listener.serverPort())),
        qPrintable(report.dialback.localTargets.join(u", "_qs)));
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    const QJsonObject json = report.toJson().value(u"dialback"_qs).toObject();
    QCOMPARE(json.value(u"mode"_qs).toString(), u"on"_qs);
    QCOMPARE(json.value(u"result"_qs).toString(), u"valid"_qs);
    QCOMPARE(json.value(u"connectBack"_qs).toObject().value(u"seen"_qs).toBool(), true);
}

void tst_ProbeDialback::invalidAnswerFails()
{
    if (!m_private)
        QSKIP(qPrintable(m_whyNotPrivate));
    ProbeSettings base;
    base.localDomain = LocalDomain;
    base.dialbackListenAddress = QHostAddress(QHostAddress::LocalHost);
    base.dialbackListenPort = 0;
    base.dialbackCertificateFile = m_local.certificate;
    base.dialbackKeyFile = m_local.key;
    DialbackListener listener(base);
    listener.setAnswerInvalid(true); // as if the key were not this run's
    QVERIFY(listener.start());
    DnsServer dns;
    dns.addSrvRecord(u"_xmpp-server._tcp."_qs + LocalDomain, EdgeHost, listener.serverPort());
    dns.addAddress(EdgeHost, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(useDns(dns));
    const std::unique_ptr<ProsodyServer> prosody = startProsody();
    QVERIFY(prosody);

    ConnectionProbe probe(partnerForRow(PartnerDomain, DialbackOnlyRow), PartnerDomain,
                          settings(*prosody, &dns));
    probe.setDialbackListener(&listener);
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report) + u"\nProsody:\n"_qs + prosody->logTail(60);
    QVERIFY2(step(report, Step::Dialback).state == State::Failed, qPrintable(dump));
    QCOMPARE(report.dialback.result, u"invalid"_qs);
    QCOMPARE(report.dialback.verifyAnswer, u"invalid"_qs);
    QVERIFY2(step(report, Step::ConnectBack).state == State::Passed, qPrintable(dump));
    // TLS dialback was the only method: the verdict fails with the dialback's reason.
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"dialback-invalid"_qs);
    const QString advice = report.advice.toString();
    QVERIFY2(advice.contains(u"partner.test answered that the dialback key of lync.test is "
                             "invalid"_qs),
             qPrintable(advice));
    QVERIFY2(advice.contains(u"%1:%2"_qs.arg(EdgeHost).arg(listener.serverPort())),
             qPrintable(advice));
    QCOMPARE(report.offered.dialbackFailure, u"invalid"_qs);
}

void tst_ProbeDialback::listenerOff()
{
    // No DNS needed: the partner is never asked to connect back.
    const std::unique_ptr<ProsodyServer> prosody = startProsody();
    QVERIFY(prosody);
    ProbeSettings s = settings(*prosody, nullptr);
    s.fullDialback = false;
    ConnectionProbe probe(partnerForRow(PartnerDomain, DialbackOnlyRow), PartnerDomain, s);
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(!report.findStep(Step::Dialback) && !report.findStep(Step::ConnectBack),
             qPrintable(dump));
    QVERIFY2(step(report, Step::Authenticate)
                 .details.toString()
                 .contains(u"Full server dialback (XEP-0220) was off. For it to work, partner.test "
                           "must connect back to the authoritative server for lync.test"_qs),
             qPrintable(dump));
    QVERIFY(!report.dialback.enabled);
    QVERIFY(!sentLines(report).join(u'\n').contains(u"db:result"_qs));
    QCOMPARE(report.toJson().value(u"dialback"_qs).toObject().value(u"mode"_qs).toString(),
             u"off"_qs);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
}

void tst_ProbeDialback::notConnectedBack_data()
{
    QTest::addColumn<bool>("srvRecord");
    QTest::newRow("no SRV record for the local domain") << false;
    QTest::newRow("SRV record pointing at a closed port") << true;
}

void tst_ProbeDialback::notConnectedBack()
{
    QFETCH(bool, srvRecord);
    if (!m_private)
        QSKIP(qPrintable(m_whyNotPrivate));
    DnsServer dns;
    const quint16 closed = closedPort();
    if (srvRecord) {
        dns.addSrvRecord(u"_xmpp-server._tcp."_qs + LocalDomain, EdgeHost, closed);
        dns.addAddress(EdgeHost, QHostAddress(QHostAddress::LocalHost));
    }
    dns.addAddress(u"unrelated.test"_qs, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(useDns(dns));
    const std::unique_ptr<ProsodyServer> prosody = startProsody();
    QVERIFY(prosody);

    ConnectionProbe probe(partnerForRow(PartnerDomain, DialbackOnlyRow), PartnerDomain,
                          settings(*prosody, &dns)); // the probe's own listener, on a free port
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report) + u"\nProsody:\n"_qs + prosody->logTail(60);
    QVERIFY2(step(report, Step::Dialback).state == State::Failed, qPrintable(dump));
    QVERIFY2(step(report, Step::ConnectBack).state == State::Failed, qPrintable(dump));
    QVERIFY(!report.dialback.connectBackSeen);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"dialback-not-connected-back"_qs);
    const QString advice = report.advice.toString();
    QVERIFY2(advice.contains(u"partner.test did not connect back to the authoritative server for "
                             "lync.test (this tester's listener at 127.0.0.1:"_qs),
             qPrintable(advice));
    if (srvRecord) {
        QVERIFY2(advice.contains(u"%1:%2"_qs.arg(EdgeHost).arg(closed)), qPrintable(advice));
    } else {
        QVERIFY2(advice.contains(u"No _xmpp-server._tcp.lync.test SRV record exists"_qs),
                 qPrintable(advice));
    }
}

QTEST_GUILESS_MAIN(tst_ProbeDialback)
#include "tst_probedialback.moc"
