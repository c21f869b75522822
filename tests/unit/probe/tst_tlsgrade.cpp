// The TLS grade (README.md, "TLS grade"): the score's three parts and its letters, then each
// cap alone on a profile that is otherwise an A, with the sentence that says why.
#include "probe/tlsgrade.h"

#include <QTest>

using Version = TlsProfile::Version;
using State = TlsProfile::VersionState;

class tst_TlsGrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoreParts();
    void letters_data();
    void letters();
    void rsaEquivalents();
    void modernServerIsAWithoutReasons();
    void weakCiphersLowerTheScoreAndSayHow();
    void noTls12Or13CapsAtC();
    void obsoleteVersionCapsAtB_data();
    void obsoleteVersionCapsAtB();
    void noForwardSecrecyCapsAtB();
    void weakKeyCaps_data();
    void weakKeyCaps();
    void weakDiffieHellmanCaps_data();
    void weakDiffieHellmanCaps();
    void weakSignatureCaps_data();
    void weakSignatureCaps();
    void untrustedCertificateIsT();
    void everyVersionRefusedIsF();
    void noHandshakeGivesNoGrade();
    void unknownKeyGivesNoGrade();
    void applyWritesTheProfile();

private:
    static TlsProfile modern();
    static QString reasons(const TlsGrade::Result &result);
    static bool anyReasonContains(const TlsGrade::Result &result, const QString &text);
};

namespace {

TlsProfile::VersionResult version(Version which, State state, const QString &cipher = {},
                                  int bits = 0, const QString &keyExchange = {})
{
    TlsProfile::VersionResult result;
    result.version = which;
    result.state = state;
    result.cipher = cipher;
    result.cipherBits = bits;
    result.keyExchange = keyExchange;
    return result;
}

} // namespace

// What Prosody 0.12 with `protocol = "tlsv1_2+"` and an RSA 2048 certificate answers.
TlsProfile tst_TlsGrade::modern()
{
    TlsProfile profile;
    profile.versions = {
        version(Version::Tls10, State::Refused),
        version(Version::Tls11, State::Refused),
        version(Version::Tls12, State::Accepted, u"ECDHE-RSA-AES256-GCM-SHA384"_qs, 256,
                u"ECDHE"_qs),
        version(Version::Tls13, State::Accepted, u"TLS_AES_256_GCM_SHA384"_qs, 256, u"(EC)DHE"_qs),
    };
    profile.keyType = u"RSA"_qs;
    profile.keyBits = 2048;
    profile.signatureAlgorithm = u"sha256WithRSAEncryption"_qs;
    return profile;
}

QString tst_TlsGrade::reasons(const TlsGrade::Result &result)
{
    return u"grade "_qs + result.grade + u", score "_qs + QString::number(result.score)
        + u", reasons: "_qs + LocalizedText::toStringList(result.reasons).join(u" | "_qs);
}

bool tst_TlsGrade::anyReasonContains(const TlsGrade::Result &result, const QString &text)
{
    return LocalizedText::toStringList(result.reasons).join(u'\n').contains(text);
}

void tst_TlsGrade::scoreParts()
{
    QCOMPARE(TlsGrade::protocolScore(Version::Tls10), 90);
    QCOMPARE(TlsGrade::protocolScore(Version::Tls11), 95);
    QCOMPARE(TlsGrade::protocolScore(Version::Tls12), 100);
    QCOMPARE(TlsGrade::protocolScore(Version::Tls13), 100);

    QCOMPARE(TlsGrade::keyExchangeScore(0), 0);
    QCOMPARE(TlsGrade::keyExchangeScore(511), 20);
    QCOMPARE(TlsGrade::keyExchangeScore(512), 40);
    QCOMPARE(TlsGrade::keyExchangeScore(1023), 40);
    QCOMPARE(TlsGrade::keyExchangeScore(1024), 80);
    QCOMPARE(TlsGrade::keyExchangeScore(2047), 80);
    QCOMPARE(TlsGrade::keyExchangeScore(2048), 90);
    QCOMPARE(TlsGrade::keyExchangeScore(4095), 90);
    QCOMPARE(TlsGrade::keyExchangeScore(4096), 100);

    QCOMPARE(TlsGrade::cipherScore(0), 0);
    QCOMPARE(TlsGrade::cipherScore(56), 20);
    QCOMPARE(TlsGrade::cipherScore(112), 20);
    QCOMPARE(TlsGrade::cipherScore(128), 80);
    QCOMPARE(TlsGrade::cipherScore(255), 80);
    QCOMPARE(TlsGrade::cipherScore(256), 100);
}

