#include "probe/tlsgrade.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace {

using Version = TlsProfile::Version;

// The worse of two letters: "A" < "B" < … < "F".
QChar capped(QChar grade, QChar cap)
{
    return std::max(grade, cap);
}

LocalizedText versionList(const QList<Version> &versions)
{
    QStringList names;
    for (const Version version : versions)
        names.append(TlsProfile::versionName(version));
    return LocalizedText::verbatim(names.join(QStringLiteral(", ")));
}

} // namespace

int TlsGrade::protocolScore(TlsProfile::Version version)
{
    switch (version) {
    case Version::Tls10:
        return 90;
    case Version::Tls11:
        return 95;
    case Version::Tls12:
    case Version::Tls13:
        return 100;
    }
    return 0;
}

int TlsGrade::keyExchangeScore(int rsaEquivalentBits)
{
    if (rsaEquivalentBits <= 0)
        return 0;
    if (rsaEquivalentBits < 512)
        return 20;
    if (rsaEquivalentBits < 1024)
        return 40;
    if (rsaEquivalentBits < 2048)
        return 80;
    if (rsaEquivalentBits < 4096)
        return 90;
    return 100;
}

int TlsGrade::cipherScore(int bits)
{
    if (bits <= 0)
        return 0;
    if (bits < 128)
        return 20;
    if (bits < 256)
        return 80;
    return 100;
}

int TlsGrade::rsaEquivalentBits(const QString &keyType, int bits)
{
    const bool elliptic = keyType == u"EC" || keyType == u"Ed25519" || keyType == u"Ed448";
    if (!elliptic)
        return bits;
    // OpenSSL gives Ed25519 256 bits, Ed448 456.
    if (bits >= 500)
        return 15360;
    if (bits >= 380)
        return 7680;
    if (bits >= 250)
        return 3072;
    if (bits >= 224)
        return 2048;
    if (bits >= 160)
        return 1024;
    return 512;
}

QChar TlsGrade::letter(int score)
{
    if (score >= 80)
        return u'A';
    if (score >= 65)
        return u'B';
    if (score >= 50)
        return u'C';
    if (score >= 35)
        return u'D';
    if (score >= 20)
        return u'E';
    return u'F';
}

