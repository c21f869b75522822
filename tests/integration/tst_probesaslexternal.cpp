// SASL EXTERNAL (XEP-0178) against a real Prosody: with a client certificate for the
// local domain from a CA Prosody trusts, the probe authenticates and the SASL-only
// partner rows pass; without one, or with one Prosody does not trust, they fail and
// the report says why. After SASL, on a bidirectional stream (XEP-0288), the round trip:
// a ping that proves the connection, disco#info and the server's version.
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ProbeTest;

class tst_ProbeSaslExternal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void externalSucceedsWithClientCertificate_data();
    void externalSucceedsWithClientCertificate();
    void saslRowsFailWithoutClientCertificate_data();
    void saslRowsFailWithoutClientCertificate();
    void untrustedClientCertificateGetsNoExternal_data();
    void untrustedClientCertificateGetsNoExternal();
    void roundTripWithoutBidiIsNotAttempted();
    void pingErrorIsAWarning();

private:
    ProbeSettings settings(const ProsodyServer &prosody, const TestCa::Files &client) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Files m_server; // partner.test
    TestCa::Files m_client; // lync.test, by the CA Prosody trusts
    TestCa::Files m_untrustedClient; // lync.test, by another CA
};

namespace {

const QString PartnerDomain = u"partner.test"_qs;
// What the round trip needs of Prosody 0.12: bidirectional streams (not loaded by
// default) so that it answers on the probe's stream, and the modules that answer.
const QStringList RoundTripModules {u"s2s_bidi"_qs, u"disco"_qs, u"ping"_qs, u"version"_qs};
constexpr int StepTimeoutMs = 5000;
const QString ExternalMissing
    = u"The partner's server did not offer SASL EXTERNAL, which it offers "
      "only to a server presenting a client certificate it trusts "
      "(XEP-0178); install a certificate for your domain from a CA the "
      "partner trusts"_qs;

} // namespace

ProbeSettings tst_ProbeSaslExternal::settings(const ProsodyServer &prosody,
                                              const TestCa::Files &client) const
{
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.extraCaFile = m_ca->caCertificate();
    s.hostOverride = u"127.0.0.1:"_qs + QString::number(prosody.s2sPort());
    s.clientCertificateFile = client.certificate;
    s.clientKeyFile = client.key;
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 3 * StepTimeoutMs;
    return s;
}

void tst_ProbeSaslExternal::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_server = m_ca->serverCertificate({PartnerDomain});
    m_client = m_ca->clientCertificate(LocalDomain);
    TestCa::Request request;
    request.dnsNames = {LocalDomain};
    request.untrusted = true;
    request.fileName = u"untrusted-client"_qs;
    m_untrustedClient = m_ca->issue(request);
    for (const TestCa::Files &files : {m_server, m_client, m_untrustedClient})
        QVERIFY2(!files.isNull(), qPrintable(m_ca->errorString()));
}

void tst_ProbeSaslExternal::externalSucceedsWithClientCertificate_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("row 2: TLS Required, SASL Required") << 2;
    QTest::newRow("row 4: TLS Optional, SASL Required") << 4;
    QTest::newRow("row 8: TLS Required, SASL Optional") << 8;
    // Dialback allowed too: Lync prefers SASL over TLS.
    QTest::newRow("row 7: TLS Required, SASL Optional, dialback") << 7;
}

