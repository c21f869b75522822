#pragma once

#include <QByteArray>
#include <QString>

class QSslCertificate;

// The public key and the signature algorithm of one certificate, read by OpenSSL from its
// DER: the key's type ("RSA", "EC", "DSA", "Ed25519", "Ed448"), its size in bits, the curve
// of an EC key, and the algorithm its issuer signed it with, as OpenSSL's long name
// ("sha256WithRSAEncryption", "ecdsa-with-SHA384"). Qt's QSslKey knows neither the
// signature nor the Edwards curves.
class CertificateKey final
{
public:
    CertificateKey() = default;

    // A null key when `der` is not a certificate.
    static CertificateKey fromDer(const QByteArray &der);
    static CertificateKey fromCertificate(const QSslCertificate &certificate);

    bool isNull() const { return m_type.isEmpty(); }
    QString type() const { return m_type; }
    int bits() const { return m_bits; }
    // The NIST name of an EC key's curve ("P-256") when it has one, else OpenSSL's
    // ("brainpoolP256r1"); empty for other keys.
    QString curve() const { return m_curve; }
    // Empty when OpenSSL does not know the algorithm.
    QString signatureAlgorithm() const { return m_signatureAlgorithm; }

private:
    QString m_type;
    int m_bits = 0;
    QString m_curve;
    QString m_signatureAlgorithm;
};
