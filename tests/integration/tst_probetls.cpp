// The connection probe against a real Prosody on 127.0.0.1, connected to with a host
// override: STARTTLS required or optional, dialback, the partner rows that meet or miss
// what Prosody offers, certificate errors, and a closed port.
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QElapsedTimer>
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
    void certificateErrorFailsStartTls_data();
    void certificateErrorFailsStartTls();
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
    for (const TestCa::Files &files :
         {m_valid, m_otherName, m_expired, m_notYetValid, m_untrusted, m_expiringSoon})
        QVERIFY2(!files.isNull(), qPrintable(m_ca->errorString()));
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
        u"The partner requires TLS but this configuration sets TLS negotiation to Not supported."_qs);
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

void tst_ProbeTls::certificateErrorFailsStartTls_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("presentedName"); // the leaf's SAN
    QTest::addColumn<QStringList>("expected"); // Qt's error text; any one of them

    QTest::newRow("certificate for another name")
        << u"wrongname.test"_qs << u"other.test"_qs
        << QStringList {u"The host name did not match any of the valid hosts for this "
                        "certificate"_qs};
    QTest::newRow("expired") << u"expired.test"_qs << u"expired.test"_qs
                             << QStringList {u"The certificate has expired"_qs};
    QTest::newRow("not yet valid") << u"notyet.test"_qs << u"notyet.test"_qs
                                   << QStringList {u"The certificate is not yet valid"_qs};
    QTest::newRow("untrusted issuer")
        << u"untrusted.test"_qs << u"untrusted.test"_qs
        << QStringList {u"The issuer certificate of a locally looked up certificate could not "
                        "be found"_qs,
                        u"self-signed"_qs, u"self signed"_qs, u"not trusted"_qs};
}

void tst_ProbeTls::certificateErrorFailsStartTls()
{
    QFETCH(QString, domain);
    QFETCH(QString, presentedName);
    QFETCH(QStringList, expected);

    // STARTTLS serves the certificate of the host the stream is addressed to.
    ProsodyServer::Options options;
    options.virtualHosts = {
        {u"wrongname.test"_qs, m_otherName.certificate, m_otherName.key, m_otherName.ca},
        {u"expired.test"_qs, m_expired.certificate, m_expired.key, m_expired.ca},
        {u"notyet.test"_qs, m_notYetValid.certificate, m_notYetValid.key, m_notYetValid.ca},
        {u"untrusted.test"_qs, m_untrusted.certificate, m_untrusted.key, m_untrusted.ca},
    };
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(domain, 7), domain, settings(prosody));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    // A refused certificate ends the handshake at once, not by a timeout.
    QVERIFY2(clock.elapsed() < StepTimeoutMs, qPrintable(dump));
    QCOMPARE(report.verdict, Verdict::Fail);
    QVERIFY(report.method.toString().isEmpty());
    QCOMPARE(step(report, Step::OpenStream).state, State::Passed);
    const ProbeReport::StepResult startTls = step(report, Step::StartTls);
    QCOMPARE(startTls.state, State::Failed);
    QVERIFY2(startTls.details.toString().startsWith(u"The TLS handshake failed: "_qs),
             qPrintable(dump));
    const auto names = [&](const QString &text) {
        return std::any_of(expected.begin(), expected.end(), [&](const QString &error) {
            return text.contains(error, Qt::CaseInsensitive);
        });
    };
    QVERIFY2(names(startTls.details.toString()), qPrintable(dump));
    // The advice is about TLS and carries the same error.
    QVERIFY2(report.advice.toString().startsWith(u"TLS negotiation with the partner failed ("_qs),
             qPrintable(dump));
    QVERIFY2(names(report.advice.toString()), qPrintable(dump));
    QVERIFY(report.offered.tlsAttempted);
    QVERIFY(!report.offered.tlsNegotiated);
    // Never ignored: nothing was sent on the failed TLS, the stream was not restarted.
    QCOMPARE(step(report, Step::RestartStream).state, State::NotRun);
    QCOMPARE(sentLines(report).filter(u"<stream:stream"_qs).size(), 1);
    // The refused certificate is in the report, so that the administrator sees what was served.
    QVERIFY2(!report.certificates.isEmpty(), qPrintable(dump));
    QVERIFY(report.certificates.constFirst().subjectAlternativeNames.contains(presentedName));
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