void tst_ProbeSaslExternal::externalSucceedsWithClientCertificate()
{
    QFETCH(int, row);
    ProsodyServer::Options options;
    options.virtualHosts
        = {{PartnerDomain, m_server.certificate, m_server.key, m_ca->caCertificate()}};
    options.requireEncryption = true;
    options.secureAuth = true;
    options.modules = RoundTripModules;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, row), PartnerDomain,
                          settings(prosody, m_client));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report) + prosody.logTail();
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QVERIFY2(
        report.method.toString().startsWith(u"SASL over TLS, proven by a ping answered in "_qs),
        qPrintable(report.method.toString()));
    QVERIFY2(report.advice.toString().isEmpty(), qPrintable(dump));
    QCOMPARE(step(report, Step::StartTls).state, State::Passed);
    QCOMPARE(LocalizedText::toStringList(report.featuresAfterTls),
             (QStringList {u"dialback"_qs, u"SASL EXTERNAL"_qs,
                           u"bidirectional streams (XEP-0288)"_qs}));
    QVERIFY(report.offered.externalOffered());
    const ProbeReport::StepResult authenticate = step(report, Step::Authenticate);
    QVERIFY2(authenticate.state == State::Passed, qPrintable(dump));
    QCOMPARE(authenticate.details.toString(),
             u"SASL EXTERNAL succeeded: the partner accepted the certificate of lync.test."_qs);
    // The authzid is LOCAL and nothing else (base64 of "lync.test").
    QVERIFY2(
        sentLines(report).contains(
            u"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='EXTERNAL'>bHluYy50ZXN0</auth>"_qs),
        qPrintable(dump));
    QVERIFY2(received(report).contains(u"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'"_qs),
             qPrintable(dump));
    QCOMPARE(sentLines(report).constLast(), u"</stream:stream>"_qs);

    // The round trip, on the stream restarted after SASL (bidi asked for before it).
    QVERIFY2(sentLines(report).contains(u"<bidi xmlns='urn:xmpp:bidi'/>"_qs), qPrintable(dump));
    const RoundTrip &roundTrip = report.roundTrip;
    QVERIFY2(step(report, Step::RoundTrip).state == State::Passed, qPrintable(dump));
    QVERIFY(roundTrip.attempted);
    QVERIFY(roundTrip.bidi);
    QVERIFY(report.proven);
    QCOMPARE(roundTrip.ping.outcome, RoundTrip::Outcome::Answered);
    QVERIFY(roundTrip.pingMs >= 0);
    // Prosody answers disco#info for its host: a server/im identity, and ping and version
    // among the features of the modules loaded.
    QCOMPARE(roundTrip.disco.outcome, RoundTrip::Outcome::Answered);
    QVERIFY2(std::any_of(roundTrip.identities.cbegin(), roundTrip.identities.cend(),
                         [](const RoundTrip::Identity &identity) {
                             return identity.category == u"server"_qs && identity.type == u"im"_qs;
                         }),
             qPrintable(dump));
    QVERIFY2(roundTrip.features.contains(u"urn:xmpp:ping"_qs), qPrintable(dump));
    QVERIFY2(roundTrip.features.contains(u"jabber:iq:version"_qs), qPrintable(dump));
    QVERIFY(!RoundTrip::featureMeaning(u"urn:xmpp:ping"_qs).isEmpty());
    QCOMPARE(roundTrip.version.outcome, RoundTrip::Outcome::Answered);
    QCOMPARE(roundTrip.softwareName, u"Prosody"_qs);
    QVERIFY(!roundTrip.softwareVersion.isEmpty());
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(u"proven"_qs).toBool(), true);
    QCOMPARE(json.value(u"roundTrip"_qs)[u"version"_qs][u"name"_qs].toString(), u"Prosody"_qs);
    QCOMPARE(json.value(u"roundTrip"_qs)[u"ping"_qs][u"outcome"_qs].toString(), u"answered"_qs);
}

void tst_ProbeSaslExternal::roundTripWithoutBidiIsNotAttempted()
{
    // Prosody 0.12 without mod_s2s_bidi: it would answer on a connection of its own.
    ProsodyServer::Options options;
    options.virtualHosts
        = {{PartnerDomain, m_server.certificate, m_server.key, m_ca->caCertificate()}};
    options.secureAuth = true;
    options.modules = {u"disco"_qs, u"ping"_qs, u"version"_qs};
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, 2), PartnerDomain,
                          settings(prosody, m_client));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == Verdict::Pass, qPrintable(dump));
    QCOMPARE(report.method.toString(), u"SASL over TLS"_qs);
    QCOMPARE(step(report, Step::Authenticate).state, State::Passed);
    QCOMPARE(step(report, Step::RoundTrip).state, State::Skipped);
    QVERIFY(!report.proven);
    QVERIFY(!report.roundTrip.attempted);
    QVERIFY2(report.roundTrip.notAttempted.toString().contains(u"(XEP-0288)"_qs), qPrintable(dump));
    QCOMPARE(report.roundTrip.ping.outcome, RoundTrip::Outcome::NotSent);
    QVERIFY(sentLines(report).filter(u"<iq "_qs).isEmpty());
}

