// The TLS profile of a real Prosody on 127.0.0.1 (README.md, "TLS profile"): a Prosody that
// accepts TLS 1.2 and later, and one that accepts TLS 1.3 only, as a single connection test
// draws their profile beside its steps; and a test that does not ask for it.
#include "probe/tlsversionconfiguration.h"
#include "probetesthelpers.h"
#include "prosodyserver.h"
#include "testca.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ProbeTest;
using Version = TlsProfile::Version;
using VersionState = TlsProfile::VersionState;

class tst_ProbeTlsProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tls12AndLater();
    void tls13Only();
    void notDrawnWhenNotAsked();

private:
    ProbeSettings settings(const ProsodyServer &prosody) const;
    std::unique_ptr<ProsodyServer> startProsody(const QString &protocol) const;
    // TLS 1.0 and 1.1, which these servers refuse: "refused by the server" when the local
    // OpenSSL can offer them, else "not testable here", saying why.
    static void checkOldVersionsRefused(const TlsProfile &profile, const QString &dump);
    static QString describe(const ProbeReport &report);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCa> m_ca;
    TestCa::Files m_valid; // partner.test, RSA 2048, signed with SHA-256
};

namespace {

const QString PartnerDomain = u"partner.test"_qs;
constexpr int StepTimeoutMs = 5000;
constexpr int TlsRequiredDialbackRow = 13; // TLS Required, SASL Not supported, dialback

} // namespace

ProbeSettings tst_ProbeTlsProfile::settings(const ProsodyServer &prosody) const
{
    ProbeSettings s;
    s.localDomain = LocalDomain;
    s.extraCaFile = m_ca->caCertificate();
    s.hostOverride = u"127.0.0.1:"_qs + QString::number(prosody.s2sPort());
    s.stepTimeoutMs = StepTimeoutMs;
    s.totalBudgetMs = 3 * StepTimeoutMs;
    s.tlsProfile = true;
    return s;
}

std::unique_ptr<ProsodyServer> tst_ProbeTlsProfile::startProsody(const QString &protocol) const
{
    ProsodyServer::Options options;
    options.virtualHosts = {{PartnerDomain, m_valid.certificate, m_valid.key, m_valid.ca}};
    options.requireEncryption = true;
    // The global ssl table: Prosody merges each host's certificate into it.
    options.extraConfig = u"ssl = { protocol = \"%1\" }"_qs.arg(protocol);
    auto prosody = std::make_unique<ProsodyServer>(options);
    if (!prosody->start())
        return nullptr;
    return prosody;
}

QString tst_ProbeTlsProfile::describe(const ProbeReport &report)
{
    QString text = ProbeTest::describe(report);
    for (const TlsProfile::VersionResult &version : report.tlsProfile.versions)
        text += u"  %1: %2 %3 %4 %5\n"_qs.arg(TlsProfile::versionName(version.version),
                                              TlsProfile::wireName(version.state), version.cipher,
                                              version.keyExchange, version.details.toString());
    text += u"  grade \"%1\" (%2): %3\n"_qs.arg(report.tlsProfile.grade)
                .arg(report.tlsProfile.score)
                .arg(LocalizedText::toStringList(report.tlsProfile.gradeReasons).join(u" | "_qs));
    return text;
}

void tst_ProbeTlsProfile::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ca = std::make_unique<TestCa>(m_dir->filePath(u"pki"_qs));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    m_valid = m_ca->serverCertificate({PartnerDomain});
    QVERIFY2(!m_valid.isNull(), qPrintable(m_ca->errorString()));
}

void tst_ProbeTlsProfile::checkOldVersionsRefused(const TlsProfile &profile, const QString &dump)
{
    for (const Version version : {Version::Tls10, Version::Tls11}) {
        const TlsProfile::VersionResult *result = profile.find(version);
        QVERIFY2(result, qPrintable(dump));
        const QString name = TlsProfile::versionName(version);
        const QString details = result->details.toString();
        if (TlsVersionConfiguration::localProblem(version).isEmpty()) {
            // Offered at security level 0; Prosody's OpenSSL ends the handshake with its
            // alert, which the result quotes.
            QVERIFY2(result->state == VersionState::Refused, qPrintable(dump));
            QVERIFY2(details.contains(u"alert protocol version"_qs), qPrintable(dump));
            QVERIFY2(result->cipher.isEmpty(), qPrintable(dump));
        } else {
            QVERIFY2(result->state == VersionState::NotTestable, qPrintable(dump));
            QVERIFY2(details.startsWith(u"Not testable here: the local OpenSSL does not offer "_qs
                                        + name),
                     qPrintable(dump));
        }
    }
}

