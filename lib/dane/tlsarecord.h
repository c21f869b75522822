#pragma once

#include <QByteArray>
#include <QString>

// One TLSA record (RFC 6698 §2.1): which certificate of the chain it names (usage), which
// part of it (selector), and how (matching type: the data itself, or its SHA-256 or
// SHA-512 digest).
struct TlsaRecord
{
    enum Usage : quint8 { PkixTa = 0, PkixEe = 1, DaneTa = 2, DaneEe = 3 };
    enum Selector : quint8 { FullCertificate = 0, SubjectPublicKeyInfo = 1 };
    enum MatchingType : quint8 { Exact = 0, Sha256 = 1, Sha512 = 2 };

    quint8 usage = DaneEe;
    quint8 selector = SubjectPublicKeyInfo;
    quint8 matchingType = Sha256;
    QByteArray data; // the association data, binary

    // Known usage, selector and matching type, and a digest of the right length; RFC 6698
    // §4.1 says the others are unusable and ignored.
    bool isUsable() const;
    // The presentation form: "3 1 1 0a1b…" (hex, lower case, whole).
    QString toString() const;
    // Parses "3 1 1 0A1B…" (spaces inside the hex allowed); `ok` says whether it could.
    static TlsaRecord fromString(const QString &text, bool *ok = nullptr);
    // "DANE-EE", "DANE-TA", "PKIX-EE", "PKIX-TA" (RFC 7218 acronyms); the number otherwise.
    QString usageName() const;

    bool operator==(const TlsaRecord &other) const = default;
};