void tst_ProbeSaslExternal::pingErrorIsAWarning()
{
    // No mod_ping: Prosody answers the ping with an error, disco#info and version still.
    ProsodyServer::Options options;
    options.virtualHosts
        = {{PartnerDomain, m_server.certificate, m_server.key, m_ca->caCertificate()}};
    options.secureAuth = true;
    options.modules = {u"s2s_bidi"_qs, u"disco"_qs, u"version"_qs};
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, 2), PartnerDomain,
                          settings(prosody, m_client));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report) + prosody.logTail();
    QVERIFY2(report.verdict == Verdict::Warning, qPrintable(dump));
    QCOMPARE(report.method.toString(), u"SASL over TLS"_qs);
    QVERIFY(!report.proven);
    QCOMPARE(report.roundTrip.ping.outcome, RoundTrip::Outcome::Error);
    QCOMPARE(report.roundTrip.ping.condition, u"service-unavailable"_qs);
    // Prosody without mod_ping: the server got the ping and does not do it.
    QCOMPARE(report.reason, u"ping-not-supported"_qs);
    QVERIFY2(report.advice.toString().contains(u"with the error “service-unavailable”"_qs),
             qPrintable(report.advice.toString()));
    QCOMPARE(step(report, Step::RoundTrip).state, State::Failed);
    QCOMPARE(report.roundTrip.version.outcome, RoundTrip::Outcome::Answered);
    QCOMPARE(report.roundTrip.softwareName, u"Prosody"_qs);
}

void tst_ProbeSaslExternal::saslRowsFailWithoutClientCertificate_data()
{
    QTest::addColumn<bool>("secureAuth");
    QTest::addColumn<int>("row");
    for (const bool secureAuth : {false, true}) {
        for (const int row : {2, 4, 8}) {
            QTest::addRow("%s, row %d", secureAuth ? "s2s_secure_auth" : "no secure auth", row)
                << secureAuth << row;
        }
    }
    // Dialback allowed, but s2s_secure_auth accepts no server without a trusted
    // certificate: the advice must not blame dialback.
    QTest::addRow("s2s_secure_auth, row 7") << true << 7;
}

void tst_ProbeSaslExternal::saslRowsFailWithoutClientCertificate()
{
    QFETCH(bool, secureAuth);
    QFETCH(int, row);
    ProsodyServer::Options options;
    options.virtualHosts
        = {{PartnerDomain, m_server.certificate, m_server.key, m_ca->caCertificate()}};
    options.requireEncryption = true;
    options.secureAuth = secureAuth;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, row), PartnerDomain,
                          settings(prosody, TestCa::Files()));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QCOMPARE(report.verdict, Verdict::Fail);
    QVERIFY(report.method.toString().isEmpty());
    QVERIFY(report.offered.tlsNegotiated);
    QVERIFY(!report.offered.externalOffered());
    QCOMPARE(step(report, Step::StartTls).state, State::Passed);
    QVERIFY2(sentLines(report).filter(u"<auth "_qs).isEmpty(), qPrintable(dump));
    // Whatever ended the test, the Authenticate row says that EXTERNAL was not tried.
    const ProbeReport::StepResult authenticate = step(report, Step::Authenticate);
    QVERIFY2(authenticate.state == State::Skipped, qPrintable(dump));
    QVERIFY2(authenticate.details.toString().contains(u"SASL EXTERNAL was not attempted"_qs),
             qPrintable(dump));
    // No round trip either, and the report says why.
    QVERIFY(!report.roundTrip.attempted);
    QVERIFY(!report.proven);
    QVERIFY2(!report.roundTrip.notAttempted.isEmpty(), qPrintable(dump));
    if (!secureAuth)
        QVERIFY2(report.roundTrip.notAttempted.toString().contains(
                     u"no client certificate is configured for lync.test"_qs),
                 qPrintable(report.roundTrip.notAttempted.toString()));
    QVERIFY2(report.advice.toString().contains(u"SASL EXTERNAL"_qs), qPrintable(dump));
    QVERIFY2(report.advice.toString().contains(u"certificate"_qs), qPrintable(dump));

    if (!secureAuth) {
        // Prosody offers dialback only after TLS; the SASL-only rows cannot use it.
        QCOMPARE(step(report, Step::RestartStream).state, State::Passed);
        QCOMPARE(LocalizedText::toStringList(report.featuresAfterTls),
                 QStringList {u"dialback"_qs});
        QVERIFY2(report.advice.toString().startsWith(ExternalMissing), qPrintable(dump));
        return;
    }
    // s2s_secure_auth: Prosody ends the restarted stream at once, and the report shows
    // that stream error as it is, in the step and in the advice.
    const QString error = u"“not-authorized”: Your server's certificate could not be validated"_qs;
    const ProbeReport::StepResult restart = step(report, Step::RestartStream);
    QCOMPARE(restart.state, State::Failed);
    QCOMPARE(restart.details.toString(), u"The server ended the stream with the error "_qs + error);
    QVERIFY(report.featuresAfterTls.isEmpty());
    // The advice names the condition, says why (no client certificate) and quotes the server.
    QCOMPARE(report.reason, u"stream-error-not-authorized"_qs);
    QVERIFY2(report.advice.toString().contains(
                 u"ended the stream with “not-authorized” after TLS: it accepts only servers "
                 "that present a certificate it trusts, and no client certificate is configured "
                 "for lync.test"_qs),
             qPrintable(report.advice.toString()));
    QVERIFY2(report.advice.toString().endsWith(
                 u"The server's text: “Your server's certificate could not be validated”."_qs),
             qPrintable(report.advice.toString()));
}

