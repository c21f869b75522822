// CertificateCheck: trust and identity as two results of one check, and the sentences the
// STARTTLS step, the report and the advice take from CertificateText, word for word.
#include "certificates/certificatecheck.h"
#include "certificates/certificatetext.h"
#include "i18n/translations.h"
#include "testcertificates.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using Kind = CertificateNames::Kind;
using TestCertificates::Issued;

class tst_CertificateCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void passesWithTrustAndIdentity();
    void otherDomainIsSaidInLyncTerms();
    void commonNameSetAsideIsExplained();
    void noNameAtAll();
    void untrustedAndMismatchedSaysBoth();
    void commonNameMatchIsAWarning();
    void incompleteChainSentence();
    void trustedWithoutItsIntermediateIsAWarning();
    void notCheckedIsEmpty();

private:
    CertificateCheck check(const Issued &server, const QString &domain, bool trustRoot = true);

    QTemporaryDir m_dir;
    std::unique_ptr<TrustStore> m_store;
    Issued m_root;
};

namespace {

const QString Host = u"xmpp.partner.example"_qs;

} // namespace

void tst_CertificateCheck::initTestCase()
{
    QVERIFY(Translations::load(u"en"_qs));
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(u"anchors"_qs)));
    m_store = std::make_unique<TrustStore>(m_dir.filePath(u"anchors"_qs));
    m_root = TestCertificates::authority(u"Partner CA"_qs);
    QVERIFY(!m_root.isNull());
    QVERIFY(TestCertificates::writePem(m_dir.filePath(u"root.pem"_qs), {m_root.certificate}));
}

CertificateCheck tst_CertificateCheck::check(const Issued &server, const QString &domain,
                                             bool trustRoot)
{
    return CertificateCheck::run({server.certificate}, domain, Host,
                                 trustRoot ? m_dir.filePath(u"root.pem"_qs) : QString(), *m_store);
}

void tst_CertificateCheck::passesWithTrustAndIdentity()
{
    TestCertificates::Spec spec;
    spec.srvIds = {u"_xmpp-server.partner.example"_qs};
    const CertificateCheck result
        = check(TestCertificates::make(spec, &m_root), u"partner.example"_qs);
    QVERIFY(result.checked);
    QVERIFY(result.passed());
    QVERIFY(!result.passedWithWarning());
    QCOMPARE(result.identityLine().toString(),
             u"Identity: matched partner.example by SRV-ID _xmpp-server.partner.example"_qs);
    QCOMPARE(result.trustLine().toString(),
             u"Trust: trusted (O=xmpp-partners tests ← CN=Partner CA,O=xmpp-partners tests)"_qs);
    QVERIFY(result.failureReason().isEmpty());
    QVERIFY(result.failureDetails().isEmpty());

    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(u"passed"_qs).toBool(), true);
    const QJsonObject identity = json.value(u"identity"_qs).toObject();
    QCOMPARE(identity.value(u"type"_qs).toString(), u"srvId"_qs);
    QCOMPARE(identity.value(u"value"_qs).toString(), u"_xmpp-server.partner.example"_qs);
    QCOMPARE(identity.value(u"wildcard"_qs).toBool(true), false);
    QCOMPARE(identity.value(u"commonNameWarning"_qs).toBool(true), false);
    QCOMPARE(identity.value(u"names"_qs).toArray().size(), 1);
    const QJsonObject trust = json.value(u"trust"_qs).toObject();
    QCOMPARE(trust.value(u"trusted"_qs).toBool(), true);
    QCOMPARE(trust.value(u"problem"_qs).toString(), QString());
    QCOMPARE(trust.value(u"chainComplete"_qs).toBool(), true);
}

