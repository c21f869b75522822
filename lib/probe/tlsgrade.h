#pragma once

#include "i18n/localizedtext.h"
#include "report/tlsprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The grade of a TLS profile, from A to F, as IM Observatory (xmppoke) gave it after SSL
// Labs' rating guide, updated (README.md, "TLS grade"): a score of 0.3 × protocol support +
// 0.3 × key exchange + 0.4 × cipher strength gives the letter (A ≥ 80, B ≥ 65, C ≥ 50,
// D ≥ 35, E ≥ 20, else F); caps then lower it: no TLS 1.2 or 1.3 (C), TLS 1.0 or 1.1
// accepted (B), no forward secrecy (B), a key under RSA 2048 bits (C; F under 1024), a
// certificate signed with SHA-1 (C) or MD5 (F); a certificate that is not trusted is "T".
// Every reason that lowered or capped the grade is given as a sentence.
class TlsGrade final
{
    Q_DECLARE_TR_FUNCTIONS(TlsGrade)
    XP_DECLARE_TR_LATER(TlsGrade)

public:
    struct Result
    {
        QString grade; // "A" … "F", "T"; empty: no grade (nothing was accepted)
        QString gradeIgnoringTrust; // the letter the grade would be with a trusted certificate
        int score = -1; // 0–100
        int protocolScore = -1;
        int keyExchangeScore = -1;
        int cipherScore = -1;
        QList<LocalizedText> reasons;
    };

    TlsGrade() = delete;

    static Result evaluate(const TlsProfile &profile);
    // evaluate(), written into the profile's grade, score and reasons.
    static void apply(TlsProfile *profile);

    // The parts of the score, each from 0 to 100.
    static int protocolScore(TlsProfile::Version version);
    static int keyExchangeScore(int rsaEquivalentBits);
    static int cipherScore(int bits);
    // A key's strength as the size of an RSA key as strong (NIST SP 800-57): EC P-256 and
    // Ed25519 count as 3072 bits; RSA, DSA and DH keys as their size.
    static int rsaEquivalentBits(const QString &keyType, int bits);
    static QChar letter(int score);
};