void tst_TlsGrade::letters_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QChar>("letter");
    const QList<std::pair<int, QChar>> cases {{100, u'A'}, {80, u'A'}, {79, u'B'}, {65, u'B'},
                                              {64, u'C'},  {50, u'C'}, {49, u'D'}, {35, u'D'},
                                              {34, u'E'},  {20, u'E'}, {19, u'F'}, {0, u'F'}};
    for (const auto &[score, letter] : cases)
        QTest::addRow("%d", score) << score << letter;
}

void tst_TlsGrade::letters()
{
    QFETCH(int, score);
    QFETCH(QChar, letter);
    QCOMPARE(TlsGrade::letter(score), letter);
}

void tst_TlsGrade::rsaEquivalents()
{
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"RSA"_qs, 2048), 2048);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"DSA"_qs, 1024), 1024);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"EC"_qs, 256), 3072);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"EC"_qs, 384), 7680);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"EC"_qs, 521), 15360);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"EC"_qs, 224), 2048);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"EC"_qs, 192), 1024);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"EC"_qs, 112), 512);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"Ed25519"_qs, 256), 3072);
    QCOMPARE(TlsGrade::rsaEquivalentBits(u"Ed448"_qs, 456), 7680);
}

void tst_TlsGrade::modernServerIsAWithoutReasons()
{
    const TlsGrade::Result result = TlsGrade::evaluate(modern());
    QCOMPARE(result.grade, u"A"_qs);
    QCOMPARE(result.gradeIgnoringTrust, u"A"_qs);
    QCOMPARE(result.protocolScore, 100);
    QCOMPARE(result.keyExchangeScore, 90); // RSA 2048
    QCOMPARE(result.cipherScore, 100);
    QCOMPARE(result.score, 97); // 0.3 × 100 + 0.3 × 90 + 0.4 × 100
    QVERIFY2(result.reasons.isEmpty(), qPrintable(reasons(result)));

    // An EC P-256 key is stronger than RSA 2048 bits.
    TlsProfile ec = modern();
    ec.keyType = u"EC"_qs;
    ec.keyBits = 256;
    ec.keyCurve = u"P-256"_qs;
    ec.signatureAlgorithm = u"ecdsa-with-SHA256"_qs;
    QCOMPARE(TlsGrade::evaluate(ec).grade, u"A"_qs);
}

void tst_TlsGrade::weakCiphersLowerTheScoreAndSayHow()
{
    // 128-bit ciphers still score an A, and then nothing lowered the grade.
    TlsProfile aes128 = modern();
    aes128.result(Version::Tls12).cipherBits = 128;
    aes128.result(Version::Tls13).cipherBits = 128;
    const TlsGrade::Result good = TlsGrade::evaluate(aes128);
    QCOMPARE(good.score, 89);
    QCOMPARE(good.grade, u"A"_qs);
    QVERIFY2(good.reasons.isEmpty(), qPrintable(reasons(good)));

    // 3DES (112 bits) everywhere: 0.3 × 100 + 0.3 × 90 + 0.4 × 20 = 65, a B, and the
    // reasons say which part scored what.
    TlsProfile tripleDes = modern();
    tripleDes.result(Version::Tls12).cipherBits = 112;
    tripleDes.result(Version::Tls13).cipherBits = 112;
    const TlsGrade::Result weak = TlsGrade::evaluate(tripleDes);
    QCOMPARE(weak.score, 65);
    QCOMPARE(weak.grade, u"B"_qs);
    QVERIFY2(anyReasonContains(weak, u"Cipher strength scores 20 of 100"_qs),
             qPrintable(reasons(weak)));
    QVERIFY2(anyReasonContains(weak, u"Key exchange scores 90 of 100"_qs),
             qPrintable(reasons(weak)));
    QVERIFY2(!anyReasonContains(weak, u"Protocol support"_qs), qPrintable(reasons(weak)));
}

