// DeploymentJudge: the connection test's report against the local domain, judged as a
// partner meets it. Reports are made here, step by step, for the cases a real server on
// loopback cannot easily give (an expiry on the warning boundary, an incomplete chain, a
// cancelled check, a test that stopped without a finding failing).
#include "probe/deploymentjudge.h"

#include <QTest>

using Check = DeploymentReport::Check;
using State = DeploymentReport::State;
using Verdict = DeploymentReport::Verdict;
using Step = ProbeReport::Step;
using StepState = ProbeReport::StepState;

namespace {

const QString Local = u"lync.example"_qs;
const QDateTime Now(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);

void setStep(ProbeReport &report, Step step, StepState state, const QString &details = {})
{
    ProbeReport::StepResult &result = report.stepResult(step);
    result.state = state;
    result.details = LocalizedText::verbatim(details);
}

// A deployment that does everything right: SRV record, STARTTLS required, a trusted
// certificate for the domain valid for 100 more days, dialback after TLS.
ProbeReport passing()
{
    ProbeReport report;
    report.domain = Local;
    report.records.append({u"_xmpp-server._tcp"_qs, u"edge.lync.example"_qs, 5269, 0, 0, false});
    report.attempts.append({u"edge.lync.example:5269"_qs, u"192.0.2.1"_qs, false, true,
                            LocalizedText::verbatim(u"connected"_qs)});
    report.connectedTo = u"edge.lync.example:5269"_qs;
    for (const Step step :
         {Step::Resolve, Step::Connect, Step::OpenStream, Step::StartTls, Step::RestartStream})
        setStep(report, step, StepState::Passed, u"ok"_qs);
    setStep(report, Step::Authenticate, StepState::Skipped);
    report.offered.streamOpened = true;
    report.offered.startTls = OfferedFeatures::StartTls::Required;
    report.offered.dialbackBeforeTls = true;
    report.offered.tlsAttempted = true;
    report.offered.tlsNegotiated = true;
    report.offered.dialbackAfterTls = true;
    CertificateCheck &check = report.certificateCheck;
    check.checked = true;
    check.domain = Local;
    check.host = u"edge.lync.example"_qs;
    check.names.valid = true;
    check.names.hasSubjectAltName = true;
    check.names.dnsIds = {u"edge.lync.example"_qs, Local};
    check.identity = XmppIdentity::match(check.names, Local);
    check.trust.trusted = true;
    check.trust.chainComplete = true;
    check.trust.chain = {u"CN=edge.lync.example"_qs, u"CN=Public CA"_qs};
    report.certificates.append({u"CN=edge.lync.example"_qs, check.names.dnsIds, u"CN=Public CA"_qs,
                                Now.addDays(-200), Now.addDays(100), u"aa:bb"_qs});
    report.verdict = ProbeReport::ConnectionVerdict::Pass;
    return report;
}

DeploymentJudge::Context context(const QString &host = {})
{
    return {Local, host, LocalizedText::verbatim(u"the DNS server 192.0.2.53"_qs), Now};
}

State stateOf(const DeploymentReport &report, Check check)
{
    const DeploymentReport::Finding *found = report.find(check);
    return found ? found->state : State::NotRun;
}

} // namespace

class tst_DeploymentJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingRightPasses();
    void expiryWarnsWithinThirtyDays_data();
    void expiryWarnsWithinThirtyDays();
    void expiredIsSaidOnce();
    void incompleteChainWarns();
    void commonNameOnlyWarns();
    void failureOutranksWarning();
    void noDialbackAfterTlsFails();
    void missingSrvIsTheOnlyCauseWhenTheFallbackFails();
    void stoppedWithoutAFailingFindingIsNoPass();
    void cancelledIsNoPass();
    void hostGivenLeavesTheRecordsUnchecked();
};

void tst_DeploymentJudge::everythingRightPasses()
{
    const DeploymentReport report = DeploymentJudge::judge(passing(), context());
    QCOMPARE(report.verdict, Verdict::Pass);
    QVERIFY(report.reason.isEmpty());
    QCOMPARE(report.findings.size(), 9);
    for (const DeploymentReport::Finding &finding : report.findings) {
        QVERIFY2(finding.state == State::Pass,
                 qPrintable(DeploymentReport::wireName(finding.check)));
        QVERIFY(finding.advice.isNull());
    }
    QVERIFY2(report.summary.toString().contains(u"edge.lync.example:5269 (192.0.2.1)"_qs),
             qPrintable(report.summary.toString()));
}

void tst_DeploymentJudge::expiryWarnsWithinThirtyDays_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("warns");
    QTest::newRow("31 days") << 31 << false;
    QTest::newRow("30 days") << 30 << true;
    QTest::newRow("1 day") << 1 << true;
}

void tst_DeploymentJudge::expiryWarnsWithinThirtyDays()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, warns);
    ProbeReport connection = passing();
    connection.certificates.first().notAfter = Now.addDays(daysLeft);
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(stateOf(report, Check::CertificateExpiry), warns ? State::Warning : State::Pass);
    QCOMPARE(report.verdict, warns ? Verdict::Warning : Verdict::Pass);
    if (warns) {
        QCOMPARE(report.reason, u"local-certificate-expiring"_qs);
        // The date it expires, and the days left.
        const QString sentence = report.summary.toString();
        QVERIFY2(sentence.contains(Now.addDays(daysLeft).date().toString(Qt::ISODate)),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(u"in %1 day"_qs.arg(daysLeft)), qPrintable(sentence));
    }
}

