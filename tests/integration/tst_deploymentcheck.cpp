// "Check my deployment" (DeploymentCheck) against a real Prosody serving the local domain,
// found through a real dnsmasq set as the check's DNS server: a deployment that passes, one
// without SRV record, one whose certificate names another domain, one whose SRV record
// leads to a closed port, one whose certificate expires soon, and one given by --host
// without DNS. dnsmasq needs root for port 53.
#include "dnsserver.h"
#include "probe/deploymentcheck.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using Check = DeploymentReport::Check;
using CheckState = DeploymentReport::State;
using Verdict = DeploymentReport::Verdict;

class tst_DeploymentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void srvAndCertificateForTheDomainPass();
    void noSrvRecordFails();
    void certificateForAnotherNameFails();
    void srvToAClosedPortIsUnreachable();
    void certificateExpiringSoonWarns();
    void hostGivenSkipsTheSrvRecords();
    void cancelStopsTheCheck();
    void cleanupTestCase();

private:
    ProbeSettings settings(const QString &localDomain) const;
    // Runs the check to its end (bounded); the report, or a failed verification.
    bool run(DeploymentCheck &check);
    static QString describe(const DeploymentReport &report);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    std::unique_ptr<ProsodyServer> m_prosody;
    std::unique_ptr<DnsServer> m_dns;
    quint16 m_closedPort = 0;
};

namespace {

constexpr int StepTimeoutMs = 5000;
const QHostAddress Loopback(QHostAddress::LocalHost);

DeploymentReport::Finding findingOf(const DeploymentReport &report, Check check)
{
    const DeploymentReport::Finding *found = report.find(check);
    return found ? *found : DeploymentReport::Finding {};
}

} // namespace

ProbeSettings tst_DeploymentCheck::settings(const QString &localDomain) const
{
    ProbeSettings s;
    s.localDomain = localDomain;
    s.nameserver = NameserverAddress(m_dns->address(), m_dns->port());
    s.extraCaFile = m_ca->caCertificate();
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 3 * StepTimeoutMs;
    return s;
}

bool tst_DeploymentCheck::run(DeploymentCheck &check)
{
    QSignalSpy finished(&check, &DeploymentCheck::finished);
    check.start();
    if (finished.isEmpty())
        finished.wait(25000);
    return finished.size() == 1 && !check.isRunning();
}

QString tst_DeploymentCheck::describe(const DeploymentReport &report)
{
    return report.plainText() + ProbeTest::describe(report.connection);
}

void tst_DeploymentCheck::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    const TestCa::Files good = m_ca->serverCertificate(
        {u"edge.good.test"_qs, u"good.test"_qs, u"closed.test"_qs, u"nosrv.test"_qs});
    const TestCa::Files other = m_ca->serverCertificate({u"edge.other.test"_qs, u"other.test"_qs});
    const TestCa::Files soon
        = m_ca->serverCertificate({u"soon.test"_qs}, TestCa::Validity::expiringInDays(10));
    for (const TestCa::Files &files : {good, other, soon})
        QVERIFY2(!files.isNull(), qPrintable(m_ca->errorString()));

    ProsodyServer::Options options;
    for (const QString &domain : {u"good.test"_qs, u"nosrv.test"_qs, u"closed.test"_qs})
        options.virtualHosts.append({domain, good.certificate, good.key, good.ca});
    // wrongname.test presents the certificate of another deployment.
    options.virtualHosts.append({u"wrongname.test"_qs, other.certificate, other.key, other.ca});
    options.virtualHosts.append({u"soon.test"_qs, soon.certificate, soon.key, soon.ca});
    options.requireEncryption = true;
    m_prosody = std::make_unique<ProsodyServer>(options);
    QVERIFY2(m_prosody->start(), qPrintable(m_prosody->errorString()));
    const quint16 s2s = m_prosody->s2sPort();
    m_closedPort = ProbeTest::closedPort();

    m_dns = std::make_unique<DnsServer>();
    m_dns->addSrvRecord(u"_xmpp-server._tcp.good.test"_qs, u"edge.good.test"_qs, s2s, 0, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.wrongname.test"_qs, u"edge.good.test"_qs, s2s, 0, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.soon.test"_qs, u"edge.good.test"_qs, s2s, 0, 0);
    m_dns->addSrvRecord(u"_xmpp-server._tcp.closed.test"_qs, u"edge.good.test"_qs, m_closedPort, 0,
                        0);
    // nosrv.test: no record at all, and the name itself has no address either.
    m_dns->addAddress(u"edge.good.test"_qs, Loopback);
    QVERIFY2(m_dns->start(), qPrintable(m_dns->errorString()));
}