void tst_TlsGrade::noTls12Or13CapsAtC()
{
    TlsProfile old = modern();
    old.result(Version::Tls10)
        = version(Version::Tls10, State::Accepted, u"ECDHE-RSA-AES256-SHA"_qs, 256, u"ECDHE"_qs);
    old.result(Version::Tls11)
        = version(Version::Tls11, State::Accepted, u"ECDHE-RSA-AES256-SHA"_qs, 256, u"ECDHE"_qs);
    old.result(Version::Tls12).state = State::Refused;
    old.result(Version::Tls13).state = State::Refused;
    const TlsGrade::Result result = TlsGrade::evaluate(old);
    // The score alone is an A: (95 + 90) / 2 = 92 for the protocols.
    QCOMPARE(result.protocolScore, 92);
    QVERIFY(result.score >= 80);
    QCOMPARE(result.grade, u"C"_qs);
    QVERIFY2(anyReasonContains(result, u"neither TLS 1.2 nor TLS 1.3: the grade is at most C"_qs),
             qPrintable(reasons(result)));
}

void tst_TlsGrade::obsoleteVersionCapsAtB_data()
{
    QTest::addColumn<QList<Version>>("obsolete");
    QTest::addColumn<QString>("named");
    QTest::newRow("TLS 1.0") << QList<Version> {Version::Tls10} << u"accepts TLS 1.0,"_qs;
    QTest::newRow("TLS 1.1") << QList<Version> {Version::Tls11} << u"accepts TLS 1.1,"_qs;
    QTest::newRow("both") << QList<Version> {Version::Tls10, Version::Tls11}
                          << u"accepts TLS 1.0, TLS 1.1,"_qs;
}

void tst_TlsGrade::obsoleteVersionCapsAtB()
{
    QFETCH(QList<Version>, obsolete);
    QFETCH(QString, named);
    TlsProfile profile = modern();
    for (const Version which : obsolete)
        profile.result(which)
            = version(which, State::Accepted, u"ECDHE-RSA-AES256-SHA"_qs, 256, u"ECDHE"_qs);
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QVERIFY(result.score >= 80);
    QCOMPARE(result.grade, u"B"_qs);
    QVERIFY2(anyReasonContains(result, named), qPrintable(reasons(result)));
    QVERIFY2(anyReasonContains(result, u"the grade is at most B"_qs), qPrintable(reasons(result)));
}

void tst_TlsGrade::noForwardSecrecyCapsAtB()
{
    TlsProfile profile = modern();
    TlsProfile::VersionResult &tls12 = profile.result(Version::Tls12);
    tls12.cipher = u"AES256-GCM-SHA384"_qs;
    tls12.keyExchange = u"RSA"_qs;
    QCOMPARE(profile.forwardSecrecy(), std::optional<bool>(false));
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QCOMPARE(result.grade, u"B"_qs);
    QVERIFY2(anyReasonContains(result, u"No forward secrecy with TLS 1.2"_qs),
             qPrintable(reasons(result)));

    // TLS 1.3 always has it, whatever its cipher names.
    QVERIFY(profile.find(Version::Tls13)->forwardSecrecy());
}

void tst_TlsGrade::weakKeyCaps_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("reason");
    QTest::newRow("RSA 1024") << u"RSA"_qs << 1024 << u"C"_qs
                              << u"(RSA 1024 bits) is weaker than RSA 2048 bits"_qs;
    QTest::newRow("RSA 2047") << u"RSA"_qs << 2047 << u"C"_qs
                              << u"(RSA 2047 bits) is weaker than RSA 2048 bits"_qs;
    QTest::newRow("RSA 1023") << u"RSA"_qs << 1023 << u"F"_qs
                              << u"(RSA 1023 bits) is weaker than RSA 1024 bits: the grade is F"_qs;
    QTest::newRow("RSA 512") << u"RSA"_qs << 512 << u"F"_qs
                             << u"(RSA 512 bits) is weaker than RSA 1024 bits"_qs;
    QTest::newRow("EC 192") << u"EC"_qs << 192 << u"C"_qs << u"weaker than RSA 2048 bits"_qs;
    QTest::newRow("EC 112") << u"EC"_qs << 112 << u"F"_qs << u"weaker than RSA 1024 bits"_qs;
}

void tst_TlsGrade::weakKeyCaps()
{
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(QString, grade);
    QFETCH(QString, reason);
    TlsProfile profile = modern();
    profile.keyType = type;
    profile.keyBits = bits;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QCOMPARE(result.grade, grade);
    QVERIFY2(anyReasonContains(result, reason), qPrintable(reasons(result)));
}

