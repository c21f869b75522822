#pragma once

#include "i18n/localizedtext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// The TLS profile of a partner's server, as IM Observatory (xmppoke) drew it: which protocol
// versions it accepts (one handshake each, TLS 1.0 to 1.3) with the cipher and key exchange
// of each, forward secrecy, its certificate's key and signature algorithm, OCSP stapling,
// and a grade from A to F (TlsGrade) with the reasons that lowered it. TlsProfileProbe makes
// it; it is empty when the profile was not asked for.
class TlsProfile final
{
    Q_DECLARE_TR_FUNCTIONS(TlsProfile)
    XP_DECLARE_TR_LATER(TlsProfile)

public:
    enum class Version { Tls10, Tls11, Tls12, Tls13 };
    static constexpr std::array<Version, 4> AllVersions {Version::Tls10, Version::Tls11,
                                                         Version::Tls12, Version::Tls13};

    enum class VersionState {
        NotRun, // not tried yet, or cancelled
        Accepted, // the handshake restricted to this version succeeded
        Refused, // the server ended the handshake (alert, closed connection)
        NotTestable, // the local OpenSSL cannot offer this version: nothing is known
        Failed, // no handshake: the connection or the stream failed before it
    };

    enum class Ocsp {
        NotChecked, // no handshake that asked for it succeeded
        Stapled, // the server sent a certificate status (OCSP response) in the handshake
        NotStapled,
    };

    struct VersionResult
    {
        Version version = Version::Tls12;
        VersionState state = VersionState::NotRun;
        QString cipher; // OpenSSL's name, when accepted
        // "ECDHE", "DHE", "RSA", …; "(EC)DHE" for TLS 1.3, whose ciphers do not name it.
        QString keyExchange;
        int keyExchangeBits = 0; // the server's ephemeral DH key, when Qt can tell its size
        int cipherBits = 0;
        LocalizedText details; // why it was refused, not testable or failed

        bool isAccepted() const { return state == VersionState::Accepted; }
        // An accepted version whose key exchange is ephemeral: TLS 1.3 always is.
        bool forwardSecrecy() const;
    };

    QList<VersionResult> versions; // in the order of AllVersions; empty: not run
    // The leaf certificate, as the profile's handshakes received it (CertificateKey).
    QString keyType; // "RSA", "EC", "DSA", "Ed25519", "Ed448"; empty: unknown
    int keyBits = 0;
    QString keyCurve; // "P-256", for an EC key
    QString signatureAlgorithm; // "sha256WithRSAEncryption"
    Ocsp ocspStapling = Ocsp::NotChecked;
    LocalizedText ocspDetails;
    // Whether the server sends every intermediate certificate; unknown until the trust
    // check tells.
    std::optional<bool> chainComplete;
    // The connection test's own handshake verified the certificate; false grades "T".
    bool certificateTrusted = true;
    // TlsGrade's verdict: "A" to "F", "T" for a certificate not trusted; empty when no
    // grade could be given.
    QString grade;
    int score = -1; // 0–100, -1 without a grade
    QList<LocalizedText> gradeReasons; // each reason that lowered or capped the grade

    bool isEmpty() const { return versions.isEmpty(); }
    const VersionResult *find(Version version) const;
    VersionResult &result(Version version);
    bool accepts(Version version) const;
    bool anyAccepted() const;
    // True when every accepted version has forward secrecy, false when one lacks it;
    // unknown when none was accepted.
    std::optional<bool> forwardSecrecy() const;

    // "TLS 1.0" … "TLS 1.3": the same in every language.
    static QString versionName(Version version);
    static QString stateName(VersionState state);
    static QString ocspName(Ocsp ocsp);
    // The certificate key in words: "RSA 2048 bits", "EC P-256 (256 bits)".
    LocalizedText keyText() const;
    // The JSON's names: the same in every language.
    static QString wireName(Version version);
    static QString wireName(VersionState state);
    static QString wireName(Ocsp ocsp);

    QJsonObject toJson() const;
};