void tst_DeploymentJudge::expiredIsSaidOnce()
{
    ProbeReport connection = passing();
    connection.certificates.first().notAfter = Now.addDays(-2);
    CertificateCheck &check = connection.certificateCheck;
    check.trust.trusted = false;
    check.trust.issues
        = {{TrustStore::Problem::Expired, 10, u"certificate has expired"_qs, 0,
            u"CN=edge.lync.example"_qs, u"CN=Public CA"_qs, Now.addDays(-200), Now.addDays(-2)}};
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, u"local-certificate-expired"_qs);
    QCOMPARE(stateOf(report, Check::CertificateExpiry), State::Fail);
    // Expiry is the validity check's; the chain itself leads to a trusted CA.
    QCOMPARE(stateOf(report, Check::CertificateTrust), State::Pass);
    QCOMPARE(report.advice().size(), 1);
}

void tst_DeploymentJudge::incompleteChainWarns()
{
    ProbeReport connection = passing();
    connection.certificateCheck.trust.chainComplete = false;
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Warning);
    QCOMPARE(stateOf(report, Check::CertificateTrust), State::Warning);
    QCOMPARE(report.reason, u"local-certificate-chain-incomplete"_qs);
}

void tst_DeploymentJudge::commonNameOnlyWarns()
{
    ProbeReport connection = passing();
    CertificateCheck &check = connection.certificateCheck;
    check.names.hasSubjectAltName = false;
    check.names.dnsIds.clear();
    check.names.commonNames = {Local};
    check.identity = XmppIdentity::match(check.names, Local);
    QVERIFY(check.identity.commonNameWarning());
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Warning);
    QCOMPARE(report.reason, u"local-certificate-common-name"_qs);
}

void tst_DeploymentJudge::failureOutranksWarning()
{
    ProbeReport connection = passing();
    connection.certificates.first().notAfter = Now.addDays(5); // a warning
    CertificateCheck &check = connection.certificateCheck;
    check.names.dnsIds = {u"edge.lync.example"_qs, u"sip.lync.example"_qs};
    check.identity = XmppIdentity::match(check.names, Local);
    QVERIFY(!check.identity.matched);
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, u"local-certificate-name"_qs);
    // The names the certificate holds, and the domain it lacks.
    const QString sentence = report.summary.toString();
    QVERIFY2(sentence.contains(u"sip.lync.example"_qs), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"does not list lync.example"_qs), qPrintable(sentence));
    // Both problems are in the advice, the failure first.
    QCOMPARE(report.advice().size(), 2);
    QCOMPARE(report.advice().at(0).reason, u"local-certificate-name"_qs);
    QCOMPARE(report.advice().at(1).reason, u"local-certificate-expiring"_qs);
}

void tst_DeploymentJudge::noDialbackAfterTlsFails()
{
    ProbeReport connection = passing();
    connection.offered.dialbackAfterTls = false;
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, u"local-no-dialback"_qs);
}

void tst_DeploymentJudge::missingSrvIsTheOnlyCauseWhenTheFallbackFails()
{
    ProbeReport connection = passing();
    connection = ProbeReport {};
    connection.domain = Local;
    connection.records.append({QString(), Local, 5269, 0, 0, false});
    connection.attempts.append(
        {Local + u":5269"_qs, QString(), false, false, LocalizedText::verbatim(u"not found"_qs)});
    setStep(connection, Step::Resolve, StepState::Passed);
    setStep(connection, Step::Connect, StepState::Failed, u"lync.example:5269: not found"_qs);
    connection.reason = u"domain-not-found"_qs;
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, u"local-no-srv"_qs);
    QCOMPARE(stateOf(report, Check::Connect), State::NotRun);
    QCOMPARE(report.advice().size(), 1);
    QVERIFY(report.summary.toString().contains(u"the DNS server 192.0.2.53"_qs));
}

void tst_DeploymentJudge::stoppedWithoutAFailingFindingIsNoPass()
{
    // TLS came up, then the server never sent its features after TLS.
    ProbeReport connection = passing();
    connection.offered.dialbackAfterTls = false;
    setStep(connection, Step::RestartStream, StepState::Failed, u"No answer within 5 s."_qs);
    connection.verdict = ProbeReport::ConnectionVerdict::Fail;
    connection.reason = u"features-after-tls-timeout"_qs;
    connection.advice = LocalizedText::verbatim(u"The server did not answer."_qs);
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(stateOf(report, Check::Dialback), State::NotRun);
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, u"features-after-tls-timeout"_qs);
}

void tst_DeploymentJudge::cancelledIsNoPass()
{
    ProbeReport connection;
    connection.domain = Local;
    connection.cancelled = true;
    setStep(connection, Step::Resolve, StepState::Cancelled);
    const DeploymentReport report = DeploymentJudge::judge(connection, context());
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(report.reason, u"cancelled"_qs);
    for (const DeploymentReport::Finding &finding : report.findings)
        QCOMPARE(finding.state, State::NotRun);
}

void tst_DeploymentJudge::hostGivenLeavesTheRecordsUnchecked()
{
    ProbeReport connection = passing();
    connection.records.clear();
    const DeploymentReport report
        = DeploymentJudge::judge(connection, context(u"edge.lync.example:5269"_qs));
    QCOMPARE(stateOf(report, Check::SrvRecord), State::NotRun);
    QCOMPARE(stateOf(report, Check::DirectTlsRecord), State::NotRun);
    QCOMPARE(report.verdict, Verdict::Pass);
    QVERIFY(report.summary.toString().contains(u"SRV records were not checked"_qs));
}

QTEST_GUILESS_MAIN(tst_DeploymentJudge)
#include "tst_deploymentjudge.moc"