void tst_TlsGrade::weakDiffieHellmanCaps_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("grade");
    QTest::newRow("2048") << 2048 << u"A"_qs;
    QTest::newRow("1024") << 1024 << u"C"_qs;
    QTest::newRow("768") << 768 << u"F"_qs;
}

void tst_TlsGrade::weakDiffieHellmanCaps()
{
    QFETCH(int, bits);
    QFETCH(QString, grade);
    TlsProfile profile = modern();
    TlsProfile::VersionResult &tls12 = profile.result(Version::Tls12);
    tls12.cipher = u"DHE-RSA-AES256-GCM-SHA384"_qs;
    tls12.keyExchange = u"DHE"_qs;
    tls12.keyExchangeBits = bits;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QCOMPARE(result.grade, grade);
    QCOMPARE(anyReasonContains(result, u"Diffie-Hellman key exchange uses %1 bits"_qs.arg(bits)),
             grade != u"A");
}

void tst_TlsGrade::weakSignatureCaps_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("grade");
    QTest::newRow("sha256") << u"sha256WithRSAEncryption"_qs << u"A"_qs;
    QTest::newRow("sha1") << u"sha1WithRSAEncryption"_qs << u"C"_qs;
    QTest::newRow("ecdsa sha1") << u"ecdsa-with-SHA1"_qs << u"C"_qs;
    QTest::newRow("md5") << u"md5WithRSAEncryption"_qs << u"F"_qs;
}

void tst_TlsGrade::weakSignatureCaps()
{
    QFETCH(QString, signature);
    QFETCH(QString, grade);
    TlsProfile profile = modern();
    profile.signatureAlgorithm = signature;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QCOMPARE(result.grade, grade);
    QCOMPARE(anyReasonContains(result, u"signed with "_qs + signature), grade != u"A");
}

void tst_TlsGrade::untrustedCertificateIsT()
{
    TlsProfile profile = modern();
    profile.certificateTrusted = false;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QCOMPARE(result.grade, u"T"_qs);
    QCOMPARE(result.gradeIgnoringTrust, u"A"_qs);
    QCOMPARE(result.score, 97);
    QVERIFY2(anyReasonContains(result, u"not trusted: the grade is T (A if it were trusted)"_qs),
             qPrintable(reasons(result)));
}

void tst_TlsGrade::everyVersionRefusedIsF()
{
    TlsProfile profile = modern();
    profile.result(Version::Tls10).state = State::NotTestable;
    profile.result(Version::Tls12).state = State::Refused;
    profile.result(Version::Tls13).state = State::Refused;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QCOMPARE(result.grade, u"F"_qs);
    QVERIFY2(anyReasonContains(result, u"refused every TLS version"_qs),
             qPrintable(reasons(result)));
}

void tst_TlsGrade::noHandshakeGivesNoGrade()
{
    TlsProfile profile = modern();
    profile.result(Version::Tls12).state = State::Failed;
    profile.result(Version::Tls13).state = State::Failed;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QVERIFY(result.grade.isEmpty());
    QCOMPARE(result.score, -1);
    QVERIFY2(anyReasonContains(result, u"no grade"_qs), qPrintable(reasons(result)));

    QVERIFY(TlsGrade::evaluate(TlsProfile()).grade.isEmpty());
}

void tst_TlsGrade::unknownKeyGivesNoGrade()
{
    TlsProfile profile = modern();
    profile.keyType.clear();
    profile.keyBits = 0;
    const TlsGrade::Result result = TlsGrade::evaluate(profile);
    QVERIFY(result.grade.isEmpty());
    QVERIFY2(anyReasonContains(result, u"key could not be read"_qs), qPrintable(reasons(result)));
}

void tst_TlsGrade::applyWritesTheProfile()
{
    TlsProfile profile = modern();
    profile.result(Version::Tls10)
        = version(Version::Tls10, State::Accepted, u"ECDHE-RSA-AES256-SHA"_qs, 256, u"ECDHE"_qs);
    TlsGrade::apply(&profile);
    QCOMPARE(profile.grade, u"B"_qs);
    QCOMPARE(profile.score, TlsGrade::evaluate(profile).score);
    QCOMPARE(profile.gradeReasons.size(), 1);
}

QTEST_GUILESS_MAIN(tst_TlsGrade)
#include "tst_tlsgrade.moc"
