// The connection probe against a real Prosody on 127.0.0.1, connected to with a host
// override: STARTTLS required or optional, dialback, the partner rows that meet or miss
// what Prosody offers, certificates that name the domain only by SRV-ID or XmppAddr,
// certificate errors of trust and of identity (each said precisely), and a closed port.
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ProbeTest;

class tst_ProbeTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tlsRequiredPassesWithTlsDialback_data();
    void tlsRequiredPassesWithTlsDialback();
    void tlsRequiredFailsWhenTlsIsNotSupported();
    void tlsOptional_data();
    void tlsOptional();
    void identityByOtherNamePasses_data();
    void identityByOtherNamePasses();
    void certificateErrorFailsStartTls_data();
    void certificateErrorFailsStartTls();
    void otherDomainIsSaidInLyncTerms();
    void certificateExpiringSoonIsAWarning();
    void closedPortFailsFast();

private:
    ProbeSettings settings(const ProsodyServer &prosody) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    // Made once: RSA key generation is the slow part.
    TestCa::Files m_valid; // partner.test
    TestCa::Files m_otherName; // other.test, served for wrongname.test
    TestCa::Files m_expired; // expired.test
    TestCa::Files m_notYetValid; // notyet.test
    TestCa::Files m_untrusted; // untrusted.test, by the CA the probe does not trust
    // untrustedchain.test, by that CA too, served with the CA's certificate after it
    TestCa::Files m_untrustedChain;
    QString m_untrustedChainFile;
    TestCa::Files m_srvIdOnly; // only the SRV-ID _xmpp-server.srv.test
    TestCa::Files m_xmppAddrOnly; // only the XmppAddr xmppaddr.test
    TestCa::Files m_expiringSoon; // soon.test, 10 days left
};

namespace {

const QString PartnerDomain = u"partner.test"_qs;
constexpr int StepTimeoutMs = 5000;

} // namespace

ProbeSettings tst_ProbeTls::settings(const ProsodyServer &prosody) const
{
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.extraCaFile = m_ca->caCertificate();
    s.hostOverride = u"127.0.0.1:"_qs + QString::number(prosody.s2sPort());
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 3 * StepTimeoutMs;
    return s;
}

void tst_ProbeTls::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_valid = m_ca->serverCertificate({PartnerDomain});
    m_otherName = m_ca->serverCertificate({u"other.test"_qs});
    m_expired = m_ca->expiredServerCertificate({u"expired.test"_qs});
    m_notYetValid = m_ca->serverCertificate({u"notyet.test"_qs}, TestCa::Validity::notYetValid());
    m_untrusted = m_ca->untrustedServerCertificate({u"untrusted.test"_qs});
    m_expiringSoon
        = m_ca->serverCertificate({u"soon.test"_qs}, TestCa::Validity::expiringInDays(10));
    m_untrustedChain = m_ca->untrustedServerCertificate({u"untrustedchain.test"_qs});
    TestCa::Request srvOnly;
    srvOnly.srvIds = {u"_xmpp-server.srv.test"_qs};
    m_srvIdOnly = m_ca->issue(srvOnly);
    TestCa::Request xmppAddrOnly;
    xmppAddrOnly.xmppAddrs = {u"xmppaddr.test"_qs};
    m_xmppAddrOnly = m_ca->issue(xmppAddrOnly);
    for (const TestCa::Files &files :
         {m_valid, m_otherName, m_expired, m_notYetValid, m_untrusted, m_expiringSoon,
          m_untrustedChain, m_srvIdOnly, m_xmppAddrOnly})
        QVERIFY2(!files.isNull(), qPrintable(m_ca->errorString()));
    // The leaf, then its CA: a server that sends its whole chain.
    m_untrustedChainFile = m_dir->filePath(u"untrustedchain.pem"_qs);
    QFile chain(m_untrustedChainFile);
    QVERIFY(chain.open(QIODevice::WriteOnly));
    for (const QString &part : {m_untrustedChain.certificate, m_untrustedChain.ca}) {
        QFile file(part);
        QVERIFY(file.open(QIODevice::ReadOnly));
        chain.write(file.readAll());
    }
    chain.close();
}

