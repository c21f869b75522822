#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

// Certificates made in the test's process with OpenSSL's API (P-256 keys: fast), with any
// names a test needs, including what the openssl command line and TestCa refuse to write
// (UTF-8 XmppAddrs, CNs without a subjectAltName, a DNS name with a NUL in it).
namespace TestCertificates {

struct Spec
{
    QStringList commonNames; // subject CNs; empty: a subject of O=xmpp-partners tests only
    QStringList dnsNames;
    QStringList srvIds; // otherName id-on-dnsSRV, IA5String
    QStringList xmppAddrs; // otherName id-on-xmppAddr, UTF8String (UTF-8 kept)
    QList<QByteArray> rawDnsNames; // dNSName bytes as given (a NUL, for instance)
    // A subjectAltName extension even when it holds nothing above (a URI then).
    bool forceSubjectAltName = false;
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(365);
    bool ca = false; // basicConstraints CA:TRUE, keyCertSign
    QString extendedKeyUsage = QStringLiteral("serverAuth,clientAuth"); // empty: none
};

// A certificate with its key, to sign others.
struct Issued
{
    QSslCertificate certificate;
    std::shared_ptr<evp_pkey_st> key;

    bool isNull() const { return certificate.isNull(); }
};

// Signed by `issuer`, or self-signed without one.
Issued make(const Spec &spec, const Issued *issuer = nullptr);

// A CA named `name` (CN), self-signed, or signed by `issuer` for an intermediate.
Issued authority(const QString &name, const Issued *issuer = nullptr);

// Writes the certificates as PEM, one after the other.
bool writePem(const QString &path, const QList<QSslCertificate> &certificates);
// Writes `certificate` into `directory` under its subject hash ("1a2b3c4d.0"), as
// `openssl rehash` names it for OpenSSL's hashed-directory lookup.
bool writeHashed(const QString &directory, const QSslCertificate &certificate);

} // namespace TestCertificates