void tst_DeploymentCheck::cleanupTestCase()
{
    if (m_dns)
        QVERIFY(m_dns->stop());
    if (m_prosody)
        QVERIFY(m_prosody->stop());
}

void tst_DeploymentCheck::srvAndCertificateForTheDomainPass()
{
    DeploymentCheck check(settings(u"good.test"_qs));
    QVERIFY(run(check));
    const DeploymentReport &report = check.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QVERIFY2(report.reason.isEmpty(), qPrintable(dump));
    QVERIFY2(report.advice().isEmpty(), qPrintable(dump));
    for (const Check passing : {Check::SrvRecord, Check::DirectTlsRecord, Check::Connect,
                                Check::Stream, Check::StartTls, Check::CertificateName,
                                Check::CertificateTrust, Check::CertificateExpiry, Check::Dialback})
        QVERIFY2(findingOf(report, passing).state == CheckState::Pass,
                 qPrintable(DeploymentReport::wireName(passing) + dump));

    // The record and the server it leads to are named.
    const QString srv = findingOf(report, Check::SrvRecord).details.toString();
    QVERIFY2(srv.contains(u"edge.good.test:"_qs + QString::number(m_prosody->s2sPort())),
             qPrintable(dump));
    // No _xmpps-server record is information, not a problem.
    QVERIFY2(findingOf(report, Check::DirectTlsRecord).details.toString().contains(u"STARTTLS"_qs),
             qPrintable(dump));
    // Reachable from here only: the report says so.
    QVERIFY2(findingOf(report, Check::Connect).details.toString().contains(u"not proven"_qs),
             qPrintable(dump));
    QVERIFY2(report.plainText().contains(u"not that partners can reach it from the internet"_qs),
             qPrintable(dump));
    // The identity matched for the local domain, not for the SRV target.
    QVERIFY2(findingOf(report, Check::CertificateName).details.toString().contains(u"good.test"_qs),
             qPrintable(dump));

    // Prosody refuses a stream from its own domain: the header carries no `from`.
    const QStringList sent = ProbeTest::sentLines(report.connection);
    QVERIFY2(!sent.isEmpty() && sent.constFirst().contains(u"to='good.test'"_qs), qPrintable(dump));
    for (const QString &line : sent)
        QVERIFY2(!line.contains(u"from="_qs), qPrintable(line));

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"verdict"_qs).toString(), u"pass"_qs);
    QCOMPARE(json.value(u"findings"_qs).toArray().size(), 9);
    QCOMPARE(json.value(u"connectionTest"_qs).toObject().value(u"domain"_qs).toString(),
             u"good.test"_qs);
}

void tst_DeploymentCheck::noSrvRecordFails()
{
    DeploymentCheck check(settings(u"nosrv.test"_qs));
    QVERIFY(run(check));
    const DeploymentReport &report = check.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"local-no-srv"_qs);
    const DeploymentReport::Finding srv = findingOf(report, Check::SrvRecord);
    QCOMPARE(srv.state, CheckState::Fail);
    QCOMPARE(srv.advice.reason, u"local-no-srv"_qs);
    // The sentence names the record to publish and the DNS server that was asked.
    const QString sentence = srv.advice.text.toString();
    QVERIFY2(sentence.contains(u"_xmpp-server._tcp.nosrv.test"_qs), qPrintable(sentence));
    QVERIFY2(sentence.contains(NameserverAddress(m_dns->address(), m_dns->port()).toString()),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(u"Access Edge's external FQDN on port 5269"_qs),
             qPrintable(sentence));
    // The fallback to the domain's own name found nothing: one cause, one failure.
    QCOMPARE(findingOf(report, Check::Connect).state, CheckState::NotRun);
    QCOMPARE(report.advice().size(), 1);
}