void tst_ProbeTls::tlsRequiredPassesWithTlsDialback_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("row 7: TLS Required, SASL Optional, dialback") << 7;
    QTest::newRow("row 13: TLS Required, SASL Not supported, dialback") << 13;
}

void tst_ProbeTls::tlsRequiredPassesWithTlsDialback()
{
    QFETCH(int, row);
    ProsodyServer::Options options;
    options.virtualHosts = {{PartnerDomain, m_valid.certificate, m_valid.key, m_valid.ca}};
    options.requireEncryption = true;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, row), PartnerDomain, settings(prosody));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(clock.elapsed() < StepTimeoutMs, qPrintable(dump));

    QCOMPARE(report.verdict, Verdict::Pass);
    QCOMPARE(report.method.toString(), u"TLS dialback"_qs);
    QVERIFY2(report.advice.toString().isEmpty(), qPrintable(dump));
    QCOMPARE(report.domain, PartnerDomain);
    QCOMPARE(report.localDomain, LocalDomain);
    QCOMPARE(report.connectedTo, u"127.0.0.1:"_qs + QString::number(prosody.s2sPort()));

    QCOMPARE(step(report, Step::Resolve).state, State::Passed);
    QCOMPARE(step(report, Step::Connect).state, State::Passed);
    QCOMPARE(step(report, Step::OpenStream).state, State::Passed);
    QVERIFY2(step(report, Step::OpenStream)
                 .details.toString()
                 .startsWith(u"Stream opened by partner.test"_qs),
             qPrintable(dump));
    QCOMPARE(step(report, Step::StartTls).state, State::Passed);
    QCOMPARE(step(report, Step::RestartStream).state, State::Passed);
    // No client certificate configured: EXTERNAL not tried, and the report says so.
    QCOMPARE(step(report, Step::Authenticate).state, State::Skipped);
    QVERIFY2(step(report, Step::Authenticate).details.toString().contains(u"not attempted"_qs),
             qPrintable(dump));
    QCOMPARE(step(report, Step::Verdict).state, State::Passed);

    // What Prosody offers with s2s_require_encryption: STARTTLS required, dialback on
    // both sides of TLS, no SASL EXTERNAL without a client certificate.
    QCOMPARE(LocalizedText::toStringList(report.featuresBeforeTls),
             (QStringList {u"STARTTLS (required)"_qs, u"dialback"_qs}));
    QCOMPARE(LocalizedText::toStringList(report.featuresAfterTls), QStringList {u"dialback"_qs});
    QCOMPARE(report.offered.startTls, OfferedFeatures::StartTls::Required);
    QVERIFY(report.offered.tlsAttempted);
    QVERIFY(report.offered.tlsNegotiated);
    QVERIFY(report.offered.dialbackAfterTls);
    QVERIFY(!report.offered.externalOffered());

    QVERIFY2(!report.tlsProtocol.isEmpty(), qPrintable(dump));
    QVERIFY2(!report.tlsCipher.isEmpty(), qPrintable(dump));
    QVERIFY2(step(report, Step::StartTls).details.toString().contains(report.tlsCipher),
             qPrintable(dump));
    QVERIFY(!report.certificates.isEmpty());
    const ProbeReport::Certificate &leaf = report.certificates.constFirst();
    QVERIFY(!leaf.subject.isEmpty());
    QVERIFY(leaf.subjectAlternativeNames.contains(PartnerDomain));
    QVERIFY2(leaf.issuer.startsWith(u"xmpp-partners test CA"_qs), qPrintable(leaf.issuer));
    // The fingerprint is the one of the file Prosody serves, not just any text.
    QCOMPARE(leaf.sha256, sha256Of(m_valid.certificate));
    QVERIFY(leaf.notBefore.isValid() && leaf.notBefore < QDateTime::currentDateTimeUtc());
    QVERIFY(leaf.notAfter > QDateTime::currentDateTimeUtc().addDays(300));

    // Two stream headers from LOCAL to the partner (before and after TLS), then a close.
    const QStringList sent = sentLines(report);
    const QString header = u"from='lync.test' to='partner.test' version='1.0'>"_qs;
    QCOMPARE(sent.filter(header).size(), 2);
    QVERIFY(sent.constFirst().contains(u"<stream:stream xmlns='jabber:server'"_qs));
    QVERIFY(sent.contains(u"<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"_qs));
    QCOMPARE(sent.constLast(), u"</stream:stream>"_qs);
    QVERIFY2(received(report).contains(u"<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>"_qs),
             qPrintable(dump));

    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"verdict"_qs).toString(), u"pass"_qs);
    QCOMPARE(json.value(u"certificates"_qs).toArray().size(), report.certificates.size());
}

