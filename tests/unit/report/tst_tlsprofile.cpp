// The TLS profile as the report keeps it: forward secrecy over the versions accepted, the
// key in words, and the JSON, whose keys and wire names stay the same in every language.
#include "i18n/translations.h"
#include "report/probereport.h"
#include "report/tlsprofile.h"

#include <QJsonArray>
#include <QTest>

using Version = TlsProfile::Version;
using State = TlsProfile::VersionState;

class tst_TlsProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void forwardSecrecyOverTheVersionsAccepted();
    void keyInWords();
    void jsonWireNamesDoNotDependOnTheLanguage();
    void reportJsonHasNoProfileWhenNotRun();

private:
    static TlsProfile sample();
};

void tst_TlsProfile::cleanup()
{
    QVERIFY(Translations::load(u"en"_qs));
}

TlsProfile tst_TlsProfile::sample()
{
    TlsProfile profile;
    for (const Version version : TlsProfile::AllVersions)
        profile.result(version).state = State::Refused;
    TlsProfile::VersionResult &tls12 = profile.result(Version::Tls12);
    tls12.state = State::Accepted;
    tls12.cipher = u"ECDHE-RSA-AES256-GCM-SHA384"_qs;
    tls12.cipherBits = 256;
    tls12.keyExchange = u"ECDHE"_qs;
    TlsProfile::VersionResult &tls10 = profile.result(Version::Tls10);
    tls10.state = State::NotTestable;
    tls10.details = LocalizedText::verbatim(u"no protocols available"_qs);
    profile.keyType = u"RSA"_qs;
    profile.keyBits = 2048;
    profile.signatureAlgorithm = u"sha256WithRSAEncryption"_qs;
    profile.ocspStapling = TlsProfile::Ocsp::NotStapled;
    profile.grade = u"A"_qs;
    profile.score = 97;
    return profile;
}

void tst_TlsProfile::forwardSecrecyOverTheVersionsAccepted()
{
    TlsProfile profile = sample();
    QCOMPARE(profile.versions.size(), 4);
    QCOMPARE(profile.forwardSecrecy(), std::optional<bool>(true));
    QVERIFY(profile.accepts(Version::Tls12));
    QVERIFY(!profile.accepts(Version::Tls13));

    // A refused version does not count, whatever it would have negotiated.
    profile.result(Version::Tls11).keyExchange = u"RSA"_qs;
    QCOMPARE(profile.forwardSecrecy(), std::optional<bool>(true));

    profile.result(Version::Tls12).keyExchange = u"RSA"_qs;
    QCOMPARE(profile.forwardSecrecy(), std::optional<bool>(false));

    profile.result(Version::Tls12).state = State::Refused;
    QCOMPARE(profile.forwardSecrecy(), std::nullopt);
    QVERIFY(!profile.anyAccepted());
}

void tst_TlsProfile::keyInWords()
{
    TlsProfile profile;
    QCOMPARE(profile.keyText().toString(), u"unknown"_qs);
    profile.keyType = u"RSA"_qs;
    profile.keyBits = 4096;
    QCOMPARE(profile.keyText().toString(), u"RSA 4096 bits"_qs);
    profile.keyType = u"EC"_qs;
    profile.keyBits = 256;
    profile.keyCurve = u"P-256"_qs;
    QCOMPARE(profile.keyText().toString(), u"EC P-256 (256 bits)"_qs);
    profile.keyType = u"Ed25519"_qs;
    profile.keyBits = 256;
    profile.keyCurve.clear();
    QCOMPARE(profile.keyText().toString(), u"Ed25519 (256 bits)"_qs);
}

void tst_TlsProfile::jsonWireNamesDoNotDependOnTheLanguage()
{
    const TlsProfile profile = sample();
    QVERIFY(Translations::load(u"en"_qs));
    const QJsonObject english = profile.toJson();
    QVERIFY(Translations::load(u"fr"_qs));
    const QJsonObject french = profile.toJson();

    QCOMPARE(french.keys(), english.keys());
    const QJsonArray versions = french.value(u"versions"_qs).toArray();
    QCOMPARE(versions.size(), 4);
    QCOMPARE(versions.at(0).toObject().value(u"version"_qs), QJsonValue(u"tls1.0"_qs));
    QCOMPARE(versions.at(0).toObject().value(u"state"_qs), QJsonValue(u"notTestable"_qs));
    QCOMPARE(versions.at(1).toObject().value(u"state"_qs), QJsonValue(u"refused"_qs));
    const QJsonObject tls12 = versions.at(2).toObject();
    QCOMPARE(tls12.value(u"version"_qs), QJsonValue(u"tls1.2"_qs));
    QCOMPARE(tls12.value(u"state"_qs), QJsonValue(u"accepted"_qs));
    QCOMPARE(tls12.value(u"cipher"_qs), QJsonValue(u"ECDHE-RSA-AES256-GCM-SHA384"_qs));
    QCOMPARE(tls12.value(u"cipherBits"_qs), QJsonValue(256));
    QCOMPARE(tls12.value(u"keyExchange"_qs), QJsonValue(u"ECDHE"_qs));
    QCOMPARE(tls12.value(u"forwardSecrecy"_qs), QJsonValue(true));
    QCOMPARE(versions.at(3).toObject().value(u"version"_qs), QJsonValue(u"tls1.3"_qs));

    QCOMPARE(french.value(u"forwardSecrecy"_qs), QJsonValue(true));
    QCOMPARE(french.value(u"keyType"_qs), QJsonValue(u"RSA"_qs));
    QCOMPARE(french.value(u"keyBits"_qs), QJsonValue(2048));
    QCOMPARE(french.value(u"signatureAlgorithm"_qs), QJsonValue(u"sha256WithRSAEncryption"_qs));
    QCOMPARE(french.value(u"ocspStapling"_qs), QJsonValue(u"notStapled"_qs));
    // Unknown until the trust check fills it.
    QCOMPARE(french.value(u"chainComplete"_qs), QJsonValue(QJsonValue::Null));
    QCOMPARE(french.value(u"certificateTrusted"_qs), QJsonValue(true));
    QCOMPARE(french.value(u"grade"_qs), QJsonValue(u"A"_qs));
    QCOMPARE(french.value(u"score"_qs), QJsonValue(97));
}

void tst_TlsProfile::reportJsonHasNoProfileWhenNotRun()
{
    ProbeReport report;
    QCOMPARE(report.toJson().value(u"tlsProfile"_qs), QJsonValue(QJsonValue::Null));
    report.tlsProfile = sample();
    QCOMPARE(report.toJson().value(u"tlsProfile"_qs).toObject().value(u"grade"_qs),
             QJsonValue(u"A"_qs));
}

QTEST_GUILESS_MAIN(tst_TlsProfile)
#include "tst_tlsprofile.moc"