void tst_DeploymentCheck::certificateForAnotherNameFails()
{
    DeploymentCheck check(settings(u"wrongname.test"_qs));
    QVERIFY(run(check));
    const DeploymentReport &report = check.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"local-certificate-name"_qs);
    const DeploymentReport::Finding name = findingOf(report, Check::CertificateName);
    QCOMPARE(name.state, CheckState::Fail);
    const QString sentence = name.advice.text.toString();
    QVERIFY2(sentence.contains(u"does not list wrongname.test"_qs), qPrintable(sentence));
    // The names it holds instead.
    QVERIFY2(sentence.contains(u"edge.other.test"_qs) && sentence.contains(u"other.test"_qs),
             qPrintable(sentence));
    // The chain itself is trusted: that is a finding of its own.
    QCOMPARE(findingOf(report, Check::CertificateTrust).state, CheckState::Pass);
    QCOMPARE(findingOf(report, Check::SrvRecord).state, CheckState::Pass);
}

void tst_DeploymentCheck::srvToAClosedPortIsUnreachable()
{
    DeploymentCheck check(settings(u"closed.test"_qs));
    QVERIFY(run(check));
    const DeploymentReport &report = check.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Fail, qPrintable(dump));
    QCOMPARE(report.reason, u"local-unreachable"_qs);
    QCOMPARE(findingOf(report, Check::SrvRecord).state, CheckState::Pass);
    const DeploymentReport::Finding connect = findingOf(report, Check::Connect);
    QCOMPARE(connect.state, CheckState::Fail);
    const QString sentence = connect.advice.text.toString();
    QVERIFY2(sentence.contains(u"edge.good.test:"_qs + QString::number(m_closedPort)),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(u"open TCP 5269 inbound to the Access Edge"_qs),
             qPrintable(sentence));
    // What was not reached is not run, not failed.
    for (const Check later :
         {Check::Stream, Check::StartTls, Check::CertificateName, Check::Dialback})
        QCOMPARE(findingOf(report, later).state, CheckState::NotRun);
}

void tst_DeploymentCheck::certificateExpiringSoonWarns()
{
    DeploymentCheck check(settings(u"soon.test"_qs));
    QVERIFY(run(check));
    const DeploymentReport &report = check.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Warning, qPrintable(dump));
    QCOMPARE(report.reason, u"local-certificate-expiring"_qs);
    const DeploymentReport::Finding expiry = findingOf(report, Check::CertificateExpiry);
    QCOMPARE(expiry.state, CheckState::Warning);
    QVERIFY2(expiry.advice.text.toString().contains(u"renew"_qs), qPrintable(dump));
}

void tst_DeploymentCheck::hostGivenSkipsTheSrvRecords()
{
    ProbeSettings given = settings(u"good.test"_qs);
    given.nameserver = {}; // no DNS at all
    given.hostOverride = u"127.0.0.1:"_qs + QString::number(m_prosody->s2sPort());
    DeploymentCheck check(given);
    QVERIFY(run(check));
    const DeploymentReport &report = check.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    const DeploymentReport::Finding srv = findingOf(report, Check::SrvRecord);
    QCOMPARE(srv.state, CheckState::NotRun);
    QVERIFY2(srv.details.toString().contains(u"Not checked"_qs), qPrintable(dump));
    QVERIFY2(report.summary.toString().contains(u"SRV records were not checked"_qs),
             qPrintable(dump));
    QCOMPARE(report.toJson().value(u"host"_qs).toString(), given.hostOverride);
}

void tst_DeploymentCheck::cancelStopsTheCheck()
{
    DeploymentCheck check(settings(u"good.test"_qs));
    QSignalSpy finished(&check, &DeploymentCheck::finished);
    check.start();
    QVERIFY(check.isRunning());
    check.cancel();
    if (finished.isEmpty())
        QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!check.isRunning());
    QVERIFY(check.report().cancelled);
    QCOMPARE(check.report().verdict, Verdict::Fail);
    QCOMPARE(check.report().reason, u"cancelled"_qs);
}

QTEST_GUILESS_MAIN(tst_DeploymentCheck)
#include "tst_deploymentcheck.moc"