void tst_ProbeTls::tlsRequiredFailsWhenTlsIsNotSupported()
{
    ProsodyServer::Options options;
    options.virtualHosts = {{PartnerDomain, m_valid.certificate, m_valid.key, m_valid.ca}};
    options.requireEncryption = true;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    // Row 17: TLS Not supported, SASL Not supported, dialback.
    ConnectionProbe probe(partnerForRow(PartnerDomain, 17), PartnerDomain, settings(prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QCOMPARE(report.verdict, Verdict::Fail);
    QCOMPARE(
        report.advice.toString(),
        u"The partner's server requires TLS (its STARTTLS is marked required) but this configuration sets TLS negotiation to Not supported, so no connection is possible; set TLS negotiation to Optional, so that TLS is used wherever the partner's servers offer it."_qs);
    QVERIFY(report.method.toString().isEmpty());
    QCOMPARE(step(report, Step::OpenStream).state, State::Passed);
    QCOMPARE(LocalizedText::toStringList(report.featuresBeforeTls),
             (QStringList {u"STARTTLS (required)"_qs, u"dialback"_qs}));
    // The probe kept to the configuration: no STARTTLS, so nothing about TLS to show.
    QCOMPARE(step(report, Step::StartTls).state, State::Skipped);
    QCOMPARE(step(report, Step::StartTls).details.toString(),
             u"TLS negotiation is set to Not supported."_qs);
    QCOMPARE(step(report, Step::RestartStream).state, State::Skipped);
    QVERIFY(!report.offered.tlsAttempted);
    QVERIFY(report.certificates.isEmpty());
    QVERIFY(report.tlsProtocol.isEmpty());
    QVERIFY2(sentLines(report).filter(u"<starttls"_qs).isEmpty(), qPrintable(dump));
    QCOMPARE(step(report, Step::Verdict).state, State::Failed);
    QCOMPARE(step(report, Step::Verdict).details.toString(), report.advice.toString());
    QCOMPARE(sentLines(report).constLast(), u"</stream:stream>"_qs);
}

void tst_ProbeTls::tlsOptional_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("method");
    QTest::addColumn<State>("startTls");

    // Only TCP dialback is usable: PolicyCheck makes that a Warning (it still passes --check).
    QTest::newRow("row 17: TLS Not supported, dialback")
        << 17 << Verdict::Warning << u"TCP dialback"_qs << State::Skipped;
    // TLS allowed and offered: TLS dialback is preferred over TCP dialback.
    QTest::newRow("row 15: TLS Optional, SASL Not supported, dialback")
        << 15 << Verdict::Pass << u"TLS dialback"_qs << State::Passed;
    QTest::newRow("row 7: TLS Required, SASL Optional, dialback")
        << 7 << Verdict::Pass << u"TLS dialback"_qs << State::Passed;
}

void tst_ProbeTls::tlsOptional()
{
    QFETCH(int, row);
    QFETCH(Verdict, verdict);
    QFETCH(QString, method);
    QFETCH(State, startTls);

    ProsodyServer::Options options;
    options.virtualHosts = {{PartnerDomain, m_valid.certificate, m_valid.key, m_valid.ca}};
    options.requireEncryption = false;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, row), PartnerDomain, settings(prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == verdict, qPrintable(dump));
    QCOMPARE(report.method.toString(), method);
    QCOMPARE(LocalizedText::toStringList(report.featuresBeforeTls),
             (QStringList {u"STARTTLS"_qs, u"dialback"_qs}));
    QCOMPARE(report.offered.startTls, OfferedFeatures::StartTls::Optional);
    QVERIFY(report.offered.dialbackBeforeTls);
    QVERIFY2(step(report, Step::StartTls).state == startTls, qPrintable(dump));
    if (startTls == State::Skipped) {
        QVERIFY2(sentLines(report).filter(u"<starttls"_qs).isEmpty(), qPrintable(dump));
        QVERIFY(!report.offered.tlsNegotiated);
        QVERIFY(report.featuresAfterTls.isEmpty());
        // The warning says why and what to change.
        QCOMPARE(report.advice.toString(),
                 u"Only TCP dialback is usable, so traffic with this partner is not encrypted; "
                 "set TLS negotiation to Optional to use the TLS the partner offers."_qs);
        QCOMPARE(step(report, Step::Verdict).state, State::Warning);
    } else {
        QVERIFY(report.offered.tlsNegotiated);
        QCOMPARE(LocalizedText::toStringList(report.featuresAfterTls),
                 QStringList {u"dialback"_qs});
        QVERIFY2(report.advice.toString().isEmpty(), qPrintable(dump));
    }
    QCOMPARE(sentLines(report).constLast(), u"</stream:stream>"_qs);
}

