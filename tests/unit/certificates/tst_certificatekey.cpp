// A certificate's key and signature algorithm as OpenSSL reads them from the DER: RSA, EC
// with its curve, Ed25519, the signature's long name; anything else is a null key.
#include "certificates/certificatekey.h"

#include <QSslCertificate>
#include <QTest>

#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

class tst_CertificateKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheKeyAndTheSignature_data();
    void readsTheKeyAndTheSignature();
    void notACertificateIsNull();
};

namespace {

struct KeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
};

// A self-signed certificate with a new key, signed with `digest` (null for Ed25519), as DER.
QByteArray selfSigned(std::unique_ptr<EVP_PKEY, KeyFree> key, const EVP_MD *digest)
{
    const std::unique_ptr<X509, X509Free> certificate(X509_new());
    if (!key || !certificate)
        return {};
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 3600);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("key.test"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    X509_set_pubkey(certificate.get(), key.get());
    if (X509_sign(certificate.get(), key.get(), digest) <= 0)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate.get(), &der);
    if (length <= 0)
        return {};
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

std::unique_ptr<EVP_PKEY, KeyFree> rsaKey(unsigned int bits)
{
    return std::unique_ptr<EVP_PKEY, KeyFree>(
        EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

} // namespace

void tst_CertificateKey::readsTheKeyAndTheSignature_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("signature");

    QTest::newRow("RSA 2048, SHA-256") << selfSigned(rsaKey(2048), EVP_sha256()) << u"RSA"_qs
                                       << 2048 << QString() << u"sha256WithRSAEncryption"_qs;
    QTest::newRow("RSA 1024, SHA-1") << selfSigned(rsaKey(1024), EVP_sha1()) << u"RSA"_qs << 1024
                                     << QString() << u"sha1WithRSAEncryption"_qs;
    QTest::newRow("EC P-256, SHA-256") << selfSigned(
        std::unique_ptr<EVP_PKEY, KeyFree>(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")),
        EVP_sha256()) << u"EC"_qs << 256
                                       << u"P-256"_qs << u"ecdsa-with-SHA256"_qs;
    QTest::newRow("EC P-384, SHA-384") << selfSigned(
        std::unique_ptr<EVP_PKEY, KeyFree>(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384")),
        EVP_sha384()) << u"EC"_qs << 384
                                       << u"P-384"_qs << u"ecdsa-with-SHA384"_qs;
    QTest::newRow("EC brainpool") << selfSigned(
        std::unique_ptr<EVP_PKEY, KeyFree>(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "brainpoolP256r1")),
        EVP_sha256()) << u"EC"_qs << 256
                                  << u"brainpoolP256r1"_qs << u"ecdsa-with-SHA256"_qs;
    QTest::newRow("Ed25519") << selfSigned(
        std::unique_ptr<EVP_PKEY, KeyFree>(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519")), nullptr)
                             << u"Ed25519"_qs << 256 << QString() << u"ED25519"_qs;
}

void tst_CertificateKey::readsTheKeyAndTheSignature()
{
    QFETCH(QByteArray, der);
    QFETCH(QString, type);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(QString, signature);
    QVERIFY(!der.isEmpty());
    const CertificateKey key = CertificateKey::fromDer(der);
    QVERIFY(!key.isNull());
    QCOMPARE(key.type(), type);
    QCOMPARE(key.bits(), bits);
    QCOMPARE(key.curve(), curve);
    QCOMPARE(key.signatureAlgorithm(), signature);

    // The same through Qt's certificate.
    const QSslCertificate certificate(der, QSsl::Der);
    QVERIFY(!certificate.isNull());
    QCOMPARE(CertificateKey::fromCertificate(certificate).signatureAlgorithm(), signature);
}

void tst_CertificateKey::notACertificateIsNull()
{
    QVERIFY(CertificateKey::fromDer({}).isNull());
    QVERIFY(CertificateKey::fromDer("not a certificate").isNull());
    QVERIFY(CertificateKey::fromCertificate(QSslCertificate()).isNull());
    // A certificate cut short.
    const QByteArray der = selfSigned(rsaKey(1024), EVP_sha256());
    QVERIFY(CertificateKey::fromDer(der.left(der.size() / 2)).isNull());
}

QTEST_GUILESS_MAIN(tst_CertificateKey)
#include "tst_certificatekey.moc"