void tst_ProbeSaslExternal::untrustedClientCertificateGetsNoExternal_data()
{
    QTest::addColumn<bool>("secureAuth");
    QTest::addColumn<int>("row");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("row 8: SASL only") << false << 8 << Verdict::Fail;
    QTest::newRow("row 7: dialback allowed") << false << 7 << Verdict::Pass;
    QTest::newRow("s2s_secure_auth, row 8") << true << 8 << Verdict::Fail;
}

void tst_ProbeSaslExternal::untrustedClientCertificateGetsNoExternal()
{
    QFETCH(bool, secureAuth);
    QFETCH(int, row);
    QFETCH(Verdict, verdict);
    ProsodyServer::Options options;
    options.virtualHosts
        = {{PartnerDomain, m_server.certificate, m_server.key, m_ca->caCertificate()}};
    options.requireEncryption = true;
    options.secureAuth = secureAuth;
    ProsodyServer prosody(options);
    QVERIFY2(prosody.start(), qPrintable(prosody.errorString()));

    ConnectionProbe probe(partnerForRow(PartnerDomain, row), PartnerDomain,
                          settings(prosody, m_untrustedClient));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QVERIFY2(report.verdict == verdict, qPrintable(dump));
    QVERIFY(!report.offered.externalOffered());
    const ProbeReport::StepResult authenticate = step(report, Step::Authenticate);
    QCOMPARE(authenticate.state, State::Skipped);
    if (secureAuth) {
        QCOMPARE(step(report, Step::RestartStream).details.toString(),
                 u"The server ended the stream with the error “not-authorized”: Your server's "
                 "certificate is not trusted"_qs);
        QCOMPARE(report.reason, u"stream-error-not-authorized"_qs);
        QVERIFY2(report.advice.toString().contains(
                     u"ended the stream with “not-authorized” after TLS: it does not accept the "
                     "client certificate presented for lync.test"_qs),
                 qPrintable(report.advice.toString()));
        QVERIFY2(report.advice.toString().endsWith(
                     u"The server's text: “Your server's certificate is not trusted”."_qs),
                 qPrintable(report.advice.toString()));
        return;
    }
    QCOMPARE(LocalizedText::toStringList(report.featuresAfterTls), QStringList {u"dialback"_qs});
    QCOMPARE(authenticate.details.toString(),
             u"The server does not offer SASL EXTERNAL to lync.test: it does not trust the client "
             "certificate presented."_qs);
    if (verdict == Verdict::Fail)
        QVERIFY2(report.advice.toString().startsWith(ExternalMissing), qPrintable(dump));
    else
        QCOMPARE(report.method.toString(), u"TLS dialback"_qs);
}

QTEST_GUILESS_MAIN(tst_ProbeSaslExternal)
#include "tst_probesaslexternal.moc"