void tst_ProbeTls::identityByOtherNamePasses_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("type"); // the JSON's name of the identity that matched
    QTest::addColumn<QString>("identity"); // the report's line

    QTest::newRow("SRV-ID only")
        << u"srv.test"_qs << u"srvId"_qs
        << u"Identity: matched srv.test by SRV-ID _xmpp-server.srv.test"_qs;
    QTest::newRow("XmppAddr only")
        << u"xmppaddr.test"_qs << u"xmppAddr"_qs
        << u"Identity: matched xmppaddr.test by XmppAddr xmppaddr.test"_qs;
}

void tst_ProbeTls::identityByOtherNamePasses()
{
    QFETCH(QString, domain);
    QFETCH(QString, type);
    QFETCH(QString, identity);

    // Certificates with no DNS name: only the otherName entries name the domain (their CN
    // is "_xmpp-server.srv.test" and "xmppaddr.test", never looked at beside a SAN).
    ProsodyServer::Options options;
    options.virtualHosts = {
        {u"srv.test"_qs, m_srvIdOnly.certificate, m_srvIdOnly.key, m_srvIdOnly.ca},
        {u"xmppaddr.test"_qs, m_xmppAddrOnly.certificate, m_xmppAddrOnly.key, m_xmppAddrOnly.ca},
    };
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(domain, 7), domain, settings(prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.method.toString(), u"TLS dialback"_qs);
    QCOMPARE(step(report, Step::StartTls).state, State::Passed);
    const QStringList details = step(report, Step::StartTls).details.toString().split(u'\n');
    QVERIFY2(details.contains(identity), qPrintable(dump));
    QVERIFY2(details.filter(u"Trust: trusted (CN="_qs).size() == 1, qPrintable(dump));
    QVERIFY(report.offered.tlsNegotiated);

    const CertificateCheck &check = report.certificateCheck;
    QVERIFY(check.checked);
    QVERIFY(check.trust.trusted);
    QVERIFY(check.trust.chainComplete);
    QVERIFY(check.identity.matched);
    QVERIFY(check.identity.names.size() == 2); // the otherName and the CN
    const QJsonObject json = report.toJson().value(u"certificateCheck"_qs).toObject();
    QCOMPARE(json.value(u"identity"_qs).toObject().value(u"type"_qs).toString(), type);
    QCOMPARE(json.value(u"trust"_qs).toObject().value(u"trusted"_qs).toBool(), true);
    const QString html = report.toHtml();
    QVERIFY2(html.contains(identity), qPrintable(html));
    QVERIFY(html.contains(u"Trust: trusted (CN="_qs));
}