void tst_ProbeTlsProfile::tls12AndLater()
{
    const std::unique_ptr<ProsodyServer> prosody = startProsody(u"tlsv1_2+"_qs);
    QVERIFY(prosody);
    ConnectionProbe probe(partnerForRow(PartnerDomain, TlsRequiredDialbackRow), PartnerDomain,
                          settings(*prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    // The profile changes nothing of the test itself.
    QCOMPARE(report.verdict, Verdict::Pass);
    QCOMPARE(report.method.toString(), u"TLS dialback"_qs);

    const TlsProfile &profile = report.tlsProfile;
    QVERIFY2(!profile.isEmpty(), qPrintable(dump));
    QCOMPARE(profile.versions.size(), 4);
    for (const Version version : {Version::Tls12, Version::Tls13}) {
        const TlsProfile::VersionResult *result = profile.find(version);
        QVERIFY2(result && result->state == VersionState::Accepted, qPrintable(dump));
        QVERIFY2(!result->cipher.isEmpty(), qPrintable(dump));
        QVERIFY2(result->cipherBits >= 128, qPrintable(dump));
        QVERIFY2(result->forwardSecrecy(), qPrintable(dump));
    }
    // Prosody's ciphers are ECDHE first; TLS 1.3's are named apart.
    QCOMPARE(profile.find(Version::Tls12)->keyExchange, u"ECDHE"_qs);
    QVERIFY2(profile.find(Version::Tls13)->cipher.startsWith(u"TLS_"_qs), qPrintable(dump));
    QCOMPARE(profile.find(Version::Tls13)->keyExchange, u"(EC)DHE"_qs);
    checkOldVersionsRefused(profile, dump);

    QCOMPARE(profile.forwardSecrecy(), std::optional<bool>(true));
    QCOMPARE(profile.keyType, u"RSA"_qs);
    QCOMPARE(profile.keyBits, 2048);
    QVERIFY(profile.keyCurve.isEmpty());
    QCOMPARE(profile.signatureAlgorithm, u"sha256WithRSAEncryption"_qs);
    // Prosody 0.12 staples nothing.
    QCOMPARE(profile.ocspStapling, TlsProfile::Ocsp::NotStapled);
    QCOMPARE(profile.ocspDetails.toString(),
             u"The server sent no OCSP response when asked for one."_qs);
    // The chain's completeness is the certificate check's (Prosody sends its CA too).
    QVERIFY(report.certificateCheck.checked);
    QCOMPARE(profile.chainComplete,
             std::optional<bool>(report.certificateCheck.trust.chainComplete));
    QVERIFY(profile.certificateTrusted);
    // TLS 1.2 and 1.3 with forward secrecy, RSA 2048 (90), ciphers of 128 bits or more.
    QCOMPARE(profile.grade, u"A"_qs);
    QVERIFY2(profile.score >= 89, qPrintable(dump));
    QVERIFY2(profile.gradeReasons.isEmpty(), qPrintable(dump));

    // The report's JSON and HTML carry it.
    const QJsonObject json = report.toJson().value(u"tlsProfile"_qs).toObject();
    QCOMPARE(json.value(u"grade"_qs).toString(), u"A"_qs);
    QCOMPARE(json.value(u"versions"_qs).toArray().at(2).toObject().value(u"state"_qs).toString(),
             u"accepted"_qs);
    const QString html = report.toHtml();
    QVERIFY(html.contains(u"<h2>TLS profile</h2>"_qs));
    QVERIFY(html.contains(u"Signature algorithm: sha256WithRSAEncryption"_qs));
    QVERIFY(html.contains(u"Certificate key: RSA 2048 bits"_qs));
}

void tst_ProbeTlsProfile::tls13Only()
{
    const std::unique_ptr<ProsodyServer> prosody = startProsody(u"tlsv1_3"_qs);
    QVERIFY(prosody);
    ConnectionProbe probe(partnerForRow(PartnerDomain, TlsRequiredDialbackRow), PartnerDomain,
                          settings(*prosody));
    QVERIFY(run(probe));
    const ProbeReport &report = probe.report();
    const QString dump = describe(report);
    QCOMPARE(report.verdict, Verdict::Pass);
    QCOMPARE(report.tlsProtocol, u"TLSv1.3"_qs);

    const TlsProfile &profile = report.tlsProfile;
    QVERIFY2(profile.find(Version::Tls13)->state == VersionState::Accepted, qPrintable(dump));
    const TlsProfile::VersionResult *tls12 = profile.find(Version::Tls12);
    QVERIFY2(tls12->state == VersionState::Refused, qPrintable(dump));
    // In OpenSSL's words: the server's alert.
    QVERIFY2(tls12->details.toString().contains(u"protocol version"_qs), qPrintable(dump));
    checkOldVersionsRefused(profile, dump);
    QCOMPARE(profile.forwardSecrecy(), std::optional<bool>(true));
    // Asked for in the TLS 1.3 handshake alone.
    QCOMPARE(profile.ocspStapling, TlsProfile::Ocsp::NotStapled);
    QCOMPARE(profile.grade, u"A"_qs);
}

void tst_ProbeTlsProfile::notDrawnWhenNotAsked()
{
    const std::unique_ptr<ProsodyServer> prosody = startProsody(u"tlsv1_2+"_qs);
    QVERIFY(prosody);
    ProbeSettings noProfile = settings(*prosody);
    noProfile.tlsProfile = false;
    ConnectionProbe probe(partnerForRow(PartnerDomain, TlsRequiredDialbackRow), PartnerDomain,
                          noProfile);
    QVERIFY(run(probe));
    QCOMPARE(probe.report().verdict, Verdict::Pass);
    QVERIFY(probe.report().tlsProfile.isEmpty());
    QCOMPARE(probe.report().toJson().value(u"tlsProfile"_qs), QJsonValue(QJsonValue::Null));
    QVERIFY(!probe.report().toHtml().contains(u"TLS profile"_qs));
}

QTEST_GUILESS_MAIN(tst_ProbeTlsProfile)
#include "tst_probetlsprofile.moc"