void tst_CertificateCheck::otherDomainIsSaidInLyncTerms()
{
    TestCertificates::Spec spec;
    spec.dnsNames = {u"a.example"_qs, u"b.example"_qs};
    spec.srvIds = {u"_xmpp-server.c.example"_qs};
    const CertificateCheck result
        = check(TestCertificates::make(spec, &m_root), u"partner.example"_qs);
    QVERIFY(result.trust.trusted);
    QVERIFY(!result.identity.matched);
    QVERIFY(!result.passed());
    const QString sentence
        = u"The certificate presented by xmpp.partner.example names a.example, b.example, "
          "_xmpp-server.c.example but not partner.example: the partner's server (for a Lync "
          "partner, the Access Edge's external certificate) must carry partner.example among its "
          "subject alternative names."_qs;
    QCOMPARE(result.failureReason().toString(), sentence);
    QCOMPARE(CertificateText::identityMismatch(Host, result.identity.considered,
                                               u"partner.example"_qs, false)
                 .toString(),
             sentence);
    QCOMPARE(result.failureDetails().toString(),
             u"The certificate names a.example (DNS name), b.example (DNS name), "
             "_xmpp-server.c.example (SRV-ID); none is partner.example."_qs);
    QCOMPARE(result.identityLine().toString(),
             u"Identity: not matched: The certificate names a.example (DNS name), b.example (DNS "
             "name), _xmpp-server.c.example (SRV-ID); none is partner.example."_qs);
    const QJsonObject identity = result.toJson().value(u"identity"_qs).toObject();
    QCOMPARE(identity.value(u"matched"_qs).toBool(true), false);
    QVERIFY(!identity.contains(u"type"_qs));
    QCOMPARE(identity.value(u"names"_qs).toArray().at(2).toObject().value(u"type"_qs).toString(),
             u"srvId"_qs);
}

void tst_CertificateCheck::commonNameSetAsideIsExplained()
{
    TestCertificates::Spec spec;
    spec.commonNames = {u"partner.example"_qs};
    spec.dnsNames = {u"other.example"_qs};
    const CertificateCheck result
        = check(TestCertificates::make(spec, &m_root), u"partner.example"_qs);
    QVERIFY(!result.identity.matched);
    QCOMPARE(result.failureReason().toString(),
             u"The certificate presented by xmpp.partner.example names other.example but not "
             "partner.example: the partner's server (for a Lync partner, the Access Edge's "
             "external certificate) must carry partner.example among its subject alternative "
             "names. Its common name (CN) is partner.example, but a certificate that has subject "
             "alternative names is matched by those alone (RFC 6125)."_qs);
    QVERIFY(result.failureDetails().toString().contains(u"other.example (DNS name); none is"_qs));
}

void tst_CertificateCheck::noNameAtAll()
{
    TestCertificates::Spec spec;
    spec.forceSubjectAltName = true;
    const CertificateCheck result
        = check(TestCertificates::make(spec, &m_root), u"partner.example"_qs);
    QCOMPARE(result.failureReason().toString(),
             u"The certificate presented by xmpp.partner.example names no domain at all, so not "
             "partner.example: the partner's server (for a Lync partner, the Access Edge's "
             "external certificate) must carry partner.example among its subject alternative "
             "names."_qs);
    QCOMPARE(result.failureDetails().toString(),
             u"The certificate names no domain, so not partner.example."_qs);
}

void tst_CertificateCheck::untrustedAndMismatchedSaysBoth()
{
    TestCertificates::Spec spec;
    spec.commonNames = {u"other.example"_qs};
    spec.dnsNames = {u"other.example"_qs};
    const Issued self = TestCertificates::make(spec);
    const CertificateCheck result = check(self, u"partner.example"_qs, false);
    QVERIFY(!result.trust.trusted);
    QVERIFY(!result.identity.matched);
    const QString trust = u"The certificate presented by xmpp.partner.example "
                          "(CN=other.example,O=xmpp-partners tests) is self-signed and is not "
                          "trusted here (neither a system CA nor in the extra CA file); ask the "
                          "partner's administrator for a certificate from a CA, or, if you trust "
                          "this one, add it to the extra CA file."_qs;
    QVERIFY2(result.failureReason().toString().startsWith(trust + u" The certificate presented"_qs),
             qPrintable(result.failureReason().toString()));
    QCOMPARE(
        result.failureDetails().toString(),
        trust + u"\nThe certificate names other.example (DNS name); none is partner.example."_qs);
    QCOMPARE(result.trustLine().toString(), u"Trust: not trusted: "_qs + trust);
    const QJsonObject trustJson = result.toJson().value(u"trust"_qs).toObject();
    QCOMPARE(trustJson.value(u"problem"_qs).toString(), u"selfSigned"_qs);
    QCOMPARE(trustJson.value(u"issues"_qs).toArray().first().toObject().value(u"depth"_qs).toInt(),
             0);
}