void tst_ProbeTls::certificateErrorFailsStartTls_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("presentedName"); // the leaf's SAN
    QTest::addColumn<QString>("problem"); // TrustStore's wire name; empty: the identity
    QTest::addColumn<QString>("reason"); // how the STARTTLS step and the advice begin it

    QTest::newRow("certificate for another name")
        << u"wrongname.test"_qs << u"other.test"_qs << QString()
        << u"The certificate names other.test (DNS name); none is wrongname.test."_qs;
    QTest::newRow("expired")
        << u"expired.test"_qs << u"expired.test"_qs << u"expired"_qs
        << u"The certificate CN=expired.test in the chain presented by 127.0.0.1 expired on "_qs;
    QTest::newRow("not yet valid") << u"notyet.test"_qs << u"notyet.test"_qs << u"notYetValid"_qs
                                   << u"The certificate CN=notyet.test in the chain presented by "
                                      "127.0.0.1 is not valid before "_qs;
    // Prosody sends only the leaf (see below): its issuer is neither sent nor trusted.
    QTest::newRow("untrusted issuer, not sent")
        << u"untrusted.test"_qs << u"untrusted.test"_qs << u"incompleteChain"_qs
        << u"127.0.0.1 presented its certificate (CN=untrusted.test) without the certificate of "
           "its issuer, CN=xmpp-partners untrusted CA "_qs;
    QTest::newRow("untrusted issuer, sent")
        << u"untrustedchain.test"_qs << u"untrustedchain.test"_qs << u"untrustedIssuer"_qs
        << u"The certificate chain presented by 127.0.0.1 leads to CN=xmpp-partners untrusted CA "_qs;
}

void tst_ProbeTls::certificateErrorFailsStartTls()
{
    QFETCH(QString, domain);
    QFETCH(QString, presentedName);
    QFETCH(QString, problem);
    QFETCH(QString, reason);

    // STARTTLS serves the certificate of the host the stream is addressed to.
    ProsodyServer::Options options;
    options.virtualHosts = {
        {u"wrongname.test"_qs, m_otherName.certificate, m_otherName.key, m_otherName.ca},
        {u"expired.test"_qs, m_expired.certificate, m_expired.key, m_expired.ca},
        {u"notyet.test"_qs, m_notYetValid.certificate, m_notYetValid.key, m_notYetValid.ca},
        // Prosody completes the chain it sends from its CA file (OpenSSL's auto chain):
        // with another CA there, it sends the leaf alone.
        {u"untrusted.test"_qs, m_untrusted.certificate, m_untrusted.key, m_valid.ca},
        {u"untrustedchain.test"_qs, m_untrustedChainFile, m_untrustedChain.key,
         m_untrustedChain.ca},
    };
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(domain, 7), domain, settings(prosody));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    // A refused certificate ends the test at once, not by a timeout.
    QVERIFY2(clock.elapsed() < StepTimeoutMs, qPrintable(dump));
    QCOMPARE(report.verdict, Verdict::Fail);
    QVERIFY(report.method.toString().isEmpty());
    QCOMPARE(step(report, Step::OpenStream).state, State::Passed);
    const ProbeReport::StepResult startTls = step(report, Step::StartTls);
    QCOMPARE(startTls.state, State::Failed);
    QVERIFY2(startTls.details.toString().startsWith(reason), qPrintable(dump));
    // One cause, one sentence: the others hold.
    QCOMPARE(startTls.details.toString().split(u'\n').size(), 1);

    const CertificateCheck &check = report.certificateCheck;
    QVERIFY(check.checked);
    QCOMPARE(TrustStore::wireName(check.trust.problem()), problem);
    QCOMPARE(check.trust.trusted, !problem.isEmpty() ? false : true);
    QCOMPARE(check.identity.matched, !problem.isEmpty());
    const QJsonObject json = report.toJson().value(u"certificateCheck"_qs).toObject();
    QCOMPARE(json.value(u"trust"_qs).toObject().value(u"problem"_qs).toString(), problem);
    QCOMPARE(json.value(u"passed"_qs).toBool(true), false);

    // The advice is the certificate's own sentence (for the identity, in Lync terms), with
    // what to change, and a reason code of its own.
    QCOMPARE(report.advice.toString(), report.offered.tlsFailure.toString());
    QCOMPARE(report.reason,
             problem.isEmpty() ? u"certificate-name-mismatch"_qs
                               : u"certificate-"_qs
                     + QString(problem)
                           .replace(QRegularExpression(u"([A-Z])"_qs), u"-\\1"_qs)
                           .toLower());
    if (!problem.isEmpty())
        QVERIFY2(report.offered.tlsFailure.toString().startsWith(reason), qPrintable(dump));
    QVERIFY(report.offered.tlsAttempted);
    QVERIFY(!report.offered.tlsNegotiated);
    // Never ignored: nothing was sent on the failed TLS, the stream was not restarted.
    QCOMPARE(step(report, Step::RestartStream).state, State::NotRun);
    QCOMPARE(sentLines(report).filter(u"<stream:stream"_qs).size(), 1);
    // The refused certificate is in the report, so that the administrator sees what was served.
    QVERIFY2(!report.certificates.isEmpty(), qPrintable(dump));
    QVERIFY(report.certificates.constFirst().subjectAlternativeNames.contains(presentedName));
}