TlsGrade::Result TlsGrade::evaluate(const TlsProfile &profile)
{
    Result result;
    QList<Version> accepted;
    QList<Version> obsolete;
    QList<Version> withoutForwardSecrecy;
    int bestProtocol = -1;
    int worstProtocol = 101;
    int strongestCipher = -1;
    int weakestCipher = 101;
    int weakestCipherBits = 0;
    int strongestCipherBits = 0;
    int dhBits = 0; // the smallest ephemeral DH key seen
    for (const TlsProfile::VersionResult &version : profile.versions) {
        if (!version.isAccepted())
            continue;
        accepted.append(version.version);
        if (version.version == Version::Tls10 || version.version == Version::Tls11)
            obsolete.append(version.version);
        if (!version.forwardSecrecy())
            withoutForwardSecrecy.append(version.version);
        bestProtocol = std::max(bestProtocol, protocolScore(version.version));
        worstProtocol = std::min(worstProtocol, protocolScore(version.version));
        const int cipher = cipherScore(version.cipherBits);
        if (cipher > strongestCipher)
            strongestCipherBits = version.cipherBits;
        if (cipher < weakestCipher)
            weakestCipherBits = version.cipherBits;
        strongestCipher = std::max(strongestCipher, cipher);
        weakestCipher = std::min(weakestCipher, cipher);
        if (version.keyExchange == u"DHE" && version.keyExchangeBits > 0)
            dhBits
                = dhBits == 0 ? version.keyExchangeBits : std::min(dhBits, version.keyExchangeBits);
    }

    if (accepted.isEmpty()) {
        const bool anyRefused
            = std::any_of(profile.versions.cbegin(), profile.versions.cend(),
                          [](const TlsProfile::VersionResult &version) {
                              return version.state == TlsProfile::VersionState::Refused;
                          });
        const bool allRefusedOrUntestable
            = std::all_of(profile.versions.cbegin(), profile.versions.cend(),
                          [](const TlsProfile::VersionResult &version) {
                              return version.state == TlsProfile::VersionState::Refused
                                  || version.state == TlsProfile::VersionState::NotTestable;
                          });
        if (anyRefused && allRefusedOrUntestable) {
            result.grade = result.gradeIgnoringTrust = QStringLiteral("F");
            result.score = 0;
            result.reasons.append(
                trLater("The server refused every TLS version this test could offer."));
        } else {
            result.reasons.append(
                trLater("No handshake of the profile succeeded, so there is no grade."));
        }
        return result;
    }
    if (profile.keyType.isEmpty() || profile.keyBits <= 0) {
        result.reasons.append(
            trLater("The certificate's key could not be read, so there is no grade."));
        return result;
    }

    const int keyBits = rsaEquivalentBits(profile.keyType, profile.keyBits);
    const int exchangeBits = dhBits > 0 ? std::min(keyBits, dhBits) : keyBits;
    result.protocolScore = (bestProtocol + worstProtocol) / 2;
    result.keyExchangeScore = keyExchangeScore(exchangeBits);
    result.cipherScore = (strongestCipher + weakestCipher) / 2;
    result.score = int(std::lround(0.3 * result.protocolScore + 0.3 * result.keyExchangeScore
                                   + 0.4 * result.cipherScore));
    QChar grade = letter(result.score);

    // What lowered the score, when it is below an A.
    if (grade != u'A') {
        if (result.protocolScore < 100)
            result.reasons.append(
                trLater("Protocol support scores %1 of 100: the best and the worst version "
                        "accepted count, TLS 1.0 as 90 and TLS 1.1 as 95.")
                    .arg(result.protocolScore));
        if (result.keyExchangeScore < 100)
            result.reasons.append(
                trLater("Key exchange scores %1 of 100: its strength is that of an RSA key of "
                        "%2 bits, and 4096 bits score 100.")
                    .arg(result.keyExchangeScore)
                    .arg(QString::number(exchangeBits)));
        if (result.cipherScore < 100)
            result.reasons.append(
                trLater("Cipher strength scores %1 of 100: the ciphers negotiated have %2 to %3 "
                        "bits, and 256 bits score 100.")
                    .arg(result.cipherScore)
                    .arg(QString::number(weakestCipherBits))
                    .arg(QString::number(strongestCipherBits)));
    }

    // The caps, each with its reason.
    if (!profile.accepts(Version::Tls12) && !profile.accepts(Version::Tls13)) {
        grade = capped(grade, u'C');
        result.reasons.append(
            trLater("The server accepts neither TLS 1.2 nor TLS 1.3: the grade is at most C."));
    }
    if (!obsolete.isEmpty()) {
        grade = capped(grade, u'B');
        result.reasons.append(trLater("The server accepts %1, obsolete since RFC 8996 (2021): the "
                                      "grade is at most B.")
                                  .arg(versionList(obsolete)));
    }
    if (!withoutForwardSecrecy.isEmpty()) {
        grade = capped(grade, u'B');
        result.reasons.append(trLater("No forward secrecy with %1 (the key exchange is not "
                                      "ephemeral): the grade is at most B.")
                                  .arg(versionList(withoutForwardSecrecy)));
    }
    const LocalizedText key = profile.keyText();
    if (keyBits < 1024) {
        grade = u'F';
        result.reasons.append(
            trLater("The certificate's key (%1) is weaker than RSA 1024 bits: the grade is F.")
                .arg(key));
    } else if (keyBits < 2048) {
        grade = capped(grade, u'C');
        result.reasons.append(trLater("The certificate's key (%1) is weaker than RSA 2048 bits: "
                                      "the grade is at most C.")
                                  .arg(key));
    }
    if (dhBits > 0 && dhBits < 1024) {
        grade = u'F';
        result.reasons.append(trLater("The server's Diffie-Hellman key exchange uses %1 bits, "
                                      "fewer than 1024: the grade is F.")
                                  .arg(QString::number(dhBits)));
    } else if (dhBits > 0 && dhBits < 2048) {
        grade = capped(grade, u'C');
        result.reasons.append(trLater("The server's Diffie-Hellman key exchange uses %1 bits, "
                                      "fewer than 2048: the grade is at most C.")
                                  .arg(QString::number(dhBits)));
    }
    const QString signature = profile.signatureAlgorithm.toLower();
    if (signature.contains(u"md5") || signature.contains(u"md2")) {
        grade = u'F';
        result.reasons.append(
            trLater("The certificate is signed with %1, which is broken: the grade is F.")
                .arg(profile.signatureAlgorithm));
    } else if (signature.contains(u"sha1")) {
        grade = capped(grade, u'C');
        result.reasons.append(trLater("The certificate is signed with %1 (SHA-1), which is no "
                                      "longer safe: the grade is at most C.")
                                  .arg(profile.signatureAlgorithm));
    }

    result.gradeIgnoringTrust = grade;
    result.grade = grade;
    if (!profile.certificateTrusted) {
        result.grade = QStringLiteral("T");
        result.reasons.append(trLater("The certificate is not trusted: the grade is T (%1 if it "
                                      "were trusted).")
                                  .arg(result.gradeIgnoringTrust));
    }
    return result;
}

void TlsGrade::apply(TlsProfile *profile)
{
    const Result result = evaluate(*profile);
    profile->grade = result.grade;
    profile->score = result.score;
    profile->gradeReasons = result.reasons;
}