void tst_CertificateCheck::commonNameMatchIsAWarning()
{
    TestCertificates::Spec spec;
    spec.commonNames = {u"partner.example"_qs};
    const CertificateCheck result
        = check(TestCertificates::make(spec, &m_root), u"partner.example"_qs);
    QVERIFY(result.passed());
    QVERIFY(result.identity.commonNameWarning());
    QVERIFY(result.passedWithWarning());
    QCOMPARE(result.identityLine().toString(),
             u"Identity: matched partner.example by its common name (CN) partner.example alone, "
             "as the certificate has no subject alternative name; RFC 6125 deprecates this, and "
             "the certificate should carry partner.example as a subject alternative name"_qs);
    QCOMPARE(
        result.toJson().value(u"identity"_qs).toObject().value(u"commonNameWarning"_qs).toBool(),
        true);
}

void tst_CertificateCheck::incompleteChainSentence()
{
    const Issued intermediate = TestCertificates::authority(u"Partner Issuing CA"_qs, &m_root);
    TestCertificates::Spec spec;
    spec.dnsNames = {u"partner.example"_qs};
    const CertificateCheck result
        = check(TestCertificates::make(spec, &intermediate), u"partner.example"_qs);
    QVERIFY(result.identity.matched);
    QCOMPARE(result.trust.problem(), TrustStore::Problem::IncompleteChain);
    QCOMPARE(result.failureReason().toString(),
             u"xmpp.partner.example presented its certificate (O=xmpp-partners tests) without the "
             "certificate of its issuer, CN=Partner Issuing CA,O=xmpp-partners tests, which is "
             "not a trusted CA here either: the server must also send its intermediate "
             "certificates, or, for a private CA, CN=Partner Issuing CA,O=xmpp-partners tests "
             "must be trusted here (extra CA file)."_qs);
    QCOMPARE(result.toJson().value(u"trust"_qs).toObject().value(u"problem"_qs).toString(),
             u"incompleteChain"_qs);
}

void tst_CertificateCheck::trustedWithoutItsIntermediateIsAWarning()
{
    // The intermediate is in the extra CA file, the server does not send it.
    const Issued intermediate = TestCertificates::authority(u"Partner Issuing CA"_qs, &m_root);
    const QString file = m_dir.filePath(u"root-and-intermediate.pem"_qs);
    QVERIFY(TestCertificates::writePem(file, {m_root.certificate, intermediate.certificate}));
    TestCertificates::Spec spec;
    spec.dnsNames = {u"partner.example"_qs};
    const CertificateCheck result
        = CertificateCheck::run({TestCertificates::make(spec, &intermediate).certificate},
                                u"partner.example"_qs, Host, file, *m_store);
    QVERIFY(result.passed());
    QVERIFY(result.passedWithWarning());
    QCOMPARE(result.trustLine().toString(),
             u"Trust: trusted (O=xmpp-partners tests ← CN=Partner Issuing CA,O=xmpp-partners "
             "tests ← CN=Partner CA,O=xmpp-partners tests), but the server does not send every "
             "intermediate certificate of this chain"_qs);
}

void tst_CertificateCheck::notCheckedIsEmpty()
{
    const CertificateCheck none;
    QVERIFY(!none.checked);
    QVERIFY(!none.passed());
}

QTEST_GUILESS_MAIN(tst_CertificateCheck)
#include "tst_certificatecheck.moc"