void tst_ProbeTls::otherDomainIsSaidInLyncTerms()
{
    ProsodyServer::Options options;
    options.virtualHosts
        = {{u"wrongname.test"_qs, m_otherName.certificate, m_otherName.key, m_otherName.ca}};
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(u"wrongname.test"_qs, 7), u"wrongname.test"_qs,
                          settings(prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    const QString sentence
        = u"The certificate presented by 127.0.0.1 names other.test but not wrongname.test: the "
          "partner's server (for a Lync partner, the Access Edge's external certificate) must "
          "carry wrongname.test among its subject alternative names."_qs;
    QCOMPARE(report.offered.tlsFailure.toString(), sentence);
    QVERIFY2(report.advice.toString().contains(sentence), qPrintable(dump));
    // Trusted all the same: the two results are apart.
    QVERIFY(report.certificateCheck.trust.trusted);
    QVERIFY(!report.certificateCheck.identity.matched);
    const QString html = report.toHtml();
    QVERIFY2(html.contains(u"Identity: not matched: The certificate names other.test (DNS name); "
                           "none is wrongname.test."_qs),
             qPrintable(html));
    QVERIFY(html.contains(u"Certificate names: other.test (DNS name), other.test (common name "
                          "(CN))"_qs));
}

void tst_ProbeTls::certificateExpiringSoonIsAWarning()
{
    const QString domain = u"soon.test"_qs;
    ProsodyServer::Options options;
    options.virtualHosts
        = {{domain, m_expiringSoon.certificate, m_expiringSoon.key, m_expiringSoon.ca}};
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(domain, 7), domain, settings(prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QCOMPARE(report.verdict, Verdict::Warning);
    QCOMPARE(report.method.toString(), u"TLS dialback"_qs);
    QCOMPARE(step(report, Step::StartTls).state, State::Warning);
    // "(10 day(s) left)": the count, whatever the plural form of the loaded translation.
    static const QRegularExpression daysLeft(u"\\((9|10) day"_qs);
    QVERIFY2(step(report, Step::StartTls).details.toString().contains(daysLeft), qPrintable(dump));
    static const QRegularExpression expiresIn(u"expires in (9|10) day"_qs);
    QVERIFY2(report.advice.toString().contains(expiresIn), qPrintable(dump));
    QCOMPARE(report.reason, u"certificate-expires-soon"_qs);
}

void tst_ProbeTls::closedPortFailsFast()
{
    const quint16 port = closedPort();
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.hostOverride = u"127.0.0.1:"_qs + QString::number(port);
    s.stepTimeoutMs = 10000;
    ConnectionProbe probe(partnerForRow(PartnerDomain, 7), PartnerDomain, s);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    // A refused connection is an answer: well under the 10 s step timeout.
    QVERIFY2(clock.elapsed() < 3000, qPrintable(dump));
    QCOMPARE(report.verdict, Verdict::Fail);
    const ProbeReport::StepResult connect = step(report, Step::Connect);
    QCOMPARE(connect.state, State::Failed);
    QVERIFY2(connect.details.toString().contains(u"127.0.0.1:"_qs + QString::number(port)),
             qPrintable(dump));
    QVERIFY2(connect.details.toString().contains(u"refused"_qs, Qt::CaseInsensitive),
             qPrintable(dump));
    QCOMPARE(step(report, Step::OpenStream).state, State::NotRun);
    QVERIFY(report.connectedTo.isEmpty());
    QCOMPARE(report.reason, u"connection-refused"_qs);
    QVERIFY2(report.advice.toString().startsWith(u"127.0.0.1:"_qs + QString::number(port)
                                                 + u" refused the connection"_qs),
             qPrintable(dump));
    // The steps not reached say why.
    QCOMPARE(step(report, Step::OpenStream).details.toString(),
             u"Not run: the test stopped at the step “Connect”."_qs);
}

QTEST_GUILESS_MAIN(tst_ProbeTls)
#include "tst_probetls.moc"
